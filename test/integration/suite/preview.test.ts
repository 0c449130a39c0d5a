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
    const editor = await openUntitled('一、工作进展\n\n全年完成任务。\n\n三、下一步打算\n\n继续努力。\n', 'report');
    const target = workspaceFile('exported-numbering-test.docx');
    const result = await vscode.commands.executeCommand<{ outcome: string; placeholders: number; numbering: number }>('reportDrafter.exportDocx', editor.document.uri, {
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

suite('Preview page view', () => {
  test('A4 pages of 22 lines with — n — numbers, switched by the setting', async function () {
    this.timeout(40000);
    const lines = ['关于全年工作情况的汇报', '', '一、工作开展情况', ''];
    // (70 paragraphs: more than three pages of 22 lines even unwrapped, so that the test does not
    // hang on the fonts of the machine it runs on; without a CJK font the lines wrap less.)
    for (let i = 1; i <= 70; i++) lines.push(`第${i}项工作按计划推进，各项指标均达到年初确定的目标要求。`, '');
    const editor = await openUntitled(lines.join('\n'), 'report');
    const config = vscode.workspace.getConfiguration('reportDrafter');
    await config.update('preview.pageView', true, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('reportDrafter.preview');
      const state = await waitFor(async () => {
        const s = await vscode.commands.executeCommand<PreviewState & { pages: number }>('reportDrafter._test.previewState', editor.document.uri.toString());
        return s && s.pages >= 3 ? s : undefined;
      }, 'the preview in page view', 20000);
      // 74 lines of text (most wrap to two where a CJK font is installed): more than three pages of 22 lines.
      assert.include(state.html, '— 2 —');
      assert.include(state.html, 'rd-folio-even');
      assert.include(state.text, '第70项工作');
      await config.update('preview.pageView', false, vscode.ConfigurationTarget.Global);
      await waitFor(async () => {
        const s = await vscode.commands.executeCommand<PreviewState & { pages: number }>('reportDrafter._test.previewState', editor.document.uri.toString());
        return s && s.pages === 0 && !s.html.includes('rd-paged') ? s : undefined;
      }, 'the preview back in one sheet', 20000);
    } finally {
      await config.update('preview.pageView', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });
});
