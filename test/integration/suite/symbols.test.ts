/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openFixture, openUntitled } from './helpers';

interface Tree {
  name: string;
  children: Tree[];
}

function flat(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...flat(s.children)]);
}

/** Markdown's own provider names a heading `## 一、总体情况`; ours names it without the hashes. */
const normal = (name: string) => name.replace(/^#+\s*/, '');

function tree(symbols: vscode.DocumentSymbol[]): Tree[] {
  return symbols.map((s) => ({ name: s.name, children: tree(s.children) }));
}

suite('document symbols and folding', () => {
  test('plain text: the 一、（一） tree with its 一是 points', async () => {
    const editor = await openFixture('sample.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepStrictEqual(tree(symbols), [
      {
        name: '一、工作开展情况',
        children: [
          { name: '（一）做好食堂保障', children: [{ name: '一是优化菜品', children: [] }, { name: '二是控制成本', children: [] }] },
          { name: '（二）抓好车辆管理', children: [] },
          { name: '（四）推进节能改造', children: [] },
        ],
      },
      { name: '二、下一步工作打算', children: [{ name: '一是加强管理', children: [] }, { name: '三是提升服务', children: [] }] },
    ]);
    const first = symbols[0];
    assert.deepStrictEqual([first.selectionRange.start.line, first.selectionRange.start.character], [2, 0]);
    assert.strictEqual(first.range.end.line, 5);
  });

  test('Markdown: only what its own outline lacks, without a duplicate group', async () => {
    const editor = await openFixture('sample.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = flat(symbols).map(normal);
    // The numbered sections are plain lines, which Markdown's outline does not see: ours, at the top level.
    assert.includeMembers(symbols.map((s) => s.name), ['一、主要工作', '二、存在问题', '四、下一步打算']);
    const first = symbols.find((s) => s.name === '一、主要工作')!;
    assert.deepStrictEqual(first.children.map((c) => c.name), ['（一）加强文稿服务', '（二）做好会务保障']);
    // The # title is Markdown's own (when the host has VS Code's Markdown support), never ours again.
    assert.isAtMost(names.filter((n) => n === '2024年度办公室工作汇报').length, 1, JSON.stringify(names));
  });

  test('Markdown whose sections are all # headings: the Markdown outline alone', async () => {
    const editor = await openUntitled('# 汇报\n\n## 一、总体情况\n\n### （一）主要做法\n\n一是加强学习；二是完善制度。\n\n## 二、存在问题\n\n人手不足。\n', 'markdown');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = flat(symbols).map(normal);
    assert.deepStrictEqual(names.filter((n, i) => names.indexOf(n) !== i), [], JSON.stringify(names));
    // No 一是 points cut loose from their sections either.
    assert.notInclude(names, '一是加强学习');
  });

  test('each section folds', async () => {
    const editor = await openFixture('sample.txt');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const pairs = ranges.map((r) => `${r.start}-${r.end}`);
    // The closing line (汇报完毕…) belongs to the last section.
    assert.includeMembers(pairs, ['2-5', '6-8']);
  });
});
