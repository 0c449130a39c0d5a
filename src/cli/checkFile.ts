import * as fs from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import {
  analyzeReport,
  fixAll,
  formatOutline,
  mergeConfigs,
  mergeEdits,
  outlineToJson,
  type Analysis,
  type Finding,
  type Locale,
  type ReportCheckConfig,
  type ReportFormat,
  type ReportModel,
  type TextEdit,
} from '../core';
import { judgeReportness } from '../core/reportness';
import { decodeReport } from '../node/decode';
import { loadLanguageDataSync } from '../node/languageData';
import { encodeReport, roundTrips } from '../node/encode';
import { formatParagraphPosition, isWordInput, outlineByParagraph, readWordInput, relocateJson, type WordInput } from './docxInput';
import { colors, compactLine, stylishFinding, stylishHeader, type StylishContext } from './format';
import { msg } from './messages';
import { displayWidth } from './width';

/** What is the same for every file of a run (sent once to each worker thread). */
export interface RunSettings {
  locale: Locale;
  mode: 'check' | 'fix' | 'fix-dry-run' | 'outline';
  output: 'stylish' | 'compact' | 'json';
  color: boolean;
  columns: number;
  /** Errors only. */
  quiet: boolean;
  /** Findings listed per file at most; 0: all. */
  maxFindings: number;
}

/** One file to check: plain data, so that it can be posted to a worker thread. */
export interface FileJob {
  index: number;
  /** Absolute path; null for standard input (then `bytes`). */
  file: string | null;
  bytes?: Uint8Array;
  /** As printed: relative to the working directory, or absolute when given so. */
  shown: string;
  /** Named on the command line (unreadable → exit 2), not found in a folder (skipped with a notice). */
  named: boolean;
  format: ReportFormat;
  config: ReportCheckConfig | null;
}

export interface FileOutcome {
  index: number;
  status: 'checked' | 'unreadable' | 'skipped';
  /** Skipped as no Chinese report: found in a folder or by a glob, and mostly not Chinese (a README in English). */
  notChinese?: boolean;
  /** As reported (after --quiet). */
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Every warning, also under --quiet (for --max-warnings, as eslint counts them). */
  allWarnings: number;
  byRule: Record<string, number>;
  /** Findings fixed (--fix) or that would be (--fix-dry-run). */
  fixed: number;
  changed: boolean;
  /** Lines for standard error, without the `report-check: ` prefix. */
  notices: string[];
}

/** Output of a file, in order: text for standard output, or one JSON array item. */
export type Emit = (kind: 'text' | 'json', chunk: string) => void;

const CHUNK = 64 * 1024;

/**
 * Checks (or fixes, or outlines) one file and emits its output in chunks as it is formatted, so
 * that a file with a million findings never holds its whole report in memory; at most
 * `maxFindings` findings are listed (the counts are of all of them), and the cut is said.
 */
