import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import {
  analyzeReport,
  CONFIG_FILE_NAMES,
  formatForFileName,
  formatOutline,
  mergeConfigs,
  mergeEdits,
  outlineToJson,
  validateConfig,
  type Finding,
  type Locale,
  type ReportCheckConfig,
  type ReportFormat,
  type ReportModel,
  type TextEdit,
} from '../core';
import { decodeReport } from '../node/decode';
import { isTitleMode, TITLE_MODES, type TitleMode } from '../export/layout';
import { runDocxExport } from './docx';
import { formatParagraphPosition, isWordInput, isWordLockFile, outlineByParagraph, readWordInput, relocateJson, WORD_GLOB_EXTENSIONS, type WordInput } from './docxInput';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const REPORT_EXTENSIONS = /\.(md|markdown|txt|report|docx|docm)$/i;
const VERSION = '0.1.0';

const HELP = `Usage: report-check [options] FILE|DIR|GLOB...

Checks Chinese work reports (.md, .txt, .report, Word .docx) for unfilled
placeholders, numbering and punctuation errors. Findings in a .docx are located
by paragraph (段 12, 第 5 字).

Options:
  --format text|json        output format (default: text)
  --outline                 print the outline of 一、（一）1.（1）sections instead of findings
  --syntax markdown|plaintext
                            read every file as this syntax (default: by extension)
  --config FILE             use this configuration instead of .reportcheckrc.json
  --lang zh-CN|en           language of messages (default: from LANG)
  --docx OUT.docx           export the report (one file) to Word in the GB/T 9704 layout
  --allow-placeholders      with --docx: export even if unfilled placeholders remain
  --title auto|first-line|none
                            with --docx: which lines are the title (default: auto)
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable input.
`;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json';
  outline: boolean;
  syntax: ReportFormat | null;
  config: string | null;
  locale: Locale;
  inputs: string[];
  docx: string | null;
  allowPlaceholders: boolean;
  title: TitleMode;
}

