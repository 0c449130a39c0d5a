import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { CONFIG_FILE_NAMES, formatForFileName, validateConfig, type Locale, type ReportCheckConfig, type ReportFormat } from '../core';
import { isTitleMode, TITLE_MODES, type TitleMode } from '../export/layout';
import { processFile, type Emit, type FileJob, type FileOutcome, type RunSettings } from './checkFile';
import { colors, compactSummary, stylishSummary, useColor, type Totals } from './format';
import { isWordLockFile, WORD_GLOB_EXTENSIONS } from './docxInput';
import { HELP, localeFrom, msg } from './messages';
import { runInWorkers, shouldUseWorkers } from './pool';

export type { JsonFinding, JsonRange } from './checkFile';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard output is a terminal: grouped, coloured output (default: not). */
  isTTY?: boolean;
  /** The terminal's width (default 80). */
  columns?: number;
  /** Reads all of standard input, for `-` (default: file descriptor 0). */
  readStdin?: () => Uint8Array;
  /** The built CLI (dist/cli.cjs), which worker threads load; without it everything runs here. */
  workerScript?: string;
  /** Cores to spread a large batch over (default: os.availableParallelism()). */
  cores?: number;
}

const REPORT_EXTENSIONS = /\.(md|markdown|txt|report|docx|docm)$/i;
const VERSION = '0.1.0';

class UsageError extends Error {}

type OutputFormat = 'text' | 'stylish' | 'compact' | 'json';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'stylish', 'compact', 'json'];

interface Options {
  format: OutputFormat;
  outline: boolean;
  syntax: ReportFormat | null;
  config: string | null;
  locale: Locale;
  inputs: string[];
  docx: string | null;
  allowPlaceholders: boolean;
  title: TitleMode;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  maxWarnings: number | null;
  maxFindings: number;
  stdinFilename: string | null;
  concurrency: 'auto' | 'off' | number;
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' | ');

function parseArgs(argv: string[], locale: Locale): Options | 'help' | 'version' {
  const opts: Options = {
    format: 'text',
    outline: false,
    syntax: null,
    config: null,
    locale,
    inputs: [],
    docx: null,
    allowPlaceholders: false,
    title: 'auto',
    fix: false,
    fixDryRun: false,
    quiet: false,
    maxWarnings: null,
    maxFindings: 1000,
    stdinFilename: null,
    concurrency: 'auto',
  };
  const usage = (key: Parameters<typeof msg>[1], ...args: (string | number)[]) => new UsageError(msg(locale, key, ...args));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw usage('needsValue', name);
      return v;
    };
    const count = () => {
      const v = value();
      if (!/^\d+$/.test(v)) throw usage('badNumber', name, v);
      return Number(v);
    };
    switch (name) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--format': {
        const v = value();
        if (!OUTPUT_FORMATS.includes(v as OutputFormat)) throw usage('badValue', name, quoted(OUTPUT_FORMATS), v);
        opts.format = v as OutputFormat;
        break;
      }
      case '--outline':
        opts.outline = true;
        break;
      case '--syntax': {
        const v = value();
        if (v === 'md' || v === 'markdown') opts.syntax = 'markdown';
        else if (v === 'txt' || v === 'plaintext' || v === 'text') opts.syntax = 'plaintext';
        else throw usage('badValue', name, quoted(['markdown', 'plaintext']), v);
        break;
      }
      case '--config':
        opts.config = value();
        break;
      case '--lang': {
        const v = value();
        if (!/^(zh|en)/i.test(v)) throw usage('badValue', name, quoted(['zh-CN', 'en']), v);
        break; // read before parsing (localeFrom), so that every message is already in it
      }
      case '--docx':
        opts.docx = value();
        break;
      case '--allow-placeholders':
        opts.allowPlaceholders = true;
        break;
      case '--title': {
        const v = value();
        if (!isTitleMode(v)) throw usage('badValue', name, quoted(TITLE_MODES), v);
        opts.title = v;
        break;
      }
      case '--fix':
        opts.fix = true;
        break;
      case '--fix-dry-run':
        opts.fixDryRun = true;
        break;
      case '--quiet':
        opts.quiet = true;
        break;
      case '--max-warnings':
        opts.maxWarnings = count();
        break;
      case '--max-findings':
        opts.maxFindings = count();
        break;
      case '--stdin-filename':
        opts.stdinFilename = value();
        break;
      case '--concurrency': {
        const v = value();
        if (v === 'auto' || v === 'off') opts.concurrency = v;
        else if (/^[1-9]\d*$/.test(v)) opts.concurrency = Number(v);
        else throw usage('badValue', name, quoted(['auto', 'off', 'N']), v);
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw usage('unknownOption', arg);
        opts.inputs.push(arg);
    }
  }
  if (opts.inputs.length === 0) throw usage('noInput');
  if (opts.inputs.filter((i) => i === '-').length > 1) throw usage('stdinTwice');
  if ((opts.fix || opts.fixDryRun) && (opts.outline || opts.docx !== null)) throw usage('fixWithOutline');
  if (opts.fix && !opts.fixDryRun && opts.inputs.includes('-')) throw usage('stdinFix');
  return opts;
}

