/**
 * Word's automatic numbering (numbering.xml) and the paragraph styles that
 * carry numbering or outline levels (styles.xml), and the counters that turn a
 * numbered paragraph into the marker the reader sees: a `chineseCounting`
 * level with `%1、` shows `一、`, `（%1）` shows `（一）`, decimal `%1.` shows `1.`.
 * Pure: no Node APIs.
 */
import { CLOSE, END, Names, OPEN, XmlScanner } from './xml';

export interface Level {
  start: number;
  format: string;
  text: string;
  /** Suffix after the number: `tab` (Word's default), `space` or `nothing`. */
  suffix: string;
  /** 1-based level whose use restarts this one; 0: never; undefined: any higher level. */
  restart?: number;
  /** Legal numbering: every level shown in decimal. */
  legal: boolean;
  /** Paragraph style linked to this level. */
  style?: string;
}

interface AbstractNum {
  levels: (Level | undefined)[];
  /** `w:numStyleLink`: the levels live in the numbering style's definition. */
  styleLink?: string;
  /** `w:styleLink`: this is the definition of that numbering style. */
  styleOf?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  type: string;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string;
}

export function readStyles(xml: string | undefined): Styles {
  const styles: Styles = { byId: new Map() };
  if (!xml) return styles;
  const s = new XmlScanner(xml);
  let names: Names | null = null;
  let current: StyleInfo | null = null;
  let inPPr = 0;
  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === OPEN) {
      if (!names) {
        names = new Names(s.attrs());
        continue;
      }
      const n = names.norm(s.name);
      const a = (local: string) => s.attr(names!.wAttr(local));
      switch (n) {
        case 'w:style': {
          current = { id: a('styleId') ?? '', name: '', type: a('type') ?? 'paragraph' };
          if (a('default') === '1' || a('default') === 'true') {
            if (current.type === 'paragraph') styles.defaultParagraph = current.id;
          }
          styles.byId.set(current.id, current);
          if (s.selfClosing) current = null;
          break;
        }
        case 'w:name':
          if (current) current.name = a('val') ?? '';
          break;
        case 'w:basedOn':
          if (current) current.basedOn = a('val');
          break;
        case 'w:pPr':
          if (current && !s.selfClosing) inPPr++;
          break;
        case 'w:pPrChange':
        case 'w:rPr':
          s.skipElement();
          break;
        case 'w:numId':
          if (current && inPPr) current.numId = a('val');
          break;
        case 'w:ilvl':
          if (current && inPPr) current.ilvl = int(a('val'));
          break;
        case 'w:outlineLvl':
          if (current && inPPr) current.outlineLevel = int(a('val'));
          break;
      }
    } else if (t === CLOSE && names) {
      const n = names.norm(s.name);
      if (n === 'w:style') current = null;
      else if (n === 'w:pPr' && inPPr) inPPr--;
    }
  }
  return styles;
}

