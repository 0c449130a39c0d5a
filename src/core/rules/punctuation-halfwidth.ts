import type { Span, TextEdit } from '../types';
import { isChineseContext, proseParagraphs, protectedSpans, urlSpans } from './prose';
import type { Rule, RuleContext } from './rule';
import { spanWithGapsBesideMark } from './spacing';
import { HALF_TO_FULL, isHalfWidthMark } from '../marks';

const MARKS = /[,;:?!()]/g;

/** Whether the straight quote at `at` closes a “ opened before it in the paragraph. */
function closesChineseQuote(text: string, at: number, limit: Span): boolean {
  for (let i = at - 1; i >= limit.start; i--) {
    const c = text[i];
    if (c === '“') return true;
    if (c === '”' || c === '"') return false;
  }
  return false;
}

/**
 * The neighbour that says whether a mark stands in Chinese text: an ASCII quote is looked past
 * (“。":), since the fix of that quote into a Chinese one (punctuation-pair, ascii-quotes) would
 * otherwise put the mark in Chinese text only after the fix, a finding the fix created.
 */
function contextNeighbour(text: string, from: number, step: 1 | -1, limit: Span): string | undefined {
  let first: string | undefined;
  for (let i = from; i >= limit.start && i < limit.end; i += step) {
    const c = text[i];
    if (c === ' ' || c === '\t') continue;
    // A straight quote closing a “ is a ” in the making (punctuation-pair's fix).
    if (c === '"' && closesChineseQuote(text, i, limit)) return '”';
    // Past other straight quotes and half-width marks (?(:)； — each will be Chinese once the
    // others are fixed), and the backslash of a Markdown escape (\)): the first character beyond
    // them decides, if it is Chinese.
    if (c === '"' || c === "'" || c === '\\' || isHalfWidthMark(c)) {
      first ??= c;
      continue;
    }
    return first === undefined || isChineseContext(c) ? c : first;
  }
  return first;
}

/**
 * An English sentence that quotes Chinese words (`the parts: 称谓, 开头 and 结尾`) keeps its ASCII
 * punctuation: around the mark, Latin words clearly outnumber Chinese characters.
 */
