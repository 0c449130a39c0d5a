/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openUntitled, waitFor } from './helpers';

suite('snippets', () => {
  for (const langId of ['markdown', 'plaintext', 'report']) {
    test(`称谓 and 结尾 in ${langId}`, async () => {
      const editor = await openUntitled('', langId);
      // Snippets load lazily: retry until the snippet service knows them.
      await waitFor(async () => {
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId, name: '称谓' });
        return editor.document.getText().length > 0 ? true : undefined;
      }, 'the 称谓 snippet');
      assert.strictEqual(editor.document.getText(), '尊敬的[称谓]：\n');
      assert.strictEqual(editor.document.getText(editor.selection), '[称谓]');
    });
  }

  test('the 年度工作汇报 skeleton has the shape of a year-end report', async () => {
    const editor = await openUntitled('', 'report');
    await waitFor(async () => {
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'report', name: '年度工作汇报' });
      return editor.document.getText().length > 0 ? true : undefined;
    }, 'the 年度工作汇报 snippet');
    const text = editor.document.getText();
    assert.match(text, /^尊敬的\[称谓\]：\n/);
    assert.include(text, '\n一、[年份]年工作开展情况\n');
    assert.include(text, '\n二、存在的主要问题及原因分析\n');
    assert.include(text, '\n三、下一年工作思路举措\n');
    assert.match(text, /汇报完毕，不妥之处，请批评指正。$/);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepStrictEqual(
      symbols.map((s) => s.children.filter((c) => c.kind !== vscode.SymbolKind.EnumMember).length),
      [4, 0, 0],
    );
  });
});
