/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { codeOf, openFixture, openUntitled, rangeTuple, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind, 100);
  return all.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

const FIXED =
  '# 二〇二四年度工作总结\n\n全年共办理信访事项352件，办结率98%。\n落实“三重一大”制度，坚持讲政治 重实干 促发展。\n运行 `npm run build 2024` 命令，详见 https://example.com/a 。\n';

suite('proofreading (GB/T 15834 / 15835)', () => {
  test('squiggles stray spaces, ASCII quotes and a space between parallel phrases, and nothing in code or URLs', async () => {
    const editor = await openFixture('proofreading.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 7);
    const found = diagnostics
      .map((d) => [codeOf(d), ...rangeTuple(d.range)] as const)
      .sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    assert.deepEqual(found, [
      ['spacing', 2, 9, 2, 10],
      ['spacing', 2, 13, 2, 14],
      ['spacing', 2, 19, 2, 20],
      ['spacing', 2, 23, 2, 24],
      ['ascii-quotes', 3, 2, 3, 8],
      ['spacing-separator', 3, 16, 3, 17],
      ['spacing-separator', 3, 20, 3, 21],
    ]);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('spacing: the quick fix deletes just the space', async () => {
    const editor = await openUntitled('共 3 人参加。\n', 'plaintext');
    const uri = editor.document.uri;
    const diagnostics = await waitForDiagnostics(uri, 2);
    const first = diagnostics.find((d) => d.range.start.character === 1)!;
    assert.strictEqual(codeOf(first), 'spacing');
    const fix = (await actionsAt(uri, first.range)).find((a) => a.kind?.value === 'quickfix' && a.isPreferred);
    assert.ok(fix);
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.strictEqual(editor.document.getText(), '共3 人参加。\n');
    await waitForDiagnostics(uri, 1);
  });

  test('ascii-quotes: the quick fix turns both quotes into Chinese ones', async () => {
    const editor = await openUntitled('落实"三重一大"制度。\n', 'markdown');
    const uri = editor.document.uri;
    const [diagnostic] = await waitForDiagnostics(uri, 1);
    assert.strictEqual(codeOf(diagnostic), 'ascii-quotes');
    const fix = (await actionsAt(uri, diagnostic.range)).find((a) => a.kind?.value === 'quickfix' && a.isPreferred);
    assert.ok(fix);
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.strictEqual(editor.document.getText(), '落实“三重一大”制度。\n');
    await waitForDiagnostics(uri, 0);
  });

  test('spacing-separator: 、 ， and deletion are offered as choices, none preferred', async () => {
    const editor = await openUntitled('坚持讲政治 重实干。\n', 'plaintext');
    const uri = editor.document.uri;
    const [diagnostic] = await waitForDiagnostics(uri, 1);
    assert.strictEqual(codeOf(diagnostic), 'spacing-separator');
    const actions = (await actionsAt(uri, diagnostic.range)).filter((a) => a.kind?.value === 'quickfix' && a.edit);
    assert.isFalse(actions.some((a) => a.isPreferred));
    const results = actions.map((a) => a.edit!.entries().flatMap(([, edits]) => edits.map((e) => e.newText)).join('|'));
    assert.deepEqual(results, ['、', '，', '']);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    assert.strictEqual(editor.document.getText(), '坚持讲政治、重实干。\n');
    await waitForDiagnostics(uri, 0);
  });

  test('fix on save applies the certain fixes and leaves the choices to the writer', async () => {
    const source = await vscode.workspace.fs.readFile(workspaceFile('proofreading.md'));
    const uri = workspaceFile('proofreading-save.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# 草稿\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.reportDrafter': 'explicit' }, vscode.ConfigurationTarget.Global);
    try {
      const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
      await editor.edit((b) => b.replace(whole, new TextDecoder().decode(source)));
      await waitForDiagnostics(uri, 7);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => (editor.document.isDirty ? undefined : true), 'the save');
      assert.strictEqual(editor.document.getText(), FIXED);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), FIXED);
      const left = await waitForDiagnostics(uri, 2);
      assert.deepEqual(left.map(codeOf), ['spacing-separator', 'spacing-separator']);
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
