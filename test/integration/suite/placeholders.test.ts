/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openFixture, rangeTuple } from './helpers';

interface StatusSnapshot {
  visible: boolean;
  text: string;
  chars: number;
  placeholders: number;
}

suite('placeholders and status bar', () => {
  test('Next/Previous Placeholder select the blank, and wrap around', async () => {
    const editor = await openFixture('sample.md');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('reportDrafter.nextPlaceholder');
    assert.deepStrictEqual(rangeTuple(editor.selection), [2, 3, 2, 5]);
    assert.strictEqual(editor.document.getText(editor.selection), 'XX');
    await vscode.commands.executeCommand('reportDrafter.nextPlaceholder');
    assert.deepStrictEqual(rangeTuple(editor.selection), [8, 18, 8, 20]);
    await vscode.commands.executeCommand('reportDrafter.previousPlaceholder');
    assert.deepStrictEqual(rangeTuple(editor.selection), [2, 3, 2, 5]);
    await vscode.commands.executeCommand('reportDrafter.previousPlaceholder');
    assert.deepStrictEqual(rangeTuple(editor.selection), [10, 18, 10, 20]);
  });

  test('the status bar counts characters and blanks of the active report', async () => {
    await openFixture('sample.md');
    const status = await vscode.commands.executeCommand<StatusSnapshot>('reportDrafter._test.statusText');
    assert.isTrue(status.visible);
    assert.strictEqual(status.chars, 111);
    assert.strictEqual(status.placeholders, 3);
    const expected = vscode.env.language.startsWith('zh') ? '字数 111 · 待填 3' : '111 chars · 3 to fill';
    assert.strictEqual(status.text, expected);
  });
});
