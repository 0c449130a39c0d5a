import { parse, postprocess, preprocess } from 'micromark';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { classifyCharacter, isCjk, isCjkOrIvs, isNonCjkPunctuation, isSpaceOrPunctuation, isUnicodeWhitespace } from 'micromark-extension-cjk-friendly-util';
import type { Event, ParseOptions, Token } from 'micromark-util-types';
import type { Span } from './types';
import { partitionPoint } from './partition';

/**
 * What the Markdown syntax is trusted for: code, HTML, link destinations,
 * `#` headings, list bullets and thematic breaks, plus how CommonMark pairs
 * `*` into emphasis. CJK prose itself is read line by line elsewhere, because
 * Markdown merges lines into paragraphs and takes `党委会**次，…***项` for
 * strong emphasis.
 *
 * The facts come from micromark's token stream — the tokenizer remark-parse is
 * built on — rather than from a full mdast tree: building the tree took a third
 * of the time of a whole check, and nothing here needs it.
 */
export interface MarkdownFacts {
  /** Text that is not prose: code, HTML, link destinations, definitions. Sorted, disjoint. */
  excluded: Span[];
  headings: { depth: number; span: Span; contentStart: number }[];
  /** `*`/`_` emphasis as CommonMark pairs it, for judging whether a `*` run is markup. */
  emphasis: { strong: boolean; open: Span; close: Span; content: Span }[];
  /** List bullets and thematic-break lines: markup, not masks. Sorted. */
  markupSpans: Span[];
  /** `<!-- … -->` comments with their text, for disable directives. */
  comments: { span: Span; text: string }[];
  /** `[…]` of links and images (a link, not a bracketed blank). Sorted. */
  linkLabels: Span[];
}

const EXCLUDED_TOKENS = new Set([
  'codeFenced',
  'codeIndented',
  'codeText',
  'htmlFlow',
  'htmlText',
  'definition',
  'image',
  'autolink',
  'resource',
  'reference',
]);

function spanOf(token: Token): Span {
  return { start: token.start.offset, end: token.end.offset };
}

/**
 * Markdown is read in two passes, so that no input makes micromark slow (see
 * README, “Markdown parsing and its limits”). micromark's time grows with the
 * square of the delimiters in one paragraph — `resolveAllText` and the
 * attention resolver both splice the whole event list once per merge or pair
 * (`'中*'.repeat(50000)` took 19 s; 10,000 masked lines without a blank line 7 s)
 * — and with the square of the nesting depth on one line (`'>'.repeat(30000)`).
 *
 * 1. The block pass reads the structure (code, HTML, links, headings, bullets,
 *    breaks) with emphasis switched off and with every `*` and `_` that cannot
 *    be block syntax read as a letter, and with containers nested deeper than
 *    MAX_NESTING on one line read as text: none of that changes a fact it
 *    gathers.
 * 2. The emphasis pass pairs `*` and `_` line by line — a report has one
 *    paragraph per line, and a pair across lines was never taken as deliberate
 *    bold — with code and HTML blanked out, and cuts a line into pieces of at
 *    most MAX_DELIMITER_RUNS delimiter runs (at a sentence end where it can).
 *
 * Constructs that change nothing this engine reads (`&amp;`, hard line breaks)
 * are left out, which saves about a tenth of the parse.
 */
const BLOCK_OPTIONS: ParseOptions = {
  extensions: [{ disable: { null: ['attention', 'characterReference', 'hardBreakEscape', 'hardBreakTrailing'] } }],
};

/**
 * CJK-friendly emphasis: plain CommonMark refuses `**（一）加强领导。**正文`
 * as bold because the closing `**` follows punctuation and precedes an
 * ideograph; Chinese writers mean it as bold.
 */
const EMPHASIS_OPTIONS: ParseOptions = {
  extensions: [
    cjkFriendlyExtension(),
    { disable: { null: ['characterReference', 'hardBreakEscape', 'hardBreakTrailing'] } },
  ],
};

/** Containers (`>`, list items) opened on one line beyond this depth are read as text. */
export const MAX_NESTING = 32;
/** Delimiter runs (`*`, `_`) paired together at most; a longer line is cut. */
export const MAX_DELIMITER_RUNS = 64;

/**
 * Facts of Markdown chunks already parsed, keyed by the chunk's text. Kept per
 * document by an editor, so a keystroke re-tokenizes only the chunk it touched.
 */
export interface MarkdownCache {
  chunks: Map<string, MarkdownFacts>;
}

export function createMarkdownCache(): MarkdownCache {
  return { chunks: new Map() };
}

