import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from './tempDirs';
import { runCli, type JsonFinding } from '../../src/cli/main';
import { analyzeReport, outlineToJson, type OutlineJson } from '../../src/core';
import { readDocx } from '../../src/docx-read';

const FIXTURES = join(__dirname, '../fixtures/docx');
const corpus = join(__dirname, '../../../shared/corpus');
const MASKED = join(corpus, '000_party-building-report-2022-masked.txt');

async function run(args: string[], cwd: string, lang = 'en_US.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, env: { LANG: lang }, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function workspace(): string {
  const dir = makeTempDir('report-check-docx-');
  for (const f of ['libreoffice-report.docx', 'libreoffice-report.doc']) copyFileSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

describe('report-check on Word files', () => {
  it('locates findings by paragraph in text output (English and Chinese)', async () => {
    const dir = workspace();
    const en = await run(['libreoffice-report.docx'], dir);
    expect(en.code).toBe(1);
    // (The messages are the placeholder rule's own.)
    const lines = en.stdout.split('\n');
    expect(lines[0]).toMatch(/^libreoffice-report\.docx  paragraph 3, character 7  error    Unfilled placeholder “XX”.*  placeholder$/);
    expect(lines[1]).toMatch(/^libreoffice-report\.docx  paragraph 8, character 7  error    Unfilled placeholder “\*\*”.*  placeholder$/);
    const zh = await run(['libreoffice-report.docx'], dir, 'zh_CN.UTF-8');
    expect(zh.stdout.split('\n')[0]).toMatch(/^libreoffice-report\.docx  段 3, 第 7 字  error    未填写的占位符“XX”.*  placeholder$/);
  });

  it('gives paragraph and column in JSON, with line equal to the paragraph', async () => {
    const { stdout } = await run(['--format', 'json', 'libreoffice-report.docx'], workspace());
    const findings = JSON.parse(stdout) as JsonFinding[];
    expect(findings.map((f) => [f.ruleId, f.paragraph, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['placeholder', 3, 3, 7, 3, 9],
      ['placeholder', 8, 8, 7, 8, 9],
    ]);
  });

  it('counts paragraphs, not lines, after a paragraph with a line break', async () => {
    // The fixture's last paragraph is `城东街道` + line break + `2025年4月1日`: paragraph 18 spans lines 18 and 19.
    const dir = workspace();
    const { stdout } = await run(['--format', 'json', '--config', 'cfg.json', 'libreoffice-report.docx'], (writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ placeholders: { patterns: ['4月1日'] } })), dir));
    const last = (JSON.parse(stdout) as JsonFinding[]).at(-1)!;
    expect([last.paragraph, last.line, last.column, last.endColumn]).toEqual([18, 18, 11, 15]);
  });

  it('--outline numbers nodes by paragraph', async () => {
    const { code, stdout } = await run(['--outline', 'libreoffice-report.docx'], workspace());
    expect(code).toBe(0);
    expect(stdout).toContain('    4  一、基本情况  [32 字]\n');
    expect(stdout).toContain('   15  下一步打算  [22 字]\n   17    一、加强管理  [12 字]\n');
  });

  it('reads .docx files found in a folder or by a glob; a .doc named on the command line gets one line and exit 2', async () => {
    const dir = workspace();
    const folder = await run(['.'], dir);
    expect(folder.stdout).toContain('1 file(s) checked: 2 problem(s)');
    const glob = await run(['*.docx', '--format', 'json'], dir);
    expect((JSON.parse(glob.stdout) as JsonFinding[]).map((f) => `${f.file} ${f.paragraph}`)).toEqual(['libreoffice-report.docx 3', 'libreoffice-report.docx 8']);
    // Word's lock file beside an open document is not a report.
    writeFileSync(join(dir, '~$report.docx'), new Uint8Array([1, 2, 3]));
    expect((await run(['.'], dir)).stderr).toBe('');
    expect((await run(['*.docx'], dir)).stderr).toBe('');
    const doc = await run(['libreoffice-report.doc'], dir);
    expect(doc.code).toBe(2);
    expect(doc.stderr).toBe(
      'report-check: libreoffice-report.doc: this is a Word 97–2003 document (.doc), which cannot be read directly. Open it in Word or WPS, save it as .docx and check again.\n' +
        'report-check: no report could be read\n',
    );
  });

  it('bad Word input: one line saying what the file is, exit 2, nothing thrown', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'cut.docx'), readFileSync(join(FIXTURES, 'libreoffice-report.docx')).subarray(0, 2000));
    copyFileSync(join(FIXTURES, 'libreoffice-report.doc'), join(dir, 'draft.wps'));
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...'EncryptedPackage'].forEach((c, i) => (ole[600 + 2 * i] = c.charCodeAt(0)));
    writeFileSync(join(dir, 'secret.docx'), ole);
    for (const [file, says] of [
      ['cut.docx', 'the file is damaged or incomplete'],
      ['draft.wps', 'this is a WPS Writer document (.wps)'],
      ['secret.docx', 'this Word document is password-protected'],
    ]) {
      const r = await run([file], dir);
      expect(r.code).toBe(2);
      const [first, ...rest] = r.stderr.split('\n');
      expect(first.startsWith(`report-check: ${file}: ${says}`)).toBe(true);
      expect(first.endsWith('check again.')).toBe(true);
      expect(rest).toEqual(['report-check: no report could be read', '']);
    }
  });

  it('--docx OUT draft.docx re-exports the Word draft in the GB/T 9704 layout, and never over the draft', async () => {
    const dir = workspace();
    const r = await run(['--docx', 'out.docx', '--allow-placeholders', 'libreoffice-report.docx'], dir);
    expect(r.code).toBe(0);
    const back = readDocx(readFileSync(join(dir, 'out.docx')));
    expect(back.ok && back.text.split('\n').slice(0, 5)).toEqual(['社区食堂试点工作小结', '现将试点情况报告如下。', '注：数据截至XX月底。', '一、基本情况', '（一）选址到位。\t共设点3处。']);
    // 一、 … in Heading 1, the unnumbered 下一步打算 a heading too.
    expect(back.ok && back.paragraphs.filter((p) => p.outlineLevel !== undefined && p.style !== 'Title').map((p) => back.text.slice(p.offset, p.offset + p.length))).toContain('下一步打算');
    const same = await run(['--docx', 'libreoffice-report.docx', '--allow-placeholders', 'libreoffice-report.docx'], dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('report-check: libreoffice-report.docx: the export would overwrite the draft; choose another file name\n');
  });
});

