/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openUntitled, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  // Resolve every action: "fix all" computes its edit only when resolved.
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind, 100);
  return all.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

suite('quick fixes', () => {
  test('punctuation-halfwidth: the fix replaces just the mark', async () => {
    const editor = await openUntitled('人手不足,任务繁重。\n', 'markdown');
    const uri = editor.document.uri;
    const [diagnostic] = await waitForDiagnostics(uri, 1);
    const actions = await actionsAt(uri, diagnostic.range);
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.strictEqual(editor.document.getText(), '人手不足，任务繁重。\n');
    await waitForDiagnostics(uri, 0);
  });

  test('disable a rule for this line with a Markdown comment', async () => {
    const editor = await openUntitled('人手不足,任务繁重。\n', 'markdown');
    const uri = editor.document.uri;
    const [diagnostic] = await waitForDiagnostics(uri, 1);
    const actions = await actionsAt(uri, diagnostic.range);
    const disable = actions.find((a) => a.title.includes('punctuation-halfwidth') && /line|本行/.test(a.title));
    assert.ok(disable, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(disable!.edit!));
    assert.strictEqual(editor.document.getText(), '人手不足,任务繁重。 <!-- report-check-disable-line punctuation-halfwidth -->\n');
    await waitForDiagnostics(uri, 0);
  });

  test('plain text offers no disable comment', async () => {
    const editor = await openUntitled('人手不足,任务繁重。\n', 'plaintext');
    const [diagnostic] = await waitForDiagnostics(editor.document.uri, 1);
    const actions = await actionsAt(editor.document.uri, diagnostic.range);
    assert.isFalse(actions.some((a) => a.title.includes('<!--') || /Disable|停用/.test(a.title)));
  });

  test('source.fixAll fixes a wrong ordinal on its line and punctuation, leaving placeholders alone', async () => {
    // Renumbering a whole run changes other lines: that is a suggestion, never part of fix-all.
    const text = '一、总体情况\n三、存在问题,原因分析\n三、下一步打算\n会议**次。\n';
    const editor = await openUntitled(text, 'plaintext');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 3);
    const actions = await actionsAt(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll');
    const fixAll = actions.find((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind));
    assert.ok(fixAll, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fixAll!.edit!));
    assert.strictEqual(editor.document.getText(), '一、总体情况\n二、存在问题，原因分析\n三、下一步打算\n会议**次。\n');
  });

  test('fix on save with editor.codeActionsOnSave', async () => {
    const uri = workspaceFile('fix-on-save.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('一、总体情况\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('codeActionsOnSave', { 'source.fixAll.reportDrafter': 'explicit' }, vscode.ConfigurationTarget.Global);
    try {
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), '三、存在问题,原因分析\n'));
      await waitForDiagnostics(uri, 2);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(() => (editor.document.isDirty ? undefined : true), 'the save');
      assert.strictEqual(editor.document.getText(), '一、总体情况\n二、存在问题，原因分析\n');
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), '一、总体情况\n二、存在问题，原因分析\n');
    } finally {
      await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