/**
 * Reads the Markdown facts of `text`, cut into chunks that CommonMark parses
 * independently — at a blank line followed by a line that starts in column 0,
 * outside fenced code and multi-line HTML. With a cache, only chunks not seen
 * before are tokenized. Even without one, chunks pay: micromark's time grows
 * faster than linearly with its input (see GROUP_CHARS), and most chunks of a
 * report are plain paragraphs (isPlainChunk) that the block pass can skip, which
 * made reading a typical report's Markdown about 2.5 times faster with the same
 * facts. Documents with link reference definitions, which reach across chunks,
 * are parsed whole.
 */
export function readMarkdown(text: string, cache?: MarkdownCache): MarkdownFacts {
  if (REFERENCE_DEFINITION.test(text)) return tokenize(text);
  const out: MarkdownFacts = { excluded: [], headings: [], emphasis: [], markupSpans: [], comments: [], linkLabels: [] };
  if (!cache) {
    // Without a cache to keep chunks apart for, the block pass reads only the chunks that have
    // block or inline syntax, several together at a time (each tokenizer costs ~70 µs to set
    // up), and the emphasis pass reads the lines with `*`/`_` of the whole text at once.
    readBlocks(text, independentChunks(text), out);
    out.excluded = mergeSpans(out.excluded);
    out.emphasis = pairEmphasis(text, out);
    return out;
  }
  const used = new Map<string, MarkdownFacts>();
  for (const chunk of independentChunks(text)) {
    const source = text.slice(chunk.start, chunk.end);
    let facts = used.get(source) ?? cache.chunks.get(source);
    if (!facts) facts = isPlainChunk(source, 0, source.length) ? plainFacts(source) : simpleFacts(source) ?? tokenize(source);
    used.set(source, facts);
    appendShifted(out, facts, chunk.start);
  }
  cache.chunks = used;
  out.excluded = mergeSpans(out.excluded);
  return out;
}

/**
 * A line that may open or change a block, at any line start (\r and \n alike): `#`, `>`, a
 * fence, HTML, a bullet or an ordered-list number followed by a space (or nothing), a line of
 * only `*` `_` `-` `=` and spaces (a thematic break or a setext underline), indented code. A line
 * that starts with bold (`**（一）加强领导。**`) is not one.
 */