const strip = (nodes: OutlineJson[]): unknown[] => nodes.map(({ line: _line, children, ...rest }) => ({ ...rest, children: strip(children) }));

describe.skipIf(!existsSync(MASKED))('the masked corpus report exported to Word and checked as .docx', () => {
  it('gives the same 42 placeholders and the same outline as the text', async () => {
    const dir = makeTempDir('report-check-masked-');
    copyFileSync(MASKED, join(dir, 'masked.txt'));
    expect((await run(['--docx', 'masked.docx', '--allow-placeholders', 'masked.txt'], dir)).code).toBe(0);
    const asText = JSON.parse((await run(['--format', 'json', 'masked.txt'], dir)).stdout) as JsonFinding[];
    const asWord = JSON.parse((await run(['--format', 'json', 'masked.docx'], dir)).stdout) as JsonFinding[];
    const placeholders = (fs: JsonFinding[]) => fs.filter((f) => f.ruleId === 'placeholder');
    expect(placeholders(asWord)).toHaveLength(42);
    expect(placeholders(asWord).map((f) => f.message)).toEqual(placeholders(asText).map((f) => f.message));
    // The text's lines and the document's paragraphs agree where the text has no blank lines.
    const text = readFileSync(MASKED, 'utf8');
    const { model } = analyzeReport(text, { format: 'plaintext' });
    const lineText = (line: number) => model.lineIndex.lines[line - 1].text;
    const word = readDocx(readFileSync(join(dir, 'masked.docx')));
    if (!word.ok) throw new Error(word.kind);
    const paragraphText = (n: number) => word.text.slice(word.paragraphs[n - 1].offset, word.paragraphs[n - 1].offset + word.paragraphs[n - 1].length);
    for (let i = 0; i < 42; i++) {
      const t = placeholders(asText)[i];
      const w = placeholders(asWord)[i];
      expect(paragraphText(w.paragraph!).slice(w.column - 1, w.endColumn - 1)).toBe(lineText(t.line).slice(t.column - 1, t.endColumn - 1));
    }
    // Other findings are the same too.
    expect(asWord.map((f) => `${f.ruleId} ${f.message}`)).toEqual(asText.map((f) => `${f.ruleId} ${f.message}`));
    const outline = async (file: string) => strip(JSON.parse((await run(['--outline', '--format', 'json', file], dir)).stdout)[0].outline);
    expect(await outline('masked.docx')).toEqual(await outline('masked.txt'));
    expect(outlineToJson(model.outline).length).toBeGreaterThan(2);
  });
});