function inEnglishSentence(text: string, at: number, para: Span): boolean {
  // 40 characters either side, not counting the \r of CRLF: a file's findings must not depend on its line endings.
  let from = at;
  for (let n = 0; from > para.start && n < 40; ) if (text[--from] !== '\r') n++;
  let to = at;
  for (let n = 0; to < para.end && n < 40; to++) if (text[to] !== '\r') n++;
  const window = text.slice(from, to);
  const latinWords = window.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  const chinese = window.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return latinWords >= 3 && latinWords * 2 > chinese;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export const punctuationHalfwidth: Rule = {
  meta: {
    id: 'punctuation-halfwidth',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '中文句子中使用了半角标点 , ; : ? ! ( )',
      en: 'Half-width (ASCII) , ; : ? ! ( ) inside Chinese text',
    },
    rationale: {
      'zh-CN': 'GB/T 15834—2011：中文文本使用全角标点。数字（3.5、10:30、1,000）、网址、代码和英文词句中的半角标点不受影响。',
      en: 'GB/T 15834-2011: Chinese text takes full-width punctuation. Numbers (3.5, 10:30, 1,000), URLs, code and English phrases are left alone.',
    },
    examples: {
      ok: [
        { text: '会议于10:30开始，全年增长3.5%，投入1,000万元。' },
        { text: '详见 https://example.com/a?b=1 ，英文名称为 Report Drafter, Inc.。' },
        { text: 'An English note may quote the parts of a report: 称谓, 开头 and 结尾.' },
        { title: 'A unit written as a formula', text: '膜通量设计值为18L/(m²·h)，运行稳定。' },
      ],
      notOk: [
        {
          text: '一是加强领导, 压实责任;二是完善制度(试行)。',
          expected: [
            '1:7-1:9: Half-width “,” in Chinese text: use “，”',
            '1:13-1:14: Half-width “;” in Chinese text: use “；”',
            '1:20-1:24: Half-width “(…)” in Chinese text: use “（…）”',
          ],
        },
        {
          text: '全年采购 Microsoft Office 正版软件,部署 WPS 协同办公平台。',
          expected: ['1:27-1:28: Half-width “,” in Chinese text: use “，”'],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    const markdown = model.format === 'markdown';
    const isProtected = protectedSpans(model);
    for (const para of proseParagraphs(model)) {
      const slice = text.slice(para.start, para.end);
      if (!/[,;:?!()]/.test(slice)) continue;
      const urls = urlSpans(text, para);
      const inUrl = (i: number) => urls.some((u) => i >= u.start && i < u.end);
      const skip = (at: number) => inUrl(at) || isProtected({ start: at, end: at + 1 });
      const closeOf = matchBrackets(text, para, skip);
      const closesUsed = new Set<number>();
      MARKS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MARKS.exec(slice))) {
        const at = para.start + m.index;
        const ch = m[0];
        if (closesUsed.has(at) || skip(at)) continue;
        // In Markdown `\(` is an escaped `(`: the backslash goes with it.
        const escaped = markdown && isEscaped(text, at, para.start);
        const from = escaped ? at - 1 : at;
        const before = contextNeighbour(text, from - 1, -1, para);
        const after = contextNeighbour(text, at + 1, 1, para);
        if (ch === '(') {
          const end = closeOf.get(at) ?? -1;
          const inner = end < 0 ? '' : text.slice(at + 1, end);
          const chinese = /[\u4e00-\u9fff]/.test(inner) || isChineseContext(before) || (end >= 0 && isChineseContext(contextNeighbour(text, end + 1, 1, para)));
          if (!chinese) continue;
          // A unit or formula, its brackets written onto a Latin letter, digit or operator
          // (18L/(m²·h), f(x)), with no Chinese inside: ASCII, whatever follows it.
          if (end >= 0 && !/[\u4e00-\u9fff]/.test(inner) && /[A-Za-z0-9/^*+=²³·-]/.test(text[from - 1] ?? '')) {
            closesUsed.add(end);
            continue;
          }
          if (end < 0) {
            // Without its `)`, a `（` would be unmatched in turn: offered, not applied.
            reportMark(report, { start: from, end: at + 1 }, ch, undefined, [{ span: { start: from, end: at + 1 }, newText: '（' }]);
            continue;
          }
          closesUsed.add(end);
          const closeFrom = markdown && isEscaped(text, end, para.start) ? end - 1 : end;
          // Full-width brackets are set solid: the spaces outside them go with the fix
          // (`中文 (注) 内容` → `中文（注）内容`), else the spacing rule would find them after it.
          const openFrom = spacesBefore(text, from, para, markdown);
          const closeTo = spacesAfter(text, end + 1, para);
          // So do the spaces just inside them where the spacing rule would flag them beside （ and
          // ）; spaces alone between the brackets go with the opening one.
          const onlySpaces = /^[ \u3000\u00a0]+$/.test(text.slice(at + 1, closeFrom));
          const openTo = onlySpaces ? closeFrom : Math.min(spanWithGapsBesideMark(text, at, at + 1, para).end, closeFrom);
          const closeStart = Math.max(openTo, spanWithGapsBesideMark(text, closeFrom, end + 1, para).start);
          const edits = [
            { span: { start: openFrom, end: openTo }, newText: '（' },
            { span: { start: closeStart, end: closeTo }, newText: '）' },
          ];
          // Brackets across a line break (a Markdown soft wrap) pair only while the paragraph
          // holds together, which another fix may change: offered, not applied.
          const certain = !/[\r\n]/.test(text.slice(at, end))
            && !(markdown && (touchesEmphasis(text, from, at + 1) || touchesEmphasis(text, closeFrom, end + 1)));
          report(
            { start: openFrom, end: closeTo },
            { 'zh-CN': '中文中使用了半角括号“(…)”：应为“（…）”', en: 'Half-width “(…)” in Chinese text: use “（…）”' },
            certain ? edits : undefined,
            certain ? undefined : { suggestions: [{ message: SUGGEST_BRACKETS, edits }] },
          );
          continue;
        }
        if (!isChineseContext(before) && !isChineseContext(after)) continue;
        if (inEnglishSentence(text, at, para)) continue;
        if ((ch === ':' || ch === ',') && isDigit(text[at - 1]) && isDigit(text[at + 1])) continue;
        if (ch === ':' && text[at + 1] === '/' && text[at + 2] === '/') continue;
        // Take the spaces an English writer puts after the mark into the fix, and any before it
        // (`加强 ,完善`): a full-width mark is set solid.
        let end = at + 1;
        while (end < para.end && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u3000')) end++;
        const start = spacesBefore(text, from, para, markdown);
        // The spaces after it go too where Chinese text follows, or a number or Latin word the
        // spacing rule would then want set solid against the full-width mark (？ 2825).
        const span = isChineseContext(text[end]) || end === para.end ? { start, end } : { start, end: spanWithGapsBesideMark(text, at, at + 1, para).end };
        const edits = [{ span, newText: HALF_TO_FULL[ch] }];
        // A `)` without its `(` would become an unmatched `）`; a mark beside Chinese
        // punctuation would make a doubled mark (`,，` → `，，`); beside `*` or `_` it would
        // change which stars Markdown pairs as bold. Those are offered, not applied.
        const certain = ch !== ')'
          && !makesRun(text, span, HALF_TO_FULL[ch], para)
          && !(markdown && touchesEmphasis(text, span.start, span.end));
        reportMark(report, span, ch, certain ? edits : undefined, certain ? undefined : edits);
      }
    }
  },
};

/**
 * Where the spaces and tabs just before `at` start, when text precedes them on the same line; not
 * the space a Markdown block marker needs after it (`# :`, `> (`, `- ,`: taking it would undo the
 * heading, the quotation or the list item), nor the one after a bullet of plain text (`* ?`).
 */
function spacesBefore(text: string, at: number, para: Span, markdown: boolean): number {
  let i = at;
  while (i > para.start && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u3000')) i--;
  if (i === at || i === para.start || text[i - 1] === '\n' || text[i - 1] === '\r') return at;
  let lineStart = i;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const before = text.slice(lineStart, i);
  if (markdown ? MARKDOWN_BLOCK_MARKER.test(before) : PLAIN_BULLET.test(before)) return at;
  return i;
}

/** A bullet opening a line of plain text (`* `, `- `, `• `): the placeholder rule reads `*` so too. */
const PLAIN_BULLET = /^[ \t\u3000]*[*＊\-•·]$/;
/** What may open a Markdown line before the space that makes it a heading, quotation or list item. */
const MARKDOWN_BLOCK_MARKER = /^[ \t]{0,3}(?:#{1,6}|(?:>[ \t]?)+|[-*+]|\d{1,9}[.)])$/;

/** Where the spaces and tabs from `at` end, when text follows them on the same line. */
function spacesAfter(text: string, at: number, para: Span): number {
  let i = at;
  while (i < para.end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  return i < para.end && text[i] !== '\n' && text[i] !== '\r' ? i : at;
}

const SUGGEST_BRACKETS = { 'zh-CN': '改为全角括号“（…）”', en: 'Use full-width “（…）”' };

/** `(` → its `)` by nesting, within the paragraph, skipping protected marks. */
function matchBrackets(text: string, para: Span, skip: (at: number) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    if (c !== '(' && c !== ')') continue;
    if (skip(i)) continue;
    if (c === '(') open.push(i);
    else if (open.length) out.set(open.pop()!, i);
  }
  return out;
}

/** An odd number of backslashes before `at`. */
function isEscaped(text: string, at: number, floor: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= floor && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** The edit borders on an emphasis delimiter, whose pairing depends on its neighbours. */
function touchesEmphasis(text: string, start: number, end: number): boolean {
  const d = (c: string | undefined) => c === '*' || c === '_' || c === '~';
  return d(text[start - 1]) || d(text[end]);
}

const STOPS = '。？！；：，、';
const ALLOWED_RUN = /^[？！]+$/;

/** Whether writing `mark` over `span` would leave two or more stop marks in a row (punctuation-repeat). */
function makesRun(text: string, span: Span, mark: string, para: Span): boolean {
  // A half-width neighbour counts as the full-width mark its own fix would write.
  const stop = (c: string) => (STOPS.includes(c) ? c : HALF_TO_FULL[c] && STOPS.includes(HALF_TO_FULL[c]) ? HALF_TO_FULL[c] : '');
  let run = mark;
  for (let i = span.start - 1; i >= para.start && stop(text[i]); i--) run = stop(text[i]) + run;
  for (let i = span.end; i < para.end && stop(text[i]); i++) run += stop(text[i]);
  return run.length >= 2 && !ALLOWED_RUN.test(run);
}

function reportMark(report: RuleContext['report'], span: Span, ch: string, fix: TextEdit[] | undefined, suggestion?: TextEdit[]) {
  report(
    span,
    { 'zh-CN': `中文中使用了半角标点“${ch}”：应为“${HALF_TO_FULL[ch]}”`, en: `Half-width “${ch}” in Chinese text: use “${HALF_TO_FULL[ch]}”` },
    fix,
    suggestion ? { suggestions: [{ message: { 'zh-CN': `改为“${HALF_TO_FULL[ch]}”`, en: `Use “${HALF_TO_FULL[ch]}”` }, edits: suggestion }] } : undefined,
  );
}
