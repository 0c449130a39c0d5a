// Batch throughput of the command line: a folder of 900 Markdown reports (~36 MB) generated from
// the project's own sample texts (examples/sample-report.md, bench/export-sample.md; no two lines
// alike), checked by `report-check` (worker threads, the default, and single-threaded) and by
// markdownlint-cli2, in the same run, each as a fresh process with its output discarded:
// wall time (median of 3, alternating), peak memory (max RSS, from /usr/bin/time when present) and,
// on Linux, how busy other processes kept the cores meanwhile (this machine is shared).
// Then one large report (5 MB by default; the huge-file case: output streamed, findings listed capped per file).
// `node bench/batch.bench.mjs [files] [KB per file] [rounds] [huge MB]`; needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = Number(process.argv[2] ?? 900);
const kbPerFile = Number(process.argv[3] ?? 40);
const rounds = Number(process.argv[4] ?? 3);
const hugeMb = Number(process.argv[5] ?? 5);
const sources = [readFileSync(join(root, 'examples', 'sample-report.md'), 'utf8'), readFileSync(join(root, 'bench', 'export-sample.md'), 'utf8')];

const dir = mkdtempSync(join(tmpdir(), 'report-drafter-batch-'));
let lineNumber = 0;
let total = 0;
for (let i = 0; i < files; i++) {
  let text = '';
  let part = i;
  // A running number at the end of every line: no paragraph repeats within or across files.
  while (Buffer.byteLength(text) < kbPerFile * 1024) text += sources[part++ % sources.length].replace(/(\S)$/gm, (last) => `${last}${++lineNumber}`) + '\n';
  const sub = join(dir, `unit-${String(i % 30).padStart(2, '0')}`);
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, `report-${String(i).padStart(4, '0')}.md`), text);
  total += Buffer.byteLength(text);
}

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const reportCheck = join(root, 'bin', 'report-check.cjs');
const mdlBin = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** CPU seconds all processes have used so far (Linux /proc/stat), or NaN elsewhere. */
function machineBusy() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Wall seconds and max RSS (MB) of one run, output discarded, and the cores other processes kept
 * busy meanwhile (the machine's CPU time less the run's own, over its wall time): figures taken
 * while others > 0.2 are not those of an idle machine.
 */
function once(args, cwd = dir) {
  const argv = timeBin ? ['-f', '%e %M %U %S', process.execPath, ...args] : args;
  const busy0 = machineBusy();
  const t0 = performance.now();
  const r = spawnSync(timeBin ?? process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last);
  const others = m ? Math.max(0, (machineBusy() - busy0 - Number(m[3]) - Number(m[4])) / wall) : NaN;
  return { wall, rss: m ? Number(m[2]) / 1024 : NaN, others, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const runs = {
  'report-check (default: --concurrency auto)': ['--format', 'compact', '.'],
  [`report-check --concurrency ${availableParallelism()} (main thread + ${availableParallelism() - 1} worker${availableParallelism() > 2 ? "s" : ""})`]: ['--format', 'compact', '--concurrency', String(availableParallelism()), '.'],
  'report-check --concurrency off': ['--format', 'compact', '--concurrency', 'off', '.'],
  'markdownlint-cli2': null,
};
const results = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, args] of Object.entries(runs)) {
    results[name].push(args ? once([reportCheck, ...args]) : once([mdlBin, '**/*.md']));
  }
}

const mdl = median(results['markdownlint-cli2'].map((r) => r.wall));
console.log(`Batch: ${files} Markdown reports, ${(total / 1024 / 1024).toFixed(1)} MB, ${availableParallelism()} cores, Node ${process.version}; median of ${rounds} run(s), output discarded; load average before: ${loadavg()[0].toFixed(1)}`);
console.log('| tool | wall time | / markdownlint-cli2 | peak memory (max RSS) | cores busy with other processes meanwhile |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, rs] of Object.entries(results)) {
  const wall = median(rs.map((r) => r.wall));
  const others = rs.map((r) => (Number.isNaN(r.others) ? 'n/a' : r.others.toFixed(1))).join(' / ');
  console.log(`| ${name} | ${wall.toFixed(2)} s | ${(wall / mdl).toFixed(2)} | ${Number.isNaN(rs[0].rss) ? 'n/a' : `${Math.round(Math.max(...rs.map((r) => r.rss)))} MB`} | ${others} |`);
}
rmSync(dir, { recursive: true, force: true });

// One huge report: the sample texts repeated to `hugeMb` MB as plain text (every line numbered, so many findings).
const huge = mkdtempSync(join(tmpdir(), 'report-drafter-huge-'));
const chunk = sources.join('\n');
const parts = [];
let size = 0;
for (let i = 0; size < hugeMb * 1024 * 1024; i++) {
  const p = chunk.replace(/(\S)$/gm, (last) => `${last}${i}`);
  parts.push(p);
  size += Buffer.byteLength(p);
}
writeFileSync(join(huge, 'huge.txt'), parts.join('\n'));
const h = once([reportCheck, '--format', 'compact', 'huge.txt'], huge);
const hj = once([reportCheck, '--format', 'json', 'huge.txt'], huge);
console.log('');
console.log(`One ${(size / 1024 / 1024).toFixed(0)} MB plain-text report (findings listed capped at 1000, all counted): ${h.wall.toFixed(1)} s, max RSS ${Math.round(h.rss)} MB (--format json: ${hj.wall.toFixed(1)} s, ${Math.round(hj.rss)} MB)`);
rmSync(huge, { recursive: true, force: true });
