/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { codeOf, openFixture, waitForDiagnostics } from './helpers';

suite('.reportcheckrc.json', () => {
  test('is found upward from the document and honoured', async () => {
    const editor = await openFixture('quiet/notice.txt');
    // punctuation-halfwidth is off there; placeholder is lowered to a warning.
    const diagnostics = await waitForDiagnostics(editor.document.uri, 1);
    assert.strictEqual(codeOf(diagnostics[0]), 'placeholder');
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
  });
});