interface Input {
  /** Absolute path, or `-` for standard input (kept in command-line order). */
  file: string;
  shown: string;
  named: boolean;
}

/** Expands the command line into report files; missing inputs are usage errors. */
function expandInputs(inputs: string[], cwd: string, locale: Locale): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  // A path given as absolute is printed as given; one given relative, relative to here.
  const add = (file: string, absolute: boolean, named: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    out.push({ file, shown: absolute ? file : path.relative(cwd, file) || file, named });
  };
  for (const input of inputs) {
    if (input === '-') {
      out.push({ file: '-', shown: '-', named: true });
      continue;
    }
    const abs = path.resolve(cwd, input);
    const absolute = path.isAbsolute(input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      add(abs, absolute, true);
    } else if (stat?.isDirectory()) {
      const found = globSync([`**/*.{md,markdown,txt,report,${WORD_GLOB_EXTENSIONS.join(',')}}`], { cwd: abs, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }).filter((f) => !isWordLockFile(f));
      if (found.length === 0) throw new UsageError(msg(locale, 'noReportsInFolder', input));
      for (const f of found.map((f) => path.resolve(f)).sort()) add(f, absolute, false);
    } else if (/[*?[\]{}]/.test(input)) {
      const found = globSync([input], { cwd, absolute: true, ignore: ['**/node_modules/**'] }).filter((f) => (REPORT_EXTENSIONS.test(f) || !fs.statSync(f).isDirectory()) && !isWordLockFile(f));
      if (found.length === 0) throw new UsageError(msg(locale, 'noMatch', input));
      for (const f of found.map((f) => path.resolve(f)).sort()) add(f, absolute, false);
    } else {
      throw new UsageError(msg(locale, 'noSuchFile', input));
    }
  }
  return out;
}

function readConfigFile(file: string, locale: Locale): ReportCheckConfig {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(msg(locale, 'configCannotRead', file));
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(msg(locale, 'configNotJson', file, (e as Error).message));
  }
  const problems = validateConfig(value);
  if (problems.length) throw new UsageError(msg(locale, 'configProblems', file, problems.join('; ')));
  return value as ReportCheckConfig;
}

/** The nearest configuration file from the report's folder upward. */
function findConfig(dir: string, cache: Map<string, string | null>): string | null {
  const seen: string[] = [];
  let current = dir;
  for (;;) {
    const cached = cache.get(current);
    if (cached !== undefined) {
      for (const d of seen) cache.set(d, cached);
      return cached;
    }
    seen.push(current);
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate)) {
        for (const d of seen) cache.set(d, candidate);
        return candidate;
      }
    }
    const parent = path.dirname(current);
    if (parent === current) {
      for (const d of seen) cache.set(d, null);
      return null;
    }
    current = parent;
  }
}

