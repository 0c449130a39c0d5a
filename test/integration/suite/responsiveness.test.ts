/// <reference types="mocha" />
// Typing in a 300 KB report, in the real host: how long after the typing pause (the debounce) a
// keystroke's problems are published. Reported, not asserted (speed goals live in `npm run bench`);
// what is asserted is that each keystroke's problems are right.
import * as vscode from 'vscode';
import { assert } from 'chai';
import { openUntitled, reportDiagnostics, waitForDiagnostics, workspaceFile } from './helpers';

const SIZE = 300 * 1024;
const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** A long report as people write them: three sections of unique body paragraphs, a blank every ~6 KB. */
function typicalReport(): string {
  const parts = ['# 2025年度工作汇报', '', '尊敬的各位领导：', '', '现将本年度工作情况汇报如下：', ''];
  let size = 0;
  for (let section = 0; section < 3; section++) {
    parts.push(`${'一二三'[section]}、${['主要工作', '存在问题', '下一步打算'][section]}`, '');
    for (let i = 0; size < ((section + 1) * SIZE) / 3; i++) {
      const blank = i % 25 === 24 ? '**' : String(10 + (i % 80));
      const paragraph = `第${section + 1}部分第${i + 1}段：全年共召开专题会议${blank}次，完成重点任务${i + 3}项，一是健全工作机制，二是加强督促检查，三是抓好问题整改，推动各项工作落地见效。`;
      parts.push(paragraph, '');
      size += bytesOf(paragraph) + 2;
    }
  }
  parts.push('汇报完毕，不妥之处，请批评指正。', '');
  return parts.join('\n');
}

/** The sample fixture over and over: about five problems every 400 bytes. */
async function denseReport(): Promise<string> {
  const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('sample.md')));
  let text = '';
  for (let copy = 0; bytesOf(text) < SIZE; copy++) text += sample.replace(/(\S)$/gm, (last) => `${last}${copy}`) + '\n';
  return text;
}

suite('responsiveness', () => {
  for (const [language, kind] of [['plaintext', 'typical'], ['markdown', 'typical'], ['markdown', 'dense']] as const) {
    test(`a keystroke in a 300 KB ${kind} report (${language})`, async function () {
      this.timeout(90000);
      const text = kind === 'typical' ? typicalReport() : await denseReport();
      const editor = await openUntitled(text, language);
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, undefined, 30000);
      await new Promise((r) => setTimeout(r, 1500));
      const settled = reportDiagnostics(uri).length;

      const debounceMs = vscode.workspace.getConfiguration('reportDrafter').get<number>('debounceMs', 300);
      const middle = editor.document.positionAt(text.indexOf('。', text.length >> 1) + 1);
      const seen: number[] = [];
      const published: number[] = [];
      for (let i = 0; i < 8; i++) {
        const typing = i % 2 === 0;
        const expected = settled + (typing ? 1 : 0);
        const arrived = new Promise<number>((resolve) => {
          const listener = vscode.languages.onDidChangeDiagnostics((e) => {
            if (e.uris.some((u) => u.toString() === uri.toString()) && reportDiagnostics(uri).length === expected) {
              listener.dispose();
              resolve(Date.now());
            }
          });
        });
        const typedAt = Date.now();
        // Type a placeholder 某某 after a full stop, then delete it again.
        await editor.edit((b) => (typing ? b.insert(middle, '某某') : b.delete(new vscode.Range(middle, middle.translate(0, 2)))));
        seen.push((await arrived) - typedAt - debounceMs);
        const publish = await vscode.commands.executeCommand<{ version: number; afterPauseMs: number; count: number }>('reportDrafter._test.lastPublish', uri.toString());
        assert.strictEqual(publish?.version, editor.document.version);
        assert.strictEqual(publish?.count, expected);
        published.push(Math.round(publish!.afterPauseMs));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
      const range = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
      console.log(
        `      ${(bytesOf(text) / 1024).toFixed(0)} KB ${kind} ${language} report, ${settled} problems: published ${median(published)} ms after the ${debounceMs} ms pause ` +
          `(median of ${published.length}, ${range(published)}); onDidChangeDiagnostics seen ${median(seen)} ms after it (${range(seen)})`,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
