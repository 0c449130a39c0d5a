/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { codeOf, openFixture, openUntitled, rangeTuple, reportDiagnostics, sleep, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

suite('diagnostics', () => {
  test('Markdown sample: rule ids, ranges, severities and documentation links', async () => {
    const editor = await openFixture('sample.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 5);
    assert.deepStrictEqual(
      diagnostics.map((d) => [codeOf(d), ...rangeTuple(d.range)]),
      [
        ['placeholder', 2, 3, 2, 5],
        ['placeholder', 8, 18, 8, 20],
        ['placeholder', 10, 18, 10, 20],
        ['punctuation-halfwidth', 14, 4, 14, 5],
        ['numbering-sequence', 16, 0, 16, 2],
      ],
    );
    const first = diagnostics[0];
    assert.strictEqual(first.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(editor.document.getText(first.range), 'XX');
    const code = first.code as { value: string; target: vscode.Uri };
    // The README inside the extension, opened at the rule's `### placeholder` heading.
    assert.match(code.target.toString(), /README\.md#L\d+$/);
    assert.strictEqual(diagnostics[3].severity, vscode.DiagnosticSeverity.Warning);
  });

  test('plain-text sample', async () => {
    const editor = await openFixture('sample.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 5);
    assert.deepStrictEqual(
      diagnostics.map((d) => [codeOf(d), ...rangeTuple(d.range)]),
      [
        ['placeholder', 3, 14, 3, 16],
        ['placeholder', 4, 14, 4, 15],
        ['numbering-sequence', 5, 0, 5, 3],
        ['placeholder', 5, 14, 5, 16],
        ['enumeration-sequence', 7, 7, 7, 9],
      ],
    );
  });

  test('the report language: *.report files', async () => {
    const editor = await openFixture('sample.report');
    assert.strictEqual(editor.document.languageId, 'report');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 3);
    assert.deepStrictEqual(
      diagnostics.map((d) => editor.document.getText(d.range)),
      ['某某', '{扫描数量}', '[具体次数]'],
    );
  });

  test('updates as the user types (debounced)', async () => {
    const editor = await openUntitled('一、总体情况\n全年召开会议12次。\n', 'markdown');
    const uri = editor.document.uri;
    await sleep(400);
    assert.lengthOf(reportDiagnostics(uri), 0);
    await editor.edit((b) => b.replace(new vscode.Range(1, 6, 1, 8), '**'));
    const diagnostics = await waitForDiagnostics(uri, 1);
    assert.deepStrictEqual(rangeTuple(diagnostics[0].range), [1, 6, 1, 8]);
    await editor.edit((b) => b.replace(new vscode.Range(1, 6, 1, 8), '15'));
    await waitFor(() => (reportDiagnostics(uri).length === 0 ? true : undefined), 'diagnostics to clear');
  });

  test('per-rule settings turn a rule off', async () => {
    const editor = await openUntitled('人手不足,任务繁重。会议**次。\n', 'plaintext');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, 2);
    const config = vscode.workspace.getConfiguration('reportDrafter');
    await config.update('rules', { 'punctuation-halfwidth': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      const left = await waitForDiagnostics(uri, 1);
      assert.strictEqual(codeOf(left[0]), 'placeholder');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(uri, 2);
  });
});

suite('quiet outside reports', () => {
  test('an English Markdown note gets no diagnostics, while a Chinese report does', async () => {
    const report = await openFixture('sample.md');
    await waitForDiagnostics(report.document.uri, 5);
    const note = await openFixture('notes/english-notes.md');
    await sleep(600);
    assert.lengthOf(reportDiagnostics(note.document.uri), 0);
    const decision = await vscode.commands.executeCommand<{ isReport: boolean; reason: string }>('reportDrafter._test.reportness');
    assert.deepInclude(decision, { isReport: false, reason: 'not-chinese' });
    // Nor outline symbols from this extension, nor the status bar item.
    const status = await vscode.commands.executeCommand<{ visible: boolean }>('reportDrafter._test.statusText');
    assert.isFalse(status.visible);
  });

  test('an English note typed into becomes a report once it is Chinese prose', async () => {
    const editor = await openUntitled('Multiply 3 * 4\n', 'markdown');
    const uri = editor.document.uri;
    await sleep(600);
    assert.lengthOf(reportDiagnostics(uri), 0);
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, 1, 0), '一、总体情况\n全年召开会议**次，研究议题若干项。\n'));
    const found = await waitForDiagnostics(uri, 1);
    assert.strictEqual(editor.document.getText(found[0].range), '**');
  });

  test('reportDrafter.enable forces it on and off', async () => {
    const note = await openFixture('notes/english-notes.md');
    const uri = note.document.uri;
    const config = vscode.workspace.getConfiguration('reportDrafter');
    await config.update('enable', 'always', vscode.ConfigurationTarget.Workspace);
    try {
      // Forced on, the note is checked: URLs and English `*`/`XX` are still no placeholders, so the
      // one finding left is the pair of ASCII brackets around Latin text after Chinese.
      const found = await waitFor(() => {
        const d = reportDiagnostics(uri);
        return d.length ? d : undefined;
      }, 'diagnostics on the forced note');
      assert.notInclude(found.map((d) => codeOf(d)), 'placeholder');
      await config.update('enable', 'never', vscode.ConfigurationTarget.Workspace);
      const report = await openFixture('sample.md');
      await waitForDiagnostics(report.document.uri, 0);
      await waitForDiagnostics(uri, 0);
    } finally {
      await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const report = await openFixture('sample.md');
    await waitForDiagnostics(report.document.uri, 5);
  });

  test('per file: Check This File as a Report, then back to automatic', async () => {
    const note = await openFixture('notes/english-notes.md');
    const uri = note.document.uri;
    await vscode.commands.executeCommand('reportDrafter.enableForFile');
    try {
      await waitFor(() => (reportDiagnostics(uri).length ? true : undefined), 'diagnostics after Check This File as a Report');
      const decision = await vscode.commands.executeCommand<{ reason: string; fileMode: string }>('reportDrafter._test.reportness');
      assert.deepInclude(decision, { reason: 'forced-on', fileMode: 'always' });
    } finally {
      await vscode.commands.executeCommand('reportDrafter.resetFileMode');
    }
    await waitForDiagnostics(uri, 0);
  });
});

suite('large reports', () => {
  test('above reportDrafter.maxCharsOnType a report is checked on save, with a notice once', async function () {
    this.timeout(30000);
    const config = vscode.workspace.getConfiguration('reportDrafter');
    await config.update('maxCharsOnType', 200, vscode.ConfigurationTarget.Global);
    const uri = workspaceFile('large-report-test.txt');
    const text = '一、总体情况\n' + '全年各项工作稳步推进，重点任务按期完成，群众满意度持续提升。\n'.repeat(10) + '共召开会议**次。\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      assert.isAbove(editor.document.getText().length, 200);
      await waitForDiagnostics(uri, 1); // checked on open
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), '完成项目**个。'));
      await sleep(900);
      assert.lengthOf(reportDiagnostics(uri), 1, 'not re-checked while typing');
      assert.isTrue(await vscode.commands.executeCommand<boolean>('reportDrafter._test.largeNotice', uri.toString()));
      await editor.document.save();
      await waitForDiagnostics(uri, 2); // checked on save
    } finally {
      await config.update('maxCharsOnType', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
