/**
 * Public types of the report engine. The engine is pure: it sees text and
 * options, never a file system or an editor, so the CLI, the desktop and web
 * extensions and the tests all share it.
 */

export type ReportFormat = 'plaintext' | 'markdown';
export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh-CN' | 'en';

/** Offsets into the analysed text, in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** 0-based line and UTF-16 character, as VS Code counts. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, before any line terminator. */
  end: number;
  text: string;
}

export type NumeralKind = 'chinese' | 'arabic';

/**
 * Heading levels of GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）.
 * Level 0 is a part divider such as 第一部分 that sits above them.
 */
export type SectionLevel = 0 | 1 | 2 | 3 | 4;

export interface OutlineStats {
  /** CJK ideographs. */
  chineseChars: number;
  /** Every character except whitespace. */
  chars: number;
}

interface OutlineNodeBase {
  /** The whole marker as written, e.g. `一、`, `（一）`, `1．`, `一是`, `##`. */
  marker: string;
  title: string;
  /** 0-based line of the node. */
  line: number;
  /** The marker and the title. */
  span: Span;
  markerSpan: Span;
  titleSpan: Span;
  /** From the node to the end of what it governs (for folding and counts). */
  sectionSpan: Span;
  stats: OutlineStats;
  children: OutlineNode[];
}

/** A numbered heading (一、（一）1.（1）or 第一部分). */
export interface SectionNode extends OutlineNodeBase {
  kind: 'section';
  level: SectionLevel;
  numeral: NumeralKind;
  ordinal: number;
  /** Span of the numeral inside the marker, e.g. `二` in `（二）`. */
  numeralSpan: Span;
  /** Punctuation following the ordinal that GB/T 15834 does not allow, if any. */
  badPunctuation: { text: string; span: Span; expected: string } | null;
  /** The heading is the first sentence of a paragraph that goes on. */
  runIn: boolean;
  /** A Markdown `#` heading carries this numbered title. */
  markdownDepth: number | null;
}

/** A Markdown `#` heading without a Chinese ordinal. */
export interface MarkdownHeadingNode extends OutlineNodeBase {
  kind: 'markdown';
  /** 1–6, the number of `#`. */
  level: number;
}

export type EnumerationFamily = 'shi' | 'di' | 'sequence';

/** An enumerated point: 一是…, 第一，…, 首先，… */
export interface PointNode extends OutlineNodeBase {
  kind: 'point';
  family: EnumerationFamily;
  ordinal: number;
  /** `最后` closes a 首先/其次 run whatever its position. */
  isLast: boolean;
  /** Index of the enumeration run the point belongs to. */
  run: number;
  /** The point sits at the start of its paragraph. */
  atParagraphStart: boolean;
}

export type OutlineNode = SectionNode | MarkdownHeadingNode | PointNode;

export type PlaceholderKind =
  | 'mask'
  | 'letter-x'
  | 'mou'
  | 'box'
  | 'underline'
  | 'template-field'
  | 'bracket-blank'
  | 'instruction'
  | 'custom';

/** What a `*` or `X` mask stands for, judged from its neighbours. */
export type MaskedContent = 'number' | 'name' | 'date' | 'unknown';

export interface Placeholder {
  kind: PlaceholderKind;
  span: Span;
  text: string;
  masks: MaskedContent;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  /**
   * Edits that fix exactly this finding, when one certain fix is known: applied by quick fix,
   * fix-all, fix on save and `report-check --fix`.
   */
  fix?: TextEdit[];
  /** Alternatives the user chooses between (never applied automatically). */
  suggestions?: Suggestion[];
}

/** One candidate correction offered to the user, e.g. “replace the space with 、”. */
export interface Suggestion {
  /** What the suggestion does, in the finding's language. */
  message: string;
  edits: TextEdit[];
}
