/**
 * The GB/T 9704 page, styles and footers as `docx` options. Every number comes
 * from constants.ts; this file only says which style gets which.
 */
import {
  AlignmentType,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
  type ISectionPropertiesOptions,
  type IStylesOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  BODY_CHAR_TWIPS,
  BODY_SIZE_PT,
  FIRST_LINE_INDENT_CHARS,
  FONTS,
  FOOTER_DISTANCE_MM,
  CHAR_SPACING_TWIPS,
  GRID_CHAR_SPACE,
  halfPoints,
  LINE_PITCH_TWIPS,
  MARGIN_BOTTOM_MM,
  MARGIN_LEFT_MM,
  MARGIN_RIGHT_MM,
  MARGIN_TOP_MM,
  mm,
  PAGE_HEIGHT_MM,
  PAGE_NUMBER_DASH,
  PAGE_NUMBER_INDENT_TWIPS,
  PAGE_NUMBER_SIZE_PT,
  PAGE_WIDTH_MM,
  TABLE_SIZE_PT,
  TITLE_SIZE_PT,
  type FontRole,
} from './constants';

export type FontNames = Record<FontRole, string>;

export function fontNames(overrides: Partial<FontNames> = {}): FontNames {
  const names = {} as FontNames;
  for (const role of Object.keys(FONTS) as FontRole[]) names[role] = overrides[role] || FONTS[role].name;
  return names;
}

/** East Asian text in `cjk`, Latin letters and digits in Times New Roman. */
export function runFont(fonts: FontNames, cjk: string, latin = fonts.latin) {
  return { ascii: latin, hAnsi: latin, eastAsia: cjk, cs: latin };
}

const exactLine = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const firstLineIndent = { firstLine: FIRST_LINE_INDENT_CHARS * BODY_CHAR_TWIPS, firstLineChars: FIRST_LINE_INDENT_CHARS * 100 };
const noIndent = { firstLine: 0, firstLineChars: 0, left: 0 };

/** The font of each GB/T 9704 heading level (§7.3.3). */
function headingFont(fonts: FontNames, level: number): string {
  if (level <= 1) return fonts.heading1;
  if (level === 2) return fonts.heading2;
  return fonts.body;
}

export function buildStyles(fonts: FontNames, hasParts: boolean): IStylesOptions {
  const body = halfPoints(BODY_SIZE_PT);
  const headings: IParagraphStyleOptions[] = [];
  // Heading n is GB/T level n, or level n − 1 when 第一部分 dividers take Heading 1.
  for (let word = 1; word <= 5; word++) {
    const level = hasParts ? word - 1 : word;
    if (level > 4) break;
    headings.push({
      id: `Heading${word}`,
      name: `heading ${word}`,
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: runFont(fonts, headingFont(fonts, level)), size: body, bold: false, color: 'auto' },
      paragraph: {
        outlineLevel: word - 1,
        keepNext: true,
        spacing: exactLine,
        ...(level === 0 ? { alignment: AlignmentType.CENTER, indent: noIndent } : { indent: firstLineIndent }),
      },
    });
  }
  return {
    default: {
      document: {
        run: { font: runFont(fonts, fonts.body), size: body, characterSpacing: CHAR_SPACING_TWIPS },
        paragraph: { spacing: exactLine },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: runFont(fonts, fonts.body), size: body },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: exactLine, indent: firstLineIndent },
      },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: runFont(fonts, fonts.title), size: halfPoints(TITLE_SIZE_PT), bold: false, color: 'auto' },
        paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, outlineLevel: 0, keepNext: true },
      },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: runFont(fonts, fonts.heading2), size: body, italics: false, color: 'auto' },
        paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
      },
      ...headings,
      {
        id: 'Salutation',
        name: 'Salutation',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { indent: noIndent, alignment: AlignmentType.LEFT, keepNext: true },
      },
      {
        id: 'Signature',
        name: 'Signature',
        basedOn: 'Normal',
        // The signature never stands on a page without its date (every signature line keeps with the next).
        paragraph: { indent: noIndent, alignment: AlignmentType.RIGHT, keepNext: true, keepLines: true },
      },
      {
        id: 'Date',
        name: 'Date',
        basedOn: 'Normal',
        paragraph: { indent: noIndent, alignment: AlignmentType.RIGHT },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: runFont(fonts, fonts.heading2), italics: false },
        paragraph: { indent: { ...firstLineIndent, left: FIRST_LINE_INDENT_CHARS * BODY_CHAR_TWIPS } },
      },
      {
        id: 'ListParagraph',
        name: 'List Paragraph',
        basedOn: 'Normal',
        paragraph: { indent: { firstLine: 0, firstLineChars: 0, left: FIRST_LINE_INDENT_CHARS * BODY_CHAR_TWIPS } },
      },
      {
        id: 'CodeBlock',
        name: 'Code Block',
        basedOn: 'Normal',
        run: { font: runFont(fonts, fonts.body, fonts.code), size: halfPoints(12) },
        paragraph: { indent: noIndent, alignment: AlignmentType.LEFT },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: halfPoints(TABLE_SIZE_PT) },
        paragraph: { indent: noIndent, alignment: AlignmentType.LEFT, spacing: { line: 400, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
    ],
  };
}

