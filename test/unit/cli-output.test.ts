/** report-check on a terminal and in a pipe: layout, colour, code frames, messages in the user's language. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from './tempDirs';
import { runCli, type CliIo } from '../../src/cli/main';
import { codeFrame } from '../../src/cli/format';
import { displayWidth } from '../../src/cli/width';

const encodings = join(__dirname, '..', 'fixtures', 'encodings');

function run(args: string[], cwd: string, extra: Partial<CliIo> = {}, env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { cwd, env, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...extra });
  return { code, stdout, stderr };
}

function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = makeTempDir('report-check-out-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const ANSI = /\x1b\[[0-9;]*m/;
const REPORT = '一、总体情况\n全年召开会议**次。\n三、下步打算\n你好,世界。\n';

describe('on a terminal', () => {
  it('groups findings under the file, with the source line and a marker under the span', () => {
    const dir = tempDir({ 'r.md': REPORT });
    const { code, stdout } = run(['r.md'], dir, { isTTY: true }, { LANG: 'en_US.UTF-8', NO_COLOR: '1' });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        '',
        'r.md',
        '  2:7  error    Unfilled placeholder “**”: a 2-digit number is missing (before “次”)  placeholder',
        '       全年召开会议**次。',
        '                   ^^',
        '  3:1  error    Ordinal out of sequence: expected “二、”, found “三、” (skipped)  numbering-sequence',
        '       三、下步打算',
        '       ^^^^',
        '  4:3  warning  Half-width “,” in Chinese text: use “，”  punctuation-halfwidth',
        '       你好,世界。',
        '           ^',
        '',
        '✖ 3 problem(s) (2 error(s), 1 warning(s), 0 info)',
        '  to fill 1 · numbering 1 · punctuation 1',
        '  1 file(s) checked · 2 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('says it in Chinese, with the categories of the extension (待填 / 编号 / 标点)', () => {
    const dir = tempDir({ 'r.md': REPORT });
    const { stdout } = run(['r.md'], dir, { isTTY: true }, { NO_COLOR: '1' });
    expect(stdout).toContain('  2:7  错误  未填写的占位符“**”');
    expect(stdout).toContain('  4:3  警告  中文中使用了半角标点“,”');
    expect(stdout.split('\n').slice(-4)).toEqual(['✖ 3 处问题（2 个错误，1 个警告，0 个提示）', '  待填 1 · 编号 1 · 标点 1', '  检查了 1 个文件 · 2 处可用 --fix 自动修正', '']);
  });

  it('stays one finding a line when piped (the stable format scripts read)', () => {
    const dir = tempDir({ 'r.md': REPORT });
    const { stdout } = run(['r.md'], dir, { isTTY: false });
    expect(stdout.split('\n')[0]).toBe('r.md:2:7  error    Unfilled placeholder “**”: a 2-digit number is missing (before “次”)  placeholder');
    expect(stdout).not.toMatch(ANSI);
    // --format stylish asks for the grouped layout anywhere, --format compact for the lines.
    expect(run(['--format', 'stylish', 'r.md'], dir).stdout.split('\n').slice(0, 3)).toEqual(['', 'r.md', expect.stringContaining('  2:7  error')]);
    expect(run(['--format', 'compact', 'r.md'], dir, { isTTY: true }).stdout).toBe(stdout);
  });

  it('colours a terminal unless NO_COLOR; FORCE_COLOR colours a pipe and FORCE_COLOR=0 turns it off', () => {
    const dir = tempDir({ 'r.md': REPORT });
    const tty = run(['r.md'], dir, { isTTY: true }).stdout;
    expect(tty).toMatch(ANSI);
    expect(tty).toContain('\x1b[31merror\x1b[39m'); // severity in red
    expect(tty).toContain('\x1b[2mplaceholder\x1b[22m'); // rule id dim
    expect(run(['r.md'], dir, { isTTY: true }, { LANG: 'en', NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
    // Piped, the one-line format stays plain; the grouped layout follows FORCE_COLOR.
    expect(run(['r.md'], dir, { isTTY: false }, { LANG: 'en', FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(run(['--format', 'stylish', 'r.md'], dir, { isTTY: false }, { LANG: 'en', FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
    expect(run(['--format', 'stylish', 'r.md'], dir, { isTTY: false }, { LANG: 'en' }).stdout).not.toMatch(ANSI);
    expect(run(['r.md'], dir, { isTTY: true }, { LANG: 'en', FORCE_COLOR: '0' }).stdout).not.toMatch(ANSI);
    expect(run(['r.md'], dir, { isTTY: true }, { LANG: 'en', NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).toMatch(ANSI); // FORCE_COLOR wins, as in Node
  });
});

describe('code frames', () => {
  it('count CJK characters and full-width punctuation as two columns', () => {
    expect(displayWidth('全年，ab')).toBe(8);
    expect(codeFrame('全年召开会议**次。', 6, 8, 80)).toEqual({ line: '全年召开会议**次。', pad: 12, carets: 2 });
    // A full-width span gets two carets per character.
    expect(codeFrame('数据共享。。全年', 4, 6, 80)).toEqual({ line: '数据共享。。全年', pad: 8, carets: 4 });
    // Characters outside the BMP are one character of two code units.
    expect(codeFrame('𠀀字**项', 3, 5, 80)).toEqual({ line: '𠀀字**项', pad: 4, carets: 2 });
  });

  it('cut a long line around the finding, with … where cut, keeping the marker under it', () => {
    const line = '甲'.repeat(100) + '**' + '乙'.repeat(100);
    const frame = codeFrame(line, 100, 102, 40);
    expect(displayWidth(frame.line)).toBeLessThanOrEqual(40);
    expect(frame.line.startsWith('…') && frame.line.endsWith('…')).toBe(true);
    const marked = [...frame.line].reduce<{ w: number; at: number }>((acc, ch) => (acc.w < frame.pad ? { w: acc.w + displayWidth(ch), at: acc.at + 1 } : acc), { w: 0, at: 0 });
    expect([...frame.line].slice(marked.at, marked.at + 2).join('')).toBe('**');
    expect(frame.carets).toBe(2);
    // Near the end of the line the window fills from the end.
    const end = codeFrame('甲'.repeat(100) + '**', 100, 102, 40);
    expect(end.line.endsWith('**')).toBe(true);
    expect(end.pad + end.carets).toBe(displayWidth(end.line));
  });

  it('show tabs as one space and mark an empty span with one caret', () => {
    expect(codeFrame('\t中', 1, 1, 80)).toEqual({ line: ' 中', pad: 1, carets: 1 });
  });
});

describe('messages in the user\'s language', () => {
  const zh = {}; // no LANG: Chinese
  it.each([
    [['--bogus', 'a.md'], 'report-check: 未知选项 --bogus\n运行 report-check --help 查看用法。\n'],
    [['no-such.md'], 'report-check: no-such.md：没有这个文件或文件夹\n'],
    [[], 'report-check: 没有输入：请给出一个或多个文件、文件夹或通配符（- 表示标准输入）\n运行 report-check --help 查看用法。\n'],
    [['--format'], 'report-check: --format 需要一个值\n运行 report-check --help 查看用法。\n'],
    [['--max-warnings', 'x', 'a.md'], 'report-check: --max-warnings 需要一个不小于 0 的整数，不能是“x”\n运行 report-check --help 查看用法。\n'],
  ])('%j', (args, expected) => {
    const { code, stderr, stdout } = run(args as string[], encodings, {}, zh);
    expect(code).toBe(2);
    expect(stderr).toBe(expected);
    expect(stdout).toBe('');
  });

  it('empty and binary files, in Chinese by LANG and in English by --lang', () => {
    expect(run(['empty.txt'], encodings, {}, { LANG: 'zh_CN.UTF-8' }).stderr).toBe('report-check: empty.txt：空文件，已跳过\nreport-check: 没有可读取的汇报稿\n');
    expect(run(['binary.txt'], encodings, {}, { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }).stderr).toContain('binary.txt：不是文本文件，已跳过\n');
    expect(run(['--lang', 'en', 'binary.txt'], encodings, {}, zh).stderr).toContain('binary.txt: not a text file, skipped\n');
    expect(run(['binary.txt', '--lang=en', '--bogus'], encodings, {}, zh).stderr).toContain('unknown option --bogus');
  });

  it('help follows the language', () => {
    expect(run(['--help'], encodings, {}, zh).stdout).toMatch(/^用法：report-check/);
    expect(run(['--help'], encodings).stdout).toMatch(/^Usage: report-check/);
  });

  it('a damaged Word file gets a sentence saying what to do, and exit 2', () => {
    const dir = tempDir({ '汇报.docx': new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) });
    const { code, stderr } = run(['汇报.docx'], dir, {}, zh);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('report-check: 汇报.docx：文件已损坏或不完整，无法作为 .docx 读取。请在 Word 或 WPS 中打开并重新另存为 .docx 再检查。');
  });
});

describe('inputs and exit status', () => {
  it('- reads standard input, as plain text or as the format --stdin-filename names', () => {
    const bytes = new TextEncoder().encode('今年的**重点工作**是安全。\n');
    const plain = run(['--format', 'json', '-'], '/', { readStdin: () => bytes });
    expect(JSON.parse(plain.stdout).map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual(['<stdin> placeholder', '<stdin> placeholder']);
    const md = run(['--stdin-filename', 'notes/r.md', '-'], '/', { readStdin: () => bytes });
    expect(md).toEqual({ code: 0, stdout: '1 file(s) checked, no problems.\n', stderr: '' });
    const named = run(['--stdin-filename', 'r.txt', '-'], '/', { readStdin: () => bytes });
    expect(named.stdout.split('\n')[0]).toMatch(/^r\.txt:1:4  error/);
  });

  it('prints a path given as absolute as given, a relative one relative', () => {
    const dir = tempDir({ 'd/r.txt': '召开会议**次。\n' });
    expect(run([join(dir, 'd', 'r.txt')], '/').stdout.split('\n')[0]).toMatch(new RegExp(`^${join(dir, 'd', 'r.txt')}:1:5  error`));
    expect(run([join(dir, 'd')], '/').stdout.split('\n')[0]).toMatch(new RegExp(`^${join(dir, 'd', 'r.txt')}:1:5`));
    expect(run(['d/r.txt'], dir).stdout.split('\n')[0]).toMatch(/^d\/r\.txt:1:5/);
  });

  it('--quiet lists errors only', () => {
    const dir = tempDir({ 'r.txt': '召开会议**次。\n你好,世界。\n' });
    const { code, stdout } = run(['--quiet', 'r.txt'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('r.txt:1:5  error    Unfilled placeholder “**”: a 2-digit number is missing (before “次”)  placeholder\n1 file(s) checked: 1 problem(s) (1 error(s), 0 warning(s), 0 info).\n');
  });

  it('--max-warnings N: exit 1 past N warnings (counted under --quiet too), as eslint', () => {
    const dir = tempDir({ 'w.txt': '你好,世界,朋友。\n' });
    expect(run(['w.txt'], dir).code).toBe(0);
    expect(run(['--max-warnings', '2', 'w.txt'], dir).code).toBe(0);
    const over = run(['--max-warnings', '1', 'w.txt'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('report-check: report-check found too many warnings (maximum: 1).\n');
    const quiet = run(['--quiet', '--max-warnings', '0', 'w.txt'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe('1 file(s) checked, no problems.\n');
    expect(run(['--max-warnings', '0', 'w.txt'], dir, {}, {}).stderr).toBe('report-check: 警告过多（最多允许 0 个）。\n');
  });

  it('caps what is listed per file and says so (on standard error when piped, in the group on a terminal)', () => {
    const dir = tempDir({ 'many.txt': '召开会议**次。\n'.repeat(5) });
    const piped = run(['--max-findings', '2', 'many.txt'], dir);
    expect(piped.stdout.split('\n')).toHaveLength(4); // 2 findings, the summary, the final newline
    expect(piped.stdout).toContain('1 file(s) checked: 5 problem(s) (5 error(s)');
    expect(piped.stderr).toBe('report-check: many.txt: 5 problems; only the first 2 are listed (--max-findings N to change, 0 for all)\n');
    const json = run(['--format', 'json', '--max-findings', '3', 'many.txt'], dir);
    expect(JSON.parse(json.stdout)).toHaveLength(3);
    const tty = run(['--max-findings', '1', 'many.txt'], dir, { isTTY: true }, { NO_COLOR: '1' });
    expect(tty.stdout).toContain('  many.txt：共 5 处问题，只列出前 1 处（用 --max-findings N 修改，0 表示全部列出）\n');
    expect(run(['--max-findings', '0', 'many.txt'], dir).stdout.split('\n')).toHaveLength(7);
    // The default cap is 1000 a file.
    writeFileSync(join(dir, 'many.txt'), '召开会议**次。\n'.repeat(1001));
    expect(run(['many.txt'], dir).stderr).toContain('1001 problems; only the first 1000 are listed');
  });

  it('streams JSON as the same array JSON.stringify gives', () => {
    const dir = tempDir({ 'a.txt': '召开会议**次。\n', 'b.txt': '你好。\n', 'c.txt': '你好,世界。\n' });
    const { stdout } = run(['--format', 'json', 'a.txt', 'b.txt', 'c.txt'], dir);
    expect(stdout).toBe(JSON.stringify(JSON.parse(stdout), null, 2) + '\n');
    expect(JSON.parse(stdout).map((f: { file: string }) => f.file)).toEqual(['a.txt', 'c.txt']);
    expect(run(['--format', 'json', 'b.txt'], dir).stdout).toBe('[]\n');
  });
});

describe('report-check --fix', () => {
  const decode = (bytes: Uint8Array, enc: string) => new TextDecoder(enc).decode(bytes);

  it.each([
    ['gb18030-crlf.txt', 'gb18030', [] as number[]],
    ['utf8-bom-crlf.txt', 'utf-8', [0xef, 0xbb, 0xbf]],
    ['utf16le-bom.txt', 'utf-16le', [0xff, 0xfe]],
    ['utf16be-bom.txt', 'utf-16be', [0xfe, 0xff]],
    ['utf8-lf.txt', 'utf-8', []],
  ])('%s keeps its encoding, BOM and line endings', (name, enc, bom) => {
    const original = readFileSync(join(encodings, name));
    const dir = tempDir({ [name]: original });
    const { code, stdout } = run(['--fix', name], dir);
    const fixed = readFileSync(join(dir, name));
    expect([...fixed.subarray(0, bom.length)]).toEqual(bom);
    const before = decode(original, enc);
    const after = decode(fixed, enc);
    // The one fix of the fixture: 三、 after 一、 becomes 二、; nothing else changes.
    expect(after).toBe(before.replace('三、下一步打算', '二、下一步打算'));
    expect(after).not.toBe(before);
    expect(after.split('\r\n').length).toBe(before.split('\r\n').length);
    expect(stdout).toContain('fixed 1 problem(s) in 1 file(s)\n');
    // The placeholders remain, and are reported.
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${name.replace('.', '\\.')}:1:4  error`));
    if (enc === 'gb18030') expect(fixed.includes(Buffer.from([0xb6, 0xfe, 0xa1, 0xa2]))).toBe(true); // 二、 in GB18030
    // A second run finds nothing more to fix.
    run(['--fix', name], dir);
    expect(readFileSync(join(dir, name))).toEqual(fixed);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const dir = tempDir({ 'r.txt': '一、甲\n你好,世界。\n三、乙\n' });
    const { code, stdout, stderr } = run(['--fix-dry-run', 'r.txt'], dir);
    expect(stdout).toBe(['--- a/r.txt', '+++ b/r.txt', '@@ -1,3 +1,3 @@', ' 一、甲', '-你好,世界。', '-三、乙', '+你好，世界。', '+二、乙', ''].join('\n'));
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe('一、甲\n你好,世界。\n三、乙\n');
    expect(stderr).toBe('report-check: --fix would fix 2 problem(s) in 1 file(s); nothing was written\n1 file(s) checked, no problems.\n');
    expect(code).toBe(0);
  });

  it('refuses to write back to standard input, and to fix a file it could not decode exactly', () => {
    expect(run(['--fix', '-'], '/', { readStdin: () => new Uint8Array() }).stderr).toMatch(/^report-check: --fix cannot write back to standard input/);
    // Bytes that are neither UTF-8 nor valid GB18030 are read with U+FFFD: writing would destroy them.
    const gb = (t: string) => Buffer.from(t.replace(/./g, (c) => ({ 你: '\xc4\xe3', 好: '\xba\xc3', 世: '\xca\xc0', 界: '\xbd\xe7', '。': '\xa1\xa3' })[c] ?? c), 'latin1');
    const bytes = Buffer.concat([gb('你好,世界。\n'.repeat(20)), Buffer.from([0xff]), gb('你好,世界。\n')]);
    const dir = tempDir({ 'r.txt': bytes });
    const res = run(['--fix', 'r.txt'], dir);
    expect(readFileSync(join(dir, 'r.txt'))).toEqual(bytes);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('report-check: r.txt: not fixed: some of its bytes are not valid GB18030, and writing the file would lose them\n');
  });
});