function int(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  /** Counters per abstract numbering (Word continues a list across `w:num`s that share one). */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** `w:num` × level whose start override has been applied. */
  private readonly started = new Set<string>();

  constructor(
    xml: string | undefined,
    private readonly styles: Styles,
  ) {
    if (xml) this.read(xml);
  }

  private read(xml: string): void {
    const s = new XmlScanner(xml);
    let names: Names | null = null;
    let abs: AbstractNum | null = null;
    let num: Num | null = null;
    let level: Level | null = null;
    let levelIndex = 0;
    let override: { start?: number; level?: Level } | null = null;
    for (let t = s.next(); t !== END; t = s.next()) {
      if (t === OPEN) {
        if (!names) {
          names = new Names(s.attrs());
          continue;
        }
        const n = names.norm(s.name);
        const a = (local: string) => s.attr(names!.wAttr(local));
        switch (n) {
          case 'w:abstractNum':
            abs = { levels: [] };
            this.abstracts.set(a('abstractNumId') ?? '', abs);
            break;
          case 'w:num':
            num = { abstractId: '', overrides: new Map() };
            this.nums.set(a('numId') ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num) num.abstractId = a('val') ?? '';
            break;
          case 'w:lvlOverride':
            if (num) {
              override = {};
              num.overrides.set(int(a('ilvl')) ?? 0, override);
              if (s.selfClosing) override = null;
            }
            break;
          case 'w:startOverride':
            if (override) override.start = int(a('val'));
            break;
          case 'w:lvl':
            levelIndex = int(a('ilvl')) ?? 0;
            level = { start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false };
            if (override) override.level = level;
            else if (abs) abs.levels[levelIndex] = level;
            if (s.selfClosing) level = null;
            break;
          case 'w:start':
            if (level) level.start = int(a('val')) ?? 1;
            break;
          case 'w:numFmt':
            if (level) level.format = a('val') ?? 'decimal';
            break;
          case 'w:lvlText':
            if (level) level.text = a('val') ?? '';
            break;
          case 'w:suff':
            if (level) level.suffix = a('val') ?? 'tab';
            break;
          case 'w:lvlRestart':
            if (level) level.restart = int(a('val'));
            break;
          case 'w:isLgl':
            if (level) level.legal = a('val') !== '0' && a('val') !== 'false';
            break;
          case 'w:pStyle':
            if (level) level.style = a('val');
            break;
          case 'w:numStyleLink':
            if (abs && !level) abs.styleLink = a('val');
            break;
          case 'w:styleLink':
            if (abs && !level) abs.styleOf = a('val');
            break;
          case 'w:rPr':
          case 'w:pPr':
            s.skipElement();
            break;
        }
      } else if (t === CLOSE && names) {
        const n = names.norm(s.name);
        if (n === 'w:abstractNum') abs = null;
        else if (n === 'w:num') num = null;
        else if (n === 'w:lvl') level = null;
        else if (n === 'w:lvlOverride') override = null;
      }
    }
  }

  /** The abstract numbering a `w:num` uses, following numbering-style links. */
  private abstractOf(numId: string): { id: string; abs: AbstractNum } | undefined {
    let id = this.nums.get(numId)?.abstractId;
    for (let hops = 0; id !== undefined && hops < 5; hops++) {
      const abs = this.abstracts.get(id);
      if (!abs) return undefined;
      if (!abs.styleLink) return { id, abs };
      // The numbering style's own numId points at the abstract numbering that defines it.
      const style = this.styles.byId.get(abs.styleLink);
      const linked = style?.numId !== undefined ? this.nums.get(style.numId)?.abstractId : undefined;
      if (linked === undefined || linked === id) {
        for (const [otherId, other] of this.abstracts) if (other.styleOf === abs.styleLink) return { id: otherId, abs: other };
        return undefined;
      }
      id = linked;
    }
    return undefined;
  }

  private levelOf(numId: string, abs: AbstractNum, ilvl: number): Level | undefined {
    return this.nums.get(numId)?.overrides.get(ilvl)?.level ?? abs.levels[ilvl];
  }

  /** The level a paragraph style is linked to in a numbering (for styles that give a numId but no level). */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const found = this.abstractOf(numId);
    if (!found) return undefined;
    const i = found.abs.levels.findIndex((l) => l?.style === styleId);
    return i >= 0 ? i : undefined;
  }

  /**
   * Counts one numbered paragraph and returns the marker Word shows before it
   * (`null` when the numbering is unknown or shows nothing), advancing the counters.
   */
  next(numId: string, ilvl: number): { marker: string; bullet: boolean } | null {
    if (numId === '0') return null;
    const found = this.abstractOf(numId);
    if (!found) return null;
    const { id, abs } = found;
    const lvl = Math.max(0, Math.min(8, ilvl));
    const level = this.levelOf(numId, abs, lvl);
    if (!level) return null;
    let counters = this.counters.get(id);
    if (!counters) this.counters.set(id, (counters = []));
    const key = `${numId}/${lvl}`;
    const override = this.nums.get(numId)?.overrides.get(lvl);
    if (!this.started.has(key)) {
      this.started.add(key);
      if (override?.start !== undefined) counters[lvl] = override.start - 1;
      else if (override?.level) counters[lvl] = undefined;
    }
    counters[lvl] = counters[lvl] === undefined ? level.start : counters[lvl]! + 1;
    for (let k = lvl + 1; k < 9; k++) {
      const deeper = this.levelOf(numId, abs, k);
      const restart = deeper?.restart ?? k;
      if (lvl < restart) counters[k] = undefined;
    }
    if (level.format === 'bullet') return { marker: '', bullet: true };
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = k === lvl ? level : this.levelOf(numId, abs, k);
      if (!l) return '';
      const value = counters![k] ?? l.start;
      return formatNumber(value, level.legal && k < lvl ? 'decimal' : l.format);
    });
    if (marker === '') return null;
    // Word's tab or space after the number is layout; a marker ending in a letter or digit keeps one space.
    const spaced = level.suffix !== 'nothing' && /[0-9A-Za-z\u4e00-\u9fff]$/.test(marker) ? ' ' : '';
    return { marker: marker + spaced, bullet: false };
  }
}

const DIGITS = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting as Word writes it: 十, 十一, 二十, 一百零一. */
function chineseCounting(n: number, digits = DIGITS, ten = '十', hundred = '百', thousand = '千'): string {
  if (n <= 0 || n >= 10000) return String(n);
  const th = Math.floor(n / 1000);
  const h = Math.floor((n % 1000) / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const zero = '零';
  let s = '';
  if (th) s += digits[th] + thousand;
  if (h) s += digits[h] + hundred;
  else if (th && (t || u)) s += zero;
  if (t) s += (t === 1 && !th && !h ? '' : digits[t]) + ten;
  else if ((th || h) && u) s += s.endsWith(zero) ? '' : zero;
  if (u) s += digits[u];
  return s;
}

function letters(n: number, base: number): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(base + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table) while (n >= v) (s += r), (n -= v);
  return s;
}

function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** A counter value in one of Word's number formats (ST_NumberFormat). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCounting(n, LEGAL, '拾', '佰', '仟');
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return DIZHI[(n - 1) % 12] ?? String(n);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return String(n).replace(/[0-9]/g, (d) => DIGITS[Number(d)]);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'lowerLetter':
      return letters(n, 97);
    case 'upperLetter':
      return letters(n, 65);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}
