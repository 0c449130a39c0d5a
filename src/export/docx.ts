/**
 * The report as a Word document in the GB/T 9704 layout: a pure function from
 * the engine's model to the bytes of a .docx. No `vscode`, no Node APIs
 * (`Packer.toArrayBuffer` works in Node, in the browser and in a web worker).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HighlightColor,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { ReportModel } from '../core/document';
import { BODY_CHAR_TWIPS, LINE_PITCH_TWIPS, mm, TEXT_WIDTH_MM } from './constants';
import { layoutReport, type Block, type Inline, type LayoutOptions, type ReportLayout } from './layout';
import { buildStyles, finishPackage, fontNames, fontTableXml, pageNumberFooters, runFont, sectionProperties, type FontNames } from './styles';

export interface DocxOptions extends Pick<LayoutOptions, 'title'> {
  /** Font names to write instead of the GB/T 9704 defaults (e.g. `{ title: '宋体' }`). */
  fonts?: Partial<FontNames>;
  /** Unfilled placeholders get a yellow highlight (default true). */
  highlightPlaceholders?: boolean;
  /** The document's author property. */
  creator?: string;
}

const HAS_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Characters XML 1.0 forbids (controls, U+FFFE, U+FFFF, lone surrogates): Word refuses a file with one. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as it may stand in the package's XML: each forbidden character becomes U+FFFD, so the
 * file opens and the place of the character stays visible.
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}

/** The report as .docx bytes. */
export async function exportDocx(model: ReportModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const layout = layoutReport(model, { title: options.title });
  return packDocx(layout, options);
}

export async function packDocx(layout: ReportLayout, options: DocxOptions = {}): Promise<Uint8Array> {
  const fonts = fontNames(options.fonts);
  const doc = buildDocument(layout, options, fonts);
  const buffer = await Packer.toArrayBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml(fonts) }]);
  return finishPackage(new Uint8Array(buffer));
}

export function buildDocument(layout: ReportLayout, options: DocxOptions = {}, fonts = fontNames(options.fonts)): Document {
  const highlight = options.highlightPlaceholders ?? true;
  const children: (Paragraph | Table)[] = [];
  for (const block of layout.blocks) {
    if (block.kind === 'table') children.push(table(block, fonts, highlight));
    else children.push(paragraph(block, fonts, highlight));
  }
  if (children.length === 0) children.push(new Paragraph({}));
  return new Document({
    title: xmlSafe(layout.title) || undefined,
    creator: xmlSafe(options.creator ?? '汇报稿助手 Report Drafter'),
    styles: buildStyles(fonts, layout.hasParts),
    evenAndOddHeaderAndFooters: true,
    sections: [{ properties: sectionProperties(), footers: pageNumberFooters(fonts), children }],
  });
}

const STYLE: Record<Exclude<Block['kind'], 'heading'>, string> = {
  table: 'TableText',
  title: 'Title',
  subtitle: 'Subtitle',
  salutation: 'Salutation',
  paragraph: 'Normal',
  quote: 'Quote',
  'list-item': 'ListParagraph',
  code: 'CodeBlock',
  signature: 'Signature',
  date: 'Date',
};

function paragraph(block: Block, fonts: FontNames, highlight: boolean): Paragraph {
  const options: { -readonly [K in keyof IParagraphOptions]: IParagraphOptions[K] } = {
    style: block.kind === 'heading' ? `Heading${block.wordLevel}` : STYLE[block.kind],
    children: runs(block, fonts, highlight),
  };
  if (block.rightIndentChars !== undefined) {
    options.indent = { right: Math.round(block.rightIndentChars * BODY_CHAR_TWIPS), firstLine: 0, firstLineChars: 0 };
  }
  if (block.spaceBeforeLines || block.spaceAfterLines) {
    options.spacing = {
      line: LINE_PITCH_TWIPS,
      lineRule: 'exact',
      before: (block.spaceBeforeLines ?? 0) * LINE_PITCH_TWIPS,
      after: (block.spaceAfterLines ?? 0) * LINE_PITCH_TWIPS,
    };
  }
  // A run-in heading is a whole paragraph: keeping it with the next one would push pages of text ahead.
  if (block.kind === 'heading' && block.runIn) options.keepNext = false;
  if (block.kind === 'list-item') {
    if (block.ordered) options.indent = { left: (2 + 2 * (block.depth ?? 0)) * BODY_CHAR_TWIPS, firstLine: 0, firstLineChars: 0 };
    else options.bullet = { level: Math.min(block.depth ?? 0, 8) };
  }
  return new Paragraph(options);
}

function runs(block: Block, fonts: FontNames, highlight: boolean): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const heading = block.kind === 'heading';
  let lineBreak = false;
  for (const inline of block.inlines) {
    if (block.kind === 'code' && inline.text === '\n') {
      lineBreak = out.length > 0;
      continue;
    }
    out.push(run(inline, fonts, highlight, { restOfRunIn: heading && !inline.heading, lineBreak }));
    lineBreak = false;
  }
  return out;
}

function run(inline: Inline, fonts: FontNames, highlight: boolean, how: { restOfRunIn?: boolean; lineBreak?: boolean; bold?: boolean }): TextRun {
  let font: ReturnType<typeof runFont> | undefined;
  // The rest of a run-in heading's paragraph is body text (§7.3.3: only the heading sentence is 楷体).
  if (how.restOfRunIn) font = runFont(fonts, fonts.body);
  let italics: boolean | undefined;
  if (inline.italic) {
    // Chinese has no italics: emphasised Chinese is set in 楷体, Latin text slanted.
    if (HAS_CJK.test(inline.text)) font = runFont(fonts, fonts.heading2);
    else italics = true;
  }
  if (inline.code) font = runFont(fonts, fonts.body, fonts.code);
  return new TextRun({
    text: xmlSafe(inline.text),
    break: how.lineBreak ? 1 : undefined,
    bold: inline.bold || how.bold || undefined,
    italics,
    font,
    highlight: highlight && inline.placeholder ? HighlightColor.YELLOW : undefined,
  });
}

function table(block: Block, fonts: FontNames, highlight: boolean): Table {
  const rows = block.rows ?? [];
  let columns = 1;
  for (const r of rows) columns = Math.max(columns, r.length);
  const width = mm(TEXT_WIDTH_MM);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(width / columns)),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: Array.from({ length: columns }, (_, c) => {
            const inlines = cells[c] ?? [];
            return new TableCell({
              width: { size: Math.floor(width / columns), type: WidthType.DXA },
              children: [
                new Paragraph({
                  style: 'TableText',
                  alignment: r === 0 ? AlignmentType.CENTER : undefined,
                  children: inlines.map((i) => run(i, fonts, highlight, { bold: r === 0 })),
                }),
              ],
            });
          }),
        }),
    ),
  });
}
