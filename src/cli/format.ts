import pc from 'picocolors';
import {
  CATEGORY_LABELS,
  countsByCategory,
  FINDING_CATEGORIES,
  type Finding,
  type Locale,
} from '../core';
import { msg } from './messages';
import { charWidth, displayWidth } from './width';
import { partitionPoint } from '../core/partition';

export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colour as most command-line tools decide it: FORCE_COLOR (other than 0/false) turns it on,
 * NO_COLOR (any non-empty value, no-color.org) off, otherwise only on a terminal.
 */
export function useColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force.toLowerCase() !== 'false') return true;
  if (env.NO_COLOR) return false;
  if (force !== undefined) return false;
  return isTTY && env.TERM !== 'dumb';
}

export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}

/** Today's piped line, kept stable for scripts: `file:line:col  severity  message  rule-id`. */
/** `position`: said instead of `:line:column` (a Word file's `段 12, 第 5 字`). */
export function compactLine(shown: string, f: Finding, position?: string): string {
  const at = position ? `${shown}  ${position}` : `${shown}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
  return `${at}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}`;
}

const SEVERITY_LABEL: Record<Finding['severity'], Record<Locale, string>> = {
  error: { en: 'error', 'zh-CN': '错误' },
  warning: { en: 'warning', 'zh-CN': '警告' },
  info: { en: 'info', 'zh-CN': '提示' },
};

export interface StylishContext {
  locale: Locale;
  c: Colors;
  /** Terminal width: long lines (a report puts a paragraph on one) are cut around the finding. */
  columns: number;
}

function severityColor(c: Colors, severity: Finding['severity']): (s: string) => string {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
}

/** The file header of a group: underlined, as eslint's stylish. */
export function stylishHeader(shown: string, ctx: StylishContext): string {
  return `\n${ctx.c.underline(shown)}\n`;
}

/**
 * One finding in the grouped layout: position, severity, message, rule id (dim), then the source
 * line (dim) and a `^^^` marker under the span, both aligned by display width (CJK: 2 columns).
 * `posWidth` aligns the column after `line:col` within a file.
 */
export function stylishFinding(f: Finding, lineText: string, posWidth: number, ctx: StylishContext, position?: string): string {
  const { c } = ctx;
  const color = severityColor(c, f.severity);
  const pos = position ?? `${f.range.start.line + 1}:${f.range.start.character + 1}`;
  const label = SEVERITY_LABEL[f.severity][ctx.locale];
  const labelWidth = Math.max(...Object.values(SEVERITY_LABEL).map((l) => displayWidth(l[ctx.locale])));
  const head = `  ${c.dim(pos + ' '.repeat(Math.max(0, posWidth - displayWidth(pos))))}  ${color(label)}${' '.repeat(labelWidth - displayWidth(label))}  ${f.message}  ${c.dim(f.ruleId)}\n`;
  const indent = ' '.repeat(2 + posWidth + 2);
  const start = f.range.start.character;
  const end = f.range.end.line === f.range.start.line ? f.range.end.character : lineText.length;
  const frame = codeFrame(lineText, start, end, Math.max(20, ctx.columns - indent.length - 1));
  return `${head}${indent}${c.dim(frame.line)}\n${indent}${' '.repeat(frame.pad)}${color('^'.repeat(frame.carets))}\n`;
}

interface Cell {
  ch: string;
  width: number;
  /** UTF-16 offset in the line. */
  at: number;
}

/**
 * The part of `line` that fits in `width` columns around [start, end) (UTF-16 offsets), cut with
 * “…” where it is cut, and where the marker goes: `pad` columns, then `carets` carets (at least one).
 * Tabs and control characters are shown as one space each, so columns stay countable.
 */
export function codeFrame(line: string, start: number, end: number, width: number): { line: string; pad: number; carets: number } {
  const cells: Cell[] = [];
  let at = 0;
  for (const raw of line) {
    const ch = raw === '\t' || raw.charCodeAt(0) < 0x20 || raw === '\u007f' ? ' ' : raw;
    cells.push({ ch, width: charWidth(ch), at });
    at += raw.length;
  }
  const first = indexAt(cells, start);
  const last = Math.max(first, indexAt(cells, end));
  const total = cells.reduce((w, cell) => w + cell.width, 0);
  let from = 0;
  let to = cells.length;
  if (total > width) {
    // About a third of the room before the finding, the rest after it.
    let before = 0;
    from = first;
    while (from > 0 && before + cells[from - 1].width <= Math.floor(width / 3)) before += cells[--from].width;
    const room = width - (from > 0 ? 1 : 0) - 1; // the ellipses
    let used = 0;
    to = from;
    while (to < cells.length && used + cells[to].width <= room) used += cells[to++].width;
    if (to >= cells.length) {
      // Near the end of the line: fill the room from the end instead.
      to = cells.length;
      used = 0;
      from = to;
      while (from > 0 && used + cells[from - 1].width <= width - 1) used += cells[--from].width;
    }
  }
  const shown = cells.slice(from, to);
  const prefix = from > 0 ? '…' : '';
  const suffix = to < cells.length ? '…' : '';
  let pad = prefix.length;
  for (let i = from; i < first && i < to; i++) pad += cells[i].width;
  let carets = 0;
  for (let i = first; i < Math.min(last, to); i++) carets += cells[i].width;
  return { line: prefix + shown.map((cell) => cell.ch).join('') + suffix, pad, carets: Math.max(1, carets) };
}

/** The index of the cell at UTF-16 offset `offset` (the end when past it). */
function indexAt(cells: Cell[], offset: number): number {
  return partitionPoint(cells, (c) => c.at < offset);
}

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  byRule: Record<string, number>;
}

/** Today's one-line summary, kept for piped output. */
export function compactSummary(t: Totals, locale: Locale): string {
  const total = t.errors + t.warnings + t.infos;
  return total === 0 ? msg(locale, 'summaryNone', t.files) : msg(locale, 'summary', t.files, total, t.errors, t.warnings, t.infos);
}

/**
 * The grouped layout's summary: problems by severity (✖ in red when there are errors), by
 * category as the extension groups them (待填 11 · 编号 5 · 标点 3), files checked and fixable.
 */
export function stylishSummary(t: Totals, ctx: StylishContext): string {
  const { c, locale } = ctx;
  const total = t.errors + t.warnings + t.infos;
  const files = msg(locale, 'stylishFiles', t.files);
  if (total === 0) return `${c.green('✔')} ${msg(locale, 'stylishNone')} · ${files}\n`;
  const mark = t.errors ? c.red(c.bold('✖')) : c.yellow(c.bold('⚠'));
  const byCategory = countsByCategory(t);
  const categories = FINDING_CATEGORIES.filter((k) => byCategory[k] > 0).map((k) => `${CATEGORY_LABELS[k][locale]} ${byCategory[k]}`);
  const lines = [`\n${mark} ${c.bold(msg(locale, 'stylishProblems', total, t.errors, t.warnings, t.infos))}`, `  ${categories.join(' · ')}`];
  const last = [files];
  if (t.fixable) last.push(msg(locale, 'fixable', t.fixable));
  lines.push(`  ${c.dim(last.join(' · '))}`);
  return lines.join('\n') + '\n';
}
