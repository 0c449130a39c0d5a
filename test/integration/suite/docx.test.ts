/// <reference types="mocha" />
// Word files: the read-only report view of a .docx (squiggles, outline, status bar, preview)
// and Convert to Editable Report. The workspace holds word/draft.docx (the LibreOffice-written
// fixture of test/fixtures/docx) and word/old.doc (a Word 97 file).
import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, exists, reportDiagnostics, waitFor, workspaceFile } from './helpers';

interface OutlineSnapshot {
  label: string;
  line: number;
  kind: string;
  children: OutlineSnapshot[];
}

const labels = (items: OutlineSnapshot[]): string[] => items.flatMap((i) => [`${i.line}:${i.label}`, ...labels(i.children)]);

suite('Word files (.docx)', () => {
  suiteSetup(activateExtension);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opening a .docx shows the read-only report view with squiggles, outline, status bar and preview', async function () {
    this.timeout(40000);
    const file = workspaceFile('word/draft.docx');
    // What the Explorer does on a click: open with the default editor for *.docx, ours.
    await vscode.commands.executeCommand('vscode.open', file);
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.scheme === 'report-docx' ? e : undefined;
    }, 'the report view of draft.docx', 20000);
    const document = editor.document;
    assert.strictEqual(document.uri.path, file.path);
    assert.strictEqual(document.languageId, 'report');
    assert.strictEqual(document.lineAt(3).text, '一、基本情况');
    assert.strictEqual(document.lineAt(4).text, '（一）选址到位。\t共设点3处。');
    assert.strictEqual(document.lineAt(2).text, '注：数据截至XX月底。');
    // No webview tab is left behind: the custom editor gave way to the text view.
    await waitFor(
      () => (vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputCustom) ? undefined : true),
      'the custom editor tab to close',
    );

    const diagnostics = await waitFor(() => {
      const d = reportDiagnostics(document.uri);
      return d.length >= 2 ? d : undefined;
    }, 'placeholder diagnostics on the view');
    const placeholders = diagnostics.filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'placeholder');
    assert.deepEqual(
      placeholders.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]),
      [
        [2, 6, 8],
        [7, 6, 8],
      ],
    );

    const outline = await vscode.commands.executeCommand<OutlineSnapshot[]>('reportDrafter._test.outlineItems');
    assert.includeMembers(labels(outline), ['3:一、基本情况', '8:二、存在问题', '14:下一步打算', '16:一、加强管理']);

    const status = await vscode.commands.executeCommand<{ visible: boolean; placeholders: number }>('reportDrafter._test.statusText');
    assert.isTrue(status.visible);
    assert.strictEqual(status.placeholders, 2);

    await vscode.commands.executeCommand('reportDrafter.preview');
    const preview = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<{ text: string } | undefined>('reportDrafter._test.previewState', document.uri.toString());
      return s && s.text.includes('一、基本情况') ? s : undefined;
    }, 'the preview of the Word view', 20000);
    assert.include(preview.text, '下一步打算');
  });

  test('Convert to Editable Report writes draft.md beside the .docx and opens it', async function () {
    this.timeout(30000);
    const file = workspaceFile('word/draft.docx');
    const target = workspaceFile('word/draft.md');
    if (await exists(target)) await vscode.workspace.fs.delete(target);
    const opened = await vscode.commands.executeCommand<{ uri?: string }>('reportDrafter.openDocx', file);
    assert.ok(opened.uri);
    // From the active view, as the editor title button does.
    const result = await vscode.commands.executeCommand<{ uri?: string; error?: string }>('reportDrafter.convertDocx');
    assert.strictEqual(result.uri, target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.include(text, '一、基本情况\n\n（一）选址到位。\t共设点3处。');
    assert.include(text, '# 下一步打算\n\n- 扩大覆盖面');
    assert.include(text, '| 项目 | 数量 |\n| --- | --- |\n| 就餐人次 | 1200 |');
    assert.include(text, '街道配套**万元');
    const active = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === target.toString() ? e : undefined;
    }, 'draft.md to open');
    assert.strictEqual(active.document.languageId, 'markdown');
    const diagnostics = await waitFor(() => {
      const d = reportDiagnostics(target);
      return d.length >= 2 ? d : undefined;
    }, 'diagnostics on the converted report');
    assert.includeMembers(
      diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))),
      ['placeholder'],
    );
    // A second conversion never overwrites the first.
    const again = await vscode.commands.executeCommand<{ uri?: string }>('reportDrafter.convertDocx', file);
    assert.strictEqual(again.uri, workspaceFile('word/draft (2).md').toString());
    await vscode.workspace.fs.delete(workspaceFile('word/draft (2).md'));
    await vscode.workspace.fs.delete(target);
  });

  test('a .doc gets one message saying what it is and what to do, and nothing throws', async function () {
    this.timeout(20000);
    const result = await vscode.commands.executeCommand<{ uri?: string; error?: string }>('reportDrafter.openDocx', workspaceFile('word/old.doc'));
    assert.isUndefined(result.uri);
    assert.match(result.error ?? '', /^old\.doc: (this is a Word 97–2003 document \(\.doc\)|这是旧版 Word 97-2003 文档（\.doc）)/);
    const converted = await vscode.commands.executeCommand<{ uri?: string; error?: string }>('reportDrafter.convertDocx', workspaceFile('word/old.doc'));
    assert.isUndefined(converted.uri);
    assert.strictEqual(converted.error, result.error);
  });
});
