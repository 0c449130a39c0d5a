/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openUntitled, waitFor, workspaceFile, exists } from './helpers';

interface PreviewState {
  uri: string;
  updates: number;
  text: string;
  html: string;
}

const REPORT = [
  '关于推进街道垃圾分类工作的汇报',
  '',
  '同志们：',
  '',
  '一、工作进展',
  '',
  '（一）设施逐步完善。全街道新建分类投放点XX个，覆盖全部小区。',
  '',
  '二、下一步打算',
  '',
  '继续加强宣传引导。',
  '',
].join('\n');

async function previewState(uri: vscode.Uri): Promise<PreviewState | undefined> {
  return vscode.commands.executeCommand<PreviewState | undefined>('reportDrafter._test.previewState', uri.toString());
}

suite('Report preview and Word export', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the preview opens beside the editor, shows the sections and follows edits', async function () {
    this.timeout(30000);
    const editor = await openUntitled(REPORT, 'report');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('reportDrafter.preview');
    const first = await waitFor(async () => {
      const s = await previewState(uri);
      return s && s.text.includes('二、下一步打算') ? s : undefined;
    }, 'the preview to show the sections', 20000);
    assert.include(first.text, '关于推进街道垃圾分类工作的汇报');
    assert.include(first.text, '一、工作进展');
    assert.match(first.html, /data-level="2" data-run-in="true">（一）设施逐步完善。<span class="rd-rest">/);
    assert.match(first.html, /<mark class="rd-ph"[^>]*>XX<\/mark>/);
    // The webview is a tab beside the editor.
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    assert.ok(tabs.some((t) => t.input instanceof vscode.TabInputWebview), 'a webview tab is open');

    await editor.edit((b) => b.insert(new vscode.Position(11, 0), '三、有关建议\n'));
    const after = await waitFor(async () => {
      const s = await previewState(uri);
      return s && s.text.includes('三、有关建议') ? s : undefined;
    }, 'the preview to show the edit', 20000);
    assert.isAtLeast(after.updates, 1);
    assert.match(after.html, /data-level="1">三、有关建议</);
  });

  test('Export to Word writes a .docx (a zip) where it is told to', async function () {
    this.timeout(30000);
    await openUntitled(REPORT, 'report');
    const target = workspaceFile('exported-preview-test.docx');
    const result = await vscode.commands.executeCommand<{ outcome: string; bytes: number; placeholders: number }>('reportDrafter.exportDocx', {
      target,
      allowPlaceholders: true,
      silent: true,
    });
    assert.strictEqual(result.outcome, 'written');
    assert.strictEqual(result.placeholders, 1);
    assert.ok(await exists(target));
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.strictEqual(bytes.length, result.bytes);
    assert.deepStrictEqual([...bytes.slice(0, 2)], [0x50, 0x4b]); // PK
    await vscode.workspace.fs.delete(target);
  });
});

suite('Export warns about numbering too', () => {
  test('the export counts the numbering problems it would carry into Word', async function () {
    this.timeout(30000);
    await openUntitled('一、工作进展\n\n全年完成任务。\n\n三、下一步打算\n\n继续努力。\n', 'report');
    const target = workspaceFile('exported-numbering-test.docx');
    const result = await vscode.commands.executeCommand<{ outcome: string; placeholders: number; numbering: number }>('reportDrafter.exportDocx', {
      target,
      allowPlaceholders: true,
      silent: true,
    });
    assert.strictEqual(result.outcome, 'written');
    assert.strictEqual(result.placeholders, 0);
    assert.strictEqual(result.numbering, 1); // 三、 after 一、
    await vscode.workspace.fs.delete(target);
  });
});
