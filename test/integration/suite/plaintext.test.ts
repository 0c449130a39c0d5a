/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openFixture, openUntitled, waitFor } from './helpers';

interface Token {
  line: number;
  start: number;
  text: string;
  type: string;
  modifiers: string[];
}

async function tokens(document: vscode.TextDocument): Promise<Token[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  const out: Token[] = [];
  if (!legend || !result) return out;
  let line = 0;
  let start = 0;
  const d = result.data;
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    start = d[i] === 0 ? start + d[i + 1] : d[i + 1];
    const modifiers = legend.tokenModifiers.filter((_, bit) => d[i + 4] & (1 << bit));
    const text = document.getText(new vscode.Range(line, start, line, start + d[i + 2]));
    out.push({ line, start, text, type: legend.tokenTypes[d[i + 3]], modifiers });
  }
  return out;
}

suite('plain text: structure highlighting', () => {
  test('headings and 一是 markers of a .txt report get semantic tokens, by level', async () => {
    const editor = await openFixture('sample.txt');
    const found = await waitFor(async () => {
      const t = await tokens(editor.document);
      return t.length ? t : undefined;
    }, 'semantic tokens on sample.txt');
    assert.deepStrictEqual(
      found.map((t) => [t.line, t.text, t.type, t.modifiers.join(' ')]),
      [
        [2, '一、工作开展情况', 'reportHeading', 'level1'],
        [3, '（一）做好食堂保障', 'reportHeading', 'level2'],
        [3, '一是', 'reportPoint', ''],
        [3, '二是', 'reportPoint', ''],
        [4, '（二）抓好车辆管理', 'reportHeading', 'level2'],
        [5, '（四）推进节能改造', 'reportHeading', 'level2'],
        [6, '二、下一步工作打算', 'reportHeading', 'level1'],
        [7, '一是', 'reportPoint', ''],
        [7, '三是', 'reportPoint', ''],
      ],
    );
  });

  test('an English .txt note gets none', async () => {
    const editor = await openUntitled('1. Buy milk\n2. Call Bob about the XX field\n', 'plaintext');
    assert.deepStrictEqual(await tokens(editor.document), []);
  });
});