/** The configuration of each report: `--config`, or the nearest file above it (read once each). */
function configResolver(opts: Options, cwd: string) {
  const explicit = opts.config ? readConfigFile(path.resolve(cwd, opts.config), opts.locale) : null;
  const cache = new Map<string, string | null>();
  const loaded = new Map<string, ReportCheckConfig>();
  return (file: string): ReportCheckConfig | null => {
    if (explicit) return explicit;
    const found = findConfig(path.dirname(file), cache);
    if (!found) return null;
    let config = loaded.get(found);
    if (!config) loaded.set(found, (config = readConfigFile(found, opts.locale)));
    return config;
  };
}

/** A number, or a promise of one (for `--docx`, and when worker threads check a large batch). */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
  const locale = localeFrom(argv, io.env);
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv, locale);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`report-check: ${e.message}\n${msg(locale, 'tryHelp')}\n`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    io.stdout(HELP[locale]);
    return 0;
  }
  if (opts === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (opts.docx !== null) return exportDocxFile(opts, io);
  try {
    return check(opts, io);
  } catch (e) {
    io.stderr(`report-check: ${(e as Error).message}\n`);
    return 2;
  }
}

/** `--docx`: the export lives in ./docx.ts; the configuration is found as for a check. */
function exportDocxFile(opts: Options, io: CliIo): Promise<number> {
  let configFor: (file: string) => ReportCheckConfig | null;
  try {
    configFor = configResolver(opts, io.cwd);
  } catch (e) {
    io.stderr(`report-check: ${(e as Error).message}\n`);
    return Promise.resolve(2);
  }
  // Loaded on use: the Word writer is most of the bundle, and checking (in every worker thread too) needs none of it.
  return import('./docx').then(({ runDocxExport }) => runDocxExport({ ...opts, out: opts.docx!, configFor }, io)).catch((e) => {
    io.stderr(`report-check: ${(e as Error).message}\n`);
    return 2;
  });
}

/**
 * Writes each file's output in the order of the files, whatever order they finish in, and the
 * JSON array around the items of all of them.
 */
class OrderedOutput {
  private jsonItems = 0;
  constructor(private readonly io: CliIo) {}

  readonly emit: Emit = (kind, chunk) => {
    if (kind === 'json') {
      this.io.stdout((this.jsonItems++ === 0 ? '[\n' : ',\n') + chunk);
    } else this.io.stdout(chunk);
  };

  closeJson(): void {
    this.io.stdout(this.jsonItems === 0 ? '[]\n' : '\n]\n');
  }
}

function check(opts: Options, io: CliIo): number | Promise<number> {
  // Files named one by one must be readable; files found in a folder or by a glob are skipped with a notice.
  const inputs = expandInputs(opts.inputs, io.cwd, opts.locale);
  const configFor = configResolver(opts, io.cwd);
  const tty = io.isTTY ?? false;
  const output: RunSettings['output'] = opts.format === 'json' ? 'json' : opts.format === 'stylish' || (opts.format === 'text' && tty) ? 'stylish' : 'compact';
  const run: RunSettings = {
    locale: opts.locale,
    mode: opts.outline ? 'outline' : opts.fixDryRun ? 'fix-dry-run' : opts.fix ? 'fix' : 'check',
    output,
    color: useColor(io.env, tty),
    columns: io.columns ?? 80,
    quiet: opts.quiet,
    maxFindings: opts.maxFindings,
  };

  const jobs: FileJob[] = inputs.map((input, index) => {
    if (input.file !== '-') {
      return { index, file: input.file, shown: input.shown, named: input.named, format: opts.syntax ?? formatForFileName(input.file), config: configFor(input.file) };
    }
    // Standard input, as the file --stdin-filename names: its format and its configuration.
    const name = opts.stdinFilename ?? '<stdin>';
    const bytes = (io.readStdin ?? (() => fs.readFileSync(0)))();
    const configFile = path.resolve(io.cwd, opts.stdinFilename ?? '<stdin>');
    return { index, file: null, bytes, shown: name, named: true, format: opts.syntax ?? formatForFileName(name), config: configFor(configFile) };
  });

  const out = new OrderedOutput(io);
  const totals = new BatchTotals();
  const finish = () => totals.finish(opts, run, io, out);
  if (io.workerScript && shouldUseWorkers(jobs, opts.concurrency, io.cores)) {
    return runInWorkers(jobs, run, { script: io.workerScript, concurrency: opts.concurrency, cores: io.cores }, out.emit, (o) => totals.add(o, io, opts.locale)).then(finish, (e: Error) => {
      io.stderr(`report-check: ${e.message}\n`);
      return 2;
    });
  }
  for (const job of jobs) totals.add(processFile(job, run, out.emit), io, opts.locale);
  return finish();
}

