/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openFixture } from './helpers';

interface Tree {
  name: string;
  children: Tree[];
}

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

  test('Markdown keeps the # headings around the numbered sections', async () => {
    const editor = await openFixture('sample.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    // VS Code's own Markdown provider may contribute its tree too: find ours, the one with the numbered sections.
    const ours = symbols.find((s) => s.children.some((c) => c.name === '一、主要工作'));
    assert.ok(ours, JSON.stringify(tree(symbols)));
    assert.strictEqual(ours!.name, '# 2024年度办公室工作汇报');
    assert.deepStrictEqual(
      ours!.children.map((c) => c.name),
      ['一、主要工作', '二、存在问题', '四、下一步打算'],
    );
    assert.deepStrictEqual(ours!.children[0].children.map((c) => c.name), ['（一）加强文稿服务', '（二）做好会务保障']);
  });

  test('each section folds', async () => {
    const editor = await openFixture('sample.txt');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const pairs = ranges.map((r) => `${r.start}-${r.end}`);
    // The closing line (汇报完毕…) belongs to the last section.
    assert.includeMembers(pairs, ['2-5', '6-8']);
  });
});
