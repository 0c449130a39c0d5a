/**
 * Every measurement of the Word export, with the clause of GB/T 9704-2012
 * (《党政机关公文格式》) it comes from. Word measures in twips (1/20 pt,
 * 1/1440 inch) and font sizes in half-points; the helpers below convert.
 *
 * | Measurement                         | GB/T 9704-2012 | Value                                   |
 * |-------------------------------------|----------------|-----------------------------------------|
 * | Paper                               | §5.2.1         | A4, 210 × 297 mm                        |
 * | Margins (天头, 订口)                 | §5.2.1         | top 37 mm, bottom 35 mm, left 28 mm, right 26 mm |
 * | Text block (版心)                    | §5.2.1         | 156 × 225 mm                            |
 * | Lines and characters                | §5.2.2         | 22 lines a page, 28 characters a line   |
 * | Body font                           | §5.2.2, §7.3.3 | 3号仿宋 (16 pt)                          |
 * | Title                               | §7.3.2         | 2号小标宋 (22 pt), centred               |
 * | Heading levels 1–4                  | §7.3.3         | 黑体, 楷体, 仿宋, 仿宋 (all 3号)          |
 * | Page number                         | §7.5           | 4号半角宋体 (14 pt) `— 1 —`, 一字线 7 mm below the text block, odd pages right and even pages left, one character in |
 * | Signature and date                  | §7.3.5         | date right-aligned, four characters from the right; signature centred over the date |
 */

export const TWIPS_PER_POINT = 20;
export const TWIPS_PER_MM = 1440 / 25.4;

export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);
/** Word's font sizes are half-points. */
export const halfPoints = (points: number): number => Math.round(points * 2);

/** §5.2.1: A4. */
export const PAGE_WIDTH_MM = 210;
export const PAGE_HEIGHT_MM = 297;
/** §5.2.1: 天头 37 mm, 订口 28 mm; the text block is 156 × 225 mm, which leaves 35 mm and 26 mm. */
export const MARGIN_TOP_MM = 37;
export const MARGIN_BOTTOM_MM = 35;
export const MARGIN_LEFT_MM = 28;
export const MARGIN_RIGHT_MM = 26;
export const TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM; // 156
export const TEXT_HEIGHT_MM = PAGE_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM; // 225

/** §5.2.2: 22 lines a page, 28 characters a line. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Chinese size names (字号) in points. */
export const SIZE = {
  二号: 22,
  三号: 16,
  四号: 14,
  小四: 12,
} as const;

/** §5.2.2 / §7.3.3: body text in 3号 (16 pt). */
export const BODY_SIZE_PT = SIZE.三号;
/** §7.3.2: title in 2号 (22 pt). */
export const TITLE_SIZE_PT = SIZE.二号;
/** §7.5: page numbers in 4号 (14 pt). */
export const PAGE_NUMBER_SIZE_PT = SIZE.四号;
/** Tables are set one size down, as is usual in 公文 attachments. */
export const TABLE_SIZE_PT = SIZE.四号;

/**
 * Line pitch: 225 mm / 22 lines = 28.99 pt. Word templates for 公文 use a
 * fixed 28.95 pt (579 twips), a hair under, so that 22 lines always fit.
 */
export const LINE_PITCH_TWIPS = 579;
/**
 * Character pitch: 156 mm / 28 = 15.79 pt, a little under the 16 pt font.
 * Word's character grid (`linesAndChars` with `w:charSpace` −848) squeezes
 * 16 pt glyphs into 15.79 pt cells, but LibreOffice gives every glyph wider
 * than its cell two cells (14 characters a line). So the grid is a line grid
 * and the characters are set 0.25 pt closer (`w:spacing` −5 twips): 28 × 15.75
 * pt = 441 pt fits the 442.2 pt line in Word, WPS and LibreOffice alike.
 */
export const CHAR_PITCH_PT = ((TEXT_WIDTH_MM / 25.4) * 72) / CHARS_PER_LINE;
export const CHAR_SPACING_TWIPS = Math.floor((CHAR_PITCH_PT - BODY_SIZE_PT) * TWIPS_PER_POINT); // −5

/** One character of body text, for indents given in twips (Word also gets the `…Chars` form). */
export const BODY_CHAR_TWIPS = BODY_SIZE_PT * TWIPS_PER_POINT; // 320
/** §7.3.3 (and §5.2.2 practice): paragraphs start two characters in. */
export const FIRST_LINE_INDENT_CHARS = 2;
/** §7.3.5.1: the date stands four characters from the right edge. */
export const DATE_RIGHT_INDENT_CHARS = 4;
/** §7.3.5.1: one blank line between the body and the signature. */
export const SIGNATURE_SPACE_BEFORE_LINES = 1;
/** §7.3.2: an empty line between the title and what follows. */
export const TITLE_SPACE_AFTER_LINES = 1;

/**
 * §7.5: the page number's 一字线 sits 7 mm below the text block. Word places
 * the footer's last line this far above the page's lower edge: the bottom
 * margin less 7 mm less the height of a 14 pt line (≈ 5 mm).
 */
export const PAGE_NUMBER_GAP_MM = 7;
export const FOOTER_DISTANCE_MM = MARGIN_BOTTOM_MM - PAGE_NUMBER_GAP_MM - (PAGE_NUMBER_SIZE_PT * 25.4) / 72;
/** §7.5: odd page numbers one character in from the right, even ones from the left. */
export const PAGE_NUMBER_INDENT_TWIPS = PAGE_NUMBER_SIZE_PT * TWIPS_PER_POINT;
/** §7.5: a 一字线 (em dash) each side of the number. */
export const PAGE_NUMBER_DASH = '—';

/**
 * Fonts. Word keeps one name per script, so the fallback chain is written into
 * the font table (`w:altName`), which Word and LibreOffice consult when the
 * first name is missing; the preview gives the browser the whole chain.
 */
export interface FontChoice {
  /** The name written into the document. */
  name: string;
  /** Names tried, in order, when `name` is missing (font table and CSS). */
  fallbacks: string[];
  /** The generic CSS family at the end of the chain. */
  generic: 'serif' | 'sans-serif' | 'monospace';
}

export const FONTS = {
  /** §7.3.2: 小标宋体 for the title. */
  title: { name: '方正小标宋简体', fallbacks: ['FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC'], generic: 'serif' },
  /** §7.3.3 and body text: 仿宋. */
  body: { name: '仿宋_GB2312', fallbacks: ['仿宋', 'FangSong', 'FangSong_GB2312', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC'], generic: 'serif' },
  /** §7.3.3 level 1: 黑体. */
  heading1: { name: '黑体', fallbacks: ['SimHei', 'STHeiti', 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC'], generic: 'sans-serif' },
  /** §7.3.3 level 2: 楷体. */
  heading2: { name: '楷体_GB2312', fallbacks: ['楷体', 'KaiTi', 'KaiTi_GB2312', 'STKaiti', 'Kaiti SC', 'Noto Serif CJK SC'], generic: 'serif' },
  /** §7.5: 宋体 page numbers. */
  pageNumber: { name: '宋体', fallbacks: ['SimSun', 'Songti SC', 'Noto Serif CJK SC'], generic: 'serif' },
  /** Latin letters and digits (GB/T 9704 leaves them to practice: Times New Roman). */
  latin: { name: 'Times New Roman', fallbacks: ['Liberation Serif', 'Tinos'], generic: 'serif' },
  code: { name: 'Courier New', fallbacks: ['Liberation Mono', 'Consolas', 'monospace'], generic: 'monospace' },
} satisfies Record<string, FontChoice>;

export type FontRole = keyof typeof FONTS;
