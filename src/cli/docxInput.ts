/**
 * Word files on the command line: `report-check draft.docx` reads the text the
 * reader sees (src/docx-read) and checks it as plain text, one paragraph per
 * line; findings are located by paragraph (`段 12, 第 5 字`), since a .docx has
 * no lines. .doc, .wps, encrypted and damaged files get a one-line message.
 */
import { mergeEdits, type Finding, type Locale, type OutlineNode, type ReportModel, type TextEdit } from '../core';
import { docxStructure, paragraphAt, readDocx, type DocxParagraph } from '../docx-read';

/** Files read as Word documents (and the binary ones we explain instead of skipping). */
export const WORD_INPUT = /\.(docx|docm|dotx|dotm|doc|wps)$/i;
/** Extensions a folder or glob brings in besides the text ones. */
export const WORD_GLOB_EXTENSIONS = ['docx', 'docm'];

export interface WordInput {
  text: string;
  paragraphs: DocxParagraph[];
  /** Heading styles and the table and text-box lines, for the engine (see docxStructure). */
  headingHints: Map<number, number>;
  notStructure: Set<number>;
}

export function isWordInput(file: string): boolean {
  return WORD_INPUT.test(file);
}

/** Word's lock files (`~$draft.docx`) are not documents. */
export function isWordLockFile(file: string): boolean {
  return /(^|[\\/])~\$[^\\/]*$/.test(file);
}

/** The text of a Word file, or the one-line message that says what it is and what to do. */
export function readWordInput(bytes: Uint8Array, file: string, locale: Locale): { ok: true; input: WordInput } | { ok: false; message: string } {
  const read = readDocx(bytes, file);
  if (!read.ok) return { ok: false, message: read.message[locale] };
  return { ok: true, input: { text: read.text, paragraphs: read.paragraphs, ...docxStructure(read) } };
}

/** 1-based paragraph and character of an offset of the text read from Word. */
export function paragraphPosition(input: WordInput, offset: number): { paragraph: number; column: number } {
  const p = paragraphAt(input.paragraphs, offset);
  if (!p) return { paragraph: 1, column: 1 };
  return { paragraph: p.index + 1, column: Math.max(0, Math.min(offset, p.offset + p.length) - p.offset) + 1 };
}

/** `段 12, 第 5 字` / `paragraph 12, character 5`. */
export function formatParagraphPosition(input: WordInput, offset: number, locale: Locale): string {
  const { paragraph, column } = paragraphPosition(input, offset);
  return locale === 'zh-CN' ? `段 ${paragraph}, 第 ${column} 字` : `paragraph ${paragraph}, character ${column}`;
}

interface JsonLocated {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  paragraph?: number;
  fix?: { range: { line: number; column: number; endLine: number; endColumn: number }; text: string };
  suggestions?: { message: string; range: { line: number; column: number; endLine: number; endColumn: number }; text: string }[];
}

function range(input: WordInput, start: number, end: number) {
  const a = paragraphPosition(input, start);
  const b = paragraphPosition(input, end);
  return { line: a.paragraph, column: a.column, endLine: b.paragraph, endColumn: b.column };
}

function edited(input: WordInput, model: ReportModel, edits: readonly TextEdit[]) {
  const merged = mergeEdits(model.text, edits);
  return { range: range(input, merged.span.start, merged.span.end), text: merged.newText };
}

/**
 * A JSON finding of a Word file, located by paragraph: `paragraph` and `column`,
 * with `line` equal to the paragraph number so tools that read `line` keep working.
 */
export function relocateJson<T extends JsonLocated>(json: T, finding: Finding, model: ReportModel, input: WordInput): T & { paragraph: number } {
  const r = range(input, finding.span.start, finding.span.end);
  const out = { ...json, paragraph: r.line, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
  if (finding.fix?.length && json.fix) out.fix = edited(input, model, finding.fix);
  if (finding.suggestions?.length && json.suggestions) {
    out.suggestions = finding.suggestions.map((s, i) => ({ message: json.suggestions![i].message, ...edited(input, model, s.edits) }));
  }
  return out;
}

/** The outline with each node's `line` replaced by its paragraph's index, for `--outline` of a Word file. */
export function outlineByParagraph(nodes: readonly OutlineNode[], input: WordInput): OutlineNode[] {
  return nodes.map((n) => ({
    ...n,
    line: (paragraphAt(input.paragraphs, n.span.start)?.index ?? n.line),
    children: outlineByParagraph(n.children, input),
  })) as OutlineNode[];
}
