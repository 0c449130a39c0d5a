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

interface PickItems {
  items: { id: string; label: string; description: string }[];
  active: string;
}

suite('Insert Section Template picker', () => {
  test('each item shows the marker it would get at the cursor, once; the level the cursor is in is preselected', async () => {
    const editor = await openUntitled('一、总体情况\n（一）主要做法\n正文。\n（二）取得成效\n正文。\n二、存在问题\n', 'report');
    editor.selection = new vscode.Selection(2, 1, 2, 1); // in the body of （一）
    const picked = await vscode.commands.executeCommand<PickItems>('reportDrafter._test.insertSectionItems');
    const byId = Object.fromEntries(picked.items.map((i) => [i.id, i]));
    const zh = vscode.env.language.startsWith('zh');
    assert.strictEqual(byId.heading1.label, zh ? '二、 一级标题' : '二、 Level-1 heading');
    assert.strictEqual(byId.heading2.label, zh ? '（二） 二级标题' : '（二） Level-2 heading');
    assert.strictEqual(byId.heading3.label, zh ? '1. 三级标题' : '1. Level-3 heading');
    // Inserting （二） here pushes the old （二） on: the item says so.
    assert.strictEqual(byId.heading2.description, zh ? '其后 1 个标题重新编号' : 'renumbers 1 after it');
    assert.strictEqual(byId.heading1.description, zh ? '其后 1 个标题重新编号' : 'renumbers 1 after it');
    assert.strictEqual(picked.active, 'heading2');
    for (const item of picked.items) {
      const [marker, ...rest] = item.label.split(' ');
      assert.notInclude(rest.join(' '), marker, `"${item.label}" repeats its marker`);
    }

    editor.selection = new vscode.Selection(5, 2, 5, 2); // on 二、
    const atTop = await vscode.commands.executeCommand<PickItems>('reportDrafter._test.insertSectionItems');
    assert.strictEqual(atTop.active, 'heading1');
    assert.match(atTop.items.find((i) => i.id === 'heading1')!.label, /^三、 /);
    assert.match(atTop.items.find((i) => i.id === 'heading2')!.label, /^（一） /);
  });
});
