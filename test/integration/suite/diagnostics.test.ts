/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { codeOf, openFixture, openUntitled, rangeTuple, reportDiagnostics, sleep, waitFor, waitForDiagnostics } from './helpers';

suite('diagnostics', () => {
  test('Markdown sample: rule ids, ranges, severities and documentation links', async () => {
    const editor = await openFixture('sample.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 5);
    assert.deepStrictEqual(
      diagnostics.map((d) => [codeOf(d), ...rangeTuple(d.range)]),
      [
        ['placeholder', 2, 3, 2, 5],
        ['placeholder', 8, 18, 8, 20],
        ['placeholder', 10, 18, 10, 20],
        ['punctuation-halfwidth', 14, 4, 14, 5],
        ['numbering-sequence', 16, 0, 16, 2],
      ],
    );
    const first = diagnostics[0];
    assert.strictEqual(first.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(editor.document.getText(first.range), 'XX');
    const code = first.code as { value: string; target: vscode.Uri };
    // The README inside the extension, opened at the rule's `### placeholder` heading.
    assert.match(code.target.toString(), /README\.md#L\d+$/);
    assert.strictEqual(diagnostics[3].severity, vscode.DiagnosticSeverity.Warning);
  });

  test('plain-text sample', async () => {
    const editor = await openFixture('sample.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 5);
    assert.deepStrictEqual(
      diagnostics.map((d) => [codeOf(d), ...rangeTuple(d.range)]),
      [
        ['placeholder', 3, 14, 3, 16],
        ['placeholder', 4, 14, 4, 15],
        ['numbering-sequence', 5, 0, 5, 3],
        ['placeholder', 5, 14, 5, 16],
        ['enumeration-sequence', 7, 7, 7, 9],
      ],
    );
  });

  test('the report language: *.report files', async () => {
    const editor = await openFixture('sample.report');
    assert.strictEqual(editor.document.languageId, 'report');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 3);
    assert.deepStrictEqual(
      diagnostics.map((d) => editor.document.getText(d.range)),
      ['某某', '{扫描数量}', '[具体次数]'],
    );
  });

  test('updates as the user types (debounced)', async () => {
    const editor = await openUntitled('一、总体情况\n全年召开会议12次。\n', 'markdown');
    const uri = editor.document.uri;
    await sleep(400);
    assert.lengthOf(reportDiagnostics(uri), 0);
    await editor.edit((b) => b.replace(new vscode.Range(1, 6, 1, 8), '**'));
    const diagnostics = await waitForDiagnostics(uri, 1);
    assert.deepStrictEqual(rangeTuple(diagnostics[0].range), [1, 6, 1, 8]);
    await editor.edit((b) => b.replace(new vscode.Range(1, 6, 1, 8), '15'));
    await waitFor(() => (reportDiagnostics(uri).length === 0 ? true : undefined), 'diagnostics to clear');
  });

  test('per-rule settings turn a rule off', async () => {
    const editor = await openUntitled('人手不足,任务繁重。会议**次。\n', 'plaintext');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 2);
    const config = vscode.workspace.getConfiguration('reportDrafter');
    await config.update('rules', { 'punctuation-halfwidth': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      const left = await waitForDiagnostics(uri, 1);
      assert.strictEqual(codeOf(left[0]), 'placeholder');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri, 2);
  });
});