export function processFile(job: FileJob, run: RunSettings, emit: Emit): FileOutcome {
  const outcome: FileOutcome = {
    index: job.index, status: 'checked', errors: 0, warnings: 0, infos: 0, fixable: 0, allWarnings: 0, byRule: {}, fixed: 0, changed: false, notices: [],
  };
  const { locale } = run;
  const skip = (notice: string): FileOutcome => {
    outcome.notices.push(notice);
    outcome.status = job.named ? 'unreadable' : 'skipped';
    return outcome;
  };
  let bytes: Uint8Array;
  try {
    bytes = job.bytes ?? fs.readFileSync(job.file!);
  } catch (e) {
    return skip(msg(locale, 'cannotRead', job.shown, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  // A Word file is read as the text its reader sees, one paragraph a line (src/docx-read).
  let word: WordInput | null = null;
  if (job.file !== null && isWordInput(job.file)) {
    const read = readWordInput(bytes, job.file, locale);
    if (!read.ok) return skip(`${job.shown}${locale === 'zh-CN' ? '：' : ': '}${read.message}`);
    word = read.input;
  }
  const decoded = word ? ({ ok: true, text: word.text, encoding: 'utf-8' } as const) : decodeReport(bytes);
  if (!decoded.ok) return skip(msg(locale, decoded.reason === 'binary' ? 'binary' : 'empty', job.shown));
  // A file found in a folder or by a glob that is mostly not Chinese (an English README, notes) is
  // no report: skipped, and counted in one line at the end, as the editor leaves such files alone
  // (core/reportness). A file named on the command line is always checked.
  if (!job.named && !word && job.file !== null && !/\.report$/i.test(job.file) && run.mode !== 'outline') {
    // (Only the opening is read: core/reportness samples it.)
    if (!judgeReportness(decoded.text, { format: job.format }).isReport) {
      outcome.status = 'skipped';
      outcome.notChinese = true;
      return outcome;
    }
  }
  // The typo check's data: read once per process (each worker thread has its own copy).
  loadLanguageDataSync();
  const options = {
    format: word ? ('plaintext' as const) : job.format,
    config: mergeConfigs(job.config ?? undefined),
    locale,
    headingHints: word?.headingHints,
    notStructure: word?.notStructure,
  };

  if (run.mode === 'outline') {
    const { model } = analyzeReport(decoded.text, options);
    const outline = word ? outlineByParagraph(model.outline, word) : model.outline;
    if (run.output === 'json') emit('json', jsonItem({ file: job.shown, outline: outlineToJson(outline) }));
    else {
      const zh = locale === 'zh-CN';
      emit('text', [`${job.shown}  [${model.stats.chineseChars} ${zh ? '字' : 'Chinese characters'}]`, ...formatOutline(outline), '', ''].join('\n'));
    }
    return outcome;
  }

  let analysis: Analysis;
  if (word && run.mode === 'fix') {
    // A .docx is never rewritten: its text is what Word shows, not the file's bytes.
    outcome.notices.push(msg(locale, 'wordNotFixed', job.shown));
    analysis = analyzeReport(decoded.text, options);
  } else if (run.mode === 'fix' || run.mode === 'fix-dry-run') {
    const result = fixAll(decoded.text, options);
    analysis = result.analysis;
    if (result.text !== decoded.text) {
      if (run.mode === 'fix-dry-run') {
        outcome.fixed = result.applied;
        outcome.changed = true;
        emit('text', unifiedDiff(job.shown, decoded.text, result.text));
      } else if (job.file === null) {
        // Not reached: --fix with standard input is refused as a usage error.
      } else if (!roundTrips(bytes, decoded.text, decoded.encoding)) {
        // Decoding replaced bytes it could not read; writing would destroy them.
        outcome.notices.push(msg(locale, 'notRoundTrip', job.shown, decoded.encoding.toUpperCase()));
        outcome.status = 'unreadable';
        analysis = analyzeReport(decoded.text, options);
      } else {
        try {
          fs.writeFileSync(job.file, encodeReport(result.text, decoded.encoding));
          outcome.fixed = result.applied;
          outcome.changed = true;
        } catch (e) {
          outcome.notices.push(msg(locale, 'cannotWrite', job.shown, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
          outcome.status = 'unreadable';
          analysis = analyzeReport(decoded.text, options);
        }
      }
    }
  } else if (run.maxFindings > 0) {
    // Every finding is counted as it is found, and only those that will be listed are kept.
    analysis = analyzeReport(decoded.text, { ...options, keep: { limit: run.maxFindings, count: (f) => count(outcome, f, run.quiet) } });
    listFindings(job, run, analysis, outcome, emit, word, true);
    return outcome;
  } else {
    analysis = analyzeReport(decoded.text, options);
  }
  if (run.mode === 'fix-dry-run') {
    // The diff is the output; what remains is only counted.
    for (const f of analysis.findings) count(outcome, f, run.quiet);
    return outcome;
  }
  listFindings(job, run, analysis, outcome, emit, word, false);
  return outcome;
}

function count(outcome: FileOutcome, f: Finding, quiet: boolean): boolean {
  if (f.severity === 'warning') outcome.allWarnings++;
  if (quiet && f.severity !== 'error') return false;
  if (f.severity === 'error') outcome.errors++;
  else if (f.severity === 'warning') outcome.warnings++;
  else outcome.infos++;
  if (f.fix?.length) outcome.fixable++;
  outcome.byRule[f.ruleId] = (outcome.byRule[f.ruleId] ?? 0) + 1;
  return true;
}

/** Lists the findings (counting them too, unless `counted`: then they are the ones to list, all counted). */
function listFindings(job: FileJob, run: RunSettings, analysis: Analysis, outcome: FileOutcome, emit: Emit, word: WordInput | null, counted: boolean): void {
  // A Word file has no lines: its findings are located by paragraph (段 12, 第 5 字).
  const position = (f: Finding) => (word ? formatParagraphPosition(word, f.span.start, run.locale) : undefined);
  const { model, findings } = analysis;
  const limit = run.maxFindings > 0 ? run.maxFindings : Infinity;
  const ctx: StylishContext = { locale: run.locale, c: colors(run.color), columns: run.columns };
  let listed = 0;
  let buffer = '';
  const flush = () => {
    if (buffer) emit('text', buffer);
    buffer = '';
  };
  let posWidth = 0;
  if (run.output === 'stylish') {
    // Align the columns after `line:col` over what is listed.
    let n = 0;
    for (const f of findings) {
      if (run.quiet && f.severity !== 'error') continue;
      if (n++ >= limit) break;
      posWidth = Math.max(posWidth, displayWidth(position(f) ?? `${f.range.start.line + 1}:${f.range.start.character + 1}`));
    }
  }
  for (const f of findings) {
    if (!counted && !count(outcome, f, run.quiet)) continue;
    if (listed >= limit) continue;
    listed++;
    if (run.output === 'json') {
      const json = toJson(job.shown, f, model);
      emit('json', jsonItem(word ? relocateJson(json, f, model, word) : json));
    }
    else if (run.output === 'stylish') {
      if (listed === 1) buffer += stylishHeader(job.shown, ctx);
      buffer += stylishFinding(f, model.lineIndex.lines[f.range.start.line]?.text ?? '', posWidth, ctx, position(f));
    } else buffer += compactLine(job.shown, f, position(f)) + '\n';
    if (buffer.length >= CHUNK) flush();
  }
  const total = outcome.errors + outcome.warnings + outcome.infos;
  if (total > listed) {
    const note = msg(run.locale, 'capped', job.shown, total, listed);
    // Inside the group on a terminal; on standard error when piped, so the output stays parseable.
    if (run.output === 'stylish') buffer += `  ${ctx.c.dim(note)}\n`;
    else outcome.notices.push(note);
  }
  flush();
}

/** A unified diff with git's a/ b/ prefixes (`git apply` and `patch -p1` take it). */
function unifiedDiff(shown: string, before: string, after: string): string {
  const name = shown.replace(/\\/g, '/').replace(/^\/+/, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}

/** An array item of `JSON.stringify(array, null, 2)`, so the streamed array reads the same. */
function jsonItem(value: unknown): string {
  return '  ' + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
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
