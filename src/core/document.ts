import { LineIndex } from './lines';
import { deliberateEmphasisStars, findPlaceholders } from './placeholders';
import { readMarkdown, SpanSet, type MarkdownCache, type MarkdownFacts } from './markdown';
import { parseStructure, type EnumerationIssue } from './structure';
import type { NumberingPlan } from './numbering-plan';
import { TextStats } from './stats';
import type { OutlineNode, OutlineStats, Placeholder, PointNode, ReportFormat, SectionNode } from './types';
import { readDirectives, type Directives } from './directives';

export interface ParseOptions {
  format: ReportFormat;
  /** Extra placeholder patterns (regular-expression sources), from configuration. */
  placeholderPatterns?: readonly string[];
  /** Keeps Markdown chunks between versions of one document, so an edit re-tokenizes only what changed. */
  markdownCache?: MarkdownCache;
  /** Plain text read from a document with heading styles (a .docx): line → heading depth 1–9. */
  headingHints?: ReadonlyMap<number, number>;
  /** Lines that are never headings or enumeration points (a .docx's table cells and text boxes), still checked as prose. */
  notStructure?: ReadonlySet<number>;
}

/**
 * Everything the engine knows about one version of a report. Built once per
 * change and shared by diagnostics, outline, folding and status.
 */
export interface ReportModel {
  readonly text: string;
  readonly format: ReportFormat;
  readonly lineIndex: LineIndex;
  readonly markdown: MarkdownFacts | null;
  /** Code, HTML and link destinations: not prose. */
  readonly excluded: SpanSet;
  readonly outline: OutlineNode[];
  /** All outline nodes in document order. */
  readonly nodes: OutlineNode[];
  readonly sections: SectionNode[];
  readonly points: PointNode[];
  readonly enumerationIssues: EnumerationIssue[];
  readonly groupBreaks: Set<number>;
  /** The numbering scheme the document means and the root causes found against it. */
  readonly numbering: NumberingPlan;
  readonly placeholders: Placeholder[];
  readonly stats: OutlineStats;
  readonly directives: Directives;
  readonly textStats: TextStats;
}

export function parseReport(text: string, options: ParseOptions): ReportModel {
  const lineIndex = new LineIndex(text);
  const markdown = options.format === 'markdown' ? readMarkdown(text, options.markdownCache) : null;
  const excluded = new SpanSet(markdown ? markdown.excluded : []);
  const markupStars = markdown ? deliberateEmphasisStars(text, markdown) : new Set<number>();
  const textStats = new TextStats(text);
  const placeholders = findPlaceholders({
    text,
    index: lineIndex,
    markdown,
    excluded,
    markupStars,
    customPatterns: compilePatterns(options.placeholderPatterns ?? []),
  });
  const structure = parseStructure({
    text,
    index: lineIndex,
    markdown,
    excluded,
    isMarkupStar: (offset) => markupStars.has(offset),
    stats: textStats,
    headingHints: options.headingHints,
    notStructure: options.notStructure,
  });
  const sections = structure.nodes.filter((n): n is SectionNode => n.kind === 'section');
  const points = structure.nodes.filter((n): n is PointNode => n.kind === 'point');
  return {
    text,
    format: options.format,
    lineIndex,
    markdown,
    excluded,
    outline: structure.roots,
    nodes: structure.nodes,
    sections,
    points,
    enumerationIssues: structure.enumerationIssues,
    groupBreaks: structure.groupBreaks,
    numbering: structure.numbering,
    placeholders,
    stats: textStats.count({ start: 0, end: text.length }),
    directives: readDirectives(markdown, lineIndex),
    textStats,
  };
}

const compiled = new Map<string, RegExp>();

/** Compiles configured patterns once; throws a readable error for a bad one. */
export function compilePatterns(sources: readonly string[]): RegExp[] {
  return sources.map((source) => {
    let re = compiled.get(source);
    if (!re) {
      try {
        re = new RegExp(source, 'gu');
      } catch (e) {
        throw new Error(`invalid placeholder pattern /${source}/: ${(e as Error).message}`);
      }
      compiled.set(source, re);
    }
    return re;
  });
}