const BLOCK_SYNTAX_LINE = /^ {0,3}(?:[#>~`<]|[*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[*_=-][*_=\- \t]*$)|^ {0,3}\t|^ {4}/m;
/** Characters that start the inline syntax the block pass reports: code spans, HTML, autolinks, links and images. */
const INLINE_SYNTAX = /[`<[]/;

/**
 * Whether the block pass has nothing to report in text.slice(start, end), an independent chunk:
 * no line that can open a block other than a paragraph, and none of the characters inline
 * syntax that it reports starts with. Such a chunk is paragraphs of text (most of a report);
 * only its emphasis is to be read.
 */
export function isPlainChunk(text: string, start: number, end: number): boolean {
  const source = start === 0 && end === text.length ? text : text.slice(start, end);
  return !INLINE_SYNTAX.test(source) && !BLOCK_SYNTAX_LINE.test(source);
}

const ATX_HEADING_LINE = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
/** A list item with text on its line: a marker, one to four spaces, then not a space. */
const LIST_ITEM_LINE = /^( {0,3})([-+*]|\d{1,9}[.)]) {1,4}(?=\S)/;
const BLOCK_SYNTAX_ONE_LINE = new RegExp(BLOCK_SYNTAX_LINE.source);

/**
 * The block facts of an independent chunk whose only block syntax is ATX headings
 * (`## 一、标题`) and list items with text on their line (`- 甲`, `1. 乙`, whose text opens no
 * block of its own), with no inline syntax either (see isPlainChunk), as micromark reads them:
 * a heading from its first `#` to the line's end, its text from the first character after the
 * opening sequence and its spaces up to a closing `#` sequence preceded by a space and trailing
 * spaces (`heading-atx.js` and its resolver); a bullet's marker as markup. Null when the chunk has
 * other syntax, or a tab or a lone \r (which micromark's lines treat in their own way). Headings
 * and lists are most of the chunks of a report that are not plain; micromark took ~70 µs a
 * heading and ~60 µs a list item to say this.
 */
export function simpleBlocksOf(text: string, start: number, end: number): { headings: MarkdownFacts['headings']; markupSpans: Span[] } | null {
  const source = start === 0 && end === text.length ? text : text.slice(start, end);
  if (INLINE_SYNTAX.test(source) || /\t|\r(?!\n)/.test(source)) return null;
  const headings: MarkdownFacts['headings'] = [];
  const markupSpans: Span[] = [];
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const contentEnd = lineEnd > lineStart && source.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const line = source.slice(lineStart, contentEnd);
    const m = ATX_HEADING_LINE.exec(line);
    const item = m ? null : LIST_ITEM_LINE.exec(line);
    if (m) {
      const from = m[1].length;
      const open = from + m[2].length;
      // The text: after the opening sequence's spaces, before trailing spaces and a closing
      // sequence that has a space before it (or is all there is).
      let textStart = open;
      while (textStart < line.length && line.charCodeAt(textStart) === 32) textStart++;
      let textEnd = line.length;
      while (textEnd > textStart && line.charCodeAt(textEnd - 1) === 32) textEnd--;
      let hashes = textEnd;
      while (hashes > textStart && line.charCodeAt(hashes - 1) === 35) hashes--;
      if (hashes < textEnd && (hashes === textStart || line.charCodeAt(hashes - 1) === 32)) {
        textEnd = hashes;
        while (textEnd > textStart && line.charCodeAt(textEnd - 1) === 32) textEnd--;
      }
      const span = { start: start + lineStart + from, end: start + contentEnd };
      headings.push({ depth: m[2].length, span, contentStart: textEnd > textStart ? start + lineStart + textStart : span.end });
    } else if (item && !BLOCK_SYNTAX_ONE_LINE.test(line.slice(item[0].length))) {
      // Ordered-list numbers stay visible (see readEvents): only a bullet is markup.
      const at = start + lineStart + item[1].length;
      if (item[2].length === 1 && !/\d/.test(item[2])) markupSpans.push({ start: at, end: at + 1 });
    } else if (BLOCK_SYNTAX_ONE_LINE.test(line)) {
      return null;
    }
    lineStart = lineEnd + 1;
  }
  return { headings, markupSpans };
}

/** The facts of a plain chunk (see isPlainChunk): its emphasis alone. */
function plainFacts(source: string): MarkdownFacts {
  const facts: MarkdownFacts = { excluded: [], headings: [], emphasis: [], markupSpans: [], comments: [], linkLabels: [] };
  facts.emphasis = pairEmphasis(source, facts);
  return facts;
}

/** The facts of a chunk whose only syntax is headings and list items (see simpleBlocksOf) and emphasis, or null. */
function simpleFacts(source: string): MarkdownFacts | null {
  const blocks = emphasisReading.direct ? simpleBlocksOf(source, 0, source.length) : null;
  if (!blocks) return null;
  const facts: MarkdownFacts = { excluded: [], headings: blocks.headings, emphasis: [], markupSpans: blocks.markupSpans, comments: [], linkLabels: [] };
  facts.emphasis = pairEmphasis(source, facts);
  return facts;
}

/**
 * The block pass over the chunks that are not plain, read together a few thousand characters
 * at a time: independent chunks parse the same side by side, whatever lies between them,
 * since each ends with a blank line and the next starts in column 0. A chunk met before in the
 * document (a repeated heading or list) takes the facts read the first time.
 */
function readBlocks(text: string, chunks: Span[], out: MarkdownFacts): void {
  const known = new Map<string, MarkdownFacts>();
  let pieces: Piece[] = [];
  let sources: string[] = [];
  let input = '';
  const flush = () => {
    if (!pieces.length) return;
    const facts = readEvents(input, run(blockText(input), BLOCK_OPTIONS));
    const each = splitFacts(facts, pieces);
    for (let i = 0; i < pieces.length; i++) {
      appendShifted(out, each[i], pieces[i].from);
      if (known.size < MAX_KNOWN) known.set(sources[i], each[i]);
    }
    pieces = [];
    sources = [];
    input = '';
  };
  // Whether a chunk was left out since the last one read (see GAP).
  let skipped = false;
  for (const chunk of chunks) {
    if (isPlainChunk(text, chunk.start, chunk.end)) {
      skipped = true;
      continue;
    }
    const blocks = emphasisReading.direct ? simpleBlocksOf(text, chunk.start, chunk.end) : null;
    if (blocks) {
      for (const h of blocks.headings) out.headings.push(h);
      for (const s of blocks.markupSpans) out.markupSpans.push(s);
      skipped = true;
      continue;
    }
    const source = text.slice(chunk.start, chunk.end);
    const facts = known.get(source);
    if (facts) {
      appendShifted(out, facts, chunk.start);
      skipped = true;
      continue;
    }
    if (skipped && input) input += GAP;
    skipped = false;
    pieces.push({ from: chunk.start, to: chunk.end, at: input.length });
    sources.push(source);
    input += source;
    if (input.length >= GROUP_CHARS) flush();
  }
  flush();
  // Facts of repeated chunks were added out of turn.
  const byStart = (a: Span, b: Span) => a.start - b.start;
  out.excluded.sort(byStart);
  out.markupSpans.sort(byStart);
  out.linkLabels.sort(byStart);
  out.headings.sort((a, b) => a.span.start - b.span.start);
  out.comments.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A paragraph put where chunks were left out of the block pass's input, so that the next chunk
 * follows a block as it does in the document: right after indented code, micromark reads an
 * empty list item (`* `) differently than after a paragraph.
 */
const GAP = 'x\n\n';

/** Chunks and lines remembered per document for reuse (bounds the memory a huge document takes). */
const MAX_KNOWN = 20000;

/** The index of the piece (ordered by `at`) whose combined-input range holds offset. */
function pieceAt(pieces: Piece[], offset: number): number {
  return partitionPoint(pieces, (p) => p.at <= offset) - 1;
}

/** Facts read from pieces put side by side, split by piece, with offsets from each piece's start. */
function splitFacts(facts: MarkdownFacts, pieces: Piece[]): MarkdownFacts[] {
  const each: MarkdownFacts[] = pieces.map(() => ({ excluded: [], headings: [], emphasis: [], markupSpans: [], comments: [], linkLabels: [] }));
  // A span lies inside one piece (chunks are independent).
  const pieceOf = (offset: number): number => pieceAt(pieces, offset);
  const move = (s: Span, at: number): Span => ({ start: s.start - at, end: s.end - at });
  for (const s of facts.excluded) {
    const i = pieceOf(s.start);
    each[i].excluded.push(move(s, pieces[i].at));
  }
  for (const h of facts.headings) {
    const i = pieceOf(h.span.start);
    const at = pieces[i].at;
    each[i].headings.push({ depth: h.depth, span: move(h.span, at), contentStart: h.contentStart - at });
  }
  for (const s of facts.markupSpans) {
    const i = pieceOf(s.start);
    each[i].markupSpans.push(move(s, pieces[i].at));
  }
  for (const c of facts.comments) {
    const i = pieceOf(c.span.start);
    each[i].comments.push({ span: move(c.span, pieces[i].at), text: c.text });
  }
  for (const s of facts.linkLabels) {
    const i = pieceOf(s.start);
    each[i].linkLabels.push(move(s, pieces[i].at));
  }
  return each;
}

// 300 KB of unique text: 207 ms read whole, 95 ms chunk by chunk, 46 ms in groups of 2–16 K characters.
const GROUP_CHARS = 8000;

const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK_START = /^ {0,3}<(?:(script|pre|style|textarea)[\s>]|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i;
const HTML_BLOCK_END = ['', '</(script|pre|style|textarea)>', '-->', '\\?>', '>', '\\]\\]>'].map((e) => (e ? new RegExp(e, 'i') : null));

export function independentChunks(text: string): Span[] {
  const chunks: Span[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    // Blank as CommonMark means it: spaces and tabs only (a line of ideographic spaces is text).
    const blank = /^[ \t]*$/.test(line);
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.slice(m[0].length).trim() === '') fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      if (previousBlank && !blank && lineStart > chunkStart && /^[^\s]/.test(line)) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = lineStart;
      }
      const f = FENCE.exec(line);
      // A backtick fence's info string has no backtick: ```a` is inline code, not a fence.
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) fence = f[1];
      else {
        const h = HTML_BLOCK_START.exec(line);
        if (h) {
          const kind = h.slice(1).findIndex((g) => g !== undefined) + 1;
          const end = HTML_BLOCK_END[kind]!;
          if (!end.test(line.slice(h[0].length))) htmlEnd = end;
        }
      }
    }
    previousBlank = blank;
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function appendShifted(out: MarkdownFacts, facts: MarkdownFacts, by: number): void {
  const shift = (s: Span): Span => ({ start: s.start + by, end: s.end + by });
  for (const s of facts.excluded) out.excluded.push(shift(s));
  for (const h of facts.headings) out.headings.push({ depth: h.depth, span: shift(h.span), contentStart: h.contentStart + by });
  for (const e of facts.emphasis) out.emphasis.push({ strong: e.strong, open: shift(e.open), close: shift(e.close), content: shift(e.content) });
  for (const s of facts.markupSpans) out.markupSpans.push(shift(s));
  for (const c of facts.comments) out.comments.push({ span: shift(c.span), text: c.text });
  for (const s of facts.linkLabels) out.linkLabels.push(shift(s));
}

function run(text: string, options: ParseOptions): Event[] {
  return postprocess(parse(options).document().write(preprocess()(text, undefined, true)));
}

/** Both passes over the whole text (the reference the chunked reading is tested against). */
export function tokenize(text: string): MarkdownFacts {
  const facts = readEvents(text, run(blockText(text), BLOCK_OPTIONS));
  facts.emphasis = pairEmphasis(text, facts);
  return facts;
}

/**
 * The text the block pass reads: the same length, every offset in place, but `*` and `_`
 * that cannot be a bullet or a thematic break read as letters, and containers beyond
 * MAX_NESTING on one line as text.
 */
export function blockText(text: string): string {
  if (!/[*_]|[>+-][^\r\n]*[>+-]/.test(text)) return text;
  // Lines as micromark ends them (\r\n, \r or \n), with their endings kept at odd indices.
  const parts = text.split(/(\r\n|\r|\n)/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = blockLine(parts[i]);
  return parts.join('');
}

const THEMATIC_BREAK = /^([*_-])(?:[ \t]*\1){2,}[ \t]*$/;
const CONTAINER_PREFIX = /^(?:(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*)*/;

function blockLine(line: string): string {
  if (!/[*_]/.test(line) && !/[>+-].*[>+-]/.test(line)) return line;
  const indent = /^[ \t]*/.exec(line)![0];
  const body = line.slice(indent.length);
  if (THEMATIC_BREAK.test(body)) return line;
  // The container prefix: `>` and list markers with the spaces between them.
  const prefix = CONTAINER_PREFIX.exec(body)![0];
  let markers = 0;
  const head = prefix.replace(/>|[*+-]|\d{1,9}[.)]/g, (m) => (++markers > MAX_NESTING ? 'x'.repeat(m.length) : m));
  const rest = body.slice(prefix.length);
  // After the prefix, only a thematic break like `- ***` keeps its stars.
  return indent + head + (THEMATIC_BREAK.test(rest) ? rest : rest.replace(/[*_]/g, 'x'));
}

/** The facts of one block pass (emphasis comes from pairEmphasis). */
function readEvents(text: string, events: Event[]): MarkdownFacts {
  const facts: MarkdownFacts = { excluded: [], headings: [], emphasis: [], markupSpans: [], comments: [], linkLabels: [] };
  // Emphasis and headings are read from their first and last child tokens.
  const open: { token: Token; first: Token | null; last: Token | null; contentStart: number | null }[] = [];
  for (const [kind, token] of events) {
    const type = token.type;
    if (kind === 'enter') {
      if (EXCLUDED_TOKENS.has(type)) {
        const span = spanOf(token);
        facts.excluded.push(span);
        if ((type === 'htmlFlow' || type === 'htmlText') && text.startsWith('<!--', span.start)) {
          const body = text.slice(span.start + 4, span.end);
          const close = body.indexOf('-->');
          facts.comments.push({ span, text: (close >= 0 ? body.slice(0, close) : body).trim() });
        }
      } else if (type === 'atxHeading' || type === 'setextHeading') {
        open.push({ token, first: null, last: null, contentStart: null });
      } else if (type === 'atxHeadingSequence' || type === 'setextHeadingLineSequence') {
        const top = open[open.length - 1];
        if (top) {
          if (!top.first) top.first = token;
          top.last = token;
        }
      } else if (type === 'atxHeadingText' || type === 'setextHeadingText') {
        const top = open[open.length - 1];
        if (top && top.contentStart === null) top.contentStart = token.start.offset;
      } else if (type === 'label') {
        facts.linkLabels.push(spanOf(token));
      } else if (type === 'thematicBreak') {
        facts.markupSpans.push(spanOf(token));
      } else if (type === 'listItemMarker') {
        const c = text[token.start.offset];
        // Ordered-list numbers stay visible: `1.` is also a GB/T 9704 level-3 marker.
        if (c === '*' || c === '-' || c === '+') facts.markupSpans.push(spanOf(token));
      }
    } else if (open.length && open[open.length - 1].token === token) {
      const { first, last, contentStart } = open.pop()!;
      const span = spanOf(token);
      if (type === 'atxHeading') {
        const depth = first ? first.end.offset - first.start.offset : 1;
        facts.headings.push({ depth, span, contentStart: contentStart ?? span.end });
      } else {
        const depth = last && text[last.start.offset] === '=' ? 1 : 2;
        facts.headings.push({ depth, span, contentStart: contentStart ?? span.start });
      }
    }
  }
  facts.excluded.sort((a, b) => a.start - b.start);
  facts.excluded = mergeSpans(facts.excluded);
  facts.markupSpans.sort((a, b) => a.start - b.start);
  facts.linkLabels.sort((a, b) => a.start - b.start);
  return facts;
}

type Emphasis = MarkdownFacts['emphasis'][number];

/** A piece of a line handed to the emphasis pass, and where it sits in the combined input. */
interface Piece {
  from: number;
  to: number;
  at: number;
}

// Pieces are read together, a few thousand characters at a time (see GROUP_CHARS).
const EMPHASIS_GROUP_CHARS = 8000;
const SENTENCE_END = /[。！？；]/;
const isDelimiter = (c: string | undefined) => c === '*' || c === '_';

/**
 * Emphasis as CommonMark (with the CJK-friendly rules) pairs it, line by line: code, HTML,
 * link destinations, bullets and breaks are blanked out first, so a star inside them pairs
 * with nothing, as in a whole parse.
 */
function pairEmphasis(text: string, facts: MarkdownFacts): Emphasis[] {
  if (!/[*_]/.test(text)) return [];
  const blanks = mergeSpans([...facts.excluded, ...facts.markupSpans].sort((a, b) => a.start - b.start));
  let blankCursor = 0;
  const out: Emphasis[] = [];
  let pieces: Piece[] = [];
  let input = '';
  // Lines met before in the document take the pairs found the first time (relative to the line).
  const known = new Map<string, Emphasis[]>();
  let lines: { masked: string; from: number }[] = [];
  const flush = () => {
    if (!pieces.length) return;
    const first = out.length;
    readEmphasis(input, pieces, out);
    const found: Emphasis[][] = lines.map(() => []);
    for (let k = first; k < out.length; k++) {
      const e = out[k];
      // The line the pair is in: the last that starts at or before it.
      const line = partitionPoint(lines, (l) => l.from <= e.open.start) - 1;
      found[line].push(shiftEmphasis(e, -lines[line].from));
    }
    for (let i = 0; i < lines.length && known.size < MAX_KNOWN; i++) known.set(lines[i].masked, found[i]);
    pieces = [];
    lines = [];
    input = '';
  };
  const add = (from: number, to: number) => {
    while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
    let masked = '';
    let at = from;
    while (blankCursor < blanks.length && blanks[blankCursor].end <= from) blankCursor++;
    for (let i = blankCursor; i < blanks.length && blanks[i].start < to; i++) {
      const start = Math.max(blanks[i].start, from);
      const end = Math.min(blanks[i].end, to);
      masked += text.slice(at, start) + '%'.repeat(end - start);
      at = end;
    }
    masked += text.slice(at, to);
    // A fence the block pass found is blanked out already, so a line that starts like one is not
    // one (```a`: a backtick in the info string); read alone it would open a fence that takes the
    // lines after it. Its characters become `%`, punctuation as they were.
    if (masked.startsWith('```') || masked.startsWith('~~~')) masked = masked.replace(/^(?:`+|~+)/, (m) => '%'.repeat(m.length));
    if (emphasisReading.skipUnpairable ? !canPair(masked) : !/[*_]/.test(masked)) return;
    let pairs = known.get(masked);
    if (!pairs && emphasisReading.direct && canPairDirectly(masked)) {
      pairs = pairDirectly(masked);
      if (known.size < MAX_KNOWN) known.set(masked, pairs);
    }
    if (pairs) {
      for (const e of pairs) out.push(shiftEmphasis(e, from));
      return;
    }
    lines.push({ masked, from });
    input += shortened(masked, from, input.length, pieces) + '\n\n';
    if (input.length >= EMPHASIS_GROUP_CHARS) flush();
  };
  // The lines with a `*` or `_` (most lines have none: found without looking at them one by
  // one), as micromark ends lines: \r\n, \r or \n.
  const delimiter = /[*_]/g;
  for (let m = delimiter.exec(text); m; m = delimiter.exec(text)) {
    const starAt = m.index;
    // Back to the line's start (no further: lastIndexOf would look through the whole text for a \r
    // that a file with \n endings does not have).
    let lineStart = starAt;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    let lineEnd = starAt;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    cutLine(text, starAt, lineStart, lineEnd, add);
    delimiter.lastIndex = lineEnd;
  }
  flush();
  out.sort((a, b) => a.open.start - b.open.start);
  return out;
}

/**
 * Whether a line can hold emphasis at all: a pair takes two runs of the same character (`*` with
 * `*`, `_` with `_`), so a line with one run of each at most (`完成任务**项。`, a third of the
 * lines with stars in the benchmark's reports) needs no parse.
 */
function canPair(line: string): boolean {
  let stars = 0;
  let lows = 0;
  let previous = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== previous) {
      if (c === 42 && ++stars > 1) return true;
      if (c === 95 && ++lows > 1) return true;
    }
    previous = c;
  }
  return false;
}

function shiftEmphasis(e: Emphasis, by: number): Emphasis {
  return {
    strong: e.strong,
    open: { start: e.open.start + by, end: e.open.end + by },
    close: { start: e.close.start + by, end: e.close.end + by },
    content: { start: e.content.start + by, end: e.content.end + by },
  };
}

/**
 * Whether the emphasis pass reads long stretches of non-ASCII text shortened, and skips lines that
 * cannot hold a pair (tests compare with both off).
 */
export const emphasisReading = { shorten: true, skipUnpairable: true, direct: true };

/** Non-ASCII stretches at least this long are shortened; this many code units are kept at each end. */
const STRETCH = 32;
const KEEP = 6;
const LONG_STRETCH = new RegExp(`[^\\x00-\\x7f]{${STRETCH},}`, 'g');

/**
 * A piece of a line as the emphasis pass reads it, its pieces (where each part of it comes from)
 * pushed: long stretches of non-ASCII text lose their middle. Only ASCII characters are syntax
 * in a line (`*` `_` `[` `]` `!` `<` `` ` `` `\\`), and a run of `*` is judged by at most two code
 * points (four code units) on each side: the characters a stretch keeps at its ends. So the pairs
 * are the same, and the pass reads about a third of the text of a typical report's lines. A line
 * with a link label is read whole (a label may not exceed 999 characters).
 */
function shortened(masked: string, from: number, at: number, pieces: Piece[]): string {
  pieces.push({ from, to: from + masked.length, at });
  if (!emphasisReading.shorten || masked.length < STRETCH || masked.includes('[') || masked.includes(']')) return masked;
  let out = '';
  let copied = 0;
  LONG_STRETCH.lastIndex = 0;
  for (let m = LONG_STRETCH.exec(masked); m; m = LONG_STRETCH.exec(masked)) {
    const tail = m.index + m[0].length - KEEP;
    out += masked.slice(copied, m.index + KEEP);
    copied = tail;
    pieces.push({ from: from + tail, to: from + masked.length, at: at + out.length });
  }
  return copied === 0 ? masked : out + masked.slice(copied);
}

/**
 * Hands a line to `add` whole, or, past MAX_DELIMITER_RUNS runs of `*`/`_`, in pieces cut
 * between runs: after a sentence end when the gap has one, else in the middle of the gap.
 */
function cutLine(text: string, firstStar: number, lineStart: number, lineEnd: number, add: (from: number, to: number) => void): void {
  let pieceStart = lineStart;
  let runs = 0;
  let previousRunEnd = -1;
  for (let i = firstStar; i < lineEnd; i++) {
    if (!isDelimiter(text[i])) continue;
    let end = i + 1;
    while (end < lineEnd && text[end] === text[i]) end++;
    if (++runs > MAX_DELIMITER_RUNS && previousRunEnd >= 0) {
      let cut = -1;
      for (let p = i; p > previousRunEnd; p--) {
        if (SENTENCE_END.test(text[p - 1]) && !isDelimiter(text[p])) {
          cut = p;
          break;
        }
      }
      if (cut < 0) cut = i - previousRunEnd >= 2 ? (previousRunEnd + i + 1) >> 1 : i;
      add(pieceStart, cut);
      pieceStart = cut;
      runs = 1;
    }
    previousRunEnd = end;
    i = end - 1;
  }
  add(pieceStart, lineEnd);
}

/**
 * Characters that make a line more than text and emphasis to micromark (links and their labels,
 * escapes, HTML and autolinks, code), or that micromark's chunks and the CJK-friendly rules treat
 * specially (a tab is split into virtual spaces; a surrogate pair or a variation selector makes
 * the flanking depend on the characters around it): a line with one goes through micromark.
 */
const NOT_DIRECT = /[[\]\\<`\t\0\ud800-\udfff\ufe00-\ufe0f]/;
/**
 * Line starts that may open a block other than a paragraph (a heading, a quote, a list item, a
 * fence, a thematic break) in a line read alone (its leading spaces are already dropped).
 */
const NOT_DIRECT_START = /^(?:[#>+~=-]|[*_][*_ ]*$|\*(?: |$)|\d{1,9}[.)](?: |$))/;

/** Whether pairDirectly reads `line` (a line of the emphasis pass, masked) as micromark would. */
function canPairDirectly(line: string): boolean {
  return !NOT_DIRECT.test(line) && !NOT_DIRECT_START.test(line);
}

interface DelimiterRun {
  marker: number;
  start: number;
  end: number;
  open: boolean;
  close: boolean;
  /** False once inside a pair (CommonMark drops the delimiters between an opener and its closer). */
  live: boolean;
}

/**
 * Emphasis in a line of plain text and `*`/`_` runs (see canPairDirectly), paired as micromark
 * with micromark-extension-cjk-friendly pairs it: each run's flanking from the characters on
 * either side (the extension's own classifier and rules, `tokenizeAttention`), then
 * `resolveAllAttention`'s pairing — each closer, left to right, with the nearest opener of the
 * same character before it, the rule of three, two characters used when both runs have two, the
 * runs between the pair dropped. The emphasis pass spent most of its time setting up micromark's
 * tokenizer and events for lines like `完成任务**项，增长***%。`; this reads them without it.
 */
function pairDirectly(line: string): Emphasis[] {
  const runs: DelimiterRun[] = [];
  for (let i = 0; i < line.length; i++) {
    const marker = line.charCodeAt(i);
    if (marker !== 42 && marker !== 95) continue;
    let end = i + 1;
    while (end < line.length && line.charCodeAt(end) === marker) end++;
    const previous = i > 0 ? line.charCodeAt(i - 1) : null;
    const next = end < line.length ? line.charCodeAt(end) : null;
    const before = classifyCharacter(previous);
    const after = classifyCharacter(next);
    // As tokenizeAttention decides `_open` and `_close` (a run is never next to another run of
    // its own character, and no other attention markers are in use).
    const beforeNonCjkPunctuation = isNonCjkPunctuation(before);
    const beforeSpaceOrNonCjkPunctuation = beforeNonCjkPunctuation || isUnicodeWhitespace(before) || previous === 42 || previous === 95;
    const afterNonCjkPunctuation = isNonCjkPunctuation(after);
    const afterSpaceOrNonCjkPunctuation = afterNonCjkPunctuation || isUnicodeWhitespace(after) || next === 42 || next === 95;
    const open = !afterSpaceOrNonCjkPunctuation || (afterNonCjkPunctuation && (beforeSpaceOrNonCjkPunctuation || isCjkOrIvs(before)));
    const close = !beforeSpaceOrNonCjkPunctuation || (beforeNonCjkPunctuation && (afterSpaceOrNonCjkPunctuation || isCjk(after)));
    runs.push({
      marker,
      start: i,
      end,
      open: marker === 42 ? open : open && (isSpaceOrPunctuation(before) || !close),
      close: marker === 42 ? close : close && (isSpaceOrPunctuation(after) || !open),
      live: true,
    });
    i = end - 1;
  }
  const out: Emphasis[] = [];
  resolveRuns(runs, 0, runs.length, out);
  return out;
}

/**
 * Pairs the live runs of runs[from, to), as `resolveAllAttention` does its events, and leaves
 * them all dead. When a pair is made, the runs between its two halves are resolved again on
 * their own before they are dropped (micromark hands the events inside a new pair to the
 * attention resolver again): runs shortened by pairs made later in the first round (a `____`
 * that lent two characters to a pair after it) can pair then.
 */
function resolveRuns(runs: DelimiterRun[], from: number, to: number, out: Emphasis[]): void {
  for (let c = from; c < to; c++) {
    const closer = runs[c];
    if (!closer.live || !closer.close) continue;
    for (let o = c - 1; o >= from && closer.start < closer.end; o--) {
      const opener = runs[o];
      if (!opener.live || !opener.open || opener.marker !== closer.marker || opener.start === opener.end) continue;
      const openerLength = opener.end - opener.start;
      const closerLength = closer.end - closer.start;
      if ((opener.close || closer.open) && closerLength % 3 && !((openerLength + closerLength) % 3)) continue;
      const use = openerLength > 1 && closerLength > 1 ? 2 : 1;
      opener.end -= use;
      closer.start += use;
      const openSpan = { start: opener.end, end: opener.end + use };
      const closeSpan = { start: closer.start - use, end: closer.start };
      resolveRuns(runs, o + 1, c, out);
      // micromark pushes a pair when its exit event is read, after the pairs inside it.
      out.push({ strong: use > 1, open: openSpan, close: closeSpan, content: { start: openSpan.end, end: closeSpan.start } });
      // The closer's rest looks for an opener again, from the nearest.
      o = c;
    }
  }
  for (let k = from; k < to; k++) runs[k].live = false;
}

/** Runs the emphasis pass over the combined pieces and maps what it pairs back to the text. */
function readEmphasis(input: string, pieces: Piece[], out: Emphasis[]): void {
  const events = run(input, EMPHASIS_OPTIONS);
  const back = (offset: number): number => {
    const piece = pieces[pieceAt(pieces, offset)];
    return piece.from + offset - piece.at;
  };
  const open: { token: Token; first: Token | null; last: Token | null }[] = [];
  for (const [kind, token] of events) {
    const type = token.type;
    if (kind === 'enter') {
      if (type === 'emphasis' || type === 'strong') open.push({ token, first: null, last: null });
      else if (type === 'emphasisSequence' || type === 'strongSequence') {
        const top = open[open.length - 1];
        if (top) {
          if (!top.first) top.first = token;
          top.last = token;
        }
      }
    } else if (open.length && open[open.length - 1].token === token) {
      const { first, last } = open.pop()!;
      if (first && last && first !== last) {
        const openSpan = { start: back(first.start.offset), end: back(first.end.offset) };
        const closeSpan = { start: back(last.start.offset), end: back(last.end.offset) };
        out.push({ strong: type === 'strong', open: openSpan, close: closeSpan, content: { start: openSpan.end, end: closeSpan.start } });
      }
    }
  }
}

export function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** A sorted, disjoint span list with a moving cursor for ordered queries. */
export class SpanSet {
  constructor(readonly spans: Span[]) {}

  /** First span that ends after `offset`, by binary search. */
  private firstEndingAfter(offset: number): number {
    return partitionPoint(this.spans, (s) => s.end <= offset);
  }

  contains(offset: number): boolean {
    const i = this.firstEndingAfter(offset);
    return i < this.spans.length && this.spans[i].start <= offset;
  }

  overlaps(span: Span): boolean {
    const i = this.firstEndingAfter(span.start);
    return i < this.spans.length && this.spans[i].start < span.end;
  }

  get isEmpty(): boolean {
    return this.spans.length === 0;
  }
}