class BatchTotals implements Totals {
  files = 0;
  errors = 0;
  warnings = 0;
  infos = 0;
  fixable = 0;
  allWarnings = 0;
  byRule: Record<string, number> = {};
  unreadable = 0;
  notChinese = 0;
  fixed = 0;
  changedFiles = 0;

  add(o: FileOutcome, io: CliIo, _locale: Locale): void {
    for (const n of o.notices) io.stderr(`report-check: ${n}\n`);
    if (o.status === 'unreadable') this.unreadable++;
    if (o.notChinese) this.notChinese++;
    if (o.status !== 'checked' && !(o.status === 'unreadable' && o.errors + o.warnings + o.infos > 0)) return;
    this.files++;
    this.errors += o.errors;
    this.warnings += o.warnings;
    this.infos += o.infos;
    this.fixable += o.fixable;
    this.allWarnings += o.allWarnings;
    this.fixed += o.fixed;
    if (o.changed) this.changedFiles++;
    for (const [rule, n] of Object.entries(o.byRule)) this.byRule[rule] = (this.byRule[rule] ?? 0) + n;
  }

  finish(opts: Options, run: RunSettings, io: CliIo, out: OrderedOutput): number {
    const { locale } = opts;
    if (this.notChinese > 0) io.stderr(`report-check: ${msg(locale, 'notChinese', this.notChinese)}\n`);
    if (this.files === 0 && this.notChinese > 0 && this.unreadable === 0) {
      // Nothing but files in other languages: nothing wrong, nothing to check.
      if (run.output === 'json' && run.mode !== 'fix-dry-run') out.closeJson();
      return 0;
    }
    if (this.files === 0) {
      io.stderr(`report-check: ${msg(locale, 'noneReadable')}\n`);
      if (run.output === 'json' && run.mode !== 'fix-dry-run') out.closeJson();
      return 2;
    }
    if (run.mode === 'fix-dry-run') {
      // Standard output is the diff alone (for `git apply`); the rest goes to standard error.
      io.stderr(`report-check: ${msg(locale, 'wouldFix', this.fixed, this.changedFiles)}\n`);
      io.stderr(compactSummary(this, locale) + '\n');
    } else if (run.output === 'json') {
      out.closeJson();
    } else if (run.mode !== 'outline') {
      if (run.mode === 'fix') io.stdout(msg(locale, 'fixedTotal', this.fixed, this.changedFiles) + '\n');
      if (run.output === 'stylish') io.stdout(stylishSummary(this, { locale, c: colors(run.color), columns: run.columns }));
      else io.stdout(compactSummary(this, locale) + '\n');
    }
    if (this.unreadable > 0) return 2;
    if (run.mode === 'outline') return 0;
    if (this.errors > 0) return 1;
    if (opts.maxWarnings !== null && this.allWarnings > opts.maxWarnings) {
      io.stderr(`report-check: ${msg(locale, 'tooManyWarnings', opts.maxWarnings)}\n`);
      return 1;
    }
    return 0;
  }
}