function parseArgs(argv: string[], env: CliIo['env']): Options | 'help' | 'version' {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const opts: Options = {
    format: 'text',
    outline: false,
    syntax: null,
    config: null,
    locale: /^en/i.test(lang) ? 'en' : 'zh-CN',
    inputs: [],
    docx: null,
    allowPlaceholders: false,
    title: 'auto',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      return v;
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
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be "text" or "json", not "${v}"`);
        opts.format = v;
        break;
      }
      case '--outline':
        opts.outline = true;
        break;
      case '--syntax': {
        const v = value();
        if (v === 'md' || v === 'markdown') opts.syntax = 'markdown';
        else if (v === 'txt' || v === 'plaintext' || v === 'text') opts.syntax = 'plaintext';
        else throw new UsageError(`--syntax must be "markdown" or "plaintext", not "${v}"`);
        break;
      }
      case '--config':
        opts.config = value();
        break;
      case '--lang': {
        const v = value();
        if (/^zh/i.test(v)) opts.locale = 'zh-CN';
        else if (/^en/i.test(v)) opts.locale = 'en';
        else throw new UsageError(`--lang must be "zh-CN" or "en", not "${v}"`);
        break;
      }
      case '--docx':
        opts.docx = value();
        break;
      case '--allow-placeholders':
        opts.allowPlaceholders = true;
        break;
      case '--title': {
        const v = value();
        if (!isTitleMode(v)) throw new UsageError(`--title must be one of ${TITLE_MODES.map((m) => `"${m}"`).join(', ')}, not "${v}"`);
        opts.title = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        opts.inputs.push(arg);
    }
  }
  if (opts.inputs.length === 0) throw new UsageError('no input: name one or more files, folders or globs');
  return opts;
}

/** Expands the command line into report files; missing inputs are usage errors. */
function expandInputs(inputs: string[], cwd: string): { files: string[]; named: Set<string> } {
  const files: string[] = [];
  const named = new Set<string>();
  for (const input of inputs) {
    const abs = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      files.push(abs);
      named.add(abs);
    } else if (stat?.isDirectory()) {
      const found = globSync([`**/*.{md,markdown,txt,report,${WORD_GLOB_EXTENSIONS.join(',')}}`], { cwd: abs, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }).filter((f) => !isWordLockFile(f));
      if (found.length === 0) throw new UsageError(`${input}: no reports (.md, .markdown, .txt, .report, .docx) in this folder`);
      files.push(...found.sort());
    } else if (/[*?[\]{}]/.test(input)) {
      const found = globSync([input], { cwd, absolute: true, ignore: ['**/node_modules/**'] }).filter((f) => (REPORT_EXTENSIONS.test(f) || !fs.statSync(f).isDirectory()) && !isWordLockFile(f));
      if (found.length === 0) throw new UsageError(`${input}: no file matches`);
      files.push(...found.sort());
    } else {
      throw new UsageError(`${input}: no such file or folder`);
    }
  }
  return { files: [...new Set(files)], named };
}

function readConfigFile(file: string): ReportCheckConfig {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${file}: cannot read the configuration`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const problems = validateConfig(value);
  if (problems.length) throw new UsageError(`${file}: ${problems.join('; ')}`);
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

export interface JsonFinding {
  file: string;
  /** Word files: the 1-based paragraph (`line` is the same number). */
  paragraph?: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  /** The one safe fix, as a single replacement (several edits are merged, as eslint does). */
  fix?: { range: JsonRange; text: string };
  /** Corrections the user chooses between. */
  suggestions?: { message: string; range: JsonRange; text: string }[];
}

/** 1-based lines and columns (UTF-16 code units), end exclusive, like the finding's own. */
export interface JsonRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function jsonEdit(model: ReportModel, edits: readonly TextEdit[]): { range: JsonRange; text: string } {
  const merged = mergeEdits(model.text, edits);
  const r = model.lineIndex.rangeOf(merged.span);
  return {
    range: { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
    text: merged.newText,
  };
}

function toJson(file: string, f: Finding, model: ReportModel): JsonFinding {
  const json: JsonFinding = {
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
  };
  if (f.fix?.length) json.fix = jsonEdit(model, f.fix);
  if (f.suggestions?.length) {
    json.suggestions = f.suggestions.map((s) => ({ message: s.message, ...jsonEdit(model, s.edits) }));
  }
  return json;
}

/** A number, or a promise of one for `--docx` (writing a .docx is asynchronous). */
export function runCli(argv: string[], io: CliIo): number | Promise<number> {
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv, io.env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`report-check: ${e.message}\nTry 'report-check --help'.\n`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    io.stdout(HELP);
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
    if (e instanceof UsageError) {
      io.stderr(`report-check: ${e.message}\n`);
      return 2;
    }
    io.stderr(`report-check: ${(e as Error).message}\n`);
    return 2;
  }
}

/** `--docx`: the export lives in ./docx.ts; the configuration is found as for a check. */
function exportDocxFile(opts: Options, io: CliIo): Promise<number> {
  const configCache = new Map<string, string | null>();
  const configFor = (file: string): ReportCheckConfig | null => {
    const found = opts.config ? path.resolve(io.cwd, opts.config) : findConfig(path.dirname(file), configCache);
    return found ? readConfigFile(found) : null;
  };
  return runDocxExport({ ...opts, out: opts.docx!, configFor }, io).catch((e) => {
    io.stderr(`report-check: ${(e as Error).message}\n`);
    return 2;
  });
}

function check(opts: Options, io: CliIo): number {
  // Files named one by one must be readable; files found in a folder or by a glob are skipped with a notice.
  const { files, named } = expandInputs(opts.inputs, io.cwd);
  const explicitConfig = opts.config ? readConfigFile(path.resolve(io.cwd, opts.config)) : null;
  const configCache = new Map<string, string | null>();
  const loadedConfigs = new Map<string, ReportCheckConfig>();
  const zh = opts.locale === 'zh-CN';

  const jsonFindings: JsonFinding[] = [];
  const jsonOutlines: { file: string; outline: ReturnType<typeof outlineToJson> }[] = [];
  const text: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let checked = 0;
  let unreadable = 0;

  for (const file of files) {
    const shown = path.relative(io.cwd, file) || file;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      io.stderr(`report-check: ${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      if (named.has(file)) unreadable++;
      continue;
    }
    let word: WordInput | null = null;
    if (isWordInput(file)) {
      const read = readWordInput(bytes, file, opts.locale);
      if (!read.ok) {
        io.stderr(`report-check: ${shown}: ${read.message}\n`);
        if (named.has(file)) unreadable++;
        continue;
      }
      word = read.input;
    }
    const decoded = word ? ({ ok: true, text: word.text } as const) : decodeReport(bytes);
    if (!decoded.ok) {
      io.stderr(`report-check: ${shown}: ${decoded.reason === 'binary' ? 'not a text file, skipped' : 'empty file, skipped'}\n`);
      if (named.has(file)) unreadable++;
      continue;
    }
    let config = explicitConfig;
    if (!config) {
      const found = findConfig(path.dirname(file), configCache);
      if (found) {
        config = loadedConfigs.get(found) ?? readConfigFile(found);
        loadedConfigs.set(found, config);
      }
    }
    const format = word ? 'plaintext' : (opts.syntax ?? formatForFileName(file));
    const { model, findings } = analyzeReport(decoded.text, {
      format,
      config: mergeConfigs(config ?? undefined),
      locale: opts.locale,
      headingHints: word?.headingHints,
      notStructure: word?.notStructure,
    });
    checked++;
    if (opts.outline) {
      const outline = word ? outlineByParagraph(model.outline, word) : model.outline;
      if (opts.format === 'json') jsonOutlines.push({ file: shown, outline: outlineToJson(outline) });
      else {
        text.push(`${shown}  [${model.stats.chineseChars} ${zh ? '字' : 'Chinese characters'}]`);
        text.push(...formatOutline(outline));
        text.push('');
      }
      continue;
    }
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      if (opts.format === 'json') jsonFindings.push(word ? relocateJson(toJson(shown, f, model), f, model, word) : toJson(shown, f, model));
      else {
        const pos = word ? `${shown}  ${formatParagraphPosition(word, f.span.start, opts.locale)}` : `${shown}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
        text.push(`${pos}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`);
      }
    }
  }

  if (checked === 0) {
    io.stderr(`report-check: no report could be read\n`);
    if (opts.format === 'json') io.stdout('[]\n');
    return 2;
  }
  if (opts.format === 'json') {
    io.stdout(JSON.stringify(opts.outline ? jsonOutlines : jsonFindings, null, 2) + '\n');
  } else {
    if (text.length) io.stdout(text.join('\n') + '\n');
    if (!opts.outline) {
      const total = errors + warnings + infos;
      const summary = zh
        ? total === 0
          ? `检查了 ${checked} 个文件，未发现问题。`
          : `检查了 ${checked} 个文件，发现 ${total} 处问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）。`
        : total === 0
          ? `${checked} file(s) checked, no problems.`
          : `${checked} file(s) checked: ${total} problem(s) (${errors} error(s), ${warnings} warning(s), ${infos} info).`;
      io.stdout(summary + '\n');
    }
  }
  if (unreadable > 0) return 2;
  return !opts.outline && errors > 0 ? 1 : 0;
}
