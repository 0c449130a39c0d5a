import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from './tempDirs';
import { runCli, type JsonFinding } from '../../src/cli/main';

const root = join(__dirname, '..', '..');
const encodings = join(root, 'test', 'fixtures', 'encodings');

function run(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { cwd, env: { LANG: 'en_US.UTF-8' }, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function tempDir(files: Record<string, string | Uint8Array>): string {
  const dir = makeTempDir('report-check-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const positions = (findings: JsonFinding[]) =>
  findings.map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);

describe('report-check encodings and line endings', () => {
  const expected = ['placeholder 1:4-1:6', 'placeholder 3:15-3:18', 'numbering-sequence 4:1-4:3'];
  for (const name of ['utf8-lf.txt', 'utf8-crlf.txt', 'utf8-bom-crlf.txt', 'utf16le-bom.txt', 'utf16be-bom.txt', 'gb18030-crlf.txt']) {
    it(`${name} gives the same lines and columns as LF UTF-8`, () => {
      const { code, stdout } = run(['--format', 'json', join(encodings, name)]);
      expect(code).toBe(1);
      expect(positions(JSON.parse(stdout))).toEqual(expected);
    });
  }

  it('counts columns in UTF-16 code units, as VS Code does', () => {
    const dir = tempDir({ 'a.txt': '𠀀字**项\n' });
    const { stdout } = run(['--format', 'json', 'a.txt'], dir);
    expect(positions(JSON.parse(stdout))).toEqual(['placeholder 1:4-1:6']);
  });
});

describe('report-check --format json fixes and suggestions', () => {
  it('carries the safe fix as one {range, text}, as eslint does: a numbering fix writes the intended marker on its own line', () => {
    const dir = tempDir({ 'r.txt': '一、甲\n（一）乙\n（二）丙\n3.丁\n' });
    const json = JSON.parse(run(['--format', 'json', '--lang', 'en', 'r.txt'], dir).stdout) as JsonFinding[];
    expect(json.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['numbering-hierarchy', 4, '“3.” stands where “（三）” belongs: write “（三）”'],
    ]);
    expect(json[0].fix).toEqual({ range: { line: 4, column: 1, endLine: 4, endColumn: 3 }, text: '（三）' });
    expect(json[0].suggestions).toBeUndefined();
  });

  it('offers renumbering a run that skips as a suggestion (merged into one {range, text}), not as the fix', () => {
    const dir = tempDir({ 'r.txt': '一、甲\n三、乙\n四、丙\n' });
    const json = JSON.parse(run(['--format', 'json', '--lang', 'en', 'r.txt'], dir).stdout) as JsonFinding[];
    expect(json).toHaveLength(1);
    expect(json[0].fix).toBeUndefined();
    expect(json[0].suggestions).toEqual([
      { message: 'Renumber the run from here (2 changes)', range: { line: 2, column: 1, endLine: 3, endColumn: 2 }, text: '二、乙\n三' },
    ]);
  });
});

describe('report-check output', () => {
  it('prints one finding a line with file:line:column, severity, message and rule id, then a summary', () => {
    const dir = tempDir({ 'r.md': '一、总体情况\n全年召开会议**次。\n三、下步打算\n' });
    const { code, stdout } = run(['r.md'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'r.md:2:7  error    Unfilled placeholder “**”: a 2-digit number is missing (before “次”)  placeholder',
        'r.md:3:1  error    Ordinal out of sequence: expected “二、”, found “三、” (skipped)  numbering-sequence',
        '1 file(s) checked: 2 problem(s) (2 error(s), 0 warning(s), 0 info).',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON findings with 1-based positions and end positions', () => {
    const dir = tempDir({ 'r.txt': '你好,世界。\n' });
    const { code, stdout } = run(['--format', 'json', 'r.txt'], dir);
    expect(code).toBe(0); // warnings only
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'r.txt',
        line: 1,
        column: 3,
        endLine: 1,
        endColumn: 4,
        ruleId: 'punctuation-halfwidth',
        severity: 'warning',
        message: 'Half-width “,” in Chinese text: use “，”',
        fix: { range: { line: 1, column: 3, endLine: 1, endColumn: 4 }, text: '，' },
      },
    ]);
  });

  it('prints Chinese messages by default', () => {
    const dir = tempDir({ 'r.txt': '召开会议**次。\n' });
    let stdout = '';
    runCli(['r.txt'], { cwd: dir, env: {}, stdout: (s) => (stdout += s), stderr: () => {} });
    expect(stdout).toContain('未填写的占位符“**”：此处缺少一个 2 位数字（…次）');
    expect(stdout).toContain('检查了 1 个文件，发现 1 处问题（1 个错误，0 个警告，0 个提示）。');
  });

  it('prints the outline as an indented tree and as JSON', () => {
    const dir = tempDir({ 'r.md': '# 工作汇报\n一、总体情况\n（一）主要做法。一是加强领导。二是完善制度。\n二、下步打算\n' });
    const text = run(['--outline', 'r.md'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(1, 7)).toEqual([
      '    1  # 工作汇报  [31 字]',
      '    2    一、总体情况  [22 字]',
      '    3      （一）主要做法  [17 字]',
      '    3        一是加强领导  [6 字]',
      '    3        二是完善制度  [6 字]',
      '    4    二、下步打算  [5 字]',
    ]);
    const json = JSON.parse(run(['--outline', '--format', 'json', 'r.md'], dir).stdout);
    const strip = (nodes: any[]): any[] => nodes.map((n) => ({ level: n.level, marker: n.marker, title: n.title, line: n.line, children: strip(n.children) }));
    expect(json[0].file).toBe('r.md');
    expect(strip(json[0].outline)).toEqual([
      {
        level: 1, marker: '#', title: '工作汇报', line: 1,
        children: [
          {
            level: 1, marker: '一、', title: '总体情况', line: 2,
            children: [
              {
                level: 2, marker: '（一）', title: '主要做法', line: 3,
                children: [
                  { level: 0, marker: '一是', title: '加强领导', line: 3, children: [] },
                  { level: 0, marker: '二是', title: '完善制度', line: 3, children: [] },
                ],
              },
            ],
          },
          { level: 1, marker: '二、', title: '下步打算', line: 4, children: [] },
        ],
      },
    ]);
  });

  it('chooses the syntax by extension, and --syntax overrides it', () => {
    const dir = tempDir({ 'a.md': '今年的**重点工作**是安全。\n', 'a.txt': '今年的**重点工作**是安全。\n' });
    expect(JSON.parse(run(['--format', 'json', 'a.md'], dir).stdout)).toEqual([]);
    expect(JSON.parse(run(['--format', 'json', 'a.txt'], dir).stdout)).toHaveLength(2);
    expect(JSON.parse(run(['--format', 'json', '--syntax', 'markdown', 'a.txt'], dir).stdout)).toEqual([]);
  });

  it('checks folders and globs', () => {
    const dir = tempDir({ 'd/a.md': '召开会议**次。\n', 'd/sub/b.txt': '一、甲\n三、乙\n', 'd/c.json': '{}' });
    const folder = JSON.parse(run(['--format', 'json', 'd'], dir).stdout) as JsonFinding[];
    expect(folder.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['d/a.md placeholder', 'd/sub/b.txt numbering-sequence']);
    const glob = JSON.parse(run(['--format', 'json', 'd/**/*.txt'], dir).stdout) as JsonFinding[];
    expect(glob.map((f) => f.file)).toEqual(['d/sub/b.txt']);
  });
});

describe('report-check configuration', () => {
  it('reads .reportcheckrc.json upward from the file: rules off, severities, extra patterns', () => {
    const dir = tempDir({
      '.reportcheckrc.json': JSON.stringify({
        rules: { 'numbering-sequence': 'off', placeholder: 'warning' },
        placeholders: { patterns: ['待定'] },
      }),
      'sub/r.txt': '一、甲\n三、乙，金额待定。召开会议**次。\n',
    });
    const { code, stdout } = run(['--format', 'json', 'sub/r.txt'], dir);
    expect(code).toBe(0);
    expect(positions(JSON.parse(stdout))).toEqual(['placeholder 2:7-2:9', 'placeholder 2:14-2:16']);
    expect((JSON.parse(stdout) as JsonFinding[]).every((f) => f.severity === 'warning')).toBe(true);
  });

  it('--config names one explicitly', () => {
    const dir = tempDir({ 'my.json': JSON.stringify({ rules: { placeholder: false } }), 'r.txt': '召开会议**次。\n' });
    expect(JSON.parse(run(['--format', 'json', '--config', 'my.json', 'r.txt'], dir).stdout)).toEqual([]);
  });

  it('rejects a broken configuration in one line', () => {
    const dir = tempDir({ '.reportcheckrc.json': '{"rules": {"no-such-rule": "error"}}', 'r.txt': '你好。\n' });
    const { code, stderr } = run(['r.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^report-check: .*\.reportcheckrc\.json: unknown rule "no-such-rule"\n$/);
  });
});

describe('report-check bad input', () => {
  it.each([
    [['no-such-file.md'], /^report-check: no-such-file\.md: no such file or folder\n/],
    [['--format', 'xml', 'a.md'], /^report-check: --format must be "text" \| "stylish" \| "compact" \| "json", not "xml"\n/],
    [[], /^report-check: no input/],
    [['--bogus', 'a.md'], /^report-check: unknown option --bogus\n/],
  ])('%j exits 2 with a one-line error', (args, message) => {
    const { code, stderr, stdout } = run(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it('a folder without reports exits 2', () => {
    const dir = tempDir({ 'x/readme.json': '{}' });
    const { code, stderr } = run(['x'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('report-check: x: no reports (.md, .markdown, .txt, .report, .docx) in this folder\n');
  });

  it('binary and empty files named on the command line are said and exit 2', () => {
    const bin = run([join(encodings, 'binary.txt')]);
    expect(bin.code).toBe(2);
    expect(bin.stderr).toContain('binary.txt: not a text file, skipped\n');
    const empty = run([join(encodings, 'empty.txt')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('empty.txt: empty file, skipped\n');
  });

  it('a binary file found in a folder is skipped with a notice, the rest is checked', () => {
    const dir = tempDir({ 'd/a.txt': '你好。\n', 'd/b.txt': readFileSync(join(encodings, 'binary.txt')) });
    const { code, stderr } = run(['d'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe('report-check: d/b.txt: not a text file, skipped\n');
  });
});

describe('report-check skips files of other languages found in folders', () => {
  const english = '# Notes\n\nThe parts of a report are the salutation, the opening and the close: 称谓, 开头, 结尾 (see the guide).\n';
  const report = '一、总体情况\n今年完成按排的各项任务。\n';

  it('checks the Chinese report of a folder and skips an English README, in one line on standard error', () => {
    const dir = tempDir({ 'd/README.md': english, 'd/report.txt': report });
    const { code, stdout, stderr } = run(['--format', 'json', 'd'], dir);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as JsonFinding[]).map((f) => `${f.file} ${f.ruleId}`)).toEqual(['d/report.txt typo']);
    expect(stderr).toBe('report-check: 1 file(s) found in folders are mostly not Chinese (an English README, notes) and were skipped; name a file to check it anyway\n');
  });

  it('checks a file named on the command line whatever its language', () => {
    const dir = tempDir({ 'd/README.md': english });
    const { stdout, stderr } = run(['--format', 'json', 'd/README.md'], dir);
    expect(stderr).toBe('');
    expect((JSON.parse(stdout) as JsonFinding[]).map((f) => f.ruleId)).toContain('punctuation-halfwidth');
  });

  it('a folder of files in other languages only exits 0: nothing is wrong', () => {
    const dir = tempDir({ 'd/README.md': english });
    const { code, stderr } = run(['d'], dir);
    expect(code).toBe(0);
    expect(stderr).toContain('were skipped');
  });
});

describe('the built report-check binary', () => {
  // Bundling takes seconds on a busy machine: outside the tests' own time limit.
  beforeAll(() => {
    execFileSync('node', [join(root, 'scripts', 'build.mjs')], { cwd: root });
  }, 120_000);

  it('runs from bin/ and sets the exit status, with no stack trace on bad input', () => {
    const ok = spawnSync('node', [join(root, 'bin', 'report-check.cjs'), '--lang', 'en', join(encodings, 'utf8-lf.txt')], { encoding: 'utf8' });
    expect(ok.status).toBe(1);
    expect(ok.stdout).toContain('utf8-lf.txt:1:4  error    Unfilled placeholder “**”: a name is missing  placeholder');
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
    const bad = spawnSync('node', [join(root, 'bin', 'report-check.cjs'), 'missing.md'], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('report-check: missing.md：没有这个文件或文件夹\n');
  }, 30_000);

  it('spreads a batch over worker threads with the same output, in the same order, as one thread', () => {
    const bin = join(root, 'bin', 'report-check.cjs');
    const dir = makeTempDir('report-check-batch-');
    // Sizes vary so that the threads finish out of order.
    // Enough files for `auto` to spread them (16), which it does if other cores are idle once the main thread has checked some.
    for (let i = 0; i < 20; i++) {
      writeFileSync(join(dir, `r${String(i).padStart(2, '0')}.md`), `一、第${i}部分\n召开会议**次。\n三、乙\n`.repeat(1 + ((i * 37) % 11) * 10));
    }
    writeFileSync(join(dir, 'empty.md'), '');
    const runWith = (...args: string[]) => spawnSync('node', [bin, '--lang', 'en', ...args, dir], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
    for (const format of ['compact', 'json']) {
      const one = runWith('--format', format, '--concurrency', 'off');
      for (const many of [runWith('--format', format, '--concurrency', '3'), runWith('--format', format)]) {
        expect(many.status).toBe(1);
        expect(many.stdout).toBe(one.stdout);
        expect(many.stderr).toBe(one.stderr);
      }
    }
    const files = runWith('--format', 'compact', '--concurrency', '2').stdout.split('\n').filter((l) => l.includes(':1:1 ')).map((l) => l.slice(dir.length + 1).split(':')[0]);
    expect(files).toEqual([...files].sort());
  }, 60_000);

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const bin = join(root, 'bin', 'report-check.cjs');
    // More findings than a pipe holds, so the writes after head's exit fail.
    const dir = makeTempDir('report-check-pipe-');
    writeFileSync(join(dir, 'many.txt'), '召开会议**次，研究议题**项。\n'.repeat(3000));
    const piped = spawnSync('bash', ['-c', `set -o pipefail; node '${bin}' --lang en --max-findings 0 '${join(dir, 'many.txt')}' | head -n 1`], { encoding: 'utf8' });
    expect(piped.stdout.split('\n')).toHaveLength(2);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(1);
  }, 30_000);
});
