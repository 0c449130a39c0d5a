// Sample texts the benchmarks share: the export sample repeated to a given size (~300 KB by default).
import { readFileSync } from 'node:fs';

export function longExportSample(kb = 300) {
  const sample = readFileSync(new URL('./export-sample.md', import.meta.url), 'utf8');
  let long = '';
  while (Buffer.byteLength(long) < kb * 1024) long += sample + '\n';
  return long;
}
