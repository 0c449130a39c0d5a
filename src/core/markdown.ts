import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import type { Span } from './types';

/**
 * What the Markdown syntax tree is trusted for: code, HTML, link targets,
 * `#` headings, list bullets and thematic breaks. CJK prose itself is read
 * line by line elsewhere, because remark merges lines into paragraphs and
 * takes `党委会**次，…***项` for strong emphasis.
 */
export interface MarkdownFacts {
  /** Text that is not prose: code, HTML, link destinations, definitions. Sorted, disjoint. */
  excluded: Span[];
  headings: { depth: number; span: Span; contentStart: number }[];
  /** `*`/`_` emphasis as remark pairs it, for judging whether a `*` run is markup. */
  emphasis: { strong: boolean; open: Span; close: Span; content: Span }[];
  /** Offsets of list bullets and thematic-break lines: markup, not masks. */
  markupSpans: Span[];
  /** `<!-- … -->` comments with their text, for disable directives. */
  comments: { span: Span; text: string }[];
}

const parser = unified().use(remarkParse);

export function readMarkdown(text: string): MarkdownFacts {
  const tree = parser.parse(text) as Root;
  const facts: MarkdownFacts = { excluded: [], headings: [], emphasis: [], markupSpans: [], comments: [] };
  walk(tree, text, facts);
  facts.excluded.sort((a, b) => a.start - b.start);
  facts.excluded = mergeSpans(facts.excluded);
  facts.markupSpans.sort((a, b) => a.start - b.start);
  return facts;
}

function spanOf(node: Nodes): Span | null {
  const p = node.position;
  if (!p || p.start.offset === undefined || p.end.offset === undefined) return null;
  return { start: p.start.offset, end: p.end.offset };
}

function walk(node: Nodes, text: string, facts: MarkdownFacts): void {
  const span = spanOf(node);
  switch (node.type) {
    case 'code':
    case 'inlineCode':
    case 'definition':
    case 'image':
    case 'imageReference':
      if (span) facts.excluded.push(span);
      return;
    case 'html':
      if (span) {
        facts.excluded.push(span);
        const m = /^<!--([\s\S]*?)-->/.exec(node.value);
        if (m) facts.comments.push({ span, text: m[1].trim() });
      }
      return;
    case 'link': {
      if (!span) break;
      const children = node.children;
      const first = children.length ? spanOf(children[0]) : null;
      const last = children.length ? spanOf(children[children.length - 1]) : null;
      if (first && last && text[span.start] === '[') {
        // Keep the link text as prose; only the destination is excluded.
        facts.excluded.push({ start: last.end, end: span.end });
      } else {
        facts.excluded.push(span); // an autolink: the text is the URL
        return;
      }
      break;
    }
    case 'heading':
      if (span) {
        const raw = text.slice(span.start, span.end);
        const hashes = /^ {0,3}(#{1,6})[ \t]*/.exec(raw);
        facts.headings.push({
          depth: node.depth,
          span,
          contentStart: hashes ? span.start + hashes[0].length : span.start,
        });
      }
      break;
    case 'thematicBreak':
      if (span) facts.markupSpans.push(span);
      return;
    case 'listItem':
      if (span) {
        // Ordered-list numbers stay visible: `1.` is also a GB/T 9704 level-3 marker.
        if (/^[*+-]/.test(text[span.start])) facts.markupSpans.push({ start: span.start, end: span.start + 1 });
      }
      break;
    case 'strong':
    case 'emphasis':
      if (span) {
        const k = node.type === 'strong' ? 2 : 1;
        const ch = text[span.start];
        if (ch === '*' || ch === '_') {
          const open = { start: span.start, end: span.start + k };
          const close = { start: span.end - k, end: span.end };
          facts.emphasis.push({ strong: k === 2, open, close, content: { start: open.end, end: close.start } });
        }
      }
      break;
  }
  if ('children' in node) {
    for (const child of node.children as Nodes[]) walk(child, text, facts);
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
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