/** §5.2: A4, the margins of the 版心, and the 28 × 22 grid of lines and characters. */
export function sectionProperties(): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: mm(PAGE_WIDTH_MM), height: mm(PAGE_HEIGHT_MM) },
      margin: {
        top: mm(MARGIN_TOP_MM),
        bottom: mm(MARGIN_BOTTOM_MM),
        left: mm(MARGIN_LEFT_MM),
        right: mm(MARGIN_RIGHT_MM),
        header: mm(15),
        footer: mm(FOOTER_DISTANCE_MM),
        gutter: 0,
      },
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH_TWIPS, charSpace: GRID_CHAR_SPACE },
  };
}

/** §7.5: `— 1 —` in 4号宋体, odd pages right and even pages left, one character in. */
export function pageNumberFooters(fonts: FontNames): { default: Footer; even: Footer } {
  const make = (odd: boolean) =>
    new Footer({
      children: [
        new Paragraph({
          alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: odd ? { right: PAGE_NUMBER_INDENT_TWIPS, firstLine: 0, firstLineChars: 0 } : { left: PAGE_NUMBER_INDENT_TWIPS, firstLine: 0, firstLineChars: 0 },
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [
            new TextRun({
              font: runFont(fonts, fonts.pageNumber, fonts.pageNumber),
              size: halfPoints(PAGE_NUMBER_SIZE_PT),
              children: [`${PAGE_NUMBER_DASH} `, PageNumber.CURRENT, ` ${PAGE_NUMBER_DASH}`],
            }),
          ],
        }),
      ],
    });
  return { default: make(true), even: make(false) };
}

/** The font table, with each font's fallbacks as `w:altName` and the GB2312 charset. */
export function fontTableXml(fonts: FontNames): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  for (const role of Object.keys(FONTS) as FontRole[]) {
    const name = fonts[role];
    if (seen.has(name)) continue;
    seen.add(name);
    const choice = FONTS[role];
    const latin = role === 'latin' || role === 'code';
    const alt = choice.fallbacks.find((f) => f !== name) ?? '';
    entries.push(
      `<w:font w:name="${esc(name)}">` +
        (alt ? `<w:altName w:val="${esc(alt)}"/>` : '') +
        `<w:charset w:val="${latin ? '00' : '86'}"/>` +
        // roman = serif, swiss = sans, modern = monospace: what Word and LibreOffice substitute within.
        `<w:family w:val="${choice.generic === 'sans-serif' ? 'swiss' : choice.generic === 'monospace' ? 'modern' : 'roman'}"/>` +
        `<w:pitch w:val="${latin && role !== 'code' ? 'variable' : 'fixed'}"/>` +
        `</w:font>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    entries.join('') +
    '</w:fonts>'
  );
}

/**
 * What the `docx` library cannot write: paragraphs that do not snap to the
 * character grid (`<w:snapToGrid w:val="0"/>` in the default paragraph
 * properties; see CHAR_SPACING_TWIPS for why). It goes before `w:spacing`, as
 * the schema orders them. fflate is the zip library `docx` itself packs with.
 */
export function finishPackage(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const styles = files['word/styles.xml'];
  if (!styles) return bytes;
  const xml = strFromU8(styles);
  const patched = xml.replace(/<w:pPrDefault><w:pPr>(?!<w:snapToGrid)/, '<w:pPrDefault><w:pPr><w:snapToGrid w:val="0"/>');
  if (patched === xml) return bytes;
  files['word/styles.xml'] = strToU8(patched);
  return zipSync(files, { level: 6 });
}
