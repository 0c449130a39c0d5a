/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openFixture, waitForDiagnostics } from './helpers';

interface CheckResult {
  problems: number;
  placeholders: number;
  numbering: number;
  other: number;
  message: string;
  first: { line: number; character: number } | null;
  byRule: Record<string, number>;
  shown: { notification: string; problemsPanel: boolean };
}

const vv = (en: string, zh: string) => new RegExp(vscode.env.language.startsWith('zh') ? zh : en);

suite('Check Report', () => {
  test('summarises the active report', async () => {
    const editor = await openFixture('sample.md');
    const result = await vscode.commands.executeCommand<CheckResult>('reportDrafter.checkReport');
    assert.ok(result);
    assert.strictEqual(result.problems, 5);
    assert.strictEqual(result.placeholders, 3);
    assert.strictEqual(result.numbering, 1);
    assert.strictEqual(result.other, 1);
    assert.deepStrictEqual(result.first, { line: 2, character: 3 });
    assert.deepStrictEqual(result.byRule, { placeholder: 3, 'punctuation-halfwidth': 1, 'numbering-sequence': 1 });
    // "还有 3 处未填写、1 处编号问题、1 处其他问题。" or its English.
    if (vscode.env.language.startsWith('zh')) assert.include(result.message, '还有 3 处未填写、1 处编号问题');
    else assert.include(result.message, '3 blanks to fill, 1 numbering problems');
    await waitForDiagnostics(editor.document.uri, 5);
    // Shown where the user looks: a warning toast and the Problems panel, the focus left in the text.
    assert.deepStrictEqual(result.shown, { notification: 'warning', problemsPanel: true });
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
  });

  test('on a file that is no report it says so instead of "no problems"', async () => {
    await openFixture('notes/english-notes.md');
    const result = await vscode.commands.executeCommand<CheckResult>('reportDrafter.checkReport');
    assert.strictEqual(result.problems, 0);
    assert.match(result.message, vv('does not read as a Chinese report', '读起来不像中文汇报稿'));
    assert.isFalse(result.shown.problemsPanel);
  });

  test('Check All Reports in Workspace puts every report in the Problems panel', async () => {
    const result = await vscode.commands.executeCommand<CheckResult & { files: number; cancelled: boolean }>('reportDrafter.checkWorkspace');
    assert.ok(result);
    assert.isFalse(result.cancelled);
    assert.isAtLeast(result.files, 3);
    assert.isAtLeast(result.placeholders, 9);
  });
});
