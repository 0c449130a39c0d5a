/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openUntitled } from './helpers';

const BASE = '一、总体情况\n（一）主要做法\n（二）取得成效\n二、存在问题\n';

interface InsertResult {
  marker: string;
  renumbered: number;
}

suite('Insert Section Template', () => {
  test('after 二、 the next level-1 heading is 三、', async () => {
    const editor = await openUntitled(BASE, 'report');
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    const result = await vscode.commands.executeCommand<InsertResult>('reportDrafter.insertSection', 'heading1');
    assert.strictEqual(result.marker, '三、');
    assert.strictEqual(result.renumbered, 0);
    assert.strictEqual(editor.document.getText(), BASE + '三、[标题]\n');
    // The snippet's first tab stop is selected.
    assert.strictEqual(editor.document.getText(editor.selection), '[标题]');
  });

  test('a new （n） in the middle continues the run and renumbers the siblings after it, in one undo step', async () => {
    const editor = await openUntitled(BASE, 'report');
    editor.selection = new vscode.Selection(1, 3, 1, 3); // on the （一） line: insert after it
    const result = await vscode.commands.executeCommand<InsertResult>('reportDrafter.insertSection', 'heading2');
    assert.strictEqual(result.marker, '（二）');
    assert.strictEqual(result.renumbered, 1);
    assert.strictEqual(
      editor.document.getText(),
      '一、总体情况\n（一）主要做法\n（二）[标题]。[正文]\n（三）取得成效\n二、存在问题\n',
    );
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), BASE);
  });

  test('a Markdown section keeps the # depth of its siblings', async () => {
    const editor = await openUntitled('# 汇报\n\n## 一、总体情况\n\n正文。\n', 'markdown');
    editor.selection = new vscode.Selection(5, 0, 5, 0);
    const result = await vscode.commands.executeCommand<InsertResult>('reportDrafter.insertSection', 'heading1');
    assert.strictEqual(result.marker, '二、');
    assert.include(editor.document.getText(), '\n## 二、[标题]\n');
  });
});
