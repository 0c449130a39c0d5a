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
 * The section has a character grid (`linesAndChars`) with that pitch, so
 * Word's and WPS's page setup read 28 characters × 22 lines and Word squeezes
 * the glyphs into the cells. `w:charSpace` is the pitch less the Normal
 * style's font size in 1/4096 pt: −848.
 */
export const CHAR_PITCH_PT = ((TEXT_WIDTH_MM / 25.4) * 72) / CHARS_PER_LINE;
export const GRID_CHAR_SPACE = Math.round((CHAR_PITCH_PT - BODY_SIZE_PT) * 4096); // −848
/**
 * LibreOffice never squeezes a glyph into a narrower cell: under the grid a
 * 16 pt character takes two 15.79 pt cells (14 a line). So the paragraphs do
 * not snap to the character grid (`w:snapToGrid w:val="0"`; Word then lays
 * them out by their own widths as well) and the characters are set closer
 * instead, by one twip more than the bare difference: LibreOffice rounds
 * widths to 1/100 mm, and −0.25 pt (−5) still gave 27 characters there,
 * −0.3 pt (−6) gives 28 (LibreOffice 7.4 headless → PDF, measured). 28 ×
 * 15.7 pt = 439.6 pt fits the 442.2 pt line; 29 characters never do.
 */
export const CHAR_SPACING_TWIPS = Math.floor((CHAR_PITCH_PT - BODY_SIZE_PT) * TWIPS_PER_POINT) - 1; // −6

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

/** Serif CJK faces (宋体-like shapes) that free systems have: the end of every serif chain. */
const SERIF_CJK = ['Noto Serif CJK SC', 'Source Han Serif SC', 'Source Han Serif CN', '思源宋体', 'AR PL UMing CN'];
/** Sans CJK faces (黑体-like shapes). */
const SANS_CJK = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Source Han Sans CN', '思源黑体', 'WenQuanYi Zen Hei'];

/**
 * Each chain stays within its family of shapes: a missing 仿宋 or 楷体 falls to
 * another 仿宋/楷体 and then to a serif CJK face, never to a sans one; 黑体 falls
 * to sans faces. The names a system may have come first (Windows, macOS, then
 * the free CJK fonts of Linux).
 */
export const FONTS = {
  /** §7.3.2: 小标宋体 for the title. */
  title: { name: '方正小标宋简体', fallbacks: ['FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '华文中宋', 'STZhongsong', '宋体', 'SimSun', 'Songti SC', 'STSong', ...SERIF_CJK], generic: 'serif' },
  /** §7.3.3 and body text: 仿宋. */
  body: { name: '仿宋_GB2312', fallbacks: ['仿宋', 'FangSong', 'FangSong_GB2312', 'STFangsong', '华文仿宋', ...SERIF_CJK], generic: 'serif' },
  /** §7.3.3 level 1: 黑体. */
  heading1: { name: '黑体', fallbacks: ['SimHei', 'STHeiti', 'Heiti SC', 'Microsoft YaHei', 'PingFang SC', ...SANS_CJK], generic: 'sans-serif' },
  /** §7.3.3 level 2: 楷体. */
  heading2: { name: '楷体_GB2312', fallbacks: ['楷体', 'KaiTi', 'KaiTi_GB2312', 'STKaiti', '华文楷体', 'Kaiti SC', 'AR PL UKai CN', ...SERIF_CJK], generic: 'serif' },
  /** §7.5: 宋体 page numbers. */
  pageNumber: { name: '宋体', fallbacks: ['SimSun', 'Songti SC', 'STSong', ...SERIF_CJK], generic: 'serif' },
  /** Latin letters and digits (GB/T 9704 leaves them to practice: Times New Roman). */
  latin: { name: 'Times New Roman', fallbacks: ['Liberation Serif', 'Tinos'], generic: 'serif' },
  code: { name: 'Courier New', fallbacks: ['Liberation Mono', 'Consolas', 'monospace'], generic: 'monospace' },
} satisfies Record<string, FontChoice>;

export type FontRole = keyof typeof FONTS;
