/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openFixture, openUntitled } from './helpers';

interface Item {
  label: string;
  description: string;
  tooltip: string;
  icon: string;
  badge: string;
  line: number;
  kind: string;
  level: number;
  placeholders: number;
  problems: number;
  numberingProblem: string | null;
  children: Item[];
}

suite('Report Outline view', () => {
  test('sections with their counts; a numbering problem shows on its node', async () => {
    await openFixture('sample.txt');
    const items = await vscode.commands.executeCommand<Item[]>('reportDrafter._test.outlineItems');
    assert.deepStrictEqual(items.map((i) => i.label), ['一、工作开展情况', '二、下一步工作打算']);
    const [first, second] = items;
    assert.strictEqual(first.placeholders, 3);
    assert.strictEqual(first.problems, 4);
    // Short enough for the default side bar: the count of characters; the blanks as a badge; all in the tooltip.
    assert.strictEqual(first.description, vscode.env.language.startsWith('zh') ? '62 字' : '62 chars');
    assert.strictEqual(first.badge, '3');
    assert.include(first.tooltip.replace(/&nbsp;/g, ' '), vscode.env.language.startsWith('zh') ? '待填 3' : '3 to fill');
    assert.include(first.tooltip.replace(/&nbsp;/g, ' '), vscode.env.language.startsWith('zh') ? '4 个问题' : '4 problems');
    // Icons that mean sections and points, not code symbols.
    assert.strictEqual(first.icon, 'list-ordered');
    assert.strictEqual(first.children[0].children[0].icon, 'circle-small-filled');
    const fourth = first.children.find((c) => c.label === '（四）推进节能改造');
    assert.ok(fourth);
    assert.isNotNull(fourth!.numberingProblem);
    assert.strictEqual(fourth!.line, 5);
    assert.isNull(first.children[0].numberingProblem);
    assert.strictEqual(second.children[1].label, '三是提升服务');
    assert.isNotNull(second.children[1].numberingProblem);
  });

  test('follows the active editor and refreshes on edit', async () => {
    const editor = await openUntitled('一、总体情况\n', 'report');
    let items = await vscode.commands.executeCommand<Item[]>('reportDrafter._test.outlineItems');
    assert.deepStrictEqual(items.map((i) => i.label), ['一、总体情况']);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '二、存在问题\n'));
    items = await vscode.commands.executeCommand<Item[]>('reportDrafter._test.outlineItems');
    assert.deepStrictEqual(items.map((i) => i.label), ['一、总体情况', '二、存在问题']);
  });

  test('clicking a node reveals its line', async () => {
    const editor = await openFixture('sample.txt');
    const items = await vscode.commands.executeCommand<Item[]>('reportDrafter._test.outlineItems');
    const start = editor.document.offsetAt(new vscode.Position(items[1].line, 0));
    await vscode.commands.executeCommand('reportDrafter.revealRange', editor.document.uri, start, start + 2);
    assert.strictEqual(vscode.window.activeTextEditor?.selection.active.line, 6);
  });
});
