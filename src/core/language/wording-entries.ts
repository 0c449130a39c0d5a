/**
 * The curated dictionary of standard political wording (规范表述). Each entry names its source:
 * a file and line of the official texts the project was developed on (`official/…`, the public
 * government work reports and CPC congress reports collected in github.com/aldohemsn/chinese-political-corpora),
 * or a published document. The entries hold patterns and canonical forms only, never sentences
 * of the sources.
 *
 * Severity: a wrong count word or a wrong/missing/foreign member or a wrong plan year is an
 * error; a variant or outdated form is a warning.
 */
import type { Localized } from '../rules/rule';

export type WordingSeverity = 'error' | 'warning';

export interface WordingMatch {
  /** Offset of the flagged text within the paragraph and its length. */
  index: number;
  length: number;
  /** The canonical text that replaces the flagged text. */
  replacement: string;
  /** `fix` when the replacement is certain, otherwise only a suggestion. */
  certain: boolean;
  severity: WordingSeverity;
  why: Localized;
}

export interface WordingEntry {
  id: string;
  /** The canonical expression, as the phrase bank offers it. */
  canonical: string;
  source: string;
  /** Literal strings one of which must occur in a paragraph before `find` runs (cheap pre-filter). */
  keys: readonly string[];
  find(text: string, context: WordingContext): WordingMatch[];
}

export interface WordingContext {
  /** The year the document is about (from a 20XX年 in its title lines), if any. */
  documentYear?: number;
  /**
   * Whether the document names something that exists only since the 19th Congress (October 2017):
   * 习近平新时代中国特色社会主义思想, a plenary session of the 19th or 20th Central Committee, the
   * 20th Congress, the 14th or 15th five-year plan. Such a document is of the new era, dated or not.
   */
  newEra?: boolean;
}

const HAN = '\\u3400-\\u9fff';

/** Every match of `re` (global) with a callback deciding the flagged part. */
function scan(text: string, re: RegExp, make: (m: RegExpExecArray) => WordingMatch | null | undefined): WordingMatch[] {
  const out: WordingMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = make(m);
    if (w) out.push(w);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** A fixed wrong form and its replacement. */
function replaceForm(
  id: string,
  canonical: string,
  source: string,
  pattern: RegExp,
  replacement: (m: RegExpExecArray) => string,
  opts: { severity?: WordingSeverity; certain?: boolean; why: Localized; keys: string[]; skip?: (text: string, m: RegExpExecArray, context: WordingContext) => boolean },
): WordingEntry {
  return {
    id,
    canonical,
    source,
    keys: opts.keys,
    find: (text, context) =>
      scan(text, pattern, (m) => {
        if (opts.skip?.(text, m, context)) return null;
        const rep = replacement(m);
        if (rep === m[0]) return null;
        return { index: m.index, length: m[0].length, replacement: rep, certain: opts.certain ?? true, severity: opts.severity ?? 'warning', why: opts.why };
      }),
  };
}

/** Options of a row of a table of replaced forms, beyond the table's defaults. */
interface FormOptions {
  severity?: WordingSeverity;
  certain?: boolean;
  skip?: (text: string, m: RegExpExecArray, context: WordingContext) => boolean;
  /** The replacement computed from the match, for a row whose replacement is ''. */
  replace?: (m: RegExpExecArray) => string;
}

/**
 * A row of a table of replaced forms: id, canonical form, source, pattern, replacement (a string or
 * a function of the match), the reason in Chinese and in English, keys, and options of its own.
 */
type FormRow = readonly [string, string, string, RegExp, string | ((m: RegExpExecArray) => string), string, string, readonly string[], FormOptions?];

/** The entries of a table of replaced forms (replaceForm, one per row). */
function formsTable(rows: readonly FormRow[], defaults: FormOptions = { severity: 'error' }): WordingEntry[] {
  return rows.map(([id, canonical, source, pattern, to, zh, en, keys, own]) => {
    const { replace, ...opts } = { ...defaults, ...own };
    const replacement = typeof to === 'function' ? to : to === '' && replace ? replace : () => to;
    return replaceForm(id, canonical, source, pattern, replacement, { ...opts, keys: [...keys], why: { 'zh-CN': zh, en } });
  });
}

const COUNT_WORDS = '一二两三四五六七八九十';

/**
 * A district before an office renamed in the local restructuring of 2018–2019: not the 区 of a park,
 * a development zone, a new district or a bonded zone (园区安全生产监督管理局), whose offices were not
 * restructured with the counties'.
 */
const DISTRICT = '(?<![园发新税景社片厂矿校库])区';
/** The levels before such an office: a province, a city, a county, a prefecture, a banner, a district. */
const LOCAL_LEVEL = `[省市县州旗]|${DISTRICT}`;

/**
 * A numbered formula (四个意识, 五位一体 …): a wrong count word where the formula is plainly meant
 * (in quotes, or after the verb that governs it), and, where its members are listed, a missing or
 * foreign member or (for formulas whose order is fixed) a wrong order.
 */
interface FormulaSpec {
  id: string;
  /** The formula as written: count word, then the rest (四 + 个意识). */
  count: string;
  rest: string;
  /** The canonical phrase for the phrase bank (often with its governing verb). */
  canonical: string;
  members: readonly string[];
  ordered: boolean;
  /** Verbs that govern the formula: a wrong count right after one of them is certainly wrong. */
  verbs: readonly string[];
  /** How one member looks, to find the list the writer wrote (a regular-expression source). */
  item: string;
  source: string;
  /** Members once canonical and now outdated, with their current form. */
  outdated?: Readonly<Record<string, string>>;
  /**
   * The first year the outdated members are outdated in: a sentence or document dated earlier
   * keeps them (a report of 2016 listing 全面建成小康社会 among the 四个全面 is right).
   */
  outdatedSince?: number;
  /** What names the formula near a member list (default: `rest`). */
  nameKey?: string;
  /** Other names a list given as the formula itself may stand beside (新发展理念 for 五大发展理念). */
  claimNames?: readonly string[];
  /**
   * Words one of which must follow the formula for a wrong count word to be read as this formula,
   * quoted or governed: 位一体 is a figure of speech of its own (“三位一体”远程操控, 指挥“四位一体”
   * 训练), so only the layout it names (“五位一体”总体布局) makes 四位一体 a slip.
   */
  countFollowedBy?: readonly string[];
}

/** The names of the standard numbered formulas (两个维护, 四个意识, 三个代表 …), filled as the entries are made. */
const FORMULA_NAMES = new Set<string>();
/** A quoted count formula (“两个确保”): at the start of a text, and at its end. */
const QUOTED_FORMULA_BODY = `[“"][${COUNT_WORDS}]+(?:个|大|项|位)[^”"，。；、\\n]{1,8}[”"]`;
const QUOTED_FORMULA_FIRST = new RegExp(`^${QUOTED_FORMULA_BODY}`);
const QUOTED_FORMULA_LAST = new RegExp(`${QUOTED_FORMULA_BODY}$`);
const QUOTED_FORMULA_ANY = new RegExp(QUOTED_FORMULA_BODY, 'g');

/**
 * Whether the quoted formula at [start, end) stands beside another quoted count formula that is
 * none of the standard ones (a grain reserve's “两个确保”“三个维护”): a set of the organisation's
 * own slogans, whose counts are its own.
 */
function besideOwnFormula(text: string, start: number, end: number): boolean {
  const own = (quoted: string | undefined) => quoted !== undefined && !FORMULA_NAMES.has(quoted.slice(1, -1));
  // (Next to it, or with a 、 or 和 between the two.)
  const after = text.slice(end, end + 14).replace(/^[、和与及]/, '').match(QUOTED_FORMULA_FIRST)?.[0];
  const before = text.slice(Math.max(0, start - 14), start).replace(/[、和与及]$/, '').match(QUOTED_FORMULA_LAST)?.[0];
  return own(after) || own(before);
}

function formula(spec: FormulaSpec): WordingEntry {
  const name = spec.count + spec.rest;
  FORMULA_NAMES.add(name);
  const countRe = spec.count ? new RegExp(`([“"]?)([${COUNT_WORDS}])${spec.rest}`, 'g') : null;
  const nameKey = spec.nameKey ?? spec.rest;
  const itemRe = `(?:${spec.item})`;
  const listRe = new RegExp(`${itemRe}(?:(?:、|，|和|与|以及)${itemRe}){1,15}`, 'g');
  const memberSet = new Set(spec.members);
  const tokenRe = new RegExp(`(${itemRe})(?:、|，|和|与|以及)?`, 'y');
  const tokenize = (run: string): string[] => {
    const out: string[] = [];
    tokenRe.lastIndex = 0;
    let t: RegExpExecArray | null;
    while (tokenRe.lastIndex < run.length && (t = tokenRe.exec(run))) out.push(t[1]);
    return out;
  };
  // (A formula with no count word is found by its members alone: its name, 要求 or 总要求, is in
  // every other paragraph.)
  const keys = spec.count ? [nameKey, ...spec.members.slice(0, 2)] : spec.members.slice(0, 2);
  const itemGlobal = spec.item === '(?!)' ? null : new RegExp(itemRe, 'g');
  /** Whether the sentence around [start, end) lists two or more items of the formula's shape, none of them its members. */
  const ownMembers = (text: string, start: number, end: number): boolean => {
    if (!itemGlobal) return false;
    let from = start;
    while (from > 0 && !'。；！？\n'.includes(text[from - 1])) from--;
    let to = end;
    while (to < text.length && !'。；！？\n'.includes(text[to])) to++;
    const sentence = text.slice(from, start) + '\u0000' + text.slice(end, to);
    if (spec.members.some((x) => sentence.includes(x))) return false;
    itemGlobal.lastIndex = 0;
    let items = 0;
    while (itemGlobal.exec(sentence)) items++;
    return items >= 2;
  };
  return {
    id: spec.id,
    canonical: spec.canonical,
    source: spec.source,
    keys,
    find(text, context) {
      const out: WordingMatch[] = [];
      // Count word.
      if (countRe) for (const w of scan(text, countRe, (m) => {
        const count = m[2];
        if (count === spec.count) return null;
        if (count === '二' && spec.count === '两') {
          return {
            index: m.index + m[1].length,
            length: 1,
            replacement: '两',
            certain: true,
            severity: 'warning',
            why: { 'zh-CN': `规范表述为“${name}”`, en: `the standard form is “${name}”` },
          };
        }
        const before = text.slice(Math.max(0, m.index - 6), m.index);
        const quoted = m[1] !== '' && text.slice(m.index + m[0].length, m.index + m[0].length + 1) === (m[1] === '“' ? '”' : '"');
        const governed = spec.verbs.some((v) => before.endsWith(v));
        if (!quoted && !governed) return null;
        if (spec.countFollowedBy) {
          const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8).replace(/^[”"]/, '');
          if (!spec.countFollowedBy.some((w) => after.startsWith(w))) return null;
        }
        // A number run such as 十四个 is not this formula.
        if (/[〇零一二三四五六七八九十百千万]$/.test(before)) return null;
        // Nor is a formula of the writer's own whose members the sentence lists, none of them the
        // formula's (树牢三个意识：服务意识、质量意识、安全意识).
        if (ownMembers(text, m.index, m.index + m[0].length)) return null;
        if (quoted && besideOwnFormula(text, m.index, m.index + m[0].length + 1)) return null;
        return {
          index: m.index + m[1].length,
          length: 1,
          replacement: spec.count,
          certain: true,
          severity: 'error',
          why: { 'zh-CN': `数字有误，规范表述为“${name}”`, en: `wrong count word, the standard form is “${name}”` },
        };
      })) out.push(w);
      // Member lists.
      if (spec.members.length) for (const w of scan(text, listRe, (m) => {
        // Items are read one by one (a plain split would cut 和谐 at its 和), then trimmed at the
        // ends, where the list regex is greedy: 统筹经济建设 is the member 经济建设 after a verb,
        // 全面从严治党工作 the member 全面从严治党 before a noun.
        let items = tokenize(m[0]);
        let runIndex = m.index;
        let run = m[0];
        const head = spec.members.find((x) => items[0] !== x && items[0].endsWith(x));
        if (head) {
          runIndex += items[0].length - head.length;
          run = run.slice(items[0].length - head.length);
          items[0] = head;
        }
        const last = items[items.length - 1];
        const tail = spec.members.find((x) => last !== x && last.startsWith(x));
        if (tail) {
          run = run.slice(0, run.length - (last.length - tail.length));
          items[items.length - 1] = tail;
        }
        m = Object.assign([run], { index: runIndex, input: m.input }) as unknown as RegExpExecArray;
        items = items.filter((i) => i !== '');
        const canonicalPresent = items.filter((i) => memberSet.has(i));
        const nearName = text.slice(Math.max(0, m.index - 40), m.index).includes(nameKey) || text.slice(m.index + m[0].length, m.index + m[0].length + 12).includes(nameKey);
        const n = spec.members.length;
        if (new Set(items).size !== items.length) return null;
        // Outdated members (e.g. 全面建成小康社会 in 四个全面): all other members present.
        if (spec.outdated) {
          const old = items.find((i) => spec.outdated![i]);
          // (A list dated before the change is the formula as it then read.)
          if (old && datedBefore(text, m.index, m.index + m[0].length, context, spec.outdatedSince)) return null;
          if (old && canonicalPresent.length === n - 1 && items.length === n) {
            const at = m.index + m[0].indexOf(old);
            return {
              index: at,
              length: old.length,
              replacement: spec.outdated[old],
              certain: false,
              severity: 'warning',
              why: { 'zh-CN': `“${name}”的这一项现表述为“${spec.outdated[old]}”`, en: `this member of “${name}” now reads “${spec.outdated[old]}”` },
            };
          }
        }
        if (canonicalPresent.length === n && items.length === n) {
          if (!spec.ordered || items.every((it, i) => it === spec.members[i])) return null;
          // Same members, other order: put them in the fixed order, keeping the separators.
          const seps = m[0].split(new RegExp(spec.members.map(escapeRe).join('|'))).slice(1, -1);
          if (seps.length !== n - 1) return null;
          let fixed = spec.members[0];
          for (let i = 1; i < n; i++) fixed += (seps[i - 1] ?? '、') + spec.members[i];
          return {
            index: m.index,
            length: m[0].length,
            replacement: fixed,
            certain: true,
            severity: 'error',
            why: { 'zh-CN': `“${name}”的顺序是固定的`, en: `the order of “${name}” is fixed` },
          };
        }
        // All members and one item more, the list given as the formula: the item is not one of them.
        if (canonicalPresent.length === n && items.length === n + 1 && n >= 4 && [name, ...(spec.claimNames ?? [])].some((x) => claimsFormula(text, m.index, m.index + m[0].length, x))) {
          const foreign = items.find((i) => !memberSet.has(i))!;
          return extraMember(text, { at: m.index + m[0].indexOf(foreign), length: foreign.length, text: foreign }, foreign === items[0], {
            'zh-CN': `“${foreign}”不属于“${name}”（${spec.members.join('、')}）`,
            en: `“${foreign}” is not one of “${name}” (${spec.members.join(', ')})`,
          });
        }
        if (canonicalPresent.length !== n - 1) return null;
        const missing = spec.members.find((x) => !items.includes(x))!;
        // All members but one listed, and in its place the missing one misspelt by a character
        // (政治意识、大局意识、核心意识、看起意识): the formula is plain even where it is not named.
        if (!nearName) {
          const foreign = items.length === n && n >= 3 ? items.find((i) => !memberSet.has(i))! : '';
          if (!foreign) return null;
          if (foreign.length === missing.length && [...foreign].filter((ch, i) => ch !== missing[i]).length === 1) {
            return {
              index: m.index + m[0].indexOf(foreign),
              length: foreign.length,
              replacement: missing,
              certain: true,
              severity: 'error',
              why: { 'zh-CN': `“${name}”之一，应为“${missing}”`, en: `one of “${name}”, misspelt` },
            };
          }
          // Three or more members right and one other in the missing one's place: the formula,
          // one member wrong (政治意识、大局意识、核心意识、责任意识). A warning: the writer may list
          // a set of their own.
          // (Not a list running on across a comma into the next clause: 社会建设，加快全面建设.)
          if (n < 4 || m[0].includes('，')) return null;
          return {
            index: m.index + m[0].indexOf(foreign),
            length: foreign.length,
            replacement: missing,
            certain: false,
            severity: 'warning',
            why: { 'zh-CN': `其余各项与“${name}”相同，“${foreign}”处应为“${missing}”`, en: `the other members are those of “${name}”; “${missing}” belongs here` },
          };
        }
        if (items.length === n) {
          const foreign = items.find((i) => !memberSet.has(i))!;
          const at = m.index + m[0].indexOf(foreign);
          return {
            index: at,
            length: foreign.length,
            replacement: missing,
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `“${foreign}”不属于“${name}”，缺少“${missing}”`, en: `“${foreign}” is not one of “${name}”; “${missing}” is missing` },
          };
        }
        if (items.length === n - 1) {
          // (Not where the missing one stands right before the list, run into the words before it
          // by the list's pattern: 坚持学思想、强党性、重实践、建新功.)
          if (text.slice(Math.max(0, m.index - missing.length - 1), m.index).includes(missing)) return null;
          const members = spec.members.join('、');
          return {
            index: m.index,
            length: m[0].length,
            replacement: members,
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `“${name}”缺少“${missing}”`, en: `“${name}” lacks “${missing}”` },
          };
        }
        return null;
      })) out.push(w);
      return out;
    },
  };
}


/** The year the sentence around [start, end) names, or else the document's year, if either is known. */
function yearAround(text: string, start: number, end: number, context: WordingContext): number | undefined {
  const dated = /((?:19|20)\d{2})年/.exec(sentenceAround(text, start, end));
  return dated ? Number(dated[1]) : context.documentYear;
}

/** Whether the sentence around [start, end), or else the document, is dated `since` or later (undated: no). */
function datedSince(text: string, start: number, end: number, context: WordingContext, since: number): boolean {
  const year = yearAround(text, start, end, context);
  return year !== undefined && year >= since;
}

/**
 * Whether a name changed in `since` is to be left where it stands: the sentence (or else the
 * document) is dated earlier, or is undated in a document not of the new era, since the official
 * texts before the change use the old name themselves and say no year in their lines.
 */
function beforeChangeOrOldEra(text: string, m: RegExpExecArray, context: WordingContext, since: number): boolean {
  const year = yearAround(text, m.index, m.index + m[0].length, context);
  return year === undefined ? !context.newEra : year < since;
}

/** Whether the sentence around [start, end), or else the document, is dated before `since`. */
function datedBefore(text: string, start: number, end: number, context: WordingContext, since: number | undefined): boolean {
  if (since === undefined) return false;
  const year = yearAround(text, start, end, context);
  return year !== undefined && year < since;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NUM = '〇零一二三四五六七八九十';

function chineseNumber(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
}

function parseSmall(s: string): number {
  const d = '〇一二三四五六七八九';
  if (s.startsWith('十')) return 10 + (s.length > 1 ? d.indexOf(s[1]) : 0);
  const i = s.indexOf('十');
  if (i < 0) return d.indexOf(s);
  return d.indexOf(s[0]) * 10 + (i + 1 < s.length ? d.indexOf(s[i + 1]) : 0);
}

/** The year each plenary session of the 18th, 19th and 20th Central Committees was held, and the 11th's third (the communiqués). */
const PLENARY_YEARS: Readonly<Record<string, number>> = {
  十一三: 1978,
  十八一: 2012, 十八二: 2013, 十八三: 2013, 十八四: 2014, 十八五: 2015, 十八六: 2016, 十八七: 2017,
  十九一: 2017, 十九二: 2018, 十九三: 2018, 十九四: 2019, 十九五: 2020, 十九六: 2021, 十九七: 2022,
  二十一: 2022, 二十二: 2023, 二十三: 2024, 二十四: 2025,
};
/** The month of each (the same communiqués): a right year with a wrong month (2024年10月 for the 二十届三中全会) is wrong too. */
const PLENARY_MONTHS: Readonly<Record<string, number>> = {
  十一三: 12,
  十八一: 11, 十八二: 2, 十八三: 11, 十八四: 10, 十八五: 10, 十八六: 10, 十八七: 10,
  十九一: 10, 十九二: 1, 十九三: 2, 十九四: 10, 十九五: 10, 十九六: 11, 十九七: 10,
  二十一: 10, 二十二: 2, 二十三: 7, 二十四: 10,
};

/** The year each plenary session of the 18th, 19th and 20th Central Commissions for Discipline Inspection was held (their communiqués). */
const CCDI_PLENARY_YEARS: Readonly<Record<string, number>> = {
  十八一: 2012, 十八二: 2013, 十八三: 2014, 十八四: 2014, 十八五: 2015, 十八六: 2016, 十八七: 2017,
  十九一: 2017, 十九二: 2018, 十九三: 2019, 十九四: 2020, 十九五: 2021, 十九六: 2022,
  二十一: 2022, 二十二: 2023, 二十三: 2024, 二十四: 2025,
};

/** The commemoration days the NPC Standing Committee and the laws set, by date (month, day). */
const COMMEMORATION_DATES: Readonly<Record<string, readonly [number, number]>> = {
  南京大屠杀死难者国家公祭日: [12, 13],
  国家公祭日: [12, 13],
  国家宪法日: [12, 4],
  烈士纪念日: [9, 30],
  中国人民抗日战争胜利纪念日: [9, 3],
  抗日战争胜利纪念日: [9, 3],
  全民国家安全教育日: [4, 15],
};

/** The three of 三个务必, in their order (the 20th Congress report). */
const THREE_MUSTS = ['务必不忘初心、牢记使命', '务必谦虚谨慎、艰苦奋斗', '务必敢于斗争、善于斗争'];

/** What an anniversary counts from (the first words of its name, the year). */
const ANNIVERSARY_BASES: readonly (readonly [string, number])[] = [
  ['中国人民抗日战争', 1945], ['抗战胜利', 1945], ['中华人民共和国成立', 1949], ['新中国成立', 1949],
  ['中国共产党成立', 1921], ['建党', 1921], ['改革开放', 1978], ['香港回归', 1997], ['澳门回归', 1999],
  // The NPC's first session (1954) and the founding of the autonomous regions.
  ['全国人民代表大会成立', 1954], ['全国人大成立', 1954], ['人民代表大会制度建立', 1954],
  // The People's Volunteers crossed the Yalu in October 1950.
  ['中国人民志愿军抗美援朝出国作战', 1950], ['抗美援朝出国作战', 1950],
  ['内蒙古自治区成立', 1947], ['新疆维吾尔自治区成立', 1955], ['广西壮族自治区成立', 1958], ['宁夏回族自治区成立', 1958], ['西藏自治区成立', 1965],
];

/** The year each of the last three Party congresses was held. */
const CONGRESS_YEARS: Readonly<Record<string, number>> = { 十八: 2012, 十九: 2017, 二十: 2022 };
/** The month each of them met in. */
const CONGRESS_MONTHS: Readonly<Record<string, number>> = { 十八: 11, 十九: 10, 二十: 10 };

/** The first year of the k-th five-year plan (十四五 → 2021). */
export function planStartYear(k: number): number {
  return 1951 + 5 * k;
}

/** The five-year plan a year falls in: its ordinal (14 for 十四五) and its name. */
function planOfYear(year: number): { k: number; name: string } {
  const k = Math.floor((year - 1951) / 5);
  return { k, name: `十${chineseNumber(k).slice(1)}五` };
}

/** What a plenary session alone decided, by its term and number (the communiqués). */
const PLENARY_SUBJECTS: Readonly<Record<string, string>> = {
  进一步全面深化改革: '二十三',
  全面深化改革若干重大问题: '十八三',
  坚持和完善中国特色社会主义制度: '十九四',
  新形势下党内政治生活的若干准则: '十八六',
  全面推进依法治国若干重大问题: '十八四',
  党的百年奋斗重大成就和历史经验: '十九六',
  历史决议: '十九六',
  第十五个五年规划的建议: '二十四',
  '“十五五”规划的建议': '二十四',
  第十四个五年规划和二〇三五年远景目标的建议: '十九五',
  '“十四五”规划和二〇三五年远景目标的建议': '十九五',
};

/** The three meetings of 三会一课, each under the names it is met by (the first is the standard one). */
const MEETINGS: readonly (readonly string[])[] = [
  ['支部党员大会', '党员大会', '支部大会', '党支部党员大会'],
  ['支部委员会', '支委会', '支部委员会会议', '支委会议', '党支部委员会'],
  ['党小组会', '党小组会议', '小组会'],
];

/** A plenary session, the verb that says it decided something (or 对/就 before what it decided on, or 围绕, around what it set out), and a subject PLENARY_SUBJECTS knows, in one clause. */
const SUBJECT_AFTER_PLENARY = new RegExp(
  `(十八|十九|二十)届([一二三四五六七])中全会(?:(?!中全会)[^。；！？\\n]){0,8}?(?:部署|作出|通过|提出|审议|确定|明确|关于|对|就|围绕)(?:(?!中全会)[^。；！？\\n]){0,30}?(${Object.keys(PLENARY_SUBJECTS).join('|')})`,
  'g',
);

/** A meeting dated by the wrong year: the year written at `index` (four digits) should be `held`. */
function wrongYear(index: number, held: number, meeting: string, zhMeeting = meeting): WordingMatch {
  return { index, length: 4, replacement: String(held), certain: false, severity: 'error', why: { 'zh-CN': `${zhMeeting}于${held}年召开`, en: `the ${meeting} was held in ${held}` } };
}

/** The sentence holding [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !'。；！？\n'.includes(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !'。；！？\n'.includes(text[to])) to++;
  return text.slice(from, to);
}

/**
 * An old name told as history: 原国土资源部, or a sentence that tells the change itself (改为,
 * 更名为, 不再保留, 组建, 撤销 …) or is dated before the 2018 reforms (2016年国土资源部印发……).
 */
function oldNameAsHistory(text: string, m: RegExpExecArray): boolean {
  // (原 may stand before the place the office was of: 原县安全生产监督管理局.)
  if (/[原前](?:[\u4e00-\u9fff]{0,6}[省市县区州旗])?$/.test(text.slice(0, m.index))) return true;
  const sentence = sentenceAround(text, m.index, m.index + m[0].length);
  if (/改为|改名|更名|重组|不再保留|组建|撤销|撤并|整合|划入|并入|调整为|改革前|机构改革/.test(sentence)) return true;
  const year = /(19\d{2}|20[01]\d)年/.exec(sentence);
  return year !== null && Number(year[1]) < 2018;
}

function meetingKind(item: string): number {
  // (A verb before the first item belongs to the sentence: 召开支部党员大会.)
  return MEETINGS.findIndex((names) => names.some((n) => item.endsWith(n)));
}

/**
 * Laws and regulations enacted once and not revised since, with the day each came into force: a
 * report that cites one with another day has it wrong. (Revised laws are left out: each revision
 * has a day of its own.)
 */
const IN_FORCE_SINCE: Readonly<Record<string, string>> = {
  民法典: '2021年1月1日',
  民营经济促进法: '2025年5月20日',
  数据安全法: '2021年9月1日',
  个人信息保护法: '2021年11月1日',
  乡村振兴促进法: '2021年6月1日',
  公职人员政务处分法: '2020年7月1日',
  反电信网络诈骗法: '2022年12月1日',
  长江保护法: '2021年3月1日',
  黄河保护法: '2023年4月1日',
  爱国主义教育法: '2024年1月1日',
  家庭教育促进法: '2022年1月1日',
  学前教育法: '2025年6月1日',
  能源法: '2025年1月1日',
  粮食安全保障法: '2024年6月1日',
  无障碍环境建设法: '2023年9月1日',
  反有组织犯罪法: '2022年5月1日',
  湿地保护法: '2022年6月1日',
  噪声污染防治法: '2022年6月5日',
  农村集体经济组织法: '2025年5月1日',
  信访工作条例: '2022年5月1日',
  优化营商环境条例: '2020年1月1日',
  香港特别行政区维护国家安全法: '2020年6月30日',
  退役军人保障法: '2021年1月1日',
};

/**
 * The dates a text gives for a law's entry into force, right before or after its title: 自2025年6月1日
 * 起施行的《……民营经济促进法》, 《……民营经济促进法》于2025年6月1日起正式实施 (the day may be left out;
 * `revised`: 新修改的 may stand before the title).
 */
function lawDates(text: string, laws: readonly string[], revised: boolean): { at: number; law: string; y: string; mo: string; d: string | undefined }[] {
  const names = laws.join('|');
  const day = '((?:19|20)\\d{2})年(\\d{1,2})月(?:(\\d{1,2})日)?';
  const before = new RegExp(`${day}(?:起)?(?:正式)?(?:施行|实施|生效)的${revised ? '(?:新修[改订正]的)?' : '?'}《(?:中华人民共和国)?(${names})》`, 'g');
  // (Or with a clause between that names the law again: 《…促进法》宣传贯彻，该法自2025年5月1日起施行.)
  const after = new RegExp(`《(?:中华人民共和国)?(${names})》(?:[^《》。；！？\\n]{0,14}?(?:该法|本法|此法|新法)(?:将)?)?(?:已|已于|于|自|从)${day}(?:起)?(?:正式)?(?:施行|实施|生效)`, 'g');
  const out: { at: number; law: string; y: string; mo: string; d: string | undefined }[] = [];
  let m: RegExpExecArray | null;
  while ((m = before.exec(text))) out.push({ at: m.index, law: m[4], y: m[1], mo: m[2], d: m[3] });
  while ((m = after.exec(text))) out.push({ at: m.index + m[0].indexOf(`${m[2]}年`, m[0].indexOf('》')), law: m[1], y: m[2], mo: m[3], d: m[4] });
  return out.sort((a, b) => a.at - b.at);
}

const lawInForceDate: WordingEntry = {
  id: 'law-in-force-date',
  canonical: Object.entries(IN_FORCE_SINCE).map(([law, day]) => `《${law}》${day}起施行`).join('；'),
  source: '各法律、法规公布时所定的施行日期（如《中华人民共和国民营经济促进法》第七十八条：自2025年5月20日起施行）',
  keys: ['施行', '实施', '生效'],
  find(text) {
    const out: WordingMatch[] = [];
    for (const { at, law, y, mo, d } of lawDates(text, Object.keys(IN_FORCE_SINCE), false)) {
      const right = IN_FORCE_SINCE[law];
      const [, ry, rm, rd] = /(\d+)年(\d+)月(\d+)日/.exec(right)!;
      if (y === ry && Number(mo) === Number(rm) && (d === undefined || Number(d) === Number(rd))) continue;
      const written = `${y}年${mo}月${d === undefined ? '' : `${d}日`}`;
      out.push({ index: at, length: written.length, replacement: d === undefined ? `${ry}年${rm}月` : right, certain: false, severity: 'error', why: { 'zh-CN': `《${law}》自${right}起施行`, en: `the ${law} came into force on ${ry}-${rm.padStart(2, '0')}-${rd.padStart(2, '0')}` } });
    }
    return out;
  },
};

/**
 * Meetings held once under their name, with the year and month: a report that dates one otherwise
 * has it wrong. (全国宣传思想文化工作会议's month is checked by its own entry.)
 */
const MEETING_HELD: Readonly<Record<string, readonly [number, number | null]>> = {
  中央金融工作会议: [2023, 10],
  中央全面依法治国工作会议: [2020, 11],
  中央人才工作会议: [2021, 9],
  全国宣传思想文化工作会议: [2023, null],
};

const meetingDate: WordingEntry = {
  id: 'meeting-held-date',
  canonical: Object.entries(MEETING_HELD).map(([name, [y, mo]]) => `${name}（${y}年${mo ? `${mo}月` : ''}）`).join('；'),
  source: '会议的新华社通稿：《中央金融工作会议在北京举行》（2023年10月31日），《中央全面依法治国工作会议在京召开》（2020年11月17日），《中央人才工作会议在京召开》（2021年9月28日），《全国宣传思想文化工作会议在京召开》（2023年10月8日）',
  keys: Object.keys(MEETING_HELD),
  find(text) {
    const names = Object.keys(MEETING_HELD).join('|');
    return scan(text, new RegExp(`((?:19|20)\\d{2})年(?:(\\d{1,2})月)?(?:\\d{1,2}日)?(?:[—－-]\\d{1,2}日)?(?:召开|举行)?的?(?:党的|党中央)?(${names})`, 'g'), (m) => {
      const [year, month] = MEETING_HELD[m[3]];
      if (Number(m[1]) !== year) return { index: m.index, length: 4, replacement: String(year), certain: true, severity: 'error', why: { 'zh-CN': `${m[3]}于${year}年${month ? `${month}月` : ''}召开`, en: `the ${m[3]} was held in ${year}` } };
      if (month !== null && m[2] !== undefined && Number(m[2]) !== month) {
        return { index: m.index + 5, length: m[2].length, replacement: String(month), certain: true, severity: 'error', why: { 'zh-CN': `${m[3]}于${year}年${month}月召开`, en: `the ${m[3]} was held in ${year}-${String(month).padStart(2, '0')}` } };
      }
      return null;
    });
  },
};

/**
 * Laws revised since they were first enacted, with the day each text came into force: a date given
 * for one is checked only against the revisions of its year (新修改的《安全生产法》自2021年9月1日起施行).
 */
const REVISED_IN_FORCE: Readonly<Record<string, readonly string[]>> = {
  安全生产法: ['2002年11月1日', '2014年12月1日', '2021年9月1日'],
  行政处罚法: ['1996年10月1日', '2021年7月15日'],
  未成年人保护法: ['1992年1月1日', '2007年6月1日', '2021年6月1日'],
  环境保护法: ['1989年12月26日', '2015年1月1日'],
  公司法: ['1994年7月1日', '2006年1月1日', '2024年7月1日'],
  妇女权益保障法: ['1992年10月1日', '2023年1月1日'],
  反间谍法: ['2014年11月1日', '2023年7月1日'],
};

const revisedLawInForceDate: WordingEntry = {
  id: 'revised-law-in-force-date',
  canonical: Object.entries(REVISED_IN_FORCE).map(([law, days]) => `《${law}》${days[days.length - 1]}起施行（现行文本）`).join('；'),
  source: '各法律修改（修订）时所定的施行日期（如《全国人民代表大会常务委员会关于修改〈中华人民共和国安全生产法〉的决定》：自2021年9月1日起施行）',
  keys: Object.keys(REVISED_IN_FORCE),
  find(text) {
    const out: WordingMatch[] = [];
    for (const { at, law, y, mo, d } of lawDates(text, Object.keys(REVISED_IN_FORCE), true)) {
      if (d === undefined) continue;
      const days = REVISED_IN_FORCE[law];
      if (days.some((x) => x === `${y}年${Number(mo)}月${Number(d)}日`)) continue;
      // (Only a revision of the year written can be meant: another year is left to the writer.)
      const same = days.filter((x) => x.startsWith(`${y}年`));
      if (same.length !== 1) continue;
      out.push({ index: at, length: `${y}年${mo}月${d}日`.length, replacement: same[0], certain: false, severity: 'error', why: { 'zh-CN': `${y}年修改的《${law}》自${same[0]}起施行`, en: `the ${law} as revised in ${y} came into force on ${same[0]}` } });
    }
    return out;
  },
};

/**
 * A campaign begun again under a new name: the old name is history from the year the new one began.
 * (Named after a verb that carries it on, or before a year's tasks: 完成国企改革三年行动年度任务 in a
 * report of 2024 gives the new campaign the old name.)
 */
const CAMPAIGN_RENAMED: readonly { id: string; old: RegExp; current: string; from: number; source: string }[] = [
  { id: 'safety-campaign-fundamental', old: /(?<=(?:启动|部署|开展|实施|推进)了?)安全生产专项整治三年行动(?![（(])|安全生产专项整治三年行动(?=年度(?:重点)?(?:任务|目标))/g, current: '安全生产治本攻坚三年行动', from: 2024, source: '《安全生产治本攻坚三年行动方案（2024—2026年）》（国务院安委会，2024年1月）；专项整治三年行动为2020—2022年' },
  { id: 'soe-reform-deepening-action', old: /(?<=(?:启动|部署|开展|实施|推进)了?)(?:国企|国有企业)改革三年行动(?![（(]|方案[（(])|(?:国企|国有企业)改革三年行动(?=年度(?:重点)?(?:任务|目标))/g, current: '国有企业改革深化提升行动', from: 2023, source: '《国有企业改革深化提升行动方案（2023—2025年）》（2023年）；国企改革三年行动为2020—2022年' },
];

const campaignRenamed: readonly WordingEntry[] = CAMPAIGN_RENAMED.map(({ id, old, current, from, source }) =>
  replaceForm(id, current, source, old, () => current, {
    severity: 'error',
    certain: false,
    keys: ['三年行动'],
    why: { 'zh-CN': `${from}年起开展的是“${current}”`, en: `from ${from} the campaign is ${current}` },
    // Only in a sentence (or a document) of the new campaign's years that tells no earlier one's
    // results: its results, its close or its time right after the name, or looked back on before it.
    // (Not any 完成 of the sentence: 推进国企改革三年行动，完成3户子企业清理 carries it on.)
    skip: (text, m, context) => {
      const end = m.index + m[0].length;
      const year = yearAround(text, m.index, end, context);
      return year === undefined || year < from || /^[^，。；！？\n]{0,8}(?:巩固|成果|收官|总结|完成|以来|基础上|期间)/.test(text.slice(end, end + 12)) || /(?:巩固|总结|回顾)[^，。；！？\n]{0,12}$/.test(text.slice(Math.max(0, m.index - 16), m.index));
    },
  }),
);

/**
 * The January session of the Central Commission for Discipline Inspection, by year (the 19th and
 * 20th commissions met each January after their first session; CCDI_PLENARY_YEARS has them all).
 */
function ccdiJanuarySession(term: string, year: number): string | undefined {
  if (term !== '十九' && term !== '二十') return undefined;
  return '二三四五六七'.split('').find((n) => CCDI_PLENARY_YEARS[`${term}${n}`] === year);
}

/**
 * A CCDI session studied in a year it had not yet met, or, in the first weeks of a year, the
 * previous year's session where that year's had just met (2025年1月，传达学习二十届中央纪委三次全会精神).
 * (A year written right before the session, 2023年1月召开的…, is ccdi-plenary-year's.)
 */
const ccdiSessionStudied: WordingEntry = {
  id: 'ccdi-session-studied-year',
  canonical: '二十届中央纪委二次全会（2023年1月）、三次全会（2024年1月）、四次全会（2025年1月）',
  source: '中央纪委历次全体会议公报（新华社，2018—2025年），如《中国共产党第二十届中央纪律检查委员会第四次全体会议公报》（2025年1月8日）',
  keys: ['中央纪委'],
  find(text) {
    return scan(text, /((?:19|20)\d{2})年(?:(\d{1,2})月)?((?:(?!中央纪委)[^。；！？\n]){0,30}?)(十九|二十)届中央纪委([二三四五六七])次全会/g, (m) => {
      if (/^(?:\d{1,2}日)?(?:召开的|举行的)?(?:党的)?$/.test(m[3])) return null;
      const year = Number(m[1]);
      const held = CCDI_PLENARY_YEARS[`${m[4]}${m[5]}`];
      const right = ccdiJanuarySession(m[4], year);
      if (held === undefined || held === year || right === undefined) return null;
      // A later session than the year written cannot have been studied yet; an earlier one is
      // wrong only where the sentence studies it in the year's first two months.
      // (Or where the sentence is at the session itself that month: 2024年1月，习近平总书记在……全会上.)
      if (held < year && !(m[2] !== undefined && Number(m[2]) <= 2 && (/传达|学习/.test(m[3]) || /在$/.test(m[3])))) return null;
      return { index: m.index + m[0].length - 4, length: 1, replacement: right, certain: false, severity: 'error', why: { 'zh-CN': `${year}年1月召开的是${m[4]}届中央纪委${right}次全会`, en: `the CCDI session of January ${year} was the ${m[4]}届${right}次全会` } };
    });
  },
};

/**
 * The national security education day (全民国家安全教育日, 15 April) is held each year since 2016:
 * its count is the year less 2015 (2025年4月15日 is the tenth).
 */
const securityEducationDayCount: WordingEntry = {
  id: 'security-education-day-count',
  canonical: '第N个全民国家安全教育日（N＝年份－2015；2025年为第十个）',
  source: '《中华人民共和国国家安全法》（2015年7月1日）第十四条：每年4月15日为全民国家安全教育日',
  keys: ['全民国家安全教育日'],
  find(text) {
    return scan(text, /((?:20)\d{2})年(?:4月15日)?(?:(?!全民国家安全教育日)[^。；！？\n]){0,24}?第([一二三四五六七八九十]{1,3})个(?:[“"])?全民国家安全教育日/g, (m) => {
      const year = Number(m[1]);
      if (year < 2016 || year > 2099) return null;
      const right = chineseNumber(year - 2015);
      if (parseSmall(m[2]) === year - 2015) return null;
      const at = m.index + m[0].lastIndexOf(`第${m[2]}个`) + 1;
      return { index: at, length: m[2].length, replacement: right, certain: true, severity: 'error', why: { 'zh-CN': `${year}年4月15日是第${right}个全民国家安全教育日`, en: `15 April ${year} is the ${year - 2015}th national security education day` } };
    });
  },
};

/** The years the four global initiatives were put forward. */
const INITIATIVE_YEARS: Readonly<Record<string, number>> = { 全球发展倡议: 2021, 全球安全倡议: 2022, 全球文明倡议: 2023, 全球治理倡议: 2025 };

const initiativeYear: WordingEntry = {
  id: 'global-initiative-year',
  canonical: Object.entries(INITIATIVE_YEARS).map(([name, y]) => `${name}（${y}年）`).join('、'),
  source: 'official/cpc-congress-report-20.txt:95（全球发展倡议、全球安全倡议）；《习近平在中国共产党与世界政党高层对话会上的主旨讲话》（2023年3月15日，全球文明倡议）；《习近平在“上海合作组织+”会议上的讲话》（2025年9月1日，全球治理倡议）',
  keys: Object.keys(INITIATIVE_YEARS),
  find(text) {
    const names = Object.keys(INITIATIVE_YEARS).join('|');
    return scan(text, new RegExp(`((?:19|20)\\d{2})年(?:\\d{1,2}月)?(?:首次)?提出(?:了)?的(${names})`, 'g'), (m) => {
      const year = INITIATIVE_YEARS[m[2]];
      if (Number(m[1]) === year) return null;
      return { index: m.index, length: 4, replacement: String(year), certain: true, severity: 'error', why: { 'zh-CN': `${m[2]}于${year}年提出`, en: `the ${m[2]} was put forward in ${year}` } };
    });
  },
};

const twoChildPolicyOutdated: WordingEntry = {
  id: 'two-child-policy-outdated',
  canonical: '实施三孩生育政策及配套支持措施',
  source: '《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》（2021年6月）',
  keys: ['全面两孩', '全面二孩'],
  find(text, context) {
    // The universal two-child policy (2016) gave way to the three-child policy in 2021: as the
    // policy a text dated 2022 or later carries out, it is outdated; as history it is not.
    return scan(text, /全面[两二]孩(?:政策)?/g, (m) => {
      const year = yearAround(text, m.index, m.index + m[0].length, context);
      if (year === undefined || year < 2022) return null;
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      if (/以来|此前|曾|原|调整|到|改为|20(?:1\d|20|21)年/.test(sentence)) return null;
      return { index: m.index, length: m[0].length, replacement: '三孩生育政策', certain: false, severity: 'warning', why: { 'zh-CN': '2021年起实施三孩生育政策', en: 'the three-child policy has been in force since 2021' } };
    });
  },
};

/** The shares of the private economy (民营经济“56789”), by what each is a share of. */
const PRIVATE_ECONOMY_SHARES: Readonly<Record<string, string>> = { 税收: '50', 国内生产总值: '60', 技术创新成果: '70', 城镇劳动就业: '80', 企业数量: '90' };

const privateEconomyShares: WordingEntry = {
  id: 'private-economy-shares',
  canonical: '民营经济贡献了50%以上的税收、60%以上的国内生产总值、70%以上的技术创新成果、80%以上的城镇劳动就业、90%以上的企业数量',
  source: '《中共中央 国务院关于促进民营经济发展壮大的意见》（2023年7月）；习近平总书记在民营企业座谈会上的讲话（2018年11月1日）',
  keys: ['民营经济'],
  find(text) {
    const what = Object.keys(PRIVATE_ECONOMY_SHARES).join('|');
    return scan(text, new RegExp(`([5-9]0)(?=[%％]以上的(?:${what}))`, 'g'), (m) => {
      if (!sentenceAround(text, m.index, m.index + 2).includes('民营')) return null;
      const share = PRIVATE_ECONOMY_SHARES[text.slice(m.index + 6).match(new RegExp(`^(?:${what})`))?.[0] ?? ''];
      if (!share || share === m[1]) return null;
      return { index: m.index, length: 2, replacement: share, certain: false, severity: 'error', why: { 'zh-CN': '民营经济“56789”：50%以上的税收、60%以上的国内生产总值、70%以上的技术创新成果、80%以上的城镇劳动就业、90%以上的企业数量', en: 'the private economy’s shares are 50% of tax, 60% of GDP, 70% of innovation, 80% of urban jobs, 90% of firms' } };
    });
  },
};

const disciplineRegulationRevision: WordingEntry = {
  id: 'discipline-regulation-current-revision',
  canonical: '2023年修订的《中国共产党纪律处分条例》（2024年1月1日起施行）',
  source: '《中国共产党纪律处分条例》（中共中央2023年12月修订，2024年1月1日起施行）',
  keys: ['纪律处分条例'],
  find(text, context) {
    // The regulations as revised in 2023 are in force since 1 January 2024: an earlier revision
    // named as the one to study in text of 2024 or later (or beside 党纪学习教育, 2024's campaign) is
    // outdated. Not where the sentence tells the history (历次修订, 先后).
    return scan(text, /(20(?:0[0-9]|1[0-9]|2[0-2]))年(?:修订|修正)(?:后)?的《中国共产党纪律处分条例》/g, (m) => {
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      const year = yearAround(text, m.index, m.index + m[0].length, context);
      if (!((year !== undefined && year >= 2024) || sentence.includes('党纪学习教育'))) return null;
      if (/历次|先后|此前|曾/.test(sentence)) return null;
      return { index: m.index, length: 4, replacement: '2023', certain: false, severity: 'warning', why: { 'zh-CN': '现行《中国共产党纪律处分条例》为2023年修订、2024年1月1日起施行', en: 'the regulations in force are the 2023 revision, in force since 1 January 2024' } };
    });
  },
};

/**
 * Whether the list at [from, to) is given as the formula itself: its name right before it, then
 * 是, 即, 为, 包括 or a colon (“四个意识”即……, 中国式现代化是……), or right after it (……“四个意识”).
 * Only such a list is wrong for an item too many: elsewhere a list may go on beyond the formula
 * (经济建设、政治建设、文化建设、社会建设、生态文明建设、党的建设).
 */
function claimsFormula(text: string, from: number, to: number, name: string): false | 'before' | 'after' {
  const before = text.slice(Math.max(0, from - name.length - 8), from);
  const after = text.slice(to, to + name.length + 4);
  const quoted = name.replace(/[“”"]/g, '');
  const pos = before.lastIndexOf(quoted);
  // (A word or two may stand between: 分级诊疗制度即……, 中国式现代化的本质要求是…….)
  if (pos >= 0 && /^[”"]?[\u4e00-\u9fff]{0,4}?(?:，|,)?(?:即|是|为|就是|包括|指|：|:)$/.test(before.slice(pos + quoted.length))) return 'before';
  return new RegExp(`^(?:的|等|这|这些)?[“"]?${escapeRe(quoted)}`).test(after) ? 'after' : false;
}

/** The ending every member shares (的现代化), which a list writes once, after its last item; '' if none of two characters or more. */
function sharedEnding(members: readonly string[]): string {
  let n = 0;
  while (members.every((x) => x.length > n + 1 && x[x.length - 1 - n] === members[0][members[0].length - 1 - n])) n++;
  return n >= 2 ? members[0].slice(-n) : '';
}

/**
 * An item too many in a list given as a formula (……、走和平发展道路、实现高质量发展的现代化): all
 * members listed once and one other, joined by 、 (an item after 和 is often the writer's addition
 * on purpose: ……生态文明建设和党的建设). The finding removes the item with its separator.
 */
function extraMember(text: string, foreign: { at: number; length: number; text: string }, first: boolean, why: WordingMatch['why'], andToo = false): WordingMatch | null {
  const before = text[foreign.at - 1];
  const after = text[foreign.at + foreign.length];
  // (After 和 too where the formula's name follows the list, counting it: ……生活纪律和财经纪律这“六项纪律”.)
  if (first ? after !== '、' : before !== '、' && !(andToo && before === '和')) return null;
  const index = first ? foreign.at : foreign.at - 1;
  return {
    index,
    length: foreign.length + 1,
    replacement: '',
    certain: false,
    severity: 'error',
    why,
  };
}

/** Where a list's last item ends and what it qualifies or predicates begins (能打胜仗、纪律严明的人民军队). */
const LIST_END = /的|均|都|(?<!必)须|应/;
/** A list's pieces: a run of Chinese characters, a separator, or any other character (which ends the list). */
const LIST_PIECE = new RegExp(`[${HAN}]+|[、，和]|[^${HAN}、，]`, 'g');
/** Whether a piece is a run of Chinese characters. */
const HAN_START = new RegExp(`^[${HAN}]`);
type ListPiece = { text: string; at: number; han: boolean };
/**
 * The last paragraph's pieces. Every list entry whose key the paragraph holds reads the same
 * pieces, and findWording asks its candidates one paragraph at a time: cut once, not once per entry.
 */
let lastPieces: { text: string; pieces: ListPiece[] } | undefined;
function listPieces(text: string): ListPiece[] {
  if (lastPieces?.text === text) return lastPieces.pieces;
  const pieces: ListPiece[] = [];
  LIST_PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIST_PIECE.exec(text))) pieces.push({ text: m[0], at: m.index, han: HAN_START.test(m[0]) });
  lastPieces = { text, pieces };
  return pieces;
}
/** Words 和 begins, which no list is cut at. */
const WORDS_OF_HE = ['和谐', '和平', '和美', '和睦', '和解', '和善'];

/** The one of the 四个不摘 a short list (不摘政策、不摘帮扶……) leaves out, 监管 if none. */
function notRemovedMissing(m: RegExpExecArray): string {
  const sentence = sentenceAround(m.input, m.index, m.index + m[0].length);
  return ['责任', '政策', '帮扶', '监管'].find((x) => !sentence.includes(`不摘${x}`)) ?? '监管';
}

/** The four strictest of food safety, by what each governs (最严格的监管). */
const FOUR_STRICTEST: Readonly<Record<string, string>> = { 监管: '最严格', 处罚: '最严厉' };

/**
 * A list of all the members of a formula but one, with one other in that one's place (纠治形式主义、
 * 官僚主义、享乐主义和拜金主义): the foreign member, and the missing one as the suggestion.
 *
 * `nameRequired`: a formula of three members, whose two beside a third of the writer's own are as
 * often a list of the writer's (保障性住房建设、城中村改造和老旧小区改造): a wrong member only where
 * the sentence names the formula.
 */
function memberList(id: string, name: string, members: readonly string[], zh: string, en: string, source: string, aliases: Readonly<Record<string, string>> = {}, nameRequired = false): WordingEntry {
  // Each member with the other forms it is written in (宣传党的路线方针政策 for 宣传党的政策).
  const forms = members.map((x) => [x, ...Object.keys(aliases).filter((a) => aliases[a] === x)] as const);
  const ending = sharedEnding(members);
  // The first character every member begins with (the 稳 of 稳就业、稳金融……), if any.
  const prefix = members.every((x) => x[0] === members[0][0]) ? members[0][0] : '';
  return {
    id,
    canonical: members.join('、'),
    source,
    // (Members without their shared ending: a list writes it once, after its last item. The
    // formula's name too where its members share a first character: a part of the list is read
    // beside it.)
    keys: members.slice(0, 2).map((x) => x.slice(0, x.length - ending.length)).concat(prefix ? [name] : []),
    find(text) {
      // All members but one listed (with or without the formula's name), and one other in that
      // one's place: a list of the writer's own shares fewer. A clause is cut into items at 、 and
      // at a 和 between two words, so that a list is read from its first item whatever comes
      // before it; a list ends at the clause's end (，).
      const out: WordingMatch[] = [];
      const items: { text: string; at: number }[] = [];
      // A run of items read as a list: each item's own words (its 坚持 and the like stripped, its
      // alias read as the member), the list's ends cut to what belongs to it.
      const normalized = (run: readonly { text: string; at: number }[]) => {
        const window = run.map((i) => ({ ...i }));
        const strip = (i: { text: string; at: number }) => {
          const bare = i.text.replace(/^(?:必须)?坚持/, '');
          i.at += i.text.length - bare.length;
          i.text = bare.replace(/下基层?$/, '');
        };
        window.forEach(strip);
        // The list's ends may take in a word before or after it (纠治形式主义, 现场办公下基层).
        // (The longest that fits: 摘帽不摘责任, not its short form 不摘责任.)
        const head = forms.flatMap(([, ...f]) => f).concat(members).sort((x, y) => y.length - x.length).find((x) => window[0].text.endsWith(x));
        if (head) window[0] = { text: head, at: window[0].at + window[0].text.length - head.length };
        for (const i of window) i.text = aliases[i.text] ?? i.text;
        const last = window[window.length - 1];
        // (A member's other form counts too: 不摘监管要求 ends a list of 四个不摘 written short.)
        const tailForm = members.find((x) => last.text.startsWith(x)) ?? Object.keys(aliases).find((a) => last.text.startsWith(a));
        const tail = tailForm === undefined ? undefined : aliases[tailForm] ?? tailForm;
        if (tail) last.text = tail;
        // (Or a 的 and what the list qualifies, or an adverb and the predicate the list is the
        // subject of: 能打胜仗、纪律严明的人民军队; 重大项目安排和重大合同签订均须集体研究.)
        // (Not the 须 of 必须 inside an item: 管人员必须管安全的要求 is cut at its 的.)
        else if (last.text.search(LIST_END) >= 2) last.text = last.text.slice(0, last.text.search(LIST_END));
        // (Or a 这 or 等 before the formula's name: ……生活纪律和财经纪律这“六项纪律”.)
        if (!members.includes(last.text) && /..(?:这些|这|等)$/.test(last.text)) last.text = last.text.replace(/(?:这些|这|等)$/, '');
        // (Or the formula's name after its members: 污染防治三大攻坚战.)
        if (!members.includes(last.text) && last.text.indexOf(name) >= 2) last.text = last.text.slice(0, last.text.indexOf(name));
        return window;
      };
      // A run of items read as a list, with the members' shared ending (的现代化) given to each item
      // but the last where only the last writes it.
      const readRun = (run: readonly { text: string; at: number }[]) => {
        const shared = ending !== '' && run[run.length - 1].text.endsWith(ending) && !run.slice(0, -1).some((i) => i.text.endsWith(ending));
        return { shared, window: normalized(shared ? run.map((i, j) => (j < run.length - 1 ? { ...i, text: i.text + ending } : i)) : run) };
      };
      const flush = () => {
        // A list one member short where its sentence names the formula (落实“四个不摘”要求，做到摘帽不摘
        // 责任、摘帽不摘政策、摘帽不摘帮扶): the member missing is named. (Formulas of four members or
        // more: a list of two is as often the writer's own. Not where the sentence speaks of the
        // missing one in its own words: ……，监管力度不减.)
        if (members.length >= 4 && items.length === members.length - 1) {
          const window = normalized(items);
          const texts = window.map((i) => i.text);
          const missing = members.find((x) => !texts.includes(x));
          const from = window[0].at;
          const to = window[window.length - 1].at + window[window.length - 1].text.length;
          const sentence = sentenceAround(text, from, to);
          // (The missing one's own words: without the members' shared ending, which every item has:
          // 群众 of 群众纪律.)
          const ownWords = (f: string) => (ending !== '' && f.endsWith(ending) && f.length > ending.length ? f.slice(0, -ending.length) : f.slice(-2));
          if (missing && texts.every((t) => members.includes(t)) && new Set(texts).size === texts.length && sentence.includes(name) && !forms.find(([x]) => x === missing)!.some((f) => sentence.includes(ownWords(f)))) {
            out.push({ index: from, length: to - from, replacement: members.join('、'), certain: false, severity: 'error', why: { 'zh-CN': `${zh}，缺少“${missing}”`, en: `${en} (${name}); “${missing}” is missing` } });
          }
        }
        for (let k = 0; k + members.length <= items.length; k++) {
          // (Items written without the members' shared ending, once after the last, are read with it.)
          const run = items.slice(k, k + members.length);
          const { shared, window } = readRun(run);
          const foreign = window.filter((i) => !members.includes(i.text));
          if (foreign.length !== 1 || new Set(window.map((i) => i.text)).size !== window.length) continue;
          if (nameRequired && !sentenceAround(text, window[0].at, window[window.length - 1].at + window[window.length - 1].text.length).includes(name)) continue;
          if (foreign[0].text.length < 2 || foreign[0].text.length > Math.max(...members.map((x) => x.length)) + 2) continue;
          const missing = members.find((x) => !window.some((i) => i.text === x))!;
          // (Not where the list holds the missing one too, beside the window: an item too many.)
          if (items.some((i) => i.text.includes(missing) || (ending !== '' && (i.text + ending).includes(missing)))) continue;
          // A foreign item at an end runs on into the words around the list (稳物价工作, 纠治形式主义):
          // cut to the length of the member it stands for.
          const f = foreign[0];
          // (An item read with the shared ending is written, and corrected, without it.)
          let replacement = missing;
          if (shared && f !== window[window.length - 1]) {
            f.text = f.text.slice(0, -ending.length);
            replacement = missing.slice(0, -ending.length);
          }
          // (A list written short, 摘帽不摘责任、不摘政策……, is corrected in its short form: 不摘帮扶.)
          const short = Object.keys(aliases).find((a) => aliases[a] === missing && missing.endsWith(a));
          if (short && !f.text.startsWith(missing.slice(0, missing.length - short.length))) replacement = short;
          // (A last item that goes on past the members' shared ending ends there: 管生产必须管安全|要求
          // is corrected without the 要求 after it, which the correction would otherwise drop.)
          if (ending !== '' && f === window[window.length - 1] && f.text.includes(ending) && !f.text.endsWith(ending)) f.text = f.text.slice(0, f.text.indexOf(ending) + ending.length);
          // (Not one that ends as the members do: 供应链金融 for 数字金融 is a member of its own making.)
          if (f.text.length > replacement.length && f === window[window.length - 1] && !f.text.endsWith(replacement.slice(-2))) f.text = f.text.slice(0, replacement.length);
          else if (f.text.length > replacement.length && f === window[0] && !f.text.startsWith(replacement.slice(0, 2))) {
            f.at += f.text.length - replacement.length;
            f.text = f.text.slice(-replacement.length);
          }
          out.push({ index: f.at, length: f.text.length, replacement, certain: false, severity: 'error', why: { 'zh-CN': `${zh}，缺少“${missing}”`, en: `${en} (${name}); “${missing}” is missing` } });
          k += members.length - 1;
        }
        // One item too many (four features or more: a list of two or three plus the writer's own
        // is common). Items written without the members' shared ending, once after the last, are
        // read with it.
        for (let k = 0; members.length >= 4 && k + members.length + 1 <= items.length; k++) {
          const run = items.slice(k, k + members.length + 1);
          const { shared, window } = readRun(run);
          const foreign = window.filter((i) => !members.includes(i.text));
          if (foreign.length !== 1 || new Set(window.map((i) => i.text)).size !== window.length) continue;
          const f = foreign[0];
          const last = f === window[window.length - 1];
          // (Its own words only: the shared ending and what follows the list stay.)
          let length = shared && !last ? f.text.length - ending.length : f.text.length;
          if (last) {
            const own = text.slice(f.at).search(/[，。；、]|的/);
            if (own > 0 && own < length) length = own;
          }
          if (length < 2) continue;
          const from = window[0].at;
          const lastItem = window[window.length - 1];
          const to = lastItem.at + lastItem.text.length;
          const claim = claimsFormula(text, from, to, name);
          if (!claim) continue;
          // (The item as written, with the 坚持 before it: the whole item goes.)
          const first = f === window[0];
          const at = first ? f.at : run[window.indexOf(f)].at;
          const item = text.slice(at, f.at + length);
          const hit = extraMember(text, { at, length: item.length, text: item }, first, { 'zh-CN': `${zh}，“${item}”不在其中`, en: `${en} (${name}); “${item}” is not one of them` }, claim === 'after');
          if (hit) out.push(hit);
          k += members.length;
        }
        // A part of the list, given right after the formula's name, all of the members' shape (保X)
        // and one of them none of the members (“六保”工作，聚焦保居民就业、保基本民生、保实体经济):
        // the one meant is the member missing that shares the most characters with it, where one
        // does. (A short form of a member is the member: 保就业 for 保居民就业.)
        if (prefix && items.length >= 3 && items.length < members.length - 1) {
          const window = normalized(items);
          const foreign = window.filter((i) => !members.includes(i.text));
          const from = window[0].at;
          const before = text.slice(Math.max(0, from - name.length - 12), from);
          const gap = before.slice(before.lastIndexOf(name) + name.length);
          const missing = members.filter((x) => !window.some((i) => i.text === x));
          const own = (x: string) => [...x.slice(1)];
          if (foreign.length === 1 && new Set(window.map((i) => i.text)).size === window.length && window.every((i) => i.text[0] === prefix && i.text.length <= 9) && before.includes(name) && !/[。；！？]/.test(gap)) {
            const f = foreign[0];
            const shortOf = missing.some((x) => own(f.text).every((c) => x.includes(c)));
            const shared = missing.map((x) => own(x).filter((c) => f.text.includes(c)).length);
            const best = Math.max(...shared);
            if (!shortOf && best >= 1 && shared.filter((n) => n === best).length === 1) {
              const meant = missing[shared.indexOf(best)];
              out.push({ index: f.at, length: f.text.length, replacement: meant, certain: false, severity: 'error', why: { 'zh-CN': `${zh}，“${f.text}”不在其中`, en: `${en} (${name}); “${f.text}” is not one of them` } });
            }
          }
        }
        items.length = 0;
      };
      for (const { text: t, at, han } of listPieces(text)) {
        if (t === '、') continue;
        if (!han) {
          flush();
          continue;
        }
        // A 和 between two words of two or more characters joins two items (享乐主义和奢靡之风).
        // (Not inside a member: 物质文明和精神文明相协调的现代化.)
        const and = t.lastIndexOf('和');
        // (Nor the 和 of a word it begins: 人与自然和谐相处.)
        if (and >= 2 && t.length - and - 1 >= 2 && !WORDS_OF_HE.includes(t.slice(and, and + 2)) && !members.some((x) => x.includes('和') && (t.endsWith(x) || (ending !== '' && (t + ending).endsWith(x))))) {
          items.push({ text: t.slice(0, and), at });
          items.push({ text: t.slice(and + 1), at: at + and + 1 });
        } else items.push({ text: t, at });
      }
      flush();
      return out;
    },
  };
}

/** The literal keys of the sixth blind set's replacement entries (see WordingEntry.keys). */
const SIXTH_SET_KEYS: Readonly<Record<string, string[]>> = {
  'effective-connection': ['有机衔接'],
  'most-useful-democracy': ['最广泛、最真实、'],
  'new-productive-forces-hallmark': ['为核心标志'],
  'three-represents-thought-name': ['重要理论'],
  'three-represents-culture': ['先进文化的发展方向'],
  'thousand-villages': ['千村整治'],
  'national-security-root': ['安全为根本'],
  'new-stage-verbs': ['立足新发展理念', '贯彻新发展阶段'],
  'three-distinctions': ['个区分开来'],
  'belt-and-road-principle': ['共商共建共赢'],
  'harmony-with-nature-modernization': ['人与自然和谐'],
  'great-changes-unseen-wording': ['之大变局'],
  'play-a-role': ['发扬'],
};

/** The general requirements of rural revitalization, in their fixed order (read as a formula and, clause by clause, as a list). */
const RURAL_REVITALIZATION_REQUIREMENTS = ['产业兴旺', '生态宜居', '乡风文明', '治理有效', '生活富裕'] as const;

/** The corrections of the eighth blind set's swapped statements (人才是第一动力 → 人才是第一资源). */
const EIGHTH_SET_SWAPS: Readonly<Record<string, string>> = {
  人才是第一动力: '人才是第一资源',
  人才是第一生产力: '人才是第一资源',
  创新是第一资源: '创新是第一动力',
  创新是第一生产力: '创新是第一动力',
  科技是第一动力: '科技是第一生产力',
  科技是第一资源: '科技是第一生产力',
  人民是答卷人: '我们是答卷人',
  我们是阅卷人: '人民是阅卷人',
  我们是出卷人: '时代是出卷人',
  人民是出卷人: '时代是出卷人',
  中国人民谋复兴: '中国人民谋幸福',
  中华民族谋幸福: '中华民族谋复兴',
};

/**
 * Items whose order is fixed (the guiding theories, the sixteen characters of the rule of law …),
 * given as regular-expression sources: a run of them side by side (、 or ，) out of order is put
 * back in order. `after` must follow the run's last (完整、准确、全面 only before 贯彻新发展理念).
 * `minRun`: the fewest items of a run that are read as the formula (3 for the police motto, whose
 * items two at a time are any list's: 政治坚定、作风优良、纪律严明、执法公正的城管执法队伍).
 */
function fixedOrder(id: string, canonical: string, source: string, items: readonly string[], keys: string[], zh: string, en: string, after = '', minRun = 2): WordingEntry {
  const any = new RegExp(items.map((x) => `(${x})`).join('|'), 'g');
  const tail = after ? new RegExp(`^${after}`) : null;
  return {
    id,
    canonical,
    source,
    keys,
    find(text) {
      const out: WordingMatch[] = [];
      // The items in runs, each joined to the one before by a single 、 or ，; a run out of order is
      // put back in order whole (全面、准确、完整 → 完整、准确、全面, not one pair of it at a time).
      const runs: { m: RegExpExecArray; rank: number }[][] = [];
      for (const m of text.matchAll(any)) {
        const item = { m: m as RegExpExecArray, rank: m.slice(1).findIndex((g) => g !== undefined) };
        const run = runs[runs.length - 1];
        const prev = run?.[run.length - 1];
        if (prev && /^[、，,]$/.test(text.slice(prev.m.index! + prev.m[0].length, m.index))) run.push(item);
        else runs.push([item]);
      }
      for (const run of runs) {
        if (run.length < minRun || run.every((x, i) => i === 0 || run[i - 1].rank < x.rank)) continue;
        // (The stretch from the first item out of place to the last: 科学立法、公正司法、严格执法 is
        // mended by swapping the two last.)
        const sorted = [...run].sort((x, y) => x.rank - y.rank);
        let lo = 0;
        while (run[lo].rank === sorted[lo].rank) lo++;
        let hi = run.length - 1;
        while (run[hi].rank === sorted[hi].rank) hi--;
        const start = run[lo].m.index!;
        const end = run[hi].m.index! + run[hi].m[0].length;
        if (tail && !tail.test(text.slice(end)) && !/^[、，,]/.test(text.slice(end))) continue;
        let replacement = '';
        for (let i = lo; i <= hi; i++) {
          replacement += sorted[i].m[0];
          if (i < hi) replacement += text.slice(run[i].m.index! + run[i].m[0].length, run[i + 1].m.index);
        }
        out.push({ index: start, length: end - start, replacement, certain: true, severity: 'error', why: { 'zh-CN': zh, en } });
      }
      return out;
    },
  };
}

const THOUGHT = '习近平新时代中国特色社会主义思想';

let entries: readonly WordingEntry[] | undefined;

/**
 * The dictionary, built on its first use: its 459 entries (their regular expressions, tables and
 * closures) take some 10 ms to build and as long again to compile, which the extension's
 * activation must not wait for.
 */
export function wordingEntries(): readonly WordingEntry[] {
  if (!entries) {
    entries = buildEntries();
    // (The standard names include those the entries' canonical forms quote: “三个代表”, “六项纪律”.)
    for (const e of entries) for (const quoted of e.canonical.match(QUOTED_FORMULA_ANY) ?? []) FORMULA_NAMES.add(quoted.slice(1, -1));
  }
  return entries;
}

function buildEntries(): readonly WordingEntry[] {
  return [
    // ── Names of the guiding theory and of the leadership ──────────────────────────────
    replaceForm(
      'thought-full-name',
      THOUGHT,
      'official/gov-work-report-2018.txt:4; official/gov-work-report-2025.txt:8',
      /习近平(?:总书记|同志)?(?:新时代)?(?:中国)?(?:特色)?(?:社会主义)?(?:新时代)?(?:思想|理论)(?!体系|家)/g,
      () => THOUGHT,
      {
        keys: ['习近平'],
        certain: true,
        why: { 'zh-CN': '理论名称须用全称', en: 'the name of the theory is written in full' },
        // 习近平 + a single 思想 is 习近平思想; 习近平经济思想 etc. never match (their field word breaks the pattern).
        skip: (_t, m) => m[0] === THOUGHT,
      },
    ),
    replaceForm(
      'three-represents-quotes',
      '“三个代表”重要思想',
      'official/cpc-congress-report-17.txt:3',
      /(?<!“)三个代表(?!”)重要思想/g,
      () => '“三个代表”重要思想',
      { keys: ['三个代表'], why: { 'zh-CN': '“三个代表”须加引号', en: '“三个代表” takes quotation marks' } },
    ),
    replaceForm(
      'three-represents-important-thought',
      '“三个代表”重要思想',
      'official/cpc-congress-report-17.txt:3; 《中国共产党章程》（2022年修改）总纲',
      /([“"]三个代表[”"])思想/g,
      (m) => `${m[1]}重要思想`,
      { severity: 'error', keys: ['三个代表'], why: { 'zh-CN': '名称为“三个代表”重要思想', en: 'the name is “三个代表”重要思想' } },
    ),
    replaceForm(
      'thought-of-ecological-civilization',
      '习近平生态文明思想',
      '全国生态环境保护大会（2018年5月）；《中共中央 国务院关于全面推进美丽中国建设的意见》（2023年12月）',
      /习近平(?:总书记)?生态(?:文明建设|文明)?(?=思想)/g,
      () => '习近平生态文明',
      { severity: 'error', keys: ['生态思想', '生态文明思想', '生态文明建设思想'], why: { 'zh-CN': '名称为“习近平生态文明思想”', en: 'the name is 习近平生态文明思想' } },
    ),
    replaceForm(
      'thought-on-rule-of-law',
      '习近平法治思想',
      '中央全面依法治国工作会议（2020年11月）；《习近平法治思想学习纲要》（2021年）',
      /习近平法制(?=思想)/g,
      () => '习近平法治',
      { severity: 'error', keys: ['习近平法制思想'], why: { 'zh-CN': '名称为“习近平法治思想”（治理之“治”）', en: 'the name is 习近平法治思想 (治, governance)' } },
    ),
    replaceForm(
      'core-of-central-committee',
      '以习近平同志为核心的党中央',
      'official/gov-work-report-2017.txt:8; official/gov-work-report-2025.txt:8',
      /以习近平(?:总书记|主席)?为核心的党中央/g,
      () => '以习近平同志为核心的党中央',
      { keys: ['为核心的党中央'], why: { 'zh-CN': '固定表述用“习近平同志”', en: 'the fixed form says 习近平同志' } },
    ),
    replaceForm(
      'general-secretary-full-name',
      '习近平总书记',
      'official/gov-work-report-2015.txt:35',
      /习总书记/g,
      () => '习近平总书记',
      { keys: ['习总书记'], why: { 'zh-CN': '正式文稿不用简称', en: 'formal writing does not shorten the name' } },
    ),
    replaceForm(
      'president-full-name',
      '习近平主席',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      /习主席/g,
      () => '习近平主席',
      { keys: ['习主席'], why: { 'zh-CN': '正式文稿不用简称', en: 'formal writing does not shorten the name' } },
    ),
    replaceForm(
      'new-development-philosophy',
      '新发展理念',
      'official/cpc-congress-report-20.txt:13',
      /五大发展理念/g,
      () => '新发展理念',
      { keys: ['五大发展理念'], why: { 'zh-CN': '现行表述为“新发展理念”', en: 'the current name is 新发展理念' } },
    ),
    // ── 两个确立 / 两个维护: their members name the leader differently ─────────────────
    replaceForm(
      'two-establishes-member',
      '确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位',
      '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）',
      /确立习近平总书记党中央的核心/g,
      () => '确立习近平同志党中央的核心',
      { severity: 'error', keys: ['确立习近平总书记'], why: { 'zh-CN': '“两个确立”用“习近平同志”', en: '两个确立 says 习近平同志' } },
    ),
    replaceForm(
      'two-upholds-member',
      '坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导',
      'official/gov-work-report-2018.txt:95; 《中国共产党章程》（2022年修改）总纲',
      /维护习近平同志党中央的核心/g,
      () => '维护习近平总书记党中央的核心',
      { severity: 'error', keys: ['维护习近平同志党中央'], why: { 'zh-CN': '“两个维护”用“习近平总书记”', en: '两个维护 says 习近平总书记' } },
    ),
    // 领悟“两个确立”, 做到“两个维护”: the one is understood, the other done.
    replaceForm(
      'uphold-not-establish',
      '坚决做到“两个维护”',
      'official/gov-work-report-2024.txt:81; official/gov-work-report-2025.txt:73',
      /(?<=做到[“"]?)两个确立/g,
      () => '两个维护',
      { severity: 'error', keys: ['做到'], why: { 'zh-CN': '“两个确立”是领悟的，做到的是“两个维护”', en: 'one comes to understand 两个确立 and does 两个维护' } },
    ),
    // 领悟“两个确立”的决定性意义: the mirror of the entry above.
    replaceForm(
      'establish-not-uphold',
      '深刻领悟“两个确立”的决定性意义',
      'official/gov-work-report-2024.txt:81; 《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）',
      /(?<=领悟[“"]?)两个维护(?=[”"]?的决定性意义)/g,
      () => '两个确立',
      { severity: 'error', keys: ['领悟'], why: { 'zh-CN': '领悟的是“两个确立”的决定性意义，做到的是“两个维护”', en: 'the decisive significance one comes to understand is that of 两个确立; 两个维护 is done' } },
    ),
    formula({
      id: 'two-establishes',
      count: '两',
      rest: '个确立',
      canonical: '深刻领悟“两个确立”的决定性意义',
      members: [],
      ordered: false,
      verbs: ['领悟', '认识', '理解'],
      item: '(?!)',
      source: 'official/gov-work-report-2024.txt:81; official/gov-work-report-2025.txt:73',
    }),
    formula({
      id: 'two-upholds',
      count: '两',
      rest: '个维护',
      canonical: '坚决做到“两个维护”',
      members: [],
      ordered: false,
      verbs: ['做到', '践行', '落实'],
      item: '(?!)',
      source: 'official/gov-work-report-2024.txt:81; official/gov-work-report-2025.txt:73',
    }),
    formula({
      id: 'four-consciousnesses',
      count: '四',
      rest: '个意识',
      canonical: '增强“四个意识”',
      members: ['政治意识', '大局意识', '核心意识', '看齐意识'],
      ordered: true,
      verbs: ['增强', '树牢', '牢固树立', '树立'],
      item: `[${HAN}]{2}意识`,
      source: 'official/gov-work-report-2017.txt:8; official/cpc-congress-report-20.txt:18',
    }),
    formula({
      id: 'six-musts',
      count: '六',
      rest: '个必须坚持',
      canonical: '“六个必须坚持”',
      members: ['必须坚持人民至上', '必须坚持自信自立', '必须坚持守正创新', '必须坚持问题导向', '必须坚持系统观念', '必须坚持胸怀天下'],
      ordered: true,
      verbs: ['把握', '坚持', '深刻把握', '运用'],
      item: `必须坚持[${HAN}]{4}`,
      source: 'official/cpc-congress-report-20.txt:43',
    }),
    formula({
      id: 'four-confidences',
      count: '四',
      rest: '个自信',
      canonical: '坚定“四个自信”',
      members: ['道路自信', '理论自信', '制度自信', '文化自信'],
      ordered: true,
      verbs: ['坚定', '增强', '坚持'],
      item: `[${HAN}]{2}自信`,
      source: 'official/cpc-congress-report-20.txt:44; official/gov-work-report-2018.txt:95',
    }),
    formula({
      id: 'five-in-one',
      count: '五',
      rest: '位一体',
      canonical: '统筹推进“五位一体”总体布局',
      members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'],
      ordered: true,
      verbs: ['统筹推进', '推进'],
      item: `[${HAN}]{2,4}建设`,
      source: 'official/cpc-congress-report-18.txt:25; official/cpc-congress-report-20.txt:19',
      countFollowedBy: ['总体布局'],
    }),
    formula({
      id: 'four-comprehensives',
      count: '四',
      rest: '个全面',
      canonical: '协调推进“四个全面”战略布局',
      members: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'],
      ordered: true,
      verbs: ['协调推进', '推进'],
      // (The members themselves first: the list runs on into the words after it, 全面从严治党的战略布局.)
      item: `全面(?:建设社会主义现代化国家|建成小康社会|深化改革|依法治国|从严治党|[${HAN}]{2,12}?(?=、|，|和|与|以及|[^${HAN}]|$))`,
      source: 'official/cpc-congress-report-20.txt:19; 党的十九届五中全会公报（2020年10月）',
      outdated: { 全面建成小康社会: '全面建设社会主义现代化国家' },
      outdatedSince: 2021,
    }),
    formula({
      id: 'new-development-philosophy-members',
      count: '五',
      rest: '大发展理念',
      nameKey: '发展理念',
      claimNames: ['新发展理念'],
      canonical: '完整、准确、全面贯彻新发展理念',
      members: ['创新', '协调', '绿色', '开放', '共享'],
      ordered: true,
      verbs: [],
      item: `[${HAN}]{2}`,
      source: 'official/gov-work-report-2016.txt:31; official/cpc-congress-report-20.txt:13',
    }),
    formula({
      id: 'three-stricts-three-earnests',
      count: '三',
      rest: '严三实',
      canonical: '践行“三严三实”',
      members: ['严以修身', '严以用权', '严以律己', '谋事要实', '创业要实', '做人要实'],
      ordered: true,
      verbs: ['践行', '坚持', '落实'],
      item: `严以[${HAN}]{2}|[${HAN}]{2}要实`,
      source: '《关于在县处级以上领导干部中开展“三严三实”专题教育方案》（中共中央办公厅，2015年4月）',
    }),
    formula({
      id: 'core-socialist-values',
      count: '',
      rest: '核心价值观',
      canonical: '富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善',
      members: ['富强', '民主', '文明', '和谐', '自由', '平等', '公正', '法治', '爱国', '敬业', '诚信', '友善'],
      ordered: true,
      verbs: [],
      item: `[${HAN}]{2}`,
      source: 'official/cpc-congress-report-18.txt:84',
    }),
    formula({
      id: 'four-greats',
      count: '四',
      rest: '个伟大',
      canonical: '伟大斗争、伟大工程、伟大事业、伟大梦想',
      members: ['伟大斗争', '伟大工程', '伟大事业', '伟大梦想'],
      ordered: true,
      verbs: ['推进', '统揽', '进行'],
      item: `伟大[${HAN}]{2}`,
      source: 'official/cpc-congress-report-20.txt:19',
    }),
    formula({
      id: 'four-tests',
      count: '四',
      rest: '大考验',
      canonical: '执政考验、改革开放考验、市场经济考验、外部环境考验',
      members: ['执政考验', '改革开放考验', '市场经济考验', '外部环境考验'],
      ordered: true,
      verbs: ['经受', '经受住'],
      item: `[${HAN}]{2,4}考验`,
      source: 'official/cpc-congress-report-18.txt:137',
    }),
    formula({
      id: 'clean-government-three-nots',
      count: '',
      rest: '不敢腐、不能腐、不想腐',
      nameKey: '一体推进',
      canonical: '一体推进不敢腐、不能腐、不想腐',
      members: ['不敢腐', '不能腐', '不想腐'],
      ordered: true,
      verbs: [],
      item: `不[${HAN}]腐`,
      source: 'official/cpc-congress-report-20.txt:32',
    }),
    formula({
      id: 'rural-revitalization-requirements',
      count: '',
      rest: '乡村振兴总要求',
      nameKey: '总要求',
      canonical: RURAL_REVITALIZATION_REQUIREMENTS.join('、'),
      members: RURAL_REVITALIZATION_REQUIREMENTS,
      ordered: true,
      verbs: [],
      item: `[${HAN}]{4}`,
      source: '《中共中央 国务院关于实施乡村振兴战略的意见》（2018年1月）',
    }),
    // The general requirements of the Party's education campaigns, each a list of its own.
    ...(
      [
        ['theme-education-2023', '主题教育总要求', ['学思想', '强党性', '重实践', '建新功'], '《关于在全党开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》（中共中央，2023年3月）'],
        ['theme-education-2019', '主题教育总要求', ['守初心', '担使命', '找差距', '抓落实'], '《关于在全党开展“不忘初心、牢记使命”主题教育的意见》（中共中央，2019年5月）'],
        ['party-history-education', '党史学习教育目标要求', ['学史明理', '学史增信', '学史崇德', '学史力行'], '《关于在全党开展党史学习教育的通知》（中共中央，2021年2月）'],
      ] as const
    ).map(([id, rest, members, source]) =>
      formula({
        id,
        count: '',
        rest,
        nameKey: '要求',
        canonical: members.join('、'),
        members,
        ordered: true,
        verbs: [],
        item: `[${HAN}]{${members[0].length}}`,
        source,
      }),
    ),
    // ── The two layouts go with their own verbs and nouns ──────────────────────────────
    replaceForm(
      'five-in-one-layout',
      '统筹推进“五位一体”总体布局',
      'official/gov-work-report-2017.txt:35; official/cpc-congress-report-20.txt:19',
      /(协调推进)?(“?五位一体”?)战略布局/g,
      (m) => `${m[1] ? '统筹推进' : ''}${m[2]}总体布局`,
      { severity: 'error', keys: ['五位一体'], why: { 'zh-CN': '“五位一体”是总体布局，与“统筹推进”搭配', en: '五位一体 is the overall layout (总体布局), advanced by 统筹推进' } },
    ),
    replaceForm(
      'five-in-one-verb',
      '统筹推进“五位一体”总体布局',
      'official/gov-work-report-2017.txt:35',
      /协调推进(“?五位一体”?总体布局)/g,
      (m) => `统筹推进${m[1]}`,
      { severity: 'error', keys: ['五位一体'], why: { 'zh-CN': '“五位一体”总体布局与“统筹推进”搭配', en: '五位一体 goes with 统筹推进' } },
    ),
    replaceForm(
      'four-comprehensives-layout',
      '协调推进“四个全面”战略布局',
      'official/gov-work-report-2017.txt:35; official/cpc-congress-report-20.txt:19',
      /(统筹推进)?(“?四个全面”?)总体布局/g,
      (m) => `${m[1] ? '协调推进' : ''}${m[2]}战略布局`,
      { severity: 'error', keys: ['四个全面'], why: { 'zh-CN': '“四个全面”是战略布局，与“协调推进”搭配', en: '四个全面 is the strategic layout (战略布局), advanced by 协调推进' } },
    ),
    replaceForm(
      'four-comprehensives-verb',
      '协调推进“四个全面”战略布局',
      'official/gov-work-report-2017.txt:35',
      /统筹推进(“?四个全面”?战略布局)/g,
      (m) => `协调推进${m[1]}`,
      { severity: 'error', keys: ['四个全面'], why: { 'zh-CN': '“四个全面”战略布局与“协调推进”搭配', en: '四个全面 goes with 协调推进' } },
    ),
    // ── Meetings ──────────────────────────────────────────────────────────────────────
    replaceForm(
      'plenary-session-name',
      '党的二十届三中全会',
      'official/gov-work-report-2025.txt:4',
      new RegExp(`([${NUM}]{1,3})大([一二三四五六七八九])中全会`, 'g'),
      (m) => `${m[1]}届${m[2]}中全会`,
      { severity: 'error', keys: ['中全会'], why: { 'zh-CN': '全会按“届”称', en: 'plenary sessions are named by the term (届)' } },
    ),
    replaceForm(
      'plenary-session-numerals',
      '二十届三中全会',
      'official/gov-work-report-2024.txt:16',
      /(\d{1,2})届([1-9])中全会/g,
      (m) => `${chineseNumber(Number(m[1]))}届${chineseNumber(Number(m[2]))}中全会`,
      { keys: ['中全会'], why: { 'zh-CN': '会议名称用汉字数字', en: 'meeting names use Chinese numerals' } },
    ),
    replaceForm(
      'party-congress-numerals',
      '党的二十大',
      'official/gov-work-report-2024.txt:16',
      /党的(\d{1,2})大/g,
      (m) => `党的${chineseNumber(Number(m[1]))}大`,
      { keys: ['党的'], why: { 'zh-CN': '会议名称用汉字数字', en: 'meeting names use Chinese numerals' } },
    ),
    replaceForm(
      'party-congress-short-name',
      '党的二十大',
      'official/gov-work-report-2024.txt:16; 《中国共产党章程》（2022年修改）',
      new RegExp(`党的([${NUM}]{1,3})届大(?![会])`, 'g'),
      (m) => `党的${m[1]}大`,
      { severity: 'error', keys: ['届大'], why: { 'zh-CN': '党的全国代表大会简称“党的X大”，“届”用于中央委员会及其全会', en: 'a Party congress is 党的X大; 届 names the Central Committee and its plenary sessions' } },
    ),
    replaceForm(
      'party-congress-ci',
      '中国共产党第二十次全国代表大会',
      'official/cpc-congress-report-20.txt:1',
      new RegExp(`((?:中国共产党|党的)第[${NUM}]{1,3})届(全国代表大会)`, 'g'),
      (m) => `${m[1]}次${m[2]}`,
      { severity: 'error', keys: ['届全国代表大会'], why: { 'zh-CN': '党的全国代表大会按“次”称（第二十次全国代表大会），“届”用于中央委员会', en: 'a Party congress is counted by 次 (第二十次全国代表大会); 届 names the Central Committee' } },
    ),
    {
      id: 'plenary-session-year',
      canonical: '党的二十届三中全会',
      source: '党的十九届、二十届中央委员会历次全体会议公报（新华社，2017—2025年）',
      keys: ['中全会'],
      find(text) {
        const re = new RegExp(`((?:19|20)\\d{2})(年(?:(\\d{1,2})月)?(?:召开的|举行的|胜利召开的)?(?:党的)?)(十一|十八|十九|二十)届([一二三四五六七])中全会`, 'g');
        return scan(text, re, (m) => {
          const session = `${m[4]}${m[5]}`;
          const held = PLENARY_YEARS[session];
          if (!held) return null;
          if (held !== Number(m[1])) return wrongYear(m.index, held, `${m[4]}届${m[5]}中全会`);
          const month = PLENARY_MONTHS[session];
          if (!m[3] || Number(m[3]) === month) return null;
          const at = m.index + m[1].length + 1;
          return { index: at, length: m[3].length, replacement: String(month), certain: false, severity: 'error', why: { 'zh-CN': `${m[4]}届${m[5]}中全会于${held}年${month}月召开`, en: `the ${m[4]}届${m[5]}中全会 was held in ${held}年${month}月` } };
        });
      },
    },
    replaceForm(
      'plenary-session-plan',
      '党的二十届四中全会审议通过关于制定“十五五”规划的建议',
      '党的十九届五中全会公报（2020年10月）；党的二十届四中全会公报（2025年10月）',
      /(?<=(十九届五中全会|二十届四中全会)[^。；、]{0,20}?[“"]?)十([四五])五/g,
      (m) => `十${m[1] === '十九届五中全会' ? '四' : '五'}五`,
      { severity: 'error', keys: ['五中全会', '四中全会'], why: { 'zh-CN': '十九届五中全会审议“十四五”规划建议，二十届四中全会审议“十五五”规划建议', en: 'the 十九届五中全会 adopted the proposals for 十四五, the 二十届四中全会 those for 十五五' } },
    ),
    {
      id: 'plenary-session-subject',
      canonical: '党的二十届三中全会对进一步全面深化改革、推进中国式现代化作出战略部署',
      source: '党的十八届三中全会、十九届四中全会、十九届六中全会、二十届三中全会公报（新华社，2013—2024年）',
      keys: ['中全会'],
      find(text) {
        // A plenary session named with what another one decided, in the same clause and with the verb
        // that says it decided it (十九届三中全会部署的进一步全面深化改革): only the subjects no other
        // session shares.
        const re = SUBJECT_AFTER_PLENARY;
        return scan(text, re, (m) => {
          const held = PLENARY_SUBJECTS[m[3]];
          if (!held || held === `${m[1]}${m[2]}`) return null;
          const at = m.index;
          const replacement = `${held.slice(0, -1)}届${held.slice(-1)}中全会`;
          return {
            index: at,
            length: m[1].length + 5,
            replacement,
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `“${m[3]}”是${replacement}的主题`, en: `“${m[3]}” is the subject of the ${replacement}` },
          };
        });
      },
    },
    {
      id: 'three-meetings-one-lesson',
      canonical: '“三会一课”：支部党员大会、支部委员会、党小组会，按时上好党课',
      source: '《中国共产党支部工作条例（试行）》（中共中央，2018年10月）第十九条',
      keys: ['三会一课'],
      find(text) {
        // The three meetings listed after the name: two of them right and the third another
        // meeting, which takes the missing one's place. Each is met under more than one name.
        const re = /三会一课[^。；！？\n]{0,24}?([\u4e00-\u9fff]{2,6}?会议?)[、，和及]([\u4e00-\u9fff]{2,6}?会议?)[、，]?(?:和|及|以及)?([\u4e00-\u9fff]{2,6}?会议?)(?=[，。；、）\n]|$)/g;
        // Two meetings listed, both of them: the third is missing (支部党员大会、党小组会，按时上好党课).
        const two = /三会一课[^。；！？\n]{0,24}?([\u4e00-\u9fff]{2,6}?会议?)[、和及]([\u4e00-\u9fff]{2,6}?会议?)(?=[，。；）\n]|$)/g;
        const pairs = scan(text, two, (m) => {
          const kinds = [m[1], m[2]].map(meetingKind);
          if (kinds.includes(-1) || kinds[0] === kinds[1]) return null;
          // (Not the last two of a longer list: 支部党员大会、支部委员会、党小组会.)
          const first = m.index + m[0].length - m[2].length - 1 - m[1].length;
          if (/会议?[、，和及]$/.test(text.slice(Math.max(0, first - 3), first))) return null;
          const missing = [0, 1, 2].find((k) => !kinds.includes(k))!;
          const at = m.index + m[0].length - m[2].length;
          return {
            index: at,
            length: m[2].length,
            replacement: kinds[1] < missing ? `${m[2]}、${MEETINGS[missing][0]}` : `${MEETINGS[missing][0]}、${m[2]}`,
            certain: false,
            severity: 'warning',
            why: { 'zh-CN': `“三会一课”的“三会”还有${MEETINGS[missing][0]}`, en: `the three meetings of 三会一课 include the ${['branch members’ meeting', 'branch committee', 'Party group meeting'][missing]} too` },
          };
        });
        return [...pairs, ...scan(text, re, (m) => {
          const kinds = [m[1], m[2], m[3]].map(meetingKind);
          const foreign = kinds.indexOf(-1);
          if (foreign < 0 || kinds.lastIndexOf(-1) !== foreign || new Set(kinds).size !== 3) return null;
          const missing = [0, 1, 2].find((k) => !kinds.includes(k))!;
          const item = m[foreign + 1];
          // (Each item's place, from the list's end: an item may repeat a word before it.)
          const places = [0, 0, m[0].length - m[3].length];
          places[1] = m[0].lastIndexOf(m[2], places[2] - m[2].length);
          places[0] = m[0].lastIndexOf(m[1], places[1] - m[1].length);
          // The last three of a longer list that holds the missing one before them (支部党员大会、支部委员会、
          // 党小组会和民主生活会) list the three and a fourth: no meeting in another's place, a fourth too
          // many, where the 一课 belongs (…党小组会，按时上好党课).
          if (MEETINGS[missing].some((name) => m[0].slice(0, places[0]).includes(name))) {
            if (foreign !== 2) return null;
            const joint = m[0].slice(0, places[2]).match(/(?:[、，]?(?:和|及|以及)|[、，])$/)?.[0] ?? '';
            return {
              index: m.index + places[2] - joint.length,
              length: joint.length + item.length,
              replacement: '，按时上好党课',
              certain: false,
              severity: 'error',
              why: { 'zh-CN': `“三会一课”的“三会”是支部党员大会、支部委员会和党小组会，“一课”是党课（${item}不在其中）`, en: `the three meetings of 三会一课 are the branch members’ meeting, the branch committee and the Party group meeting, and the lesson is a Party lesson (${item} is none of them)` },
            };
          }
          const at = m.index + places[foreign];
          return {
            index: at,
            length: item.length,
            replacement: MEETINGS[missing][0],
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `“三会一课”的“三会”是支部党员大会、支部委员会和党小组会`, en: 'the three meetings of 三会一课 are the branch members’ meeting, the branch committee and the Party group meeting' },
          };
        })];
      },
    },
    {
      id: 'two-studies-one-action',
      canonical: '“两学一做”：学党章党规、学系列讲话、做合格党员',
      source: '《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》（中共中央办公厅，2016年2月）',
      keys: ['两学一做'],
      find(text) {
        // Its three parts spelt out after the name: two of them right and the third not.
        // (争做 for 做 too: 学党章党规、学系列讲话，争做合格党员.)
        const re = /两学一做[^。；！？\n]{0,24}?学([\u4e00-\u9fff]{2,8}?)[、，]学([\u4e00-\u9fff]{2,8}?)[、，]争?做([\u4e00-\u9fff]{2,6}?)(?=[，。；、”）\n]|$)/g;
        const parts = ['党章党规', '系列讲话', '合格党员'];
        return scan(text, re, (m) => {
          const wrong = [0, 1, 2].filter((k) => m[k + 1] !== parts[k]);
          if (wrong.length !== 1) return null;
          const k = wrong[0];
          // (Each part's place, from the end: 学X、学Y、做Z closes the match.)
          const third = m[0].length - m[3].length;
          const second = m[0].lastIndexOf(`学${m[2]}`, third) + 1;
          const places = [second - 2 - m[1].length, second, third];
          return {
            index: m.index + places[k],
            length: m[k + 1].length,
            replacement: parts[k],
            certain: false,
            severity: 'error',
            why: { 'zh-CN': '“两学一做”是学党章党规、学系列讲话、做合格党员', en: '两学一做 is 学党章党规, 学系列讲话, 做合格党员' },
          };
        });
      },
    },
    {
      id: 'party-congress-year',
      canonical: '2022年10月召开的党的二十大',
      source: 'official/cpc-congress-report-20.txt:1; 党的十八大、十九大报告（2012年11月、2017年10月）',
      keys: ['十八大', '十九大', '二十大'],
      find(text) {
        const re = /(20\d{2})(年(?:\d{1,2}月)?(?:召开的|举行的|胜利召开的)?(?:党的)?)(十八|十九|二十)大/g;
        return scan(text, re, (m) => {
          const held = CONGRESS_YEARS[m[3]];
          if (!held || held === Number(m[1])) return null;
          return wrongYear(m.index, held, `${m[3]}大`, `党的${m[3]}大`);
        });
      },
    },
    replaceForm(
      'belt-and-road-order',
      '“一带一路”',
      'official/cpc-congress-report-20.txt:23',
      /一路一带/g,
      () => '一带一路',
      { severity: 'error', keys: ['一路一带'], why: { 'zh-CN': '固定表述为“一带一路”', en: 'the fixed form is 一带一路' } },
    ),
    replaceForm(
      'new-era',
      '中国特色社会主义进入新时代',
      'official/cpc-congress-report-20.txt:14',
      /(中国特色社会主义进入了?)新时期/g,
      (m) => `${m[1]}新时代`,
      { severity: 'error', keys: ['新时期'], why: { 'zh-CN': '党的十九大作出中国特色社会主义进入新时代的重大政治论断', en: 'the 19th Congress declared that socialism with Chinese characteristics has entered a new era (新时代)' } },
    ),
    replaceForm(
      'two-upholds-order',
      '坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导',
      '《中共中央关于加强党的政治建设的意见》（2019年）',
      /(坚决)?维护党中央权威和集中统一领导([，、；])(坚决)?维护习近平总书记党中央的核心、全党的核心地位/g,
      (m) => `${m[3] ?? ''}维护习近平总书记党中央的核心、全党的核心地位${m[2]}${m[1] ?? ''}维护党中央权威和集中统一领导`,
      { severity: 'error', keys: ['维护党中央权威'], why: { 'zh-CN': '“两个维护”的顺序是固定的：先维护核心地位，后维护权威和集中统一领导', en: 'the order of 两个维护 is fixed: the core first, then the authority and centralised leadership' } },
    ),
    replaceForm(
      'two-combinations-both',
      '坚持“两个结合”：同中国具体实际相结合、同中华优秀传统文化相结合',
      'official/cpc-congress-report-20.txt:39',
      /(?<=两个结合[”"]?[^。；！？\n]{0,16}?)同中国具体实际相结合(?=[。；！？\n]|$)/g,
      () => '同中国具体实际相结合、同中华优秀传统文化相结合',
      { severity: 'error', certain: false, keys: ['两个结合'], why: { 'zh-CN': '“两个结合”还包括同中华优秀传统文化相结合', en: '两个结合 also takes in the fine traditional Chinese culture' } },
    ),
    replaceForm(
      'deng-xiaoping-theory',
      '邓小平理论',
      'official/cpc-congress-report-20.txt:16',
      /邓小平思想(?=[、，和与及为”])/g,
      () => '邓小平理论',
      { severity: 'error', keys: ['邓小平思想'], why: { 'zh-CN': '党的指导思想中的名称是“邓小平理论”', en: 'the name among the Party’s guiding theories is 邓小平理论' } },
    ),
    replaceForm(
      'core-not-head',
      '以习近平同志为核心的党中央',
      'official/gov-work-report-2025.txt:8',
      /(?<=以习近平(?:同志|总书记)?)为首(?=的党中央)/g,
      () => '为核心',
      { severity: 'error', keys: ['为首的党中央'], why: { 'zh-CN': '固定表述为“以习近平同志为核心的党中央”', en: 'the fixed form is 以习近平同志为核心的党中央' } },
    ),
    replaceForm(
      'great-changes-unseen-in-a-century',
      '世界百年未有之大变局',
      'official/cpc-congress-report-20.txt:12',
      /(?<=百年未有之)大变革/g,
      () => '大变局',
      { severity: 'error', keys: ['百年未有之大变革'], why: { 'zh-CN': '固定表述为“百年未有之大变局”', en: 'the fixed form is 百年未有之大变局' } },
    ),
    replaceForm(
      'forge-community-consciousness',
      '铸牢中华民族共同体意识',
      'official/cpc-congress-report-20.txt:91',
      /[筑树夯](?=牢中华民族共同体意识)/g,
      () => '铸',
      { severity: 'error', keys: ['牢中华民族共同体意识'], why: { 'zh-CN': '固定表述为“铸牢中华民族共同体意识”', en: 'the fixed form is 铸牢中华民族共同体意识' } },
    ),
    replaceForm(
      'five-year-plan-not-jihua',
      '第十五个五年规划',
      '《中华人民共和国国民经济和社会发展第十一个五年规划纲要》（2006年）',
      /(?<=第(?:十[一二三四五六七八九]|二十)个五年|[“"]十[一二三四五六七]五[”"]?)计划(?!生育)/g,
      () => '规划',
      { severity: 'error', keys: ['五年计划', '五”计划', '五计划'], why: { 'zh-CN': '自“十一五”起称“规划”，此前称“计划”', en: 'since the 11th (2006) it is a 规划; before, a 计划' } },
    ),
    replaceForm(
      'vision-2035',
      '“十四五”规划和2035年远景目标',
      'official/cpc-congress-report-20.txt:12',
      /(?<=(?:第十四个五年规划|[“"]十四五[”"]规划)和)(?!二〇三五|2035)(?:20\d{2}|二〇[二三四][〇一二三四五六七八九])(?=年远景目标)/g,
      () => '2035',
      { severity: 'error', keys: ['年远景目标'], why: { 'zh-CN': '“十四五”规划与2035年远景目标同时制定', en: 'the 14th plan goes with the long-range objectives through 2035' } },
    ),
    replaceForm(
      'modern-socialist-country-beautiful',
      '富强民主文明和谐美丽的社会主义现代化强国',
      'official/cpc-congress-report-20.txt:59',
      /(?<=富强(、?)民主、?文明、?)和谐(?=的社会主义现代化强国)/g,
      (m) => `和谐${m[1]}美丽`,
      { severity: 'error', keys: ['社会主义现代化强国'], why: { 'zh-CN': '党的十九大起为“富强民主文明和谐美丽”', en: 'since the 19th Congress the goal reads 富强民主文明和谐美丽' }, skip: (text, m) => oldNameAsHistory(text, m) },
    ),
    replaceForm(
      'autonomous-region-names',
      '广西壮族自治区',
      'official/gov-work-report-2018.txt:100; 《中华人民共和国宪法》',
      /(广西|宁夏|新疆|内蒙)(?=自治区)/g,
      (m) => ({ 广西: '广西壮族', 宁夏: '宁夏回族', 新疆: '新疆维吾尔', 内蒙: '内蒙古' })[m[1] as '广西'],
      { severity: 'error', keys: ['自治区'], why: { 'zh-CN': '自治区名称须用全称', en: 'an autonomous region is named in full' } },
    ),
    replaceForm(
      'thought-of-ecological-civilization-environment',
      '习近平生态文明思想',
      '全国生态环境保护大会（2018年5月）；《中共中央 国务院关于全面推进美丽中国建设的意见》（2023年12月）',
      /习近平(?:生态)?环境(?=思想)/g,
      () => '习近平生态文明',
      { severity: 'error', keys: ['环境思想'], why: { 'zh-CN': '名称为“习近平生态文明思想”', en: 'the name is 习近平生态文明思想' } },
    ),
    replaceForm(
      'four-consciousnesses-verbs',
      '增强“四个意识”、坚定“四个自信”',
      'official/cpc-congress-report-20.txt:18',
      /坚定([“"]?四个意识[”"]?)、增强([“"]?四个自信[”"]?)/g,
      (m) => `增强${m[1]}、坚定${m[2]}`,
      { severity: 'error', keys: ['四个意识'], why: { 'zh-CN': '固定搭配为“增强‘四个意识’、坚定‘四个自信’”', en: 'the fixed collocations are 增强 四个意识 and 坚定 四个自信' } },
    ),
    replaceForm(
      'new-development-verbs',
      '完整、准确、全面贯彻新发展理念，加快构建新发展格局',
      'official/cpc-congress-report-20.txt:13; official/cpc-congress-report-20.txt:70',
      /构建(?=新发展理念)|贯彻(?=新发展格局)/g,
      (m) => (m[0] === '构建' ? '贯彻' : '构建'),
      { severity: 'error', keys: ['新发展'], why: { 'zh-CN': '固定搭配为“贯彻新发展理念”“构建新发展格局”', en: 'the fixed collocations are 贯彻新发展理念 and 构建新发展格局' } },
    ),
    replaceForm(
      'instructions-made-not-delivered',
      '习近平总书记作出重要指示',
      '《中共中央关于加强党的政治建设的意见》（2019年）',
      /(?<=习近平总书记[^。；！？\n]{0,24}?)发表(?=了?重要指示)/g,
      () => '作出',
      { keys: ['重要指示'], why: { 'zh-CN': '重要指示用“作出”，“发表”用于讲话', en: 'instructions are 作出; 发表 goes with a speech' } },
    ),
    replaceForm(
      'party-congress-not-npc',
      '中国共产党第二十次全国代表大会',
      'official/cpc-congress-report-20.txt:1',
      /(?<=中国共产党第[一二三四五六七八九十]{1,3}次)全国人民代表大会/g,
      () => '全国代表大会',
      { severity: 'error', keys: ['全国人民代表大会'], why: { 'zh-CN': '党的代表大会称“全国代表大会”，“全国人民代表大会”是国家权力机关', en: 'a Party congress is 全国代表大会; 全国人民代表大会 is the NPC' } },
    ),
    replaceForm(
      'new-era-19th-congress',
      '党的十九大作出中国特色社会主义进入新时代的重大政治论断',
      'official/cpc-congress-report-20.txt:14',
      /(?<=党的)十八大(?=[^。；！？\n]{0,6}(?:作出|提出|宣告)[^。；！？\n]{0,12}进入(?:了)?新时代)/g,
      () => '十九大',
      { severity: 'error', keys: ['进入新时代'], why: { 'zh-CN': '“中国特色社会主义进入新时代”是党的十九大作出的论断', en: 'the 19th Congress declared the new era' } },
    ),
    {
      id: 'npc-session-year',
      canonical: '十四届全国人大三次会议（2025年3月）',
      source: 'official/gov-work-report-2024.txt:2 (十四届全国人大二次会议, 2024年3月); 历次会议（2018—2025年，每年3月）',
      keys: ['次会议'],
      find(text) {
        // One session a year, in March, from the term's first year (十三届 2018, 十四届 2023).
        // (The year may stand a few words before: 2024年全国两会期间，十四届全国人大三次会议; 2024年3月，
        // 局党组第一时间组织传达学习十四届全国人大二次会议精神.)
        const re = /(20\d{2})(年[^。；！？\n]{0,24}?)十([三四])届全国(?:人大|人民代表大会)(?:第)?([一二三四五])次会议/g;
        return scan(text, re, (m) => {
          const first = m[3] === '三' ? 2018 : 2023;
          const year = Number(m[1]);
          const session = '一二三四五'.indexOf(m[4]) + 1;
          if (year < first || year > first + 4 || year === first + session - 1) return null;
          const right = '一二三四五'[year - first];
          return {
            index: m.index + m[0].length - 4,
            length: 1,
            replacement: right,
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `${year}年召开的是十${m[3]}届全国人大${right}次会议`, en: `the session of ${year} is the ${right}次会议 of the 十${m[3]}届 NPC` },
          };
        });
      },
    },
    replaceForm(
      'agency-financial-regulation',
      '国家金融监督管理总局',
      '《党和国家机构改革方案》（2023年3月）',
      /(?:中国)?银保监会|中国银行保险监督管理委员会/g,
      () => '国家金融监督管理总局',
      {
        certain: false,
        keys: ['银保监会', '银行保险监督管理委员会'],
        why: { 'zh-CN': '2023年机构改革后为国家金融监督管理总局', en: 'the National Financial Regulatory Administration since the 2023 restructuring' },
        skip: (text, m) => oldNameAsHistory(text, m) || /20(?:1[89]|2[0-2])年/.test(sentenceAround(text, m.index, m.index + m[0].length)),
      },
    ),
    {
      id: 'macao-people-administering-macao',
      canonical: '“一国两制”、“港人治港”、“澳人治澳”、高度自治',
      source: 'official/cpc-congress-report-20.txt:57',
      keys: ['港人治港'],
      find(text) {
        // In a sentence about Macao, the principle names 澳人治澳 beside 港人治港.
        return scan(text, /港人治港([”"]?)、(?=高度自治)/g, (m) => {
          const sentence = sentenceAround(text, m.index, m.index + m[0].length);
          if (!/澳门|澳人|港澳/.test(sentence) || sentence.includes('澳人治澳')) return null;
          const [open, close] = m[1] === '' ? ['', ''] : m[1] === '”' ? ['“', '”'] : ['"', '"'];
          return { index: m.index, length: m[0].length, replacement: `港人治港${m[1]}、${open}澳人治澳${close}、`, certain: false, severity: 'error', why: { 'zh-CN': '方针是“一国两制”“港人治港”“澳人治澳”、高度自治，缺少“澳人治澳”', en: 'the principle names 澳人治澳 beside 港人治港' } };
        });
      },
    },
    {
      id: 'four-consciousnesses-one-short',
      canonical: '政治意识、大局意识、核心意识、看齐意识',
      source: 'official/cpc-congress-report-20.txt:18',
      keys: ['大局意识'],
      find(text) {
        // Three of the four 意识 after the verb that takes them, the list ending there: the fourth
        // left out (none was ever a formula of three).
        const order = ['政治意识', '大局意识', '核心意识', '看齐意识'];
        return scan(text, /(?<=(?:增强|树立|强化)[“"]?(?:四个意识[”"]?[，、]?)?)((?:政治|大局|核心|看齐)意识)、((?:政治|大局|核心|看齐)意识)(?:、|和)((?:政治|大局|核心|看齐)意识)(?![、和]?(?:政治|大局|核心|看齐|[\u4e00-\u9fff]{2})意识)/g, (m) => {
          const items = [m[1], m[2], m[3]];
          const at = items.map((x) => order.indexOf(x));
          if (new Set(items).size !== 3 || at[0] > at[1] || at[1] > at[2]) return null;
          const missing = order.find((x) => !items.includes(x))!;
          return { index: m.index, length: m[0].length, replacement: order.join('、'), certain: false, severity: 'error', why: { 'zh-CN': `“四个意识”是政治意识、大局意识、核心意识、看齐意识，缺少“${missing}”`, en: `the four consciousnesses are 政治意识、大局意识、核心意识、看齐意识; “${missing}” is missing` } };
        });
      },
    },
    {
      id: 'census-years',
      canonical: '第七次全国人口普查（2020年）、全国1%人口抽样调查（2025年）、第八次全国人口普查（2030年）',
      source: '《全国人口普查条例》第八条（逢0年份普查，逢5年份抽样调查）；国家统计局《第七次全国人口普查公报》（2021年5月）',
      keys: ['人口普查'],
      find(text, context) {
        // The census is taken in years ending in 0 (the seventh in 2020, the eighth in 2030); in
        // years ending in 5 a 1% sample survey is taken between them.
        return scan(text, /第八次全国人口普查/g, (m) => {
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          if (year !== 2025) return null;
          return { index: m.index, length: m[0].length, replacement: '全国1%人口抽样调查', certain: false, severity: 'error', why: { 'zh-CN': '第八次全国人口普查在2030年；2025年开展的是全国1%人口抽样调查', en: 'the eighth census is in 2030; 2025 has the 1% sample survey' } };
        });
      },
    },
    {
      id: 'anniversary-count',
      canonical: '2025年是中国人民抗日战争暨世界反法西斯战争胜利80周年',
      source: '《中华人民共和国宪法》序言（1949年中华人民共和国成立）；中国共产党章程（1921年）；official/gov-work-report-2025.txt:8',
      keys: ['周年'],
      find(text) {
        // The year in the sentence and the founding year of what is commemorated.
        const re = /(20\d{2})年[^。；！？\n]{0,24}?(中国人民抗日战争(?:暨世界反法西斯战争)?胜利|抗战胜利|中华人民共和国成立|新中国成立|中国共产党成立|建党|改革开放|香港回归(?:祖国)?|澳门回归(?:祖国)?|全国人民代表大会成立|全国人大成立|人民代表大会制度建立|(?:内蒙古|新疆维吾尔|广西壮族|宁夏回族|西藏)自治区成立|(?:中国人民志愿军)?抗美援朝出国作战)(\d{1,3})周年/g;
        return scan(text, re, (m) => {
          const base = ANNIVERSARY_BASES.find(([head]) => m[2].startsWith(head))?.[1];
          if (base === undefined) return null;
          const expected = Number(m[1]) - base;
          if (expected <= 0 || expected === Number(m[3])) return null;
          return {
            index: m.index + m[0].length - m[3].length - 2,
            length: m[3].length,
            replacement: String(expected),
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `${m[1]}年是${m[2]}${expected}周年（${base}年）`, en: `${m[1]} is the ${expected}th anniversary (${base})` },
          };
        });
      },
    },
    {
      id: 'principal-contradiction',
      canonical: '人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾',
      source: 'official/cpc-congress-report-20.txt:19',
      keys: ['物质文化需要'],
      find(text, context) {
        // Only in a document dated 2018 or later by its title, or one that names what exists only
        // since the 19th Congress (newEra): the reports before it state the old wording in the
        // present tense (现阶段……主要矛盾是……), and a text without either may be one of them. Not
        // where the sentence tells the change (转化为, 曾经).
        if (context.documentYear ? context.documentYear < 2018 : !context.newEra) return [];
        return scan(text, /人民日益增长的物质文化需要同落后的社会生产之间的矛盾/g, (m) => {
          if (/转化|转变|曾经|过去|以前|此前/.test(sentenceAround(text, m.index, m.index + m[0].length))) return null;
          return {
            index: m.index,
            length: m[0].length,
            replacement: '人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾',
            certain: false,
            severity: 'error',
            why: { 'zh-CN': '党的十九大作出社会主要矛盾已经转化的论断', en: 'the 19th Congress restated the principal contradiction' },
          };
        });
      },
    },
    {
      id: 'series-of-important-speeches',
      canonical: '习近平新时代中国特色社会主义思想',
      source: 'official/gov-work-report-2017.txt:35 (the last report to say 系列重要讲话精神); official/gov-work-report-2018.txt:4',
      keys: ['系列重要讲话精神'],
      find(text, context) {
        // The name of 2013–2017, before the 19th Congress named the thought: outdated in a sentence
        // or a document dated 2018 or later (an undated one may be of those years).
        return scan(text, /(?:习近平)?(?:总书记)?系列重要讲话精神/g, (m) => {
          const dated = /(20\d{2})年/.exec(sentenceAround(text, m.index, m.index + m[0].length));
          const year = dated ? Number(dated[1]) : context.documentYear;
          if (!year || year < 2018) return null;
          return {
          index: m.index,
          length: m[0].length,
          replacement: THOUGHT,
          certain: false,
          severity: 'warning',
          why: { 'zh-CN': '党的十九大以来的表述为“习近平新时代中国特色社会主义思想”', en: 'since the 19th Congress the name is 习近平新时代中国特色社会主义思想' },
          };
        });
      },
    },
    replaceForm(
      'three-musts',
      '牢记“三个务必”',
      'official/cpc-congress-report-20.txt:2',
      // (After the 20th Congress, or with three 务必 spelt out after it: the 1949 two are two.)
      /(?<=二十大[^。；]{0,12}?[“"]?)两个务必|两个务必(?=[”"]?[^。；！？\n]{0,8}?务必(?:[^。；！？\n]*?务必){2})/g,
      () => '三个务必',
      { severity: 'error', keys: ['两个务必'], why: { 'zh-CN': '党的二十大提出“三个务必”（“两个务必”是1949年七届二中全会提出的）', en: 'the 20th Congress set out 三个务必 (两个务必 dates from 1949)' } },
    ),
    {
      id: 'three-musts-members',
      canonical: '务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争',
      source: 'official/cpc-congress-report-20.txt:10',
      keys: ['三个务必'],
      find(text) {
        // Two of the three spelt out after the name and the sentence ends: the third is missing.
        const re = /(?<=三个务必[”"]?[^。；！？\n]{0,8}?)务必[^。；！？\n]{4,14}?[，、；]务必[^。；！？\n]{4,14}?(?=[。；！？\n]|$)/g;
        return scan(text, re, (m) => {
          const have = THREE_MUSTS.map((member) => m[0].includes(member.slice(2, 6)));
          if (have.filter(Boolean).length !== 2 || m[0].split('务必').length !== 3) return null;
          const missing = THREE_MUSTS[have.indexOf(false)];
          const members = THREE_MUSTS.filter((_, k) => have[k] || THREE_MUSTS[k] === missing);
          return {
            index: m.index,
            length: m[0].length,
            replacement: members.join('，'),
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `“三个务必”还有“${missing}”`, en: `三个务必 also takes “${missing}”` },
          };
        });
      },
    },
    replaceForm(
      'two-combinations',
      '把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合',
      'official/cpc-congress-report-20.txt:14',
      /(?<=同中国具体实际相结合[、，和])同(?!中华优秀传统文化)[^、，。；]{2,12}?相结合/g,
      () => '同中华优秀传统文化相结合',
      { severity: 'error', keys: ['同中国具体实际相结合'], why: { 'zh-CN': '“两个结合”的另一结合是同中华优秀传统文化相结合', en: 'the other of 两个结合 is with the fine traditional Chinese culture' } },
    ),
    // ── Plans ─────────────────────────────────────────────────────────────────────────
    replaceForm(
      'five-year-plan-quotes',
      '“十四五”规划',
      'official/gov-work-report-2024.txt:28; official/cpc-congress-report-20.txt:12',
      new RegExp(`(?<![${NUM}百千万“"])十[一二三四五六七]五(?![”"${NUM}])(?=规划|时期|期间|末|开局|收官|以来|目标)`, 'g'),
      (m) => `“${m[0]}”`,
      { keys: ['五规划', '五时期', '五期间', '五末', '五开局', '五收官', '五以来', '五目标'], why: { 'zh-CN': '五年规划简称加引号', en: 'the short name of a five-year plan takes quotation marks' } },
    ),
    {
      id: 'five-year-plan-year',
      canonical: '“十五五”开局之年',
      source: '《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（2021—2025年）',
      keys: ['开局', '收官', '起步之年'],
      find(text, context) {
        const re = new RegExp(`(?:(20\\d{2})年|今年)(?:是|为|既是|作为|，)?[^。；！？]{0,12}?([“"]?)十([一二三四五六七])五([”"]?)(?:规划)?(?:的)?(开局之年|开局年|起步之年|收官之年|收官年)`, 'g');
        return scan(text, re, (m) => {
          const year = m[1] ? Number(m[1]) : context.documentYear;
          if (!year) return null;
          const k = 10 + parseSmall(m[3]);
          const start = planStartYear(k);
          const wantStart = m[5].startsWith('开局') || m[5] === '起步之年';
          const expected = wantStart ? start : start + 4;
          if (year === expected) return null;
          const planName = `十${m[3]}五`;
          const range = `${start}—${start + 4}`;
          const at = m.index + m[0].lastIndexOf(planName) - m[2].length;
          const length = m.index + m[0].length - at;
          const found = text.slice(at, at + length);
          // The plan the year belongs to, and whether it opens or closes it.
          const { k: k2, name: right } = planOfYear(year);
          const first = planStartYear(k2) === year;
          const lastYear = planStartYear(k2) + 4 === year;
          const word = first ? (m[5] === '起步之年' ? '起步之年' : '开局之年') : lastYear ? '收官之年' : null;
          const replacement = word ? found.slice(0, m[2].length) + right + found.slice(m[2].length + 3, found.length - m[5].length) + word : found;
          return {
            index: at,
            length,
            replacement,
            certain: false,
            severity: 'error',
            why: word
              ? { 'zh-CN': `“${planName}”时期为${range}年，${year}年是“${right}”的${word}`, en: `the ${planName} period is ${range}; ${year} is the ${first ? 'first' : 'last'} year of ${right}` }
              : { 'zh-CN': `“${planName}”时期为${range}年，${year}年不是其${m[5]}`, en: `the ${planName} period is ${range}; ${year} is not its ${wantStart ? 'first' : 'last'} year` },
          };
        });
      },
    },
    // A year called a year of a plan whose period does not hold it (2022年是实施“十三五”规划承上启下的
    // 关键之年: 2022 is in the 十四五 period). The first and last years are five-year-plan-year's.
    {
      id: 'five-year-plan-year-outside',
      canonical: '“十四五”时期（2021—2025年）',
      source: '《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（2021—2025年）',
      keys: ['之年'],
      find(text) {
        const re = /(20\d{2})年(?:是|为|既是|作为)(?:实施|推进|落实|深入实施|全面实施|贯彻落实)?[“"]?十([一二三四五六七])五[”"]?(?:规划|时期)?(?!开局|收官|起步)[^，。；！？]{0,12}?之年/g;
        return scan(text, re, (m) => {
          const year = Number(m[1]);
          const start = planStartYear(10 + parseSmall(m[2]));
          if (year >= start && year <= start + 4) return null;
          const { k: k2, name: right } = planOfYear(year);
          if (k2 < 11 || k2 > 17) return null;
          const planName = `十${m[2]}五`;
          const at = m.index + m[0].indexOf(planName);
          return {
            index: at,
            length: 3,
            replacement: right,
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `“${planName}”时期为${start}—${start + 4}年，${year}年属“${right}”时期`, en: `the ${planName} period is ${start}—${start + 4}; ${year} falls in the ${right} period` },
          };
        });
      },
    },
    {
      id: 'five-year-plan-period',
      canonical: '“十四五”时期（2021—2025年）',
      source: '《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（2021—2025年）',
      keys: ['十一五', '十二五', '十三五', '十四五', '十五五', '十六五', '十七五'],
      find(text) {
        // (A sector's plan too, named between: “十四五”卫生健康事业发展规划（2021—2025年); its span one of
        // five years or so, not a plan running on to 2035, 远景 or 中长期.)
        const re = /十([一二三四五六七])五[”"]?(?:规划|时期|期间|([\u4e00-\u9fff]{1,16}?规划))?[（(](\d{4})(年?)([—\-–~～至到])(\d{4})年?[）)]/g;
        return scan(text, re, (m) => {
          const start = planStartYear(10 + parseSmall(m[1]));
          const [from, to] = [Number(m[3]), Number(m[6])];
          if (from === start && to === start + 4) return null;
          if (m[2] !== undefined && (to - from > 5 || /远景|中长期|及|和/.test(m[2]))) return null;
          const open = m[0].indexOf('（') >= 0 ? m[0].indexOf('（') : m[0].indexOf('(');
          const at = m.index + open + 1;
          const end = at + m[3].length + m[4].length + m[5].length + m[6].length;
          return {
            index: at,
            length: end - at,
            replacement: `${start}${m[4]}${m[5]}${start + 4}`,
            certain: true,
            severity: 'error',
            why: { 'zh-CN': `“十${m[1]}五”时期为${start}—${start + 4}年`, en: `the 十${m[1]}五 period is ${start}—${start + 4}` },
          };
        });
      },
    },
    // ── 习近平总书记关于……的重要讲话/重要指示批示精神/重要论述 ─────────────────────
    replaceForm(
      'important-speech-important',
      '习近平总书记关于……的重要论述',
      'official/gov-work-report-2015.txt:35; 《中共中央关于加强党的政治建设的意见》（2019年）',
      /(习近平总书记关于(?:(?!重要)[^，。；：！？\n]){2,30}?的)(讲话|指示批示|指示|论述|批示|思想)/g,
      (m) => `${m[1]}重要${m[2]}`,
      { keys: ['习近平总书记关于'], why: { 'zh-CN': '固定表述为“……的重要讲话/重要指示批示/重要论述”', en: 'the fixed form is ……的重要讲话/重要指示批示/重要论述' } },
    ),
    replaceForm(
      'important-speech-de',
      '习近平总书记关于……的重要论述',
      'official/gov-work-report-2015.txt:35',
      /(习近平总书记关于(?:(?!重要)[^，。；：！？\n]){1,30}?[^的，。；：！？\n])(重要(?:讲话|指示批示|指示|论述|批示|思想))/g,
      (m) => `${m[1]}的${m[2]}`,
      { keys: ['习近平总书记关于'], why: { 'zh-CN': '“关于……”后须有“的”', en: 'a 的 belongs after 关于……' } },
    ),
    replaceForm(
      'important-instructions',
      '习近平总书记重要讲话和重要指示批示精神',
      'official/gov-work-report-2021.txt:5; 《中共中央关于加强党的政治建设的意见》（2019年）',
      /(习近平总书记(?:重要讲话和|(?:(?!重要|关于)[^，。；：！？\n]){0,30}?))(讲话精神|指示批示)/g,
      // (After a place or a time, 在……大会上, 考察时, the speech takes a 的 too: 大会上的重要讲话精神.)
      (m) => `${m[1]}${/[上时]$/.test(m[1]) ? '的' : ''}重要${m[2]}`,
      { keys: ['习近平总书记'], why: { 'zh-CN': '固定表述为“重要讲话精神”“重要指示批示”', en: 'the fixed forms are 重要讲话精神 and 重要指示批示' } },
    ),
    replaceForm(
      'instructions-order',
      '习近平总书记重要讲话和重要指示批示精神',
      'official/gov-work-report-2021.txt:5',
      /(重要|总书记)批示指示/g,
      (m) => `${m[1]}指示批示`,
      { keys: ['批示指示'], why: { 'zh-CN': '固定表述为“指示批示”', en: 'the fixed order is 指示批示' } },
    ),
    // ── Fixed statements of the Party's line ───────────────────────────────────────────
    replaceForm(
      'two-establishes-guiding',
      '确立习近平新时代中国特色社会主义思想的指导地位',
      '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）',
      /(确立习近平新时代中国特色社会主义思想的?)(?:领导|核心)地位/g,
      (m) => `${m[1]}指导地位`,
      { severity: 'error', keys: ['领导地位', '核心地位'], why: { 'zh-CN': '“两个确立”：确立的是思想的“指导地位”', en: '两个确立 establishes the thought’s guiding (指导) position' } },
    ),
    replaceForm(
      'whole-process-democracy',
      '全过程人民民主',
      'official/cpc-congress-report-20.txt:24',
      /全(?:方位|链条|流程|过程的)人民民主|全过程民主/g,
      () => '全过程人民民主',
      { severity: 'error', keys: ['人民民主', '全过程民主'], why: { 'zh-CN': '规范表述为“全过程人民民主”', en: 'the term is 全过程人民民主' } },
    ),
    replaceForm(
      'npc-fundamental-system',
      '人民代表大会制度是我国的根本政治制度',
      'official/cpc-congress-report-18.txt:35; official/cpc-congress-report-20.txt:24',
      /((?:人民代表大会制度|人大制度)(?:是|作为|为|系|这一|这个)(?:我国|中国)?的?)基本政治制度/g,
      (m) => `${m[1]}根本政治制度`,
      { severity: 'error', keys: ['基本政治制度'], why: { 'zh-CN': '人民代表大会制度是根本政治制度；多党合作、民族区域自治、基层群众自治等是基本政治制度', en: 'the people’s congress system is the fundamental (根本) political system; the basic (基本) ones are the others' } },
    ),
    replaceForm(
      'domestic-circulation-main',
      '以国内大循环为主体、国内国际双循环相互促进的新发展格局',
      'official/cpc-congress-report-20.txt:13',
      /以国际大循环为主体(?=[、，]?国内国际双循环)/g,
      () => '以国内大循环为主体',
      { severity: 'error', keys: ['国际大循环'], why: { 'zh-CN': '新发展格局以国内大循环为主体', en: 'the new development pattern takes the domestic circulation as its mainstay' } },
    ),
    replaceForm(
      'common-prosperity-modernization',
      '全体人民共同富裕的现代化',
      'official/cpc-congress-report-20.txt:58',
      /全体人民(?:同步|普遍|一同|一起|均衡)富裕的现代化/g,
      () => '全体人民共同富裕的现代化',
      { severity: 'error', keys: ['富裕的现代化'], why: { 'zh-CN': '中国式现代化是全体人民共同富裕的现代化', en: 'Chinese modernization is one of common prosperity for all (共同富裕)' } },
    ),
    {
      id: 'ten-clarifications-counts',
      canonical: '“十个明确”“十四个坚持”“十三个方面成就”',
      source: '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）; official/cpc-congress-report-20.txt:19',
      keys: ['个明确'],
      find(text) {
        // The 十三个方面成就 are the 2021 resolution's, which set the thought out in 十个明确: in a
        // sentence naming them, another count of 明确 (the 19th Congress's 八个明确) is wrong.
        const clarifications = scan(text, /(?<=[“"])(八|九|十[一二三四五六七八九]?|[一二三四五六七])(?=个明确[”"])/g, (m) => {
          if (m[1] === '十' || !sentenceAround(text, m.index, m.index + m[0].length).includes('十三个方面成就')) return null;
          return { index: m.index, length: m[1].length, replacement: '十', certain: true, severity: 'error', why: { 'zh-CN': '与“十三个方面成就”并称的是“十个明确”', en: 'with the 十三个方面成就 go the 十个明确' } };
        });
        // In the sentence that names the 十个明确, the counts of the other two go with it.
        if (!/[“"]?十个明确/.test(text)) return clarifications;
        return clarifications.concat(scan(text, /([“"])(十[一二三五六七八九]?|[一二三四五六七八九])个(坚持|方面成就)(?=[”"])/g, (m) => {
          const right = m[3] === '坚持' ? '十四' : '十三';
          if (m[2] === right || !sentenceAround(text, m.index, m.index + m[0].length).includes('十个明确')) return null;
          return {
            index: m.index + 1,
            length: m[2].length,
            replacement: right,
            certain: true,
            severity: 'error',
            why: { 'zh-CN': `与“十个明确”并称的是“${right}个${m[3]}”`, en: `with the 十个明确 go the “${right}个${m[3]}”` },
          };
        }));
      },
    },
    {
      id: 'four-dangers',
      canonical: '精神懈怠危险、能力不足危险、脱离群众危险、消极腐败危险',
      source: 'official/cpc-congress-report-18.txt:137; official/cpc-congress-report-20.txt:155',
      keys: ['危险'],
      find(text) {
        // Three of the four dangers listed and a fourth in the place of the missing one.
        const members = ['精神懈怠', '能力不足', '脱离群众', '消极腐败'];
        return scan(text, new RegExp(`[${HAN}]{4}(的?)危险(?:、[${HAN}]{4}的?危险){3}`, 'g'), (m) => {
          const items = [...m[0].matchAll(new RegExp(`([${HAN}]{4})的?危险`, 'g'))].map((x) => x[1]);
          const foreign = items.filter((i) => !members.includes(i));
          if (foreign.length !== 1 || new Set(items).size !== 4) return null;
          const missing = members.find((x) => !items.includes(x))!;
          return {
            index: m.index + m[0].indexOf(foreign[0]),
            length: 4,
            replacement: missing,
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `“四种危险”是精神懈怠、能力不足、脱离群众、消极腐败，缺少“${missing}”`, en: `the four dangers are 精神懈怠, 能力不足, 脱离群众, 消极腐败; “${missing}” is missing` },
          };
        });
      },
    },
    {
      id: 'eight-point-rules-year',
      canonical: '中央八项规定',
      source: '《中共中央政治局关于改进工作作风、密切联系群众的八项规定》（2012年12月4日）',
      keys: ['八项规定'],
      find(text) {
        // A year given as the year the rules were made (出台, 审议通过, 制定).
        return scan(text, /((?:19|20)\d{2})年(?:\d{1,2}月(?:\d{1,2}日)?)?，?(?:[^。；，\n]{0,12}?)(?:审议通过|出台|制定|通过|印发)(?:了)?(?:关于改进工作作风、密切联系群众)?的(?:中央|党中央)?八项规定/g, (m) => {
          if (m[1] === '2012') return null;
          return {
            index: m.index,
            length: 4,
            replacement: '2012',
            certain: false,
            severity: 'error',
            why: { 'zh-CN': '中央八项规定于2012年12月由中央政治局审议通过', en: 'the eight-point rules were adopted in December 2012' },
          };
        });
      },
    },
    {
      id: 'ccdi-plenary-year',
      canonical: '二十届中央纪委四次全会',
      source: '中央纪委历次全体会议公报（新华社，2012—2025年）',
      keys: ['中央纪委'],
      find(text) {
        return scan(text, /((?:19|20)\d{2})年(?:\d{1,2}月)?(?:召开的|举行的)?(?:党的)?(十八|十九|二十)届中央纪委([一二三四五六七])次全会/g, (m) => {
          const held = CCDI_PLENARY_YEARS[`${m[2]}${m[3]}`];
          if (!held || held === Number(m[1])) return null;
          return wrongYear(m.index, held, `${m[2]}届中央纪委${m[3]}次全会`);
        });
      },
    },
    // ── More of the Party's fixed statements ──────────────────────────────────────────
    replaceForm(
      'two-unwaverings-order',
      '毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、引导非公有制经济发展',
      'official/cpc-congress-report-20.txt:26',
      /巩固和发展非公有制经济|鼓励、支持、引导公有制经济/g,
      (m) => (m[0].startsWith('巩固') ? '巩固和发展公有制经济' : '鼓励、支持、引导非公有制经济'),
      { severity: 'error', keys: ['巩固和发展非公有制', '引导公有制'], why: { 'zh-CN': '“两个毫不动摇”：巩固和发展公有制经济，鼓励、支持、引导非公有制经济发展', en: '两个毫不动摇: 巩固和发展 the public sector, 鼓励、支持、引导 the non-public sector' } },
    ),
    replaceForm(
      'five-only-paths-party',
      '全面从严治党是党永葆生机活力、走好新的赶考之路的必由之路',
      'official/cpc-congress-report-20.txt:14',
      new RegExp(`全面(?!从严治党)[${HAN}]{2,10}(?=是党永葆生机活力、走好新的赶考之路的必由之路)`, 'g'),
      () => '全面从严治党',
      { severity: 'error', keys: ['新的赶考之路的必由之路'], why: { 'zh-CN': '“五个必由之路”：全面从严治党是党永葆生机活力、走好新的赶考之路的必由之路', en: 'of the 五个必由之路, 全面从严治党 is the path for the Party’s vitality' } },
    ),
    replaceForm(
      'three-new-one-high',
      '立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展',
      'official/gov-work-report-2024.txt:16',
      /(?<=新发展格局[，、]?)推动高(?:速度|水平|速)发展/g,
      () => '推动高质量发展',
      { severity: 'error', keys: ['新发展格局'], why: { 'zh-CN': '“三新一高”的“一高”是推动高质量发展', en: 'the 一高 of 三新一高 is 推动高质量发展' } },
    ),
    replaceForm(
      'important-thought-or-discourse',
      '习近平总书记关于……的重要论述',
      'official/gov-work-report-2024.txt:81; 《习近平关于“三农”工作论述摘编》（2019年）; 国家信访局 on 《信访工作条例》 (2022)',
      // Only a few bodies of his thinking on one subject are named 重要思想 (党的建设, 党的自我革命,
      // and, since the Central United Front Work Conference of July 2022, 做好新时代党的统一战线工作,
      // named 加强和改进统一战线工作 after the conference of May 2015; 加强和改进人民信访工作, as the
      // petition bureaus name it since the 2022 regulations; 青年工作, as the Youth League names it,
      // 网络强国, as the cyberspace offices do, and 坚持和完善人民代表大会制度, as the people's congresses
      // do since their central work conference of 2021; 加强和改进民族工作, as the Central Conference on
      // Ethnic Affairs of August 2021 named it);
      // the others are 重要论述.
      /(?<=习近平总书记关于(?!党的建设的|党的自我革命的|做好新时代党的统一战线工作的|加强和改进(?:新时代)?统一战线工作的|加强和改进人民信访工作的|青年工作的|网络强国的|坚持和完善人民代表大会制度的|加强和改进民族工作的)[^，。；：！？\n]{2,20}?的)重要思想/g,
      () => '重要论述',
      { keys: ['习近平总书记关于'], certain: false, why: { 'zh-CN': '“关于……的重要思想”只用于党的建设、党的自我革命、做好新时代党的统一战线工作、加强和改进人民信访工作、青年工作、网络强国、坚持和完善人民代表大会制度、加强和改进民族工作，其余称“重要论述”', en: 'only 党的建设, 党的自我革命, 做好新时代党的统一战线工作, 加强和改进人民信访工作, 青年工作, 网络强国, 坚持和完善人民代表大会制度 and 加强和改进民族工作 are a 重要思想; the others are 重要论述' } },
    ),
    replaceForm(
      'modernization-spiritual-civilization',
      '物质文明和精神文明相协调的现代化',
      'official/cpc-congress-report-20.txt:18',
      /物质文明和政治文明相协调/g,
      () => '物质文明和精神文明相协调',
      { severity: 'error', keys: ['政治文明相协调'], why: { 'zh-CN': '中国式现代化是物质文明和精神文明相协调的现代化', en: 'Chinese modernization is one where material and cultural-ethical (精神) civilization are in harmony' } },
    ),
    replaceForm(
      'goal-2035',
      '到2035年基本实现社会主义现代化',
      'official/cpc-congress-report-20.txt:20',
      /(?<=(?:到|在|于)2035年)(?:全面)?建成(?:富强民主文明和谐美丽的)?社会主义现代化强国/g,
      () => '基本实现社会主义现代化',
      { severity: 'error', certain: false, keys: ['2035年'], why: { 'zh-CN': '2035年基本实现社会主义现代化，本世纪中叶建成社会主义现代化强国', en: 'by 2035 modernization is basically achieved; the great modern socialist country is for mid-century' } },
    ),
    replaceForm(
      'moderately-prosperous-achieved',
      '全面建成小康社会（2021年7月1日宣告）',
      '习近平《在庆祝中国共产党成立100周年大会上的讲话》（2021年7月1日）',
      /(?<=(?:到|于|在)20(?:2[1-9]|[3-9]\d)年(?:底|前)?[^。；，]{0,4}?)全面建成小康社会/g,
      () => '全面建设社会主义现代化国家',
      { severity: 'error', certain: false, keys: ['全面建成小康社会'], why: { 'zh-CN': '全面建成小康社会已于2021年7月1日宣告实现，不是此后的目标', en: 'the moderately prosperous society was declared built on 1 July 2021; it is no later goal' } },
    ),
    replaceForm(
      'mainland-and-taiwan',
      '大陆与台湾',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      /中国(?:与|和|同)台湾(?=[^地省])/g,
      () => '大陆与台湾',
      { severity: 'error', certain: false, keys: ['台湾'], why: { 'zh-CN': '台湾是中国的一部分，不能与“中国”并列，称“大陆与台湾”或“两岸”', en: 'Taiwan is part of China: 大陆与台湾 or 两岸, not 中国与台湾' } },
    ),
    {
      id: 'central-economic-work-conference-month',
      canonical: '中央经济工作会议（每年12月召开）',
      source: '历年中央经济工作会议新闻公报（新华社，2012—2025年）',
      keys: ['中央经济工作会议'],
      find(text) {
        // Held each December (in a few years late November), to plan the year after: another month
        // is another meeting (March is the 全国两会).
        return scan(text, /(?<!\d)([1-9]|10)月(?:\d{1,2}日)?(?:召开的|举行的|召开|举行)?的?中央经济工作会议/g, (m) => ({
          index: m.index,
          length: m[1].length + 1,
          replacement: '12月',
          certain: false,
          severity: 'error',
          why: { 'zh-CN': '中央经济工作会议每年12月召开，部署下一年经济工作', en: 'the Central Economic Work Conference meets each December to plan the next year' },
        }));
      },
    },
    {
      id: 'eight-clarifications-19th',
      canonical: '党的十九大报告的“八个明确”，十九届六中全会决议的“十个明确”',
      source: '党的十九大报告（2017年10月）；《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）',
      keys: ['个明确'],
      find(text) {
        // The 19th Congress report put the thought in 八个明确; the resolution of 2021 in 十个明确.
        return scan(text, /十个明确/g, (m) => {
          const sentence = sentenceAround(text, m.index, m.index + m[0].length);
          if (!/十九大报告|党的十九大(?:用|以|提出|概括|明确)/.test(sentence) || /六中全会|决议|二十大/.test(sentence)) return null;
          return { index: m.index, length: 4, replacement: '八个明确', certain: false, severity: 'error', why: { 'zh-CN': '党的十九大报告概括为“八个明确”，“十个明确”出自十九届六中全会决议', en: 'the 19th Congress report has 八个明确; 十个明确 is the 2021 resolution’s' } };
        });
      },
    },
    ...(
      [
        ['four-lower-levels', '四下基层', ['宣传党的政策', '调查研究', '信访接待', '现场办公'], '“四下基层”是宣传党的政策、调查研究、信访接待、现场办公下基层', 'the four are 宣传党的政策, 调查研究, 信访接待, 现场办公', '《中共中央办公厅关于在全党大兴调查研究的工作方案》（2023年3月）', { 宣传党的路线方针政策: '宣传党的政策', 宣传政策: '宣传党的政策' }],
        ['four-winds', '四风', ['形式主义', '官僚主义', '享乐主义', '奢靡之风'], '“四风”是形式主义、官僚主义、享乐主义和奢靡之风', 'the four winds are 形式主义, 官僚主义, 享乐主义, 奢靡之风', 'official/cpc-congress-report-20.txt:32'],
        ['six-musts-bare', '六个必须坚持', ['人民至上', '自信自立', '守正创新', '问题导向', '系统观念', '胸怀天下'], '“六个必须坚持”是人民至上、自信自立、守正创新、问题导向、系统观念、胸怀天下', 'the six are 人民至上, 自信自立, 守正创新, 问题导向, 系统观念, 胸怀天下', 'official/cpc-congress-report-20.txt:43'],
        ['three-tough-battles', '三大攻坚战', ['防范化解重大风险', '精准脱贫', '污染防治'], '三大攻坚战是防范化解重大风险、精准脱贫、污染防治', 'the three tough battles are 防范化解重大风险, 精准脱贫, 污染防治', 'official/gov-work-report-2018.txt:59'],
        ['six-stabilities', '六稳', ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'], '“六稳”是稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期', 'the six stabilities are 稳就业, 稳金融, 稳外贸, 稳外资, 稳投资, 稳预期', '中共中央政治局会议公报（2018年7月）'],
        ['six-guarantees', '六保', ['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转'], '“六保”是保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转', 'the six guarantees are 保居民就业, 保基本民生, 保市场主体, 保粮食能源安全, 保产业链供应链稳定, 保基层运转', '中共中央政治局会议公报（2020年4月）'],
      ] as const
    ).map(([id, name, members, zh, en, source, aliases]: readonly [string, string, readonly string[], string, string, string, Readonly<Record<string, string>>?]) => memberList(id, name, members, zh, en, source, aliases ?? {})),
    {
      id: 'three-musts-wrong-member',
      canonical: '务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争',
      source: 'official/cpc-congress-report-20.txt:10',
      keys: ['务必'],
      find(text) {
        // Three 务必 in a row, two of them the 三个务必, the third something else.
        return scan(text, /务必[^，。；！？\n]{4,12}[，；]务必[^，。；！？\n]{4,12}[，；]务必[^，。；！？\n]{4,12}?(?=[。；！？\n]|$)/g, (m) => {
          // (Each item cut to its 务必 and its two words of four, what follows the last not its own:
          // 务必敢于斗争、善于斗争的要求.)
          const items = m[0].split(/[，；](?=务必)/).map((i) => /^务必[^、，。；]{4}、[^、，。；]{4}/.exec(i)?.[0] ?? i);
          const right = items.map((i) => THREE_MUSTS.includes(i));
          if (items.length !== 3 || right.filter(Boolean).length !== 2) return null;
          const k = right.indexOf(false);
          const missing = THREE_MUSTS.find((x) => !items.includes(x))!;
          return { index: m.index + m[0].indexOf(items[k]), length: items[k].length, replacement: missing, certain: false, severity: 'error', why: { 'zh-CN': `“三个务必”的这一项是“${missing}”`, en: `this one of the 三个务必 is “${missing}”` } };
        });
      },
    },
    // ── The sixth blind set's families ────────────────────────────────────────────────
    replaceForm(
      'thought-names-without-title',
      '习近平经济思想、习近平法治思想、习近平外交思想、习近平强军思想、习近平文化思想',
      'official/gov-work-report-2024.txt:28; 全国宣传思想文化工作会议（2023年10月）',
      /习近平总书记(?=(?:经济|法治|外交|强军|文化)思想)/g,
      () => '习近平',
      { severity: 'error', keys: ['习近平总书记'], why: { 'zh-CN': '思想的名称不带职务', en: 'the names of the thoughts carry no title' } },
    ),
    ...(
      [
        ['effective-connection', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接', 'official/gov-work-report-2024.txt:49', /(?<=同乡村振兴)有机衔接/g, '有效衔接', '固定表述为“同乡村振兴有效衔接”', 'the fixed form is 同乡村振兴有效衔接'],
        ['most-useful-democracy', '最广泛、最真实、最管用的社会主义民主', 'official/cpc-congress-report-20.txt:24', /(?<=最广泛、最真实、)最(?:有效|实用|有用)(?=的)/g, '最管用', '全过程人民民主是最广泛、最真实、最管用的社会主义民主', 'the fixed form is 最广泛、最真实、最管用'],
        ['new-productive-forces-hallmark', '以全要素生产率大幅提升为核心标志', '《加快发展新质生产力 扎实推进高质量发展》（习近平在中共中央政治局第十一次集体学习时的讲话，2024年1月）', /(?<=以)(?:劳动生产率|生产率|生产效率)(?=大幅提升为核心标志)/g, '全要素生产率', '新质生产力以全要素生产率大幅提升为核心标志', 'the hallmark of new quality productive forces is total factor productivity'],
        ['three-represents-thought-name', '“三个代表”重要思想', 'official/cpc-congress-report-20.txt:10', /(?<=三个代表[”"]?)重要理论/g, '重要思想', '名称为“三个代表”重要思想', 'the name is “三个代表”重要思想'],
        ['three-represents-culture', '中国先进文化的前进方向', 'official/cpc-congress-report-17.txt:10', /(?<=先进文化的)发展方向/g, '前进方向', '“三个代表”：代表中国先进文化的前进方向', 'the 三个代表 say 先进文化的前进方向'],
        ['thousand-villages', '“千村示范、万村整治”工程', 'official/gov-work-report-2024.txt:49', /千村整治、万村示范/g, '千村示范、万村整治', '工程名称是“千村示范、万村整治”', 'the project is 千村示范、万村整治'],
        ['national-security-root', '以人民安全为宗旨，以政治安全为根本，以经济安全为基础', 'official/cpc-congress-report-20.txt:52', /(?<=以)(?:军事|经济|国土|人民|文化|科技)安全(?=为根本)/g, '政治安全', '总体国家安全观以政治安全为根本', 'the holistic view of national security takes political security as its root'],
        ['new-stage-verbs', '立足新发展阶段、贯彻新发展理念、构建新发展格局', 'official/gov-work-report-2024.txt:16', /立足新发展理念|贯彻新发展阶段/g, '', '固定搭配为“立足新发展阶段、贯彻新发展理念”', 'the fixed collocations are 立足新发展阶段 and 贯彻新发展理念'],
        ['three-distinctions', '“三个区分开来”', '《关于进一步激励广大干部新时代新担当新作为的意见》（中共中央办公厅，2018年5月）', /(?<=[“"]?)[一二两四五六七八九](?=个区分开来)/g, '三', '是“三个区分开来”', 'it is the 三个区分开来'],
        ['belt-and-road-principle', '共商共建共享', 'official/cpc-congress-report-20.txt:26', /共商共建共赢/g, '共商共建共享', '共建“一带一路”秉持共商共建共享原则', 'the principle is 共商共建共享'],
        ['harmony-with-nature-modernization', '人与自然和谐共生的现代化', 'official/cpc-congress-report-20.txt:18', /(?<=人与自然)和谐(?:相处|共处|共存|统一|发展)(?=的现代化)/g, '和谐共生', '中国式现代化是人与自然和谐共生的现代化', 'Chinese modernization is one of harmony between humanity and nature (和谐共生)'],
        ['great-changes-unseen-wording', '世界百年未有之大变局', 'official/cpc-congress-report-20.txt:12', /百年未(?:遇|见|曾有)之大变局/g, '百年未有之大变局', '固定表述为“百年未有之大变局”', 'the fixed form is 百年未有之大变局'],
        ['play-a-role', '发挥……作用', 'official/cpc-congress-report-20.txt:36', /发扬(?=(?:(?!具有|起到|起着|有着|发挥)[^，。；：！？、\n]){2,14}?作用)/g, '发挥', '“作用”与“发挥”搭配', '作用 goes with 发挥'],
      ] as const
    ).map(([id, canonical, source, re, to, zh, en]) =>
      replaceForm(id, canonical, source, re, (m) => to || (m[0] === '立足新发展理念' ? '立足新发展阶段' : '贯彻新发展理念'), {
        severity: 'error',
        keys: SIXTH_SET_KEYS[id],
        why: { 'zh-CN': zh, en },
      }),
    ),
    {
      id: 'commemoration-dates',
      canonical: '南京大屠杀死难者国家公祭日（12月13日）',
      source: '全国人民代表大会常务委员会关于设立烈士纪念日、抗日战争胜利纪念日、南京大屠杀死难者国家公祭日、国家宪法日的决定（2014年）；《中华人民共和国国家安全法》（2015年）',
      keys: ['纪念日', '公祭日', '宪法日', '教育日'],
      find(text) {
        return scan(text, new RegExp(`(\\d{1,2})月(\\d{1,2})日(?:为|是)?(?:我国的?)?(?:第[${NUM}\\d]+个)?(${Object.keys(COMMEMORATION_DATES).join('|')})`, 'g'), (m) => {
          const [month, day] = COMMEMORATION_DATES[m[3]];
          if (Number(m[1]) === month && Number(m[2]) === day) return null;
          return { index: m.index, length: m[1].length + m[2].length + 2, replacement: `${month}月${day}日`, certain: false, severity: 'error', why: { 'zh-CN': `${m[3]}是${month}月${day}日`, en: `the ${m[3]} is ${month}月${day}日` } };
        });
      },
    },
    {
      id: 'theme-education-year',
      canonical: '2019年“不忘初心、牢记使命”主题教育；2021年党史学习教育；2023年学习贯彻习近平新时代中国特色社会主义思想主题教育；2024年党纪学习教育；2025年深入贯彻中央八项规定精神学习教育',
      source: '《关于在全党开展“不忘初心、牢记使命”主题教育的意见》（2019年5月）；《关于在全党开展党史学习教育的通知》（2021年2月）',
      keys: ['主题教育', '党史学习教育', '党纪学习教育', '中央八项规定精神学习教育'],
      find(text) {
        return scan(text, /((?:19|20)\d{2})年[^。；！？\n]{0,16}?(?:开展|启动|部署)(?:了|的)?[“"]?(不忘初心、牢记使命[”"]?主题教育|党史学习教育|党纪学习教育|深入贯彻中央八项规定精神学习教育)/g, (m) => {
          const [from, to] = m[2].startsWith('不忘初心') ? [2019, 2020] : m[2] === '党纪学习教育' ? [2024, 2024] : m[2].endsWith('八项规定精神学习教育') ? [2025, 2025] : [2021, 2021];
          const year = Number(m[1]);
          if (year >= from && year <= to) return null;
          // Where the year is another campaign's and the sentence speaks its words (2024年……党史学习教育，
          // 推动学纪、知纪、明纪、守纪), the campaign's name is the slip, not the year.
          const sentence = sentenceAround(text, m.index, m.index + m[0].length);
          const meant = year === 2024 && /学纪|知纪|明纪|守纪|纪律处分条例|党纪/.test(sentence) ? '党纪学习教育' : year === 2021 && /学史(?:明理|增信|崇德|力行)/.test(sentence) ? '党史学习教育' : '';
          if (meant && meant !== m[2]) {
            const at = m.index + m[0].length - m[2].length;
            return { index: at, length: m[2].length, replacement: meant, certain: false, severity: 'error', why: { 'zh-CN': `${year}年开展的是${meant}，${m[2].replace(/[”"]/, '')}于${from}年开展`, en: `the campaign of ${year} was ${meant}; this one ran in ${from}` } };
          }
          return { index: m.index, length: 4, replacement: String(from), certain: false, severity: 'error', why: { 'zh-CN': `${m[2].replace(/[”"]/, '')}于${from}年开展`, en: `that campaign ran in ${from}` } };
        });
      },
    },
    {
      id: 'five-major-principles',
      canonical: '党的二十大提出的“五个重大原则”',
      source: 'official/cpc-congress-report-20.txt:20',
      keys: ['个重大原则'],
      find(text) {
        return scan(text, /([一二两三四六七八九十])个重大原则/g, (m) => {
          if (!sentenceAround(text, m.index, m.index + m[0].length).includes('二十大')) return null;
          return { index: m.index, length: 1, replacement: '五', certain: true, severity: 'error', why: { 'zh-CN': '党的二十大提出“五个重大原则”', en: 'the 20th Congress set out five major principles' } };
        });
      },
    },
    // ── The seventh blind set's families ─────────────────────────────────────────────
    ...formsTable(
      [
        ['four-consciousnesses-verb-alone', '增强“四个意识”', 'official/cpc-congress-report-20.txt:18', /坚定(?=[“"]?四个意识)(?![“"]?四个意识[”"]?、增强)/g, '增强', '“四个意识”与“增强”搭配', '四个意识 goes with 增强', ['四个意识']],
        ['sixteen-characters-rule-of-law', '科学立法、严格执法、公正司法、全民守法', 'official/cpc-congress-report-20.txt:29', /科学立法、公正执法、严格司法、全民守法/g, '科学立法、严格执法、公正司法、全民守法', '“严格执法、公正司法”', 'it is 严格执法, 公正司法', ['科学立法']],
        ['return-not-transfer', '香港回归祖国', '《中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明》（1984年）; official/cpc-congress-report-15.txt:5', /(?<=(?:香港|澳门))主权移交/g, '回归祖国', '称“香港（澳门）回归祖国”或“中国恢复对香港（澳门）行使主权”', 'say 回归祖国 (the return), not a transfer of sovereignty', ['主权移交']],
        ['resolution-not-decision', '《中共中央关于党的百年奋斗重大成就和历史经验的决议》', '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）', /(?<=党的百年奋斗重大成就和历史经验的)决定/g, '决议', '第三个历史决议称“决议”', 'the third historical resolution is a 决议', ['历史经验的决定']],
        ['disabled-persons', '残疾人', '《中华人民共和国残疾人保障法》', /残废人/g, '残疾人', '规范称谓为“残疾人”', 'the standard word is 残疾人', ['残废人']],
        ['npc-deputies', '全国人大代表', '《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》', /(?<!常委会|常务委员会)(?<=全国人大)委员(?![会长])/g, '代表', '人大设代表，政协设委员', 'the NPC has deputies (代表); members (委员) are the CPPCC’s', ['全国人大委员']],
        ['taiwan-authorities', '台湾当局', '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）', /(?<=台湾)(?:政府|“政府”)/g, '当局', '称“台湾当局”，不称“台湾政府”', 'say 台湾当局, not 台湾政府', ['台湾政府', '台湾“政府”']],
        ['third-plenary-20-title', '《中共中央关于进一步全面深化改革、推进中国式现代化的决定》', '《中共中央关于进一步全面深化改革、推进中国式现代化的决定》（2024年7月）', /关于全面深化改革(?=、推进中国式现代化的决定)/g, '关于进一步全面深化改革', '二十届三中全会决定的名称是“关于进一步全面深化改革、推进中国式现代化的决定”', 'the title has 进一步', ['推进中国式现代化的决定']],
        ['moderately-prosperous-built', '全面建成了小康社会', '习近平《在庆祝中国共产党成立100周年大会上的讲话》（2021年7月1日）', /全面建设了(?=小康社会)/g, '全面建成了', '宣告的是“全面建成了小康社会”', 'what was declared is 全面建成了小康社会', ['全面建设了小康']],
        ['two-studies-one-action-name', '“两学一做”学习教育', '《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》（中共中央办公厅，2016年2月）', /(?<=两学一做[”"]?)主题教育/g, '学习教育', '称“两学一做”学习教育', 'it is the 两学一做 学习教育', ['两学一做']],
        ['ten-clarifications-count', '“十个明确”', '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）', /(?<=[“"]?)十四(?=个明确)/g, '十', '是“十个明确”（“十四个坚持”）', 'it is 十个明确 (and 十四个坚持)', ['十四个明确']],
        ['high-degree-autonomy', '“一国两制”、“港人治港”、“澳人治澳”、高度自治', 'official/cpc-congress-report-20.txt:57', /(?<=(?:港人治港|澳人治澳)[”"]?[、，]?)(?:完全自治|高度自主|充分自治|全面自治)/g, '高度自治', '方针是“高度自治”', 'the principle is a high degree of autonomy (高度自治)', ['完全自治', '高度自主', '充分自治', '全面自治']],

      ],
      { severity: 'error' },
    ),
    memberList('core-values-society', '核心价值观（社会层面）', ['自由', '平等', '公正', '法治'], '社会层面的价值取向是自由、平等、公正、法治', 'the social values are 自由, 平等, 公正, 法治', 'official/cpc-congress-report-18.txt:84'),
    memberList('three-stricts', '三严', ['严以修身', '严以用权', '严以律己'], '“三严”是严以修身、严以用权、严以律己', 'the three stricts are 严以修身, 严以用权, 严以律己', '《关于在县处级以上领导干部中开展“三严三实”专题教育方案》（中共中央办公厅，2015年4月）'),
    {
      id: 'return-and-congress-dates',
      canonical: '1997年7月1日香港回归，1999年12月20日澳门回归；党的二十大2022年10月召开',
      source: '《中华人民共和国香港特别行政区基本法》《中华人民共和国澳门特别行政区基本法》; official/cpc-congress-report-20.txt:1',
      keys: ['回归', '十八大', '十九大', '二十大'],
      find(text) {
        const out: WordingMatch[] = [];
        for (const w of scan(text, /(((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?)[，,]?(香港|澳门)回归/g, (m) => {
          const [year, month, day] = m[5] === '香港' ? [1997, 7, 1] : [1999, 12, 20];
          if (Number(m[2]) === year && Number(m[3]) === month && (!m[4] || Number(m[4]) === day)) return null;
          return { index: m.index, length: m[1].length, replacement: `${year}年${month}月${day}日`, certain: false, severity: 'error', why: { 'zh-CN': `${m[5]}于${year}年${month}月${day}日回归祖国`, en: `${m[5]} returned on ${year}年${month}月${day}日` } };
        })) out.push(w);
        for (const w of scan(text, /(20\d{2})年(\d{1,2})月(?:召开的|举行的|胜利召开的)?(?:党的)?(十八|十九|二十)大/g, (m) => {
          const month = CONGRESS_MONTHS[m[3]];
          if (CONGRESS_YEARS[m[3]] !== Number(m[1]) || month === Number(m[2])) return null;
          return { index: m.index + m[1].length + 1, length: m[2].length + 1, replacement: `${month}月`, certain: false, severity: 'error', why: { 'zh-CN': `党的${m[3]}大于${m[1]}年${month}月召开`, en: `the ${m[3]}大 met in ${month}月 ${m[1]}` } };
        })) out.push(w);
        return out;
      },
    },
    // ── Discouraged or outdated terms ───────────────────────────────────────────────────
    replaceForm(
      'belt-and-road-initiative',
      '共建“一带一路”',
      'official/cpc-congress-report-20.txt:26; 《推动共建丝绸之路经济带和21世纪海上丝绸之路的愿景与行动》（2015年3月）',
      /([“"]?一带一路[”"]?)战略/g,
      (m) => `${m[1]}倡议`,
      { certain: false, keys: ['一带一路'], why: { 'zh-CN': '“一带一路”称倡议，不称战略', en: '一带一路 is an initiative (倡议), not a strategy' } },
    ),
    replaceForm(
      'detention-liuzhi',
      '留置',
      '《中华人民共和国监察法》（2018年3月）第二十二条',
      /(?<=采取|实行|实施|予以|被)[“"]?双规[”"]?(?=措施)?/g,
      () => '留置',
      { certain: false, keys: ['双规'], why: { 'zh-CN': '监察法施行后“双规”已由留置取代', en: 'since the Supervision Law (2018) 双规 has been replaced by 留置' }, skip: (text, m) => /原|曾|以前|过去/.test(text.slice(Math.max(0, m.index - 6), m.index)) },
    ),
    {
      id: 'anti-gang-normalized',
      canonical: '常态化开展扫黑除恶斗争',
      source: '《中共中央办公厅 国务院办公厅关于常态化开展扫黑除恶斗争巩固专项斗争成果的意见》（2021年5月）',
      keys: ['扫黑除恶专项斗争'],
      find(text, context) {
        // The three-year campaign (2018—2020) is history; a task for 2021 or later is the ongoing struggle.
        const re = /(?<=(?:深入推进|持续推进|扎实推进|推进|深化|深入开展|持续开展|开展|纵深推进)[“"]?)扫黑除恶专项斗争/g;
        return scan(text, re, (m) => {
          const before = text.slice(Math.max(0, m.index - 40), m.index);
          const years = [...before.matchAll(/(20\d{2})年/g)].map((y) => Number(y[1]));
          const year = years.length ? years[years.length - 1] : context.documentYear;
          if (!year || year < 2021) return null;
          return {
            index: m.index,
            length: m[0].length,
            replacement: '扫黑除恶斗争',
            certain: false,
            severity: 'warning',
            why: { 'zh-CN': '扫黑除恶专项斗争于2020年底结束，2021年起为常态化开展扫黑除恶斗争', en: 'the campaign (专项斗争) ended in 2020; since 2021 it is 常态化开展扫黑除恶斗争' },
          };
        });
      },
    },
    replaceForm(
      'cyberspace-commission',
      '中央网络安全和信息化委员会',
      '《深化党和国家机构改革方案》（2018年3月）',
      /中央网络安全和信息化领导小组/g,
      () => '中央网络安全和信息化委员会',
      { certain: false, keys: ['中央网络安全和信息化领导小组'], why: { 'zh-CN': '2018年起为中央网络安全和信息化委员会', en: 'a commission (委员会) since 2018' }, skip: oldNameAsHistory },
    ),
    replaceForm(
      'reform-commission',
      '中央全面深化改革委员会',
      '《深化党和国家机构改革方案》（2018年3月）',
      /中央全面深化改革领导小组/g,
      () => '中央全面深化改革委员会',
      { certain: false, keys: ['中央全面深化改革领导小组'], why: { 'zh-CN': '2018年起为中央全面深化改革委员会', en: 'a commission (委员会) since 2018' }, skip: oldNameAsHistory },
    ),
    replaceForm(
      'north-korea',
      '朝鲜',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      /北朝鲜/g,
      () => '朝鲜',
      { keys: ['北朝鲜'], why: { 'zh-CN': '规范称谓', en: 'the standard name' } },
    ),
    replaceForm(
      'south-korea',
      '韩国',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      /南朝鲜/g,
      () => '韩国',
      { keys: ['南朝鲜'], why: { 'zh-CN': '规范称谓', en: 'the standard name' } },
    ),
    replaceForm(
      'mainland-and-hong-kong',
      '内地与香港',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      // Hong Kong and Macao are not set beside China as its equal (中港, 中澳): 内地与香港. Only
      // before the words that make it the two places (中港两地, 中港合作); 中港 of a company's name
      // and 中澳 of China and Australia stay.
      /中([港澳])(?=两地|关系|合作|交流|经贸|之间|融合|往来|边界|跨境)/g,
      (m) => `内地与${m[1] === '港' ? '香港' : '澳门'}`,
      { certain: false, keys: ['中港', '中澳'], skip: (text, m) => m[1] === '澳' && !/^两地/.test(text.slice(m.index + 2)), why: { 'zh-CN': '香港、澳门不与“中国”并列，称“内地与香港（澳门）”', en: 'Hong Kong and Macao are not set beside China: 内地与香港 (澳门)' } },
    ),
    replaceForm(
      'cross-strait',
      '两岸关系',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      /中台(?=关系|两岸|交流|合作)/g,
      () => '两岸',
      { severity: 'error', certain: false, keys: ['中台'], why: { 'zh-CN': '台湾是中国的一部分，不称“中台”，称“两岸”', en: 'Taiwan is part of China: 两岸, not 中台' } },
    ),
    replaceForm(
      'taiwan-among-countries',
      '……等国家和地区',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      // A list that holds 台湾, 香港 or 澳门 closes with 国家和地区, never 国家 alone.
      /(?<=(?:台湾|香港|澳门)(?:地区)?(?:[、和及与][^，。；！？、\n]{1,8}){0,6}|(?:[、和及与])(?:中国)?(?:台湾|香港|澳门)(?:地区)?)等国家(?!和地区|或地区|\(地区\)|（地区）)/g,
      () => '等国家和地区',
      { severity: 'error', keys: ['等国家'], why: { 'zh-CN': '台湾、香港、澳门是中国的一部分，与外国并列时称“国家和地区”', en: 'Taiwan, Hong Kong and Macao are part of China: listed with foreign countries, the list is of 国家和地区' } },
    ),
    replaceForm(
      'state-owned-not-state-run',
      '国有企业',
      '《中华人民共和国宪法修正案》（1993年3月）第五条、第八条',
      // 国营 became 国有 in the constitution in 1993; a report of that year or later, or one naming the
      // new era, writes 国有企业 (国营农场 and the like stay names).
      /国营(?=企业|经济|单位|大中型企业)/g,
      () => '国有',
      { certain: false, keys: ['国营'], why: { 'zh-CN': '1993年修宪后“国营企业”改称“国有企业”', en: '国营 became 国有 in the 1993 constitutional amendment' }, skip: (text, m, context) => !(datedSince(text, m.index, m.index + 2, context, 1993) || context.newEra === true) || oldNameAsHistory(text, m) },
    ),
    replaceForm(
      'taiwan-leader',
      '台湾地区领导人',
      '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）',
      /台湾(?:总统|“总统”)/g,
      () => '台湾地区领导人',
      { severity: 'error', keys: ['台湾'], why: { 'zh-CN': '规范称谓', en: 'the standard designation' } },
    ),
    ...(
      [
        ['agency-market-regulation', /国家工商行政管理总局|国家质量监督检验检疫总局|国家食品药品监督管理总局/g, '国家市场监督管理总局', ['总局']],
        ['agency-natural-resources', /国土资源部(?!门)/g, '自然资源部', ['国土资源部']],
        ['agency-ecology', /环境保护部(?!门)/g, '生态环境部', ['环境保护部']],
        ['agency-health', /国家卫生和计划生育委员会/g, '国家卫生健康委员会', ['国家卫生']],
        // (The short name gives the short name: 国家卫生计生委 → 国家卫生健康委.)
        ['agency-health-short', /国家卫生计生委/g, '国家卫生健康委', ['国家卫生']],
        ['agency-emergency', /国家安全生产监督管理总局/g, '应急管理部', ['总局']],
      ] as const
    ).map(([id, re, to, keys]) =>
      replaceForm(id, to, '《国务院机构改革方案》（2018年3月第十三届全国人民代表大会第一次会议批准）', re, () => to, {
        certain: false,
        keys: [...keys],
        why: { 'zh-CN': '2018年机构改革后的名称', en: 'the name since the 2018 restructuring' },
        // A history (原国土资源部) keeps the old name.
        skip: oldNameAsHistory,
      }),
    ),
    // The provincial and local departments followed in the institutional reforms of 2018–2019.
    ...(
      [
        ['agency-natural-resources-local', /国土资源([厅局])(?!门)/g, '自然资源', '国土资源'],
        ['agency-ecology-local', /环境保护([厅局])(?!门)/g, '生态环境', '环境保护'],
        ['agency-market-regulation-local', new RegExp(`(?<=${LOCAL_LEVEL})工商(?:行政管理)?(局)(?!门)`, 'g'), '市场监督管理', '工商'],
        // (Below the province only: a province keeps a 药品监督管理局 of its own.)
        ['agency-food-drug-local', new RegExp(`(?<=[市县州旗]|${DISTRICT})食品药品监督管理(局)(?!门)`, 'g'), '市场监督管理', '食品药品监督管理'],
      ] as const
    ).map(([id, re, to, key]) =>
      replaceForm(id, `${to}厅`, '《关于地方机构改革有关问题的指导意见》（中共中央办公厅、国务院办公厅，2018年）', re, (m) => `${to}${m[1]}`, {
        certain: false,
        keys: [key],
        why: { 'zh-CN': '2018—2019年地方机构改革后的名称', en: 'the name since the local restructuring of 2018–2019' },
        skip: oldNameAsHistory,
      }),
    ),

    // ── The eighth blind set's families ──────────────────────────────────────────────
    ...formsTable(
      [
        ['self-revolution-second-answer', '党的自我革命是跳出治乱兴衰历史周期率的第二个答案', 'official/cpc-congress-report-20.txt:32', /(?<=自我革命[^。；！？\n]{0,24}?)第一个答案/g, '第二个答案', '党的自我革命是跳出历史周期率的“第二个答案”（第一个答案是让人民监督政府）', 'self-revolution is the second answer (the first is letting the people oversee the government)', ['第一个答案']],
        ['talent-and-innovation-firsts', '科技是第一生产力、人才是第一资源、创新是第一动力', 'official/cpc-congress-report-20.txt:79', /人才是第一(?:动力|生产力)|创新是第一(?:资源|生产力)|科技是第一(?:动力|资源)(?=、)/g, '', '科技是第一生产力，人才是第一资源，创新是第一动力', 'science and technology are the first productive force, talent the first resource, innovation the first driving force', ['是第一动力', '是第一资源', '是第一生产力']],
        ['new-journey-build-not-built', '全面建设社会主义现代化国家新征程', 'official/cpc-congress-report-20.txt:8', /全面建成(?=社会主义现代化(?:强)?国家的?新征程)/g, '全面建设', '新征程是“全面建设”社会主义现代化国家（“全面建成”的是本世纪中叶的强国目标）', 'the new journey is one of building (全面建设); 全面建成 is the mid-century goal', ['新征程']],
        ['original-aspiration-order', '为中国人民谋幸福，为中华民族谋复兴', 'official/cpc-congress-report-20.txt:48', /中国人民谋复兴|中华民族谋幸福/g, '', '初心使命是为中国人民谋幸福、为中华民族谋复兴', 'the founding mission: happiness for the Chinese people, rejuvenation for the Chinese nation', ['中国人民谋复兴', '中华民族谋幸福']],
        ['no-large-scale-return-to-poverty', '守住不发生规模性返贫底线', 'official/gov-work-report-2024.txt:65', /(?:系统性|大规模|区域性)(?=返贫)/g, '规模性', '固定表述为“不发生规模性返贫”（“系统性”说的是金融风险）', 'the fixed form is 规模性返贫 (系统性 is said of financial risk)', ['返贫']],
        ['principal-contradiction-wording', '人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾', 'official/cpc-congress-report-20.txt:19', /(?<=美好生活需要和|美好生活需要同)不平衡不(?:协调|全面|平衡|均衡)(?=的发展)/g, '不平衡不充分', '主要矛盾中是“不平衡不充分的发展”', 'the principal contradiction speaks of 不平衡不充分的发展', ['美好生活需要']],

      ],
      { severity: 'error', replace: (m) => EIGHTH_SET_SWAPS[m[0]] },
    ),
    memberList('modernization-features', '中国式现代化', ['人口规模巨大的现代化', '全体人民共同富裕的现代化', '物质文明和精神文明相协调的现代化', '人与自然和谐共生的现代化', '走和平发展道路的现代化'], '中国式现代化是人口规模巨大、全体人民共同富裕、物质文明和精神文明相协调、人与自然和谐共生、走和平发展道路的现代化', 'the five features of Chinese modernization', 'official/cpc-congress-report-20.txt:53'),
    memberList('five-articles-of-finance', '五篇大文章', ['科技金融', '绿色金融', '普惠金融', '养老金融', '数字金融'], '金融“五篇大文章”是科技金融、绿色金融、普惠金融、养老金融、数字金融', 'the five articles of finance are 科技金融, 绿色金融, 普惠金融, 养老金融, 数字金融', 'official/gov-work-report-2024.txt:34'),
    fixedOrder('guiding-theories-order', '马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想', 'official/gov-work-report-2018.txt:37; official/cpc-congress-report-20.txt:16', ['马克思列宁主义', '毛泽东思想', '邓小平理论', '[“"]?三个代表[”"]?重要思想', '科学发展观', '习近平新时代中国特色社会主义思想'], ['邓小平理论', '科学发展观', '毛泽东思想'], '指导思想按形成的先后排列', 'the guiding theories are listed in the order they were formed'),
    fixedOrder('rule-of-law-sixteen-characters-order', '科学立法、严格执法、公正司法、全民守法', 'official/cpc-congress-report-20.txt:29', ['科学立法', '严格执法', '公正司法', '全民守法'], ['科学立法', '全民守法'], '顺序为科学立法、严格执法、公正司法、全民守法', 'the order is 科学立法, 严格执法, 公正司法, 全民守法'),
    fixedOrder('rule-by-law-three-order', '坚持依法治国、依法执政、依法行政共同推进', 'official/cpc-congress-report-20.txt:29', ['依法治国', '依法执政', '依法行政'], ['依法执政', '依法行政'], '顺序为依法治国、依法执政、依法行政', 'the order is 依法治国, 依法执政, 依法行政'),
    fixedOrder('rule-of-law-country-government-society-order', '坚持法治国家、法治政府、法治社会一体建设', 'official/cpc-congress-report-20.txt:29', ['法治国家', '法治政府', '法治社会'], ['法治政府', '法治社会'], '顺序为法治国家、法治政府、法治社会', 'the order is 法治国家, 法治政府, 法治社会'),
    fixedOrder('complete-accurate-comprehensive-order', '完整、准确、全面贯彻新发展理念', 'official/cpc-congress-report-20.txt:24', ['完整', '准确', '全面'], ['准确贯彻', '全面贯彻', '完整贯彻'], '固定表述为“完整、准确、全面贯彻新发展理念”', 'the fixed form is 完整、准确、全面贯彻新发展理念', '(?=贯彻新发展理念)'),
    {
      id: 'carbon-peak-and-neutrality-years',
      canonical: '力争2030年前实现碳达峰、2060年前实现碳中和',
      source: '习近平《在第七十五届联合国大会一般性辩论上的讲话》（2020年9月22日）',
      keys: ['碳达峰', '碳中和'],
      find(text) {
        return scan(text, /(20[2-9]\d)(?=年前?(?:实现)?(碳达峰|碳中和))/g, (m) => {
          const right = m[2] === '碳达峰' ? '2030' : '2060';
          if (m[1] === right) return null;
          return { index: m.index, length: 4, replacement: right, certain: true, severity: 'error', why: { 'zh-CN': '2030年前碳达峰，2060年前碳中和', en: 'carbon peak before 2030, neutrality before 2060' } };
        });
      },
    },
    {
      id: 'market-decisive-role',
      canonical: '使市场在资源配置中起决定性作用和更好发挥政府作用',
      source: 'official/gov-work-report-2014.txt:43',
      keys: ['资源配置中起基础性', '资源配置中的基础性'],
      find(text, context) {
        // 基础性作用 was the wording of 1992–2012; a sentence or document dated earlier keeps it.
        // 发挥市场在资源配置中的基础性作用 is the same statement, and was the reports' own words
        // until 2012: only in a document of the new era or dated 2013 or later, or beside the
        // 更好发挥政府作用 that the 2013 wording pairs it with.
        return scan(text, /(?<=资源配置中[起的])基础性(?=作用)/g, (m) => {
          const sentence = sentenceAround(text, m.index, m.index + 3);
          if (datedBefore(text, m.index, m.index + 3, context, 2013) || /十四大|十六大|十七大|曾|过去|原来/.test(sentence)) return null;
          if (text[m.index - 1] === '的' && !(context.documentYear ? context.documentYear >= 2013 : context.newEra) && !sentence.includes('更好发挥政府作用')) return null;
          return { index: m.index, length: 3, replacement: '决定性', certain: false, severity: 'error', why: { 'zh-CN': '党的十八届三中全会（2013年）起为“起决定性作用”', en: 'since the Third Plenary Session of 2013: a decisive role (决定性作用)' } };
        });
      },
    },
    {
      id: 'propaganda-culture-conference',
      canonical: '全国宣传思想文化工作会议（2023年10月）',
      source: '新华社《习近平对宣传思想文化工作作出重要指示》（2023年10月8日）',
      keys: ['宣传思想工作会议', '宣传思想文化工作会议'],
      find(text) {
        // The conference of October 2023, which set out 习近平文化思想, was the first to carry 文化 in its name.
        const months = scan(text, /(?<=2023年)(\d{1,2})(?=月(?:召开的|举行的)?全国宣传思想文化工作会议)/g, (m) =>
          m[1] === '10' ? null : { index: m.index, length: m[1].length, replacement: '10', certain: true, severity: 'error', why: { 'zh-CN': '全国宣传思想文化工作会议于2023年10月召开', en: 'the conference met in October 2023' } },
        );
        return months.concat(scan(text, /(?<=全国宣传思想)工作会议/g, (m) => {
          if (!/2023年|文化思想/.test(sentenceAround(text, m.index, m.index + 4))) return null;
          return { index: m.index, length: 2, replacement: '文化工作', certain: true, severity: 'error', why: { 'zh-CN': '2023年10月的会议名为“全国宣传思想文化工作会议”', en: 'the conference of October 2023 is the 全国宣传思想文化工作会议' } };
        }));
      },
    },
    replaceForm(
      'discipline-commission-supervision',
      '中央纪委国家监委',
      '《深化党和国家机构改革方案》（中共中央，2018年3月）',
      /中央纪委(?:、)?监察部/g,
      () => '中央纪委国家监委',
      { severity: 'error', certain: false, keys: ['监察部'], why: { 'zh-CN': '2018年起监察部并入国家监察委员会，称“中央纪委国家监委”', en: 'since 2018 the Ministry of Supervision is part of the National Supervisory Commission: 中央纪委国家监委' }, skip: oldNameAsHistory },
    ),
    // 中纪委 is how people speak; the Party's documents write 中央纪委 (the official texts here name the
    // commission only in full, 中国共产党中央纪律检查委员会).
    replaceForm('discipline-commission-short', '中央纪委', '《中国共产党纪律检查委员会工作条例》（中共中央，2021年12月）', /(?<!央)中纪委(?!国家监委)/g, () => '中央纪委', {
      severity: 'warning',
      keys: ['中纪委'],
      why: { 'zh-CN': '规范简称为“中央纪委”', en: 'the standard short name is 中央纪委' },
    }),
    // A public hospital's system is 党委领导下的院长负责制; 党组织领导的……负责制 is the school's (校长).
    replaceForm('hospital-party-committee', '党委领导下的院长负责制', '《关于加强公立医院党的建设工作的意见》（中共中央办公厅，2018年6月）', /党组织领导的院长负责制/g, () => '党委领导下的院长负责制', {
      severity: 'warning',
      certain: false,
      keys: ['院长负责制'],
      why: { 'zh-CN': '公立医院实行“党委领导下的院长负责制”（中小学为“党组织领导的校长负责制”）', en: 'a public hospital’s system is 党委领导下的院长负责制 (schools: 党组织领导的校长负责制)' },
    }),
    {
      id: 'rural-revitalization-bureau',
      canonical: '农业农村部（国家乡村振兴局的职责自2023年划入）',
      source: '《党和国家机构改革方案》（中共中央、国务院，2023年3月）',
      keys: ['国家乡村振兴局'],
      find(text, context) {
        // The bureau existed 2021–2023: outdated only in a sentence or document dated 2024 or later.
        return scan(text, /国家乡村振兴局/g, (m) => {
          if (oldNameAsHistory(text, m)) return null;
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          if (year === undefined || year < 2024) return null;
          return { index: m.index, length: m[0].length, replacement: '农业农村部', certain: false, severity: 'error', why: { 'zh-CN': '2023年机构改革后国家乡村振兴局不再保留，职责划入农业农村部', en: 'the bureau was abolished in the 2023 restructuring; its duties went to the Ministry of Agriculture and Rural Affairs' } };
        });
      },
    },

    // ── The ninth blind set's families ───────────────────────────────────────────────
    ...formsTable(
      [
        ['education-science-talent-support', '教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑', 'official/cpc-congress-report-20.txt:22', /(?<=基础性、)先导性(?=支撑)/g, '战略性', '是“基础性、战略性支撑”', 'it is a 基础性、战略性支撑', ['先导性支撑']],
        ['historical-resolution-title', '《中共中央关于党的百年奋斗重大成就和历史经验的决议》', '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）', /(?<=党的百年奋斗重大成就和)(?:宝贵|基本|主要)经验/g, '历史经验', '决议名称是“……重大成就和历史经验的决议”', 'the title says 历史经验', ['百年奋斗重大成就和']],
        ['congress-20-theme', '弘扬伟大建党精神，自信自强、守正创新，踔厉奋发、勇毅前行', 'official/cpc-congress-report-20.txt:1', /(?<=伟大建党精神[，,])自信自立(?=、守正创新)/g, '自信自强', '党的二十大主题是“自信自强、守正创新”（“自信自立”是六个必须坚持之一）', 'the theme says 自信自强 (自信自立 is one of the six musts)', ['伟大建党精神']],
        ['great-founding-spirit', '坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民', '习近平《在庆祝中国共产党成立100周年大会上的讲话》（2021年7月1日）', /(?<=对党忠诚、)(?:服务|造福|热爱|依靠)人民(?=的?伟大建党精神)/g, '不负人民', '伟大建党精神的最后一句是“对党忠诚、不负人民”', 'the great founding spirit ends 对党忠诚、不负人民', ['对党忠诚']],
        ['self-revolution-thought-name', '习近平总书记关于党的自我革命的重要思想', '二十届中央纪委三次全会公报（2024年1月）', /习近平(?:同志)?(?:党的)?自我革命思想/g, '习近平总书记关于党的自我革命的重要思想', '名称是“习近平总书记关于党的自我革命的重要思想”', 'the name is 习近平总书记关于党的自我革命的重要思想', ['自我革命思想']],
        ['two-major-not-two-new', '“两重”：国家重大战略实施和重点领域安全能力建设', 'official/gov-work-report-2025.txt:8', /(?<=[“"])两新(?=[”"][，,]?即?(?:国家)?重大战略实施)/g, '两重', '国家重大战略实施和重点领域安全能力建设是“两重”（“两新”是大规模设备更新和消费品以旧换新）', 'that is the 两重 (两新 is equipment renewal and consumer trade-ins)', ['两新']],
        ['exam-givers-and-takers', '时代是出卷人，我们是答卷人，人民是阅卷人', '习近平《在二十届中共中央政治局常委同中外记者见面时的讲话》（2022年10月23日）', /人民是答卷人|我们是阅卷人|(?:我们|人民)是出卷人/g, '', '时代是出卷人，我们是答卷人，人民是阅卷人', 'the times set the questions, we answer them, the people mark them', ['答卷人', '阅卷人', '出卷人']],

      ],
      { severity: 'error', replace: (m) => EIGHTH_SET_SWAPS[m[0]] },
    ),
    // (The formula entry reads a list from its first item; after another clause of four-character
    // words, 全面推进乡村振兴，按照…, only a list read clause by clause finds it.)
    memberList('rural-revitalization-requirements-list', '乡村振兴总要求', RURAL_REVITALIZATION_REQUIREMENTS, '乡村振兴总要求是产业兴旺、生态宜居、乡风文明、治理有效、生活富裕', 'the general requirements of rural revitalization are 产业兴旺, 生态宜居, 乡风文明, 治理有效, 生活富裕', '《中共中央 国务院关于实施乡村振兴战略的意见》（2018年1月）'),
    {
      id: 'all-round-development-with-labour',
      canonical: '德智体美劳全面发展',
      source: '《中华人民共和国教育法》（2021年修正）第五条',
      keys: ['德智体美'],
      find(text, context) {
        // Since the national education conference of 2018: outdated in a sentence or document dated
        // 2018 or later, or one of the new era (the reports before it write 德智体美 rightly).
        return scan(text, /德智体美(?!劳)(?=全面发展|等方面全面发展)/g, (m) => {
          const year = yearAround(text, m.index, m.index + 4, context);
          // (五育并举 in the sentence names the five, 劳 among them, whatever its date; 为党育人、为国育才,
          // said first in 2018, dates the sentence itself.)
          const fiveNamed = /五育|为党育人|为国育才/.test(sentenceAround(text, m.index, m.index + 4));
          if (!fiveNamed && (year !== undefined ? year < 2018 : !context.newEra)) return null;
          return { index: m.index, length: 4, replacement: '德智体美劳', certain: true, severity: 'error', why: { 'zh-CN': '2018年起为“德智体美劳全面发展”', en: 'since 2018: 德智体美劳全面发展' } };
        });
      },
    },
    memberList('four-orientations', '四个面向', ['面向世界科技前沿', '面向经济主战场', '面向国家重大需求', '面向人民生命健康'], '“四个面向”是面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康', 'the four orientations of science: 面向世界科技前沿, 面向经济主战场, 面向国家重大需求, 面向人民生命健康', 'official/cpc-congress-report-20.txt:22'),
    replaceForm(
      'hong-kong-macao-office',
      '中央港澳工作办公室',
      '《党和国家机构改革方案》（中共中央、国务院，2023年3月）',
      /国务院港澳事务办公室|国务院港澳办/g,
      () => '中央港澳工作办公室',
      { severity: 'error', certain: false, keys: ['国务院港澳'], why: { 'zh-CN': '2023年机构改革后为中央港澳工作办公室（国务院港澳事务办公室不再保留）', en: 'since the 2023 restructuring: 中央港澳工作办公室' }, skip: (text, m) => oldNameAsHistory(text, m) || /(?:19|20(?:[01]\d|2[0-2]))年/.test(sentenceAround(text, m.index, m.index + m[0].length)) },
    ),
    {
      id: 'plenary-adopts-proposals',
      canonical: '全会审议通过关于制定国民经济和社会发展第十五个五年规划的建议',
      source: 'official/gov-work-report-2021.txt:4',
      keys: ['规划纲要'],
      find(text) {
        // A plenary session adopts the Party's proposals (建议); the NPC approves the outline (纲要).
        return scan(text, /(?<=中全会[^。；！？\n]{0,6}?(?:审议)?通过(?:了)?[^。；！？\n]{0,30}?五年规划)纲要/g, (m) => ({
          index: m.index, length: 2, replacement: '的建议', certain: false, severity: 'error',
          why: { 'zh-CN': '中央全会通过的是规划“建议”，规划纲要由全国人民代表大会批准', en: 'a plenary session adopts the proposals (建议); the NPC approves the outline (纲要)' },
        }));
      },
    },
    {
      id: 'reform-deadline-2029',
      canonical: '到2029年中华人民共和国成立八十周年时，完成本决定提出的改革任务',
      source: '《中共中央关于进一步全面深化改革、推进中国式现代化的决定》（2024年7月）',
      keys: ['改革任务'],
      find(text) {
        // (The year in digits or in Chinese numerals: 到二〇二七年.)
        return scan(text, /(?<=到)(20\d{2}|二〇[一二三四五六七八九〇]{2})(?=年[^。；！？\n]{0,20}?完成[^。；！？\n]{0,12}?改革任务)/g, (m) => {
          if (m[1] === '2029' || m[1] === '二〇二九' || !/三中全会|《决定》|决定提出/.test(sentenceAround(text, m.index, m.index + 4))) return null;
          return { index: m.index, length: 4, replacement: /\d/.test(m[1]) ? '2029' : '二〇二九', certain: false, severity: 'error', why: { 'zh-CN': '二十届三中全会《决定》：到2029年完成改革任务', en: 'the Decision of 2024: its reforms are to be completed by 2029' } };
        });
      },
    },
    {
      id: 'central-financial-work-conference-year',
      canonical: '2023年10月召开的中央金融工作会议',
      source: '新华社《中央金融工作会议在北京举行》（2023年10月31日）',
      keys: ['中央金融工作会议'],
      find(text) {
        // The first conference of that name (the earlier ones were 全国金融工作会议), the one that set the goal of 金融强国.
        return scan(text, /(20\d{2})(?=年(?:\d{1,2}月)?(?:召开的|举行的)?中央金融工作会议)/g, (m) => {
          if (m[1] === '2023') return null;
          return { index: m.index, length: 4, replacement: '2023', certain: false, severity: 'error', why: { 'zh-CN': '中央金融工作会议于2023年10月召开', en: 'the Central Financial Work Conference met in October 2023' } };
        });
      },
    },

    // ── The tenth blind set's families ───────────────────────────────────────────────
    ...formsTable(
      [
        ['ecological-inspection-name', '中央生态环境保护督察', '《中央生态环境保护督察工作规定》（中共中央办公厅、国务院办公厅，2019年6月）', /(?<=中央生态环境保护|中央环保|生态环境保护)督查(?=组|工作|反馈|整改|[，。；、]|$)/g, '督察', '名称是“中央生态环境保护督察”（督察，非督查）', 'it is 督察 (inspection by the centre), not 督查', ['督查']],
        ['rule-of-law-government-outline-years', '《法治政府建设实施纲要（2021—2025年）》', '《法治政府建设实施纲要（2021—2025年）》（中共中央、国务院，2021年8月）', /(?<=法治政府建设实施纲要[（(])2020(?=[—－-]2025)/g, '2021', '《法治政府建设实施纲要》为2021—2025年', 'the outline covers 2021—2025', ['法治政府建设实施纲要']],
        ['harmonious-beautiful-villages', '建设宜居宜业和美乡村', 'official/cpc-congress-report-20.txt:30', /(?<=宜居宜业)美丽(?=乡村)/g, '和美', '党的二十大提出“建设宜居宜业和美乡村”', 'the 20th Congress says 宜居宜业和美乡村', ['宜居宜业美丽']],
        ['iron-must-be-hard', '打铁必须自身硬', 'official/cpc-congress-report-19.txt:70', /打铁还需自身硬/g, '打铁必须自身硬', '党的十九大起为“打铁必须自身硬”', 'since the 19th Congress: 打铁必须自身硬', ['打铁还需自身硬'], { certain: false, skip: (text, m) => /(?:19|20(?:0\d|1[0-6]))年/.test(sentenceAround(text, m.index, m.index + m[0].length)) }],
        ['public-officials-sanctions-law', '《中华人民共和国公职人员政务处分法》', '《中华人民共和国公职人员政务处分法》（2020年6月）', /(?<=《(?:中华人民共和国)?)公务员政务处分法(?=》)/g, '公职人员政务处分法', '法律名称是《中华人民共和国公职人员政务处分法》', 'the law is the 公职人员政务处分法', ['公务员政务处分法']],
        ['inner-party-political-life-norms', '《关于新形势下党内政治生活的若干准则》', '《关于新形势下党内政治生活的若干准则》（十八届六中全会，2016年10月）', /(?<=关于)新时(?:代|期)(?=党内政治生活的若干准则)/g, '新形势下', '准则名称是《关于新形势下党内政治生活的若干准则》', 'the norms are 关于新形势下党内政治生活的若干准则', ['党内政治生活的若干准则']],
        ['exchanges-and-blending-order', '各民族交往交流交融', 'official/cpc-congress-report-20.txt:46', /交流交往交融|交融交往交流|交往交融交流/g, '交往交流交融', '固定表述为“交往交流交融”', 'the fixed form is 交往交流交融', ['交融']],
        ['landscape-elements-order', '山水林田湖草沙一体化保护和系统治理', 'official/cpc-congress-report-20.txt:50', /山水(?=[林田湖草]{4}沙)(?=.{0,3}林)(?=.{0,3}田)(?=.{0,3}湖)(?=.{0,3}草)[林田湖草]{4}/g, '山水林田湖草', '固定表述为“山水林田湖草沙”', 'the fixed form is 山水林田湖草沙', ['山水']],
        ['stronger-better-bigger', '做强做优做大国有资本和国有企业', 'official/cpc-congress-report-20.txt:26', /做大做强做优|做大做优做强|做优做大做强|做优做强做大|做强做大做优/g, '做强做优做大', '党的十九大起为“做强做优做大”', 'since the 19th Congress: 做强做优做大', ['做大', '做优']],
        ['non-public-encourage-support-guide', '毫不动摇鼓励、支持、引导非公有制经济发展', 'official/cpc-congress-report-20.txt:26', /(?<=毫不动摇(?:地)?)支持、鼓励、引导/g, '鼓励、支持、引导', '固定表述为“鼓励、支持、引导非公有制经济发展”', 'the fixed form is 鼓励、支持、引导', ['支持、鼓励、引导']],
        ['county-inspection-tours', '县委巡察', '《中国共产党巡视工作条例》（2017年修订）第五条', /(?<=[县区]委(?:第[一二三四五六七八九十]+)?)巡视(?=组|工作|办)/g, '巡察', '市县两级党委开展的是“巡察”（巡视由中央和省区市党委开展）', 'a county or city Party committee runs 巡察; 巡视 is by the centre and the provinces', ['巡视'], { certain: false }],
        ['fundamental-safety-campaign-years', '安全生产治本攻坚三年行动（2024—2026年）', '《安全生产治本攻坚三年行动方案（2024—2026年）》（国务院安委会，2024年1月）', /(?<=治本攻坚三年行动[（(])2023[—－-]2025(?=年)/g, '2024—2026', '治本攻坚三年行动为2024—2026年', 'the campaign covers 2024—2026', ['治本攻坚']],
        ['soe-party-building-conference-year', '2016年10月全国国有企业党的建设工作会议', '新华社《习近平在全国国有企业党的建设工作会议上强调》（2016年10月11日）', /(?:2017|2018|2019|2015)(?=年[^。；]{0,6}?全国国有企业党的建设工作会议)/g, '2016', '全国国有企业党的建设工作会议于2016年10月召开', 'the conference met in October 2016', ['国有企业党的建设工作会议']],
        ['county-supervision-commission', '监察委员会', '《中华人民共和国监察法》（2018年3月）', new RegExp(`(?<=${LOCAL_LEVEL})监察局(?!长)`, 'g'), '监察委员会', '2018年起地方监察局并入监察委员会', 'since 2018 local supervision bureaux are part of the supervision commissions', ['监察局'], { certain: false, skip: oldNameAsHistory }],
        ['county-emergency-management', '应急管理局', '《关于地方机构改革有关问题的指导意见》（中共中央办公厅、国务院办公厅，2018年）', new RegExp(`(?<=${LOCAL_LEVEL})安全生产监督管理局`, 'g'), '应急管理局', '2018—2019年地方机构改革后为应急管理局', 'since the local restructuring of 2018–2019: 应急管理局', ['安全生产监督管理局'], { certain: false, skip: oldNameAsHistory }],

      ],
      { severity: 'error' },
    ),
    fixedOrder('police-general-requirement-order', '对党忠诚、服务人民、执法公正、纪律严明', '《习近平向中国人民警察队伍授旗并致训词》（新华社，2020年8月26日）', ['对党忠诚', '服务人民', '执法公正', '纪律严明'], ['执法公正', '服务人民'], '总要求是“对党忠诚、服务人民、执法公正、纪律严明”', 'the order is 对党忠诚, 服务人民, 执法公正, 纪律严明', '', 3),
    fixedOrder('political-abilities-order', '提高政治判断力、政治领悟力、政治执行力', 'official/cpc-congress-report-20.txt:63', ['政治判断力', '政治领悟力', '政治执行力'], ['政治领悟力', '政治判断力'], '顺序为政治判断力、政治领悟力、政治执行力', 'the order is 政治判断力, 政治领悟力, 政治执行力'),
    fixedOrder('four-disciplines-order', '学纪、知纪、明纪、守纪', '《关于在全党开展党纪学习教育的通知》（中共中央办公厅，2024年4月）', ['学纪', '知纪', '明纪', '守纪'], ['学纪', '守纪'], '顺序为学纪、知纪、明纪、守纪', 'the order is 学纪, 知纪, 明纪, 守纪'),
    fixedOrder('party-committee-role-order', '把方向、管大局、保落实', '《中国共产党国有企业基层组织工作条例（试行）》（2019年12月）第十一条', ['把方向', '管大局', '保落实'], ['把方向', '保落实'], '国有企业党委（党组）“把方向、管大局、保落实”', 'the order is 把方向, 管大局, 保落实'),
    fixedOrder('good-cadre-standard-order', '信念坚定、为民服务、勤政务实、敢于担当、清正廉洁', '习近平在全国组织工作会议上的讲话（2013年6月28日）；《党政领导干部选拔任用工作条例》（2019年3月）', ['信念坚定', '为民服务', '勤政务实', '敢于担当', '清正廉洁'], ['信念坚定', '勤政务实'], '好干部标准为信念坚定、为民服务、勤政务实、敢于担当、清正廉洁', 'the good cadre standard: 信念坚定, 为民服务, 勤政务实, 敢于担当, 清正廉洁'),
    // ── The eleventh blind set's families ────────────────────────────────────────────
    ...formsTable(
      [
        ['safety-policy-comprehensive-governance', '安全第一、预防为主、综合治理', '《中华人民共和国安全生产法》（2021年修正）第三条', /(?<=安全第一、预防为主、)综合(?:管理|整治|防治|施策)/g, '综合治理', '安全生产方针是“安全第一、预防为主、综合治理”', 'the safety policy is 安全第一、预防为主、综合治理', ['预防为主']],
        ['domestic-circulation-main-body-word', '以国内大循环为主体、国内国际双循环相互促进的新发展格局', 'official/cpc-congress-report-20.txt:71', /(?<=以国内大循环为)主导(?=[、，]?国内国际双循环)/g, '主体', '新发展格局“以国内大循环为主体”', 'the new development pattern takes the domestic circulation as its main body (主体)', ['国内大循环']],
        ['community-consciousness-no-destiny', '铸牢中华民族共同体意识', 'official/cpc-congress-report-20.txt:91', /(?<=[铸筑]牢)中华民族命运共同体意识/g, '中华民族共同体意识', '固定表述为“铸牢中华民族共同体意识”（“命运共同体”说的是人类）', 'the fixed form is 中华民族共同体意识 (命运共同体 is said of humankind)', ['命运共同体意识']],
        ['sixteen-characters-law-abiding', '科学立法、严格执法、公正司法、全民守法', 'official/cpc-congress-report-20.txt:94', /(?<=严格执法、公正司法、)全民(?:懂法|知法|学法|用法)/g, '全民守法', '“全民守法”', 'it is 全民守法', ['公正司法']],
        ['non-public-guide-not-regulate', '毫不动摇鼓励、支持、引导非公有制经济发展', 'official/cpc-congress-report-20.txt:71', /(?<=毫不动摇(?:地)?鼓励、支持、)(?:规范|监管|管理)(?=非公有制经济)/g, '引导', '“两个毫不动摇”：鼓励、支持、引导非公有制经济发展', 'the fixed form is 鼓励、支持、引导非公有制经济发展', ['非公有制经济']],
        ['gender-equality-basic-state-policy', '男女平等基本国策', 'official/cpc-congress-report-20.txt:112; 《中华人民共和国妇女权益保障法》（2022年修订）第二条', /(?<=(?:坚持|贯彻|落实)男女平等(?:的)?)基本原则/g, '基本国策', '男女平等是“基本国策”', 'gender equality is a basic state policy (基本国策)', ['男女平等']],
        ['two-maintenances-unified', '坚决维护党中央权威和集中统一领导', 'official/cpc-congress-report-20.txt:18', /(?<=维护党中央权威和)集中领导/g, '集中统一领导', '“两个维护”：维护党中央权威和集中统一领导', 'the 两个维护 say 集中统一领导', ['党中央权威']],
        ['three-represents-productive-forces', '中国先进生产力的发展要求', 'official/cpc-congress-report-17.txt:10', /(?<=先进生产力的)(?:前进方向|发展方向)/g, '发展要求', '“三个代表”：代表中国先进生产力的发展要求', 'the 三个代表 say 先进生产力的发展要求', ['先进生产力的']],
        ['three-represents-culture-requirement', '中国先进文化的前进方向', 'official/cpc-congress-report-17.txt:10', /(?<=代表中国先进文化的)发展要求/g, '前进方向', '“三个代表”：代表中国先进文化的前进方向', 'the 三个代表 say 先进文化的前进方向', ['先进文化的']],
        ['four-forms-count', '监督执纪“四种形态”', '《中国共产党党内监督条例》（2016年10月）第七条', /(?<=(?:监督执纪|运用|用好|践行)[“"]?)[一二两三五六七八九十](?=种形态)/g, '四', '是监督执纪“四种形态”', 'it is the 四种形态 of supervision and discipline', ['种形态']],
        ['rule-of-law-thought-name-variant', '习近平法治思想', '《习近平法治思想学习纲要》（2021年）', /习近平(?:依法治国|全面依法治国|法治中国)思想/g, '习近平法治思想', '名称为“习近平法治思想”', 'the name is 习近平法治思想', ['思想']],
        ['eight-rules-count', '中央八项规定', '《中共中央政治局关于改进工作作风、密切联系群众的八项规定》（2012年12月）', /(?<=中央)[一二三四五六七九十](?=项规定)/g, '八', '是“中央八项规定”', 'it is the 中央八项规定', ['项规定']],
        ['three-governances-virtue', '自治、法治、德治相结合', 'official/gov-work-report-2018.txt:73', /(?<=自治、法治、)(?:共治|善治|法制|智治)(?=相结合)/g, '德治', '基层治理是“自治、法治、德治相结合”', 'grassroots governance combines 自治、法治、德治', ['自治、法治']],
        ['two-mountains-are', '绿水青山就是金山银山', 'official/cpc-congress-report-20.txt:27', /(?<=绿水青山)(?:胜似|胜过|胜于|等于|便是|即是|也是)(?=金山银山)/g, '就是', '固定表述为“绿水青山就是金山银山”', 'the fixed form is 绿水青山就是金山银山', ['金山银山']],

      ],
      { severity: 'error' },
    ),
    replaceForm(
      'poverty-alleviation-office',
      '农业农村部（国家乡村振兴局）',
      '《国务院关于国务院扶贫开发领导小组办公室更名为国家乡村振兴局的通知》（2021年2月）；《党和国家机构改革方案》（2023年3月）',
      /国务院扶贫(?:开发领导小组)?办(?:公室)?/g,
      () => '农业农村部（国家乡村振兴局）',
      {
        certain: false,
        keys: ['国务院扶贫'],
        why: { 'zh-CN': '国务院扶贫办2021年更名为国家乡村振兴局，2023年并入农业农村部', en: 'the poverty alleviation office became the National Rural Revitalization Administration in 2021, part of the agriculture ministry since 2023' },
        // A history, or a sentence of the years it existed, keeps the name.
        skip: (text, m) => oldNameAsHistory(text, m) || /(?:19\d{2}|20(?:0\d|1\d|2[01]))年/.test(sentenceAround(text, m.index, m.index + m[0].length)),
      },
    ),
    replaceForm(
      'central-eco-inspection-name',
      '中央生态环境保护督察',
      '《中央生态环境保护督察工作规定》（中共中央办公厅、国务院办公厅，2019年6月）',
      /中央环境保护督察/g,
      () => '中央生态环境保护督察',
      {
        certain: false,
        keys: ['中央环境保护督察'],
        why: { 'zh-CN': '2019年起称“中央生态环境保护督察”', en: 'since 2019: 中央生态环境保护督察' },
        // Only in a sentence dated 2019 or later, or of the second round on (the first, 2015–2018, bore the old name).
        skip: (text, m, context) => {
          if (oldNameAsHistory(text, m)) return true;
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          return !(/第[二三四]轮/.test(text.slice(Math.max(0, m.index - 4), m.index)) || (year !== undefined && year >= 2019));
        },
      },
    ),
    replaceForm(
      'letters-and-visits-regulations',
      '《信访工作条例》（2022年5月1日起施行）',
      '《信访工作条例》（中共中央、国务院，2022年5月1日起施行；《信访条例》同时废止）',
      /(?<=《)信访条例(?=》)/g,
      () => '信访工作条例',
      {
        severity: 'error',
        keys: ['信访条例'],
        why: { 'zh-CN': '2022年起施行的是《信访工作条例》', en: 'since 2022 it is the 信访工作条例' },
        // In a sentence or a document of 2022 or later only (the reports before it cite the old one rightly).
        skip: (text, m, context) => {
          if (oldNameAsHistory(text, m) || /废止|取代|替代|施行前/.test(sentenceAround(text, m.index, m.index + m[0].length))) return true;
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          return year === undefined || year < 2022;
        },
      },
    ),
    replaceForm(
      'agency-health-local',
      '卫生健康委员会',
      '《关于地方机构改革有关问题的指导意见》（中共中央办公厅、国务院办公厅，2018年）',
      new RegExp(`(?<=${LOCAL_LEVEL})卫生(?:和计划生育委员会|计生委)`, 'g'),
      (m) => (m[0].endsWith('委员会') ? '卫生健康委员会' : '卫生健康委'),
      { certain: false, keys: ['卫生计生委', '卫生和计划生育'], why: { 'zh-CN': '2018—2019年地方机构改革后的名称', en: 'the name since the local restructuring of 2018–2019' }, skip: oldNameAsHistory },
    ),
    formula({
      id: 'five-identifications',
      count: '五',
      rest: '个认同',
      canonical: '增进各族群众对伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义的认同',
      members: ['伟大祖国', '中华民族', '中华文化', '中国共产党', '中国特色社会主义'],
      ordered: true,
      verbs: ['增进', '增强', '树立', '强化'],
      item: '伟大祖国|中华民族|中华文化|中国共产党|中国特色社会主义',
      source: 'official/gov-work-report-2024.txt:85; 中央民族工作会议（2021年8月）',
    }),
    memberList('four-togethers', '四个与共', ['休戚与共', '荣辱与共', '生死与共', '命运与共'], '各民族“休戚与共、荣辱与共、生死与共、命运与共”', 'the four togethers are 休戚与共, 荣辱与共, 生死与共, 命运与共', 'official/gov-work-report-2018.txt:109; 中央民族工作会议（2021年8月）'),
    memberList('safety-responsibility-system', '安全生产责任', ['党政同责', '一岗双责', '齐抓共管', '失职追责'], '安全生产“党政同责、一岗双责、齐抓共管、失职追责”', 'the safety responsibility system is 党政同责, 一岗双责, 齐抓共管, 失职追责', '《中华人民共和国安全生产法》（2021年修正）第三条'),
    memberList('strong-military-goal', '强军目标', ['听党指挥', '能打胜仗', '作风优良'], '强军目标是“听党指挥、能打胜仗、作风优良”', 'the goal of a strong military: 听党指挥, 能打胜仗, 作风优良', 'official/cpc-congress-report-20.txt:130'),
    // ── The twelfth blind set's families ─────────────────────────────────────────────
    ...formsTable(
      [
        ['party-building-led-by-political', '以党的政治建设为统领', '《中国共产党章程》（2022年修改）总纲；党的十九大报告（2017年10月）', /(?<=以党的)(?:思想|组织|作风|纪律|制度)建设(?=为统领)/g, '政治建设', '新时代党的建设总要求“以党的政治建设为统领”', 'the general requirement puts political building in the lead (以党的政治建设为统领)', ['建设为统领']],
        ['self-revolution-distinct-mark', '勇于自我革命是我们党区别于其他政党的显著标志', '《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）', /(?<=区别于其他政党的)(?:根本|鲜明|重要|本质)标志/g, '显著标志', '勇于自我革命是我们党区别于其他政党的“显著标志”', 'self-revolution is the distinct mark (显著标志) of the Party', ['区别于其他政党']],
        ['business-environment-rule-of-law', '市场化、法治化、国际化一流营商环境', 'official/cpc-congress-report-20.txt:77', /(?<=市场化、)(?:规范化|便利化|制度化|标准化|透明化)(?=、国际化[^。；，]{0,8}营商环境)/g, '法治化', '营商环境是“市场化、法治化、国际化”', 'the business environment is 市场化、法治化、国际化', ['营商环境']],
        ['first-agenda-item', '“第一议题”制度', '《中共中央政治局关于加强和维护党中央集中统一领导的若干规定》（2017年10月）', /(?<=[“"])第一议程(?=[”"])|第一议程(?=制度)/g, '第一议题', '制度名称是“第一议题”', 'it is the 第一议题 system', ['第一议程']],
        ['delegate-regulate-serve', '简政放权、放管结合、优化服务', 'official/gov-work-report-2018.txt:8', /(?<=简政放权、放管结合、)(?:优化(?:环境|营商环境|管理|流程)|(?:提升|提高|改善|强化|加强)服务)/g, '优化服务', '“放管服”是简政放权、放管结合、优化服务', '放管服 is 简政放权、放管结合、优化服务', ['放管结合']],
        ['beautiful-china-2035', '到2035年美丽中国目标基本实现', 'official/cpc-congress-report-20.txt:60', /(?<=到)20(?:[0-2]\d|3[0-46-9]|[4-9]\d)(?=年[^。；，]{0,6}美丽中国(?:建设)?目标基本实现)/g, '2035', '美丽中国目标基本实现是到2035年', 'the goal of a beautiful China is to be basically reached by 2035', ['美丽中国']],
        ['fengqiao-town', '小事不出村、大事不出镇、矛盾不上交', '《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年4月）；新时代“枫桥经验”', /(?<=小事不出村、)大事不出[县乡区市](?=、矛盾不上交)/g, '大事不出镇', '“枫桥经验”：小事不出村、大事不出镇、矛盾不上交', 'the Fengqiao experience: 小事不出村、大事不出镇、矛盾不上交', ['矛盾不上交']],
        ['three-guarantees-housing', '义务教育、基本医疗、住房安全有保障', 'official/gov-work-report-2025.txt:57; 《中共中央 国务院关于打赢脱贫攻坚战三年行动的指导意见》（2018年6月）', /(?<=义务教育、基本医疗(?:和|、))(?!住房安全)[\u4e00-\u9fff]{2,4}?(?=有保障)/g, '住房安全', '“三保障”是义务教育、基本医疗、住房安全有保障', 'the three guarantees are 义务教育、基本医疗、住房安全', ['基本医疗']],
        ['organizational-line-focus', '以组织体系建设为重点', '《决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利》（党的十九大报告，2017年10月）', /(?<=组织路线[^。；]{0,16}以)(?:政治|思想|干部|制度)体系建设(?=为重点)/g, '组织体系建设', '新时代党的组织路线“以组织体系建设为重点”', 'the organizational line puts building the organizational system first (以组织体系建设为重点)', ['组织路线']],
        ['one-post-two-duties', '一岗双责', '《党政领导干部生态环境损害责任追究办法（试行）》（2015年）；《中华人民共和国安全生产法》（2021年修正）第三条', /一岗两责/g, '一岗双责', '称“一岗双责”', 'it is 一岗双责', ['一岗两责']],
        ['high-quality-development-primary-task', '高质量发展是全面建设社会主义现代化国家的首要任务', 'official/cpc-congress-report-20.txt:71', /(?<=高质量发展是全面建设社会主义现代化国家的)(?:(?:根本|主要|中心|核心|重要)任务|第一要务)/g, '首要任务', '高质量发展是全面建设社会主义现代化国家的“首要任务”', 'high-quality development is the primary task (首要任务)', ['高质量发展是']],
        ['double-reduction-title', '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》', '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》（中共中央办公厅、国务院办公厅，2021年7月）', /(?<=减轻义务教育阶段学生)课业负担(?=和校外培训负担)/g, '作业负担', '文件名称是“作业负担和校外培训负担”', 'the title says 作业负担', ['校外培训负担']],
        ['health-strategic-position', '把保障人民健康放在优先发展的战略位置', 'official/cpc-congress-report-20.txt:113', /(?<=把保障人民健康放在优先发展的)(?:(?:重要|突出|首要|核心)位置|战略地位)/g, '战略位置', '“把保障人民健康放在优先发展的战略位置”', 'the fixed form is 优先发展的战略位置', ['保障人民健康']],
        ['national-security-economic-basis', '以经济安全为基础', 'official/cpc-congress-report-20.txt:123', /(?<=以经济安全为)(?:保障|支撑|依托|前提|根本)/g, '基础', '总体国家安全观“以经济安全为基础”', 'the holistic view of national security takes economic security as its basis (基础)', ['经济安全为']],
        ['rule-of-law-integrated-building', '坚持法治国家、法治政府、法治社会一体建设', 'official/cpc-congress-report-20.txt:94', /(?<=法治国家、法治政府、法治社会)(?:协同|同步|共同|统筹|一起)建设/g, '一体建设', '固定表述为“法治国家、法治政府、法治社会一体建设”', 'the fixed form is 一体建设', ['法治社会']],
        ['three-distinctions-discipline', '违纪违法行为区分开来', '《关于进一步激励广大干部新时代新担当新作为的意见》（中共中央办公厅，2018年5月）', /(?<=(?:明知故犯|我行我素|谋取私利)的)违法行为(?=区分开来)/g, '违纪违法行为', '“三个区分开来”说的是“违纪违法行为”', 'the 三个区分开来 speak of 违纪违法行为', ['区分开来']],
        // (The thirty-third blind set's families.)
        ['theme-education-2023-study-and-apply', '学习贯彻习近平新时代中国特色社会主义思想主题教育', '《关于在全党开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》（中共中央，2023年3月）', /学习(?=习近平新时代中国特色社会主义思想主题教育)/g, '学习贯彻', '主题教育的名称是“学习贯彻习近平新时代中国特色社会主义思想主题教育”', 'the campaign is named 学习贯彻习近平新时代中国特色社会主义思想主题教育', ['思想主题教育']],
        ['non-public-encourage-support-guide-all', '毫不动摇鼓励、支持、引导非公有制经济发展', 'official/cpc-congress-report-20.txt:26', /(?<=毫不动摇(?:地)?)支持(?=非公有制经济)/g, '鼓励、支持、引导', '“两个毫不动摇”：毫不动摇鼓励、支持、引导非公有制经济发展', 'the fixed form is 毫不动摇鼓励、支持、引导非公有制经济发展', ['非公有制经济']],
        ['new-stage-idea-pattern-all', '立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展', 'official/gov-work-report-2024.txt:16', /(?<=立足新发展阶段、)贯彻新发展理念、(?=推动高质量发展)/g, '贯彻新发展理念、构建新发展格局、', '“三新一高”：立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展', 'the sequence is 立足新发展阶段, 贯彻新发展理念, 构建新发展格局, 推动高质量发展', ['新发展理念']],
        // (The three confidences of 2012 became four in July 2016: a new-era document lists four.)
        ['four-confidences-culture', '道路自信、理论自信、制度自信、文化自信', 'official/cpc-congress-report-20.txt:44', /(?<=道路自信、理论自信、)制度自信(?![、和与及]文化自信)/g, '制度自信、文化自信', '2016年起为“四个自信”，缺“文化自信”', 'since 2016 the confidences are four: 文化自信 is missing', ['理论自信'], { skip: (text, m, context) => !context.newEra && !datedSince(text, m.index, m.index + m[0].length, context, 2017) }],
        ['fifteenth-plan-proposal-not-outline', '二十届四中全会审议通过《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》', '二十届四中全会公报（新华社，2025年10月23日）；规划纲要由全国人民代表大会审查批准', /(?<=四中全会[^。；！？\n]{0,8}?(?:审议)?通过(?:了)?[“"]?十五五[”"]?规划)纲要/g, '建议', '四中全会审议通过的是“十五五”规划《建议》，规划纲要由全国人民代表大会审查批准', 'the plenum adopted the Proposal (建议) for the 15th plan; the Outline is approved by the NPC', ['四中全会']],
        // (The thirty-fifth blind set's families.)
        ['central-economic-work-conference', '中央经济工作会议', 'official/gov-work-report-2025.txt:20', /全国经济工作会议/g, '中央经济工作会议', '每年年末召开的是“中央经济工作会议”', 'the year-end meeting is the 中央经济工作会议', ['全国经济工作会议'], { severity: 'warning', certain: false }],
        ['five-level-secretaries-rural', '五级书记抓乡村振兴', '《中国共产党农村工作条例》（2019年8月）第九条', /[二三四六七](?=级书记抓乡村振兴)/g, '五', '是“五级书记抓乡村振兴”（省、市、县、乡、村）', 'it is 五级书记 (province, city, county, township, village) 抓乡村振兴', ['级书记抓乡村振兴']],
        ['transition-period-2025-last-year', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接过渡期（2021—2025年）', '《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（2020年12月）：设立5年过渡期', /(?<=2025年是[^，。；！？\n]{0,30}?过渡期的?)第[一二三四]年/g, '最后一年', '五年过渡期为2021—2025年，2025年是最后一年', 'the five-year transition runs 2021–2025: 2025 is its last year', ['过渡期']],
        // (The thirty-fourth blind set's family.)
        ['health-conference-name', '全国卫生与健康大会', '《习近平在全国卫生与健康大会上的讲话》（新华社，2016年8月20日）', /全国卫生健康大会/g, '全国卫生与健康大会', '会议名称是“全国卫生与健康大会”（2016年8月）', 'the conference of August 2016 is named 全国卫生与健康大会', ['全国卫生健康大会'], { severity: 'warning' }],
        // (The thirty-second blind set's families.)
        ['third-plenum-300-reforms', '二十届三中全会部署的三百多项重要改革举措', '《中共中央关于进一步全面深化改革、推进中国式现代化的决定》（二十届三中全会，2024年7月）', /(?<=二十届)[一二四五六七](?=中全会[^。；！？\n]{0,12}三百多项(?:重要)?改革举措)/g, '三', '三百多项重要改革举措是二十届三中全会部署的', 'the three hundred-odd reforms are the Third Plenum’s', ['三百多项']],
        ['eight-rules-learning-education-central', '深入贯彻中央八项规定精神学习教育', '《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》（中共中央办公厅，2025年3月）', /(?<=深入贯彻)八项规定精神学习教育/g, '中央八项规定精神学习教育', '学习教育的名称是“深入贯彻中央八项规定精神学习教育”', 'the campaign is 深入贯彻中央八项规定精神学习教育', ['深入贯彻八项规定']],
        ['domestic-great-circulation', '以国内大循环为主体、国内国际双循环相互促进的新发展格局', 'official/cpc-congress-report-20.txt:71', /(?<=以国内)循环(?=为主体)/g, '大循环', '是“以国内大循环为主体”', 'it is 以国内大循环为主体', ['以国内循环为主体']],
        ['carbon-pollution-green-growth-order', '协同推进降碳、减污、扩绿、增长', 'official/cpc-congress-report-20.txt:116', /减污、降碳(?=、扩绿、增长)/g, '降碳、减污', '顺序是“降碳、减污、扩绿、增长”', 'the order is 降碳、减污、扩绿、增长', ['减污、降碳、扩绿']],
        ['four-orientations-order', '面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康', 'official/cpc-congress-report-20.txt:83', /面向国家重大需求、面向经济主战场/g, '面向经济主战场、面向国家重大需求', '“四个面向”的顺序是世界科技前沿、经济主战场、国家重大需求、人民生命健康', 'the order of the four orientations is 前沿, 经济主战场, 国家重大需求, 人民生命健康', ['面向国家重大需求、面向经济主战场']],
        ['elderly-rights-law-name', '《中华人民共和国老年人权益保障法》', '《中华人民共和国老年人权益保障法》（1996年通过，2018年修正）', /(?<=《(?:中华人民共和国)?)老年人权益保护法(?=》)/g, '老年人权益保障法', '法律名称是《老年人权益保障法》', 'the law is the 老年人权益保障法', ['老年人权益保护法']],
        ['monetary-policy-2025', '2025年实施适度宽松的货币政策', 'official/gov-work-report-2025.txt:25', /(?<=2025年[^。；！？\n]{0,24}?)稳健的货币政策/g, '适度宽松的货币政策', '2025年实施的是“适度宽松的货币政策”（2024年及以前为“稳健的货币政策”）', 'in 2025 monetary policy is 适度宽松 (moderately loose); 稳健 was 2024’s', ['稳健的货币政策']],
        ['population-aging-strategy', '积极应对人口老龄化国家战略', 'official/cpc-congress-report-20.txt:113', /(?<=积极应对)老龄化/g, '人口老龄化', '是“积极应对人口老龄化”', 'it is 积极应对人口老龄化', ['积极应对老龄化']],
        ['development-and-security-order', '统筹发展和安全', 'official/cpc-congress-report-20.txt:19', /统筹安全和发展/g, '统筹发展和安全', '固定表述为“统筹发展和安全”', 'the fixed form is 统筹发展和安全', ['统筹安全和发展']],
        // (The thirty-first blind set's families.)
        ['business-environment-order', '市场化、法治化、国际化一流营商环境', 'official/cpc-congress-report-20.txt:77', /法治化、市场化、国际化(?=[^。；，]{0,8}营商环境)/g, '市场化、法治化、国际化', '营商环境的顺序是“市场化、法治化、国际化”', 'the order is 市场化、法治化、国际化', ['法治化、市场化']],
        ['grain-in-land-and-technology-order', '藏粮于地、藏粮于技', '《中共中央 国务院关于抓好“三农”领域重点工作确保如期实现全面小康的意见》（2020年中央一号文件）；《中华人民共和国粮食安全保障法》（2023年）第四条', /藏粮于技([、，和与])藏粮于地/g, (m: RegExpExecArray) => `藏粮于地${m[1]}藏粮于技`, '顺序是“藏粮于地、藏粮于技”', 'the order is 藏粮于地、藏粮于技', ['藏粮于技']],
        ['branch-organizational-life-meeting', '党支部召开组织生活会', '《县以上党和国家机关党员领导干部民主生活会若干规定》（1990年）；《关于新形势下党内政治生活的若干准则》（2016年10月）', /(?<=(?:党支部|党小组)(?:委员会)?[^。；，、]{0,6}?(?:召开|开好|组织召开|举行)(?:了)?(?:20\d\d年度|年度|专题)?)民主生活会/g, '组织生活会', '党支部召开的是“组织生活会”；民主生活会由县以上党政领导班子召开', 'a Party branch holds an 组织生活会; a 民主生活会 is held by leadership groups at county level and above', ['民主生活会'], { severity: 'warning', certain: false }],
        ['six-disciplines-order', '政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律', '《中国共产党纪律处分条例》（2015年修订起）', /(?<=廉洁纪律、)工作纪律、群众纪律/g, '群众纪律、工作纪律', '“六项纪律”的顺序是……廉洁纪律、群众纪律、工作纪律、生活纪律', 'the order is …廉洁纪律、群众纪律、工作纪律、生活纪律', ['工作纪律、群众纪律']],
        ['farmland-red-line', '守住18亿亩耕地红线（永久基本农田15.46亿亩）', 'official/gov-work-report-2013.txt:50; 《全国国土空间规划纲要（2021—2035年）》（中共中央、国务院，2024年）', /(?<=18亿亩)永久基本农田/g, '耕地', '18亿亩是耕地保护红线；永久基本农田保护任务是15.46亿亩', '18亿亩 is the red line for farmland (耕地); permanent basic farmland is 15.46亿亩', ['18亿亩永久基本农田']],
        ['double-reduction-off-campus', '减轻义务教育阶段学生作业负担和校外培训负担', '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》（中共中央办公厅、国务院办公厅，2021年7月）', /(?<=作业负担和)课外(?=培训负担)/g, '校外', '“双减”减轻的是作业负担和“校外培训负担”', 'the double reduction concerns 校外培训负担', ['课外培训负担']],
        ['four-forms-first-normal', '让“红红脸、出出汗”成为常态', '《中国共产党党内监督条例》（2016年10月）第七条', /(?<=红红脸、出出汗[”"]?成为)(?:大多数|主流|普遍|多数)/g, '常态', '“四种形态”之一是让“红红脸、出出汗”成为常态（成为大多数的是党纪轻处分、组织调整）', 'the first form makes 红红脸、出出汗 the norm (常态); light sanctions are the 大多数', ['出出汗']],
        ['two-consistencies-direction', '建立现代企业制度是国有企业改革的方向，也必须一以贯之', '《习近平在全国国有企业党的建设工作会议上的讲话》（2016年10月10日）', /(?<=建立现代企业制度是国有企业改革的)(?:目标|根本|关键|重点|核心)/g, '方向', '“两个一以贯之”：建立现代企业制度是国有企业改革的“方向”', 'of the two consistencies: the modern enterprise system is the direction (方向) of SOE reform', ['国有企业改革的']],
        // (The thirtieth blind set's families.)
        ['zhejiang-common-prosperity-zone', '浙江高质量发展建设共同富裕示范区', '《中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见》（2021年5月20日）', /浙江(?:省)?共同富裕先行示范区/g, '浙江高质量发展建设共同富裕示范区', '示范区的名称是“浙江高质量发展建设共同富裕示范区”（“先行示范区”是深圳的）', 'the zone is 浙江高质量发展建设共同富裕示范区 (a 先行示范区 is Shenzhen’s)', ['共同富裕先行示范区']],
        ['xi-economic-thought-name', '习近平经济思想', '《习近平经济思想学习纲要》（中共中央宣传部、国家发展和改革委员会，2022年6月）', /习近平新时代中国特色社会主义经济思想/g, '习近平经济思想', '2022年起规范表述为“习近平经济思想”（2017年中央经济工作会议的提法见于当年的文件）', 'since 2022 the name is 习近平经济思想 (the 2017 form stands in documents of its time)', ['习近平新时代中国特色社会主义经济思想'], { severity: 'warning', certain: false, skip: (text, m, context) => !datedSince(text, m.index, m.index + m[0].length, context, 2022) }],
        ['belt-and-road-principle-order', '共商共建共享', 'official/cpc-congress-report-20.txt:150', /共建共商共享|共享共商共建|共商共享共建|共建共享共商|共享共建共商/g, '共商共建共享', '原则的顺序是“共商共建共享”', 'the order is 共商共建共享', ['共建共商', '共享共商', '共商共享']],
        ['health-work-policy-tcm', '以基层为重点，以改革创新为动力，预防为主，中西医并重，将健康融入所有政策，人民共建共享', '全国卫生与健康大会（2016年8月）；《“健康中国2030”规划纲要》（中共中央、国务院，2016年10月）', /(?<=预防为主[，、])中西医结合(?=[，、]将健康融入所有政策)/g, '中西医并重', '卫生与健康工作方针是“……预防为主，中西医并重，将健康融入所有政策……”', 'the health work policy says 中西医并重', ['将健康融入所有政策']],
        ['media-four-forces-order', '传播力、引导力、影响力、公信力', '《决胜全面建成小康社会 夺取新时代中国特色社会主义伟大胜利》（党的十九大报告，2017年10月）', /传播力、影响力、引导力、公信力|传播力、引导力、公信力、影响力|引导力、传播力、影响力、公信力/g, '传播力、引导力、影响力、公信力', '新闻舆论工作的“四力”顺序是“传播力、引导力、影响力、公信力”', 'the order is 传播力、引导力、影响力、公信力', ['传播力、影响力', '传播力、引导力、公信力', '引导力、传播力']],
        ['eight-rules-learning-education-verb', '深入贯彻中央八项规定精神学习教育', '《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》（中共中央办公厅，2025年3月）', /(?<=开展|组织|启动|部署|参加|推进)(?:学习贯彻|贯彻落实|认真贯彻|全面贯彻|落实|认真落实)中央八项规定精神学习教育/g, '深入贯彻中央八项规定精神学习教育', '学习教育的名称是“深入贯彻中央八项规定精神学习教育”', 'the campaign is 深入贯彻中央八项规定精神学习教育', ['中央八项规定精神学习教育']],
        ['fengqiao-experience-1963', '1963年毛泽东同志批示学习推广“枫桥经验”', '《人民日报》纪念毛泽东同志批示学习推广“枫桥经验”50周年报道（2013年10月）', /(?<![0-9])19(?:[0-57-9]\d|6[0-24-9])(?=年[^。；！？\n]{0,16}毛泽东[^。；！？\n]{0,12}(?:批示|指示)[^。；！？\n]{0,16}枫桥经验)/g, '1963', '毛泽东同志批示学习推广“枫桥经验”是在1963年', 'Mao endorsed the Fengqiao experience in 1963', ['枫桥经验']],
        ['eight-rules-2012', '2012年12月中央政治局审议通过中央八项规定', 'official/cpc-congress-report-20.txt:32', /(?<=[自从于])20(?:0\d|1[013-9]|2\d)(?=年(?:\d{1,2}月)?中央八项规定(?:精神)?(?:出台|制定|颁布|印发|实施|通过))/g, '2012', '中央八项规定于2012年12月出台', 'the eight rules were adopted in December 2012', ['中央八项规定']],
        // (The twenty-ninth blind set's families.)
        ['rule-of-law-thought-eleven-adherences', '习近平法治思想的核心要义“十一个坚持”', '《坚定不移走中国特色社会主义法治道路 为全面建设社会主义现代化国家提供有力法治保障》（习近平在中央全面依法治国工作会议上的讲话，2020年11月16日）', /(?<=习近平法治思想[^。；！？\n]{0,16}?)(?:十[二三]?|九)(?=个坚持)/g, '十一', '习近平法治思想的核心要义是“十一个坚持”', 'the core of Xi Jinping Thought on the Rule of Law is the eleven adherences (十一个坚持)', ['个坚持']],
        ['beautiful-china-2035-reached', '到2035年美丽中国目标基本实现', 'official/cpc-congress-report-20.txt:60; 《中共中央 国务院关于全面推进美丽中国建设的意见》（2023年12月）', /(?<=(?:到|至)2035年[，,]?[^。；！？，,\n]{0,20}?)全面建成美丽中国/g, '美丽中国目标基本实现', '2035年的目标是“美丽中国目标基本实现”，到本世纪中叶美丽中国全面建成', 'by 2035 the goal of a beautiful China is basically reached; it is fully built by mid-century', ['建成美丽中国']],
        ['youth-development-plan-years', '《中长期青年发展规划（2016—2025年）》', '《中长期青年发展规划（2016—2025年）》（中共中央、国务院，2017年4月）', /(?<=中长期青年发展规划[（(]2016\s*[—–-]+\s*)20(?:2[0-46-9]|3\d)(?=年)/g, '2025', '规划的年限是2016—2025年', 'the plan runs 2016–2025', ['中长期青年发展规划']],
        ['two-unwaverings-public-sector', '毫不动摇巩固和发展公有制经济', 'official/cpc-congress-report-20.txt:73', /(?<=毫不动摇(?:地)?巩固和发展)国有经济/g, '公有制经济', '“两个毫不动摇”：巩固和发展的是公有制经济', 'the first 毫不动摇 is about the public sector (公有制经济)', ['巩固和发展国有经济']],
        ['eight-rules-learning-education-spirit', '深入贯彻中央八项规定精神学习教育', '《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》（中共中央办公厅，2025年3月）', /(?:深入贯彻)?中央八项规定学习教育/g, '深入贯彻中央八项规定精神学习教育', '学习教育的名称是“深入贯彻中央八项规定精神学习教育”', 'the campaign is 深入贯彻中央八项规定精神学习教育', ['八项规定学习教育']],
        ['three-inseparables-minorities', '汉族离不开少数民族、少数民族离不开汉族、各少数民族之间也相互离不开', '《习近平在全国民族团结进步表彰大会上的讲话》（2019年9月27日）；江泽民1990年提出“三个离不开”', /(?<=少数民族离不开汉族[、，])各民族之间也?(?:相互)?离不开/g, '各少数民族之间也相互离不开', '“三个离不开”的第三句是“各少数民族之间也相互离不开”', 'the third inseparable is 各少数民族之间也相互离不开', ['少数民族离不开汉族']],
        // (The twenty-eighth blind set's families.)
        ['river-protection-law-names', '《中华人民共和国长江保护法》《中华人民共和国黄河保护法》', '《中华人民共和国长江保护法》（2020年12月26日通过）；《中华人民共和国黄河保护法》（2022年10月30日通过）', /(?<=《(?:中华人民共和国)?)(?:长江|黄河)流域(?:生态)?(?:环境)?保护法(?=》)/g, (m: RegExpExecArray) => `${m[0].slice(0, 2)}保护法`, '法律名称是《长江保护法》《黄河保护法》', 'the laws are the 长江保护法 and the 黄河保护法', ['流域生态保护法', '流域保护法', '流域生态环境保护法']],
        ['digital-government-guideline-name', '《国务院关于加强数字政府建设的指导意见》', '《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）', /(?<=国务院关于)(?:加快|推进|加速|全面)(?=数字政府建设的指导意见)/g, '加强', '文件名称是《国务院关于加强数字政府建设的指导意见》', 'the guideline is 关于加强数字政府建设的指导意见', ['数字政府建设的指导意见']],
        ['discipline-learning-education-short', '党纪学习教育', '《关于在全党开展党纪学习教育的通知》（中共中央办公厅，2024年4月）', /党规党纪学习教育|党纪党规学习教育/g, '党纪学习教育', '2024年开展的是“党纪学习教育”', 'the 2024 campaign is 党纪学习教育', ['党纪学习教育', '党规学习教育']],
        ['consolidate-expand-poverty-gains-missing', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接', 'official/gov-work-report-2021.txt:40', /巩固(?=脱贫攻坚成果同乡村振兴有效衔接)/g, '巩固拓展', '是“巩固拓展脱贫攻坚成果同乡村振兴有效衔接”', 'it is 巩固拓展脱贫攻坚成果', ['脱贫攻坚成果同乡村振兴']],
        ['yangtze-ten-year-fishing-ban', '长江十年禁渔', 'official/gov-work-report-2024.txt:71', /(?<=长江(?:流域)?(?:重点水域)?)[一二三四五六七八九](?=年禁渔)/g, '十', '是“长江十年禁渔”', 'the Yangtze fishing ban is ten years', ['年禁渔']],
        ['third-plenum-seven-focuses', '二十届三中全会《决定》的“七个聚焦”', '《中共中央关于进一步全面深化改革、推进中国式现代化的决定》（二十届三中全会，2024年7月）', /(?<=三中全会[^。；]{0,24})[一二三四五六八九](?=个聚焦)/g, '七', '二十届三中全会《决定》提出的是“七个聚焦”', 'the Decision names seven focuses (七个聚焦)', ['个聚焦']],
        ['get-one-thing-done-efficiently', '高效办成一件事', 'official/gov-work-report-2024.txt:83', /(?<=高效)办好(?=一件事)/g, '办成', '是“高效办成一件事”', 'it is 高效办成一件事', ['高效办好一件事']],
        ['fifteenth-plan-proposal-title', '《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》', '《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》（二十届四中全会，2025年10月）', /(?<=第十五个五年规划)和二〇三五年远景目标(?=的建议)/g, '', '“十五五”规划建议的名称不带“和二〇三五年远景目标”（那是“十四五”规划建议的）', 'the 15th plan proposal\'s title has no 和二〇三五年远景目标 (the 14th\'s had)', ['第十五个五年规划']],
        ['western-development-new-pattern', '推动西部大开发形成新格局', 'official/cpc-congress-report-20.txt:76', /(?<=西部大开发形成)新(?!格局)[\u4e00-\u9fff]{2}/g, '新格局', '是“推动西部大开发形成新格局”', 'it is 形成新格局', ['西部大开发形成']],
        ['yellow-river-strategy-name', '黄河流域生态保护和高质量发展', 'official/cpc-congress-report-20.txt:119', /(?<=黄河流域生态保护和)(?!高质量发展)(?:绿色发展|可持续发展|协调发展|高水平发展)/g, '高质量发展', '战略名称是“黄河流域生态保护和高质量发展”', 'the strategy is 黄河流域生态保护和高质量发展', ['黄河流域生态保护和']],
        // (The twenty-seventh blind set's families.)
        ['anti-telecom-fraud-law-name', '《中华人民共和国反电信网络诈骗法》', '《中华人民共和国反电信网络诈骗法》（2022年9月2日通过，2022年12月1日起施行）', /(?<=《(?:中华人民共和国)?)反电信诈骗法(?=》)/g, '反电信网络诈骗法', '法律名称是《反电信网络诈骗法》', 'the law is the 反电信网络诈骗法', ['反电信诈骗法']],
        ['cadre-selection-regulations-name', '《党政领导干部选拔任用工作条例》', '《党政领导干部选拔任用工作条例》（中共中央，2019年3月修订）', /(?<=《)党政领导干部选拔任用条例(?=》)/g, '党政领导干部选拔任用工作条例', '条例名称是《党政领导干部选拔任用工作条例》', 'the regulations are the 选拔任用工作条例', ['选拔任用条例']],
        // (Not 五: some provinces add a step, 党员群众建议, and call theirs “五议两公开”.)
        ['four-deliberations-two-disclosures-count', '“四议两公开”', '《中国共产党农村基层组织工作条例》（2018年12月修订）第十九条', /[一二三六七八九](?=议两公开)/g, '四', '是“四议两公开”（提议、商议、审议、决议，决议公开、实施结果公开）', 'it is 四议两公开', ['议两公开']],
        ['discipline-learning-education-name', '党纪学习教育', '《关于在全党开展党纪学习教育的通知》（中共中央办公厅，2024年4月）', /(?<=党纪|党史)教育学习/g, '学习教育', '名称是“党纪学习教育”“党史学习教育”', 'the campaigns are 党纪学习教育 and 党史学习教育', ['纪教育学习', '史教育学习']],
        ['speech-at-meeting-de', '习近平总书记在……上的重要讲话', 'official/cpc-congress-report-20.txt:3', /(?<=习近平(?:总书记|同志)在[^。；，“”\n]{2,24}?)上重要(?=讲话|指示)/g, '上的重要', '“在……上的重要讲话”须有“的”', 'it is 在……上的重要讲话 (with 的)', ['上重要讲话', '上重要指示']],
        // (The twenty-sixth blind set's families.)
        ['five-musts-coordinate-count', '“五个必须统筹”', '《中央经济工作会议在北京举行》（新华社，2024年12月12日）', /[一二三四六七八九](?=个必须统筹)/g, '五', '2024年中央经济工作会议提出的是“五个必须统筹”', 'the December 2024 conference set out five 必须统筹', ['个必须统筹']],
        ['private-economy-promotion-law-name', '《中华人民共和国民营经济促进法》', '《中华人民共和国民营经济促进法》（2025年4月30日通过，2025年5月20日起施行）', /(?<=《(?:中华人民共和国)?)民营(?:企业|经济发展)促进法(?=》)/g, '民营经济促进法', '法律名称是《民营经济促进法》', 'the law is the 民营经济促进法', ['民营企业促进法', '民营经济发展促进法']],
        ['food-security-law-name', '《中华人民共和国粮食安全保障法》', '《中华人民共和国粮食安全保障法》（2023年12月29日通过，2024年6月1日起施行）', /(?<=《(?:中华人民共和国)?)粮食安全法(?=》)/g, '粮食安全保障法', '法律名称是《粮食安全保障法》', 'the law is the 粮食安全保障法', ['粮食安全法']],
        ['grain-self-sufficiency-order', '谷物基本自给、口粮绝对安全', 'official/gov-work-report-2014.txt:68', /口粮基本自给([、，])谷物绝对安全/g, (m: RegExpExecArray) => `谷物基本自给${m[1]}口粮绝对安全`, '是“谷物基本自给、口粮绝对安全”', 'it is 谷物基本自给、口粮绝对安全 (grain self-sufficient, rations absolutely secure)', ['口粮基本自给']],
        ['security-guards-development', '以新安全格局保障新发展格局', 'official/cpc-congress-report-20.txt:123', /以新发展格局保障新安全格局/g, '以新安全格局保障新发展格局', '是“以新安全格局保障新发展格局”', 'it is 以新安全格局保障新发展格局', ['保障新安全格局']],
        // (The forty-fourth blind set's families.)
        ['central-eight-rules-name', '中央八项规定精神', 'official/cpc-congress-report-20.txt:162; official/gov-work-report-2014.txt:31', /(?<![央委])八项规定(?=精神|及其实施细则)/g, '中央八项规定', '规范表述为“中央八项规定精神”', 'the form is 中央八项规定精神 (the Central Committee\'s eight-point rules)', ['八项规定'], { severity: 'warning' }],
        ['rule-of-law-china-plan-years', '《法治中国建设规划（2020—2025年）》', '《法治中国建设规划（2020—2025年）》（中共中央，2021年1月印发）', /(?<=法治中国建设规划[（(])2021(?=[—\-–]2025年[）)])/g, '2020', '规划名称为《法治中国建设规划（2020—2025年）》', 'the plan is named 法治中国建设规划（2020—2025年）', ['法治中国建设规划'], { severity: 'error' }],
        ['people-centred-development-thought', '以人民为中心的发展思想', 'official/cpc-congress-report-20.txt:26', /(?<=以人民为中心的发展)理念/g, '思想', '规范表述为“以人民为中心的发展思想”', 'the form is 以人民为中心的发展思想', ['以人民为中心的发展理念'], { severity: 'warning' }],
        ['eight-rules-learning-education-full-name', '深入贯彻中央八项规定精神学习教育', '《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》（中共中央办公厅，2025年3月）', /(?<!深入贯彻|贯彻落实|贯彻|(?:开展|组织|启动|部署|参加|推进)(?:认真)?落实)中央八项规定精神学习教育/g, '深入贯彻中央八项规定精神学习教育', '学习教育的名称是“深入贯彻中央八项规定精神学习教育”', 'the campaign\'s name begins 深入贯彻', ['中央八项规定精神学习教育'], { severity: 'warning' }],
        ['people-city-six-features', '创新、宜居、美丽、韧性、文明、智慧的现代化人民城市', '《中央城市工作会议在北京举行》（新华社，2025年7月15日）', /(?<=创新、宜居、美丽、韧性、)智慧(?=的现代化人民城市)/g, '文明、智慧', '中央城市工作会议提出建设“创新、宜居、美丽、韧性、文明、智慧的现代化人民城市”', 'the people\'s city is 创新、宜居、美丽、韧性、文明、智慧', ['韧性、智慧的现代化人民城市']],
        ['dual-use-public-infrastructure', '“平急两用”公共基础设施', 'official/gov-work-report-2024.txt:68', /平战两用(?=[”"]?公共基础设施)/g, '平急两用', '“三大工程”之一是“平急两用”公共基础设施建设', 'it is 平急两用 (normal and emergency use)', ['平战两用']],
        ['trade-in-old-for-new', '消费品以旧换新', 'official/gov-work-report-2025.txt:32', /(?<=消费品|汽车|家电|设备)以新换旧/g, '以旧换新', '是“以旧换新”', 'it is 以旧换新 (old for new)', ['以新换旧']],
        ['high-quality-full-employment', '促进高质量充分就业', 'official/cpc-congress-report-20.txt:111', /充分高质量就业/g, '高质量充分就业', '是“高质量充分就业”', 'it is 高质量充分就业', ['充分高质量就业']],
        ['institutional-opening-order', '规则、规制、管理、标准等制度型开放', 'official/cpc-congress-report-20.txt:77', /规则、规制、标准、管理(?=等?制度型开放)/g, '规则、规制、管理、标准', '顺序是“规则、规制、管理、标准”', 'the order is 规则、规制、管理、标准', ['规则、规制、标准']],
        // (The twenty-fifth blind set's families.)
        ['four-procuratorial-functions-count', '刑事、民事、行政、公益诉讼“四大检察”全面协调充分发展', '《中共中央关于加强新时代检察机关法律监督工作的意见》（2021年6月）', /[一二三五六七八九](?=大检察[”"]?(?:全面协调充分发展|并重|工作格局|法律监督))|(?<=[“"])[一二三五六七八九](?=大检察[”"])/g, '四', '检察职能是刑事、民事、行政、公益诉讼“四大检察”', 'the procuratorate\'s functions are four (四大检察)', ['大检察']],
        ['united-front-sixteen-characters-order', '长期共存、互相监督、肝胆相照、荣辱与共', 'official/cpc-congress-report-15.txt:97', /(?<=长期共存[、，]互相监督[、，])荣辱与共([、，])肝胆相照/g, (m: RegExpExecArray) => `肝胆相照${m[1]}荣辱与共`, '十六字方针是“长期共存、互相监督、肝胆相照、荣辱与共”', 'the sixteen-character principle ends 肝胆相照、荣辱与共', ['荣辱与共']],
        // (The forty-seventh blind set's.)
        ['core-status-both-cores', '习近平同志党中央的核心、全党的核心地位', 'official/gov-work-report-2018.txt:95; 《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）', /(?<=(?:确立|维护)习近平(?:总书记|同志))党中央的核心(?=地位)/g, '党中央的核心、全党的核心', '“两个确立”“两个维护”说的是“党中央的核心、全党的核心地位”', 'the core status is 党中央的核心、全党的核心地位 (、全党的核心 is missing)', ['党中央的核心地位'], { severity: 'error' }],
        ['great-rejuvenation-strategic-overall', '中华民族伟大复兴战略全局', 'official/cpc-congress-report-20.txt:12', /(?<=中华民族伟大复兴)全局(?=(?:[和与、][^。；！？\n]{0,6})?世界百年未有之大变局)/g, '战略全局', '“两个大局”是中华民族伟大复兴战略全局和世界百年未有之大变局', 'the first of the two overall situations is 中华民族伟大复兴战略全局', ['伟大复兴全局'], { severity: 'warning' }],
        // (The forty-eighth blind set's.)
        ['unified-national-market-order', '全国统一大市场', 'official/cpc-congress-report-20.txt:73', /大统一市场/g, '统一大市场', '是“全国统一大市场”', 'it is 统一大市场', ['大统一市场'], { severity: 'error' }],
        ['self-revolution-leads-social-revolution', '以党的自我革命引领社会革命', 'official/cpc-congress-report-20.txt:155', /以社会革命引领(?:党的)?自我革命/g, '以党的自我革命引领社会革命', '是“以党的自我革命引领社会革命”', 'it is the Party\'s self-revolution that leads the social revolution', ['引领自我革命', '引领党的自我革命'], { severity: 'error' }],
        ['new-quality-productive-forces-name', '新质生产力', 'official/gov-work-report-2024.txt:39', /(?<=发展|培育|形成|加快|壮大)新型生产力/g, '新质生产力', '是“新质生产力”', 'it is 新质生产力 (new quality productive forces)', ['新型生产力'], { severity: 'warning' }],
        ['modernization-features-harmony-in-list', '人与自然和谐共生', 'official/cpc-congress-report-20.txt:18', /(?<=精神文明相协调[、，])人与自然和谐(?:相处|共处|共存|统一|发展)(?=[、，]走和平发展道路)/g, '人与自然和谐共生', '中国式现代化是人与自然和谐共生的现代化', 'Chinese modernization is one of harmony between humanity and nature (和谐共生)', ['人与自然和谐'], { severity: 'error' }],
        ['organizational-line-name', '新时代党的组织路线', 'official/cpc-congress-report-20.txt:32', /新时代党的组织工作路线/g, '新时代党的组织路线', '是“新时代党的组织路线”', 'it is 新时代党的组织路线', ['组织工作路线'], { severity: 'warning' }],
        ['non-public-economy-three-verbs', '毫不动摇鼓励、支持、引导非公有制经济发展', 'official/cpc-congress-report-20.txt:73', /(?<=毫不动摇)(?:鼓励、引导|鼓励、支持|支持、引导)(?=非公有制经济)/g, '鼓励、支持、引导', '是“毫不动摇鼓励、支持、引导非公有制经济发展”', 'it is 鼓励、支持、引导 (one of the three is missing)', ['非公有制经济'], { severity: 'error' }],
        ['rural-all-round-revitalization', '乡村全面振兴', 'official/gov-work-report-2024.txt:28', /乡村全方位振兴/g, '乡村全面振兴', '是“乡村全面振兴”', 'it is 乡村全面振兴', ['乡村全方位振兴'], { severity: 'warning' }],
        ['three-musts-second-missing-bare', '不忘初心、牢记使命，谦虚谨慎、艰苦奋斗，敢于斗争、善于斗争', 'official/cpc-congress-report-20.txt:10', /(?<=三个务必[”"]?[^。；！？\n]{0,12}?不忘初心、牢记使命[，、])敢于斗争(?=、善于斗争)/g, '谦虚谨慎、艰苦奋斗，敢于斗争', '“三个务必”还有“谦虚谨慎、艰苦奋斗”', 'the 三个务必 also take 谦虚谨慎、艰苦奋斗', ['三个务必'], { severity: 'error' }],
        ['self-reliance-name', '科技自立自强', 'official/cpc-congress-report-20.txt:21', /科技自主自强/g, '科技自立自强', '是“科技自立自强”', 'it is 科技自立自强', ['科技自主自强'], { severity: 'error' }],
        // (The fifty-first blind set's.)
        ['new-relations-of-production', '与之相适应的新型生产关系', '《加快发展新质生产力 扎实推进高质量发展》（习近平在中共中央政治局第十一次集体学习时的讲话，2024年1月）', /新质生产关系/g, '新型生产关系', '与新质生产力相适应的是“新型生产关系”', 'new quality productive forces go with new-type relations of production (新型生产关系)', ['新质生产关系'], { severity: 'error' }],
        ['non-public-economy-guide', '毫不动摇鼓励、支持、引导非公有制经济发展', 'official/cpc-congress-report-20.txt:73', /(?<=毫不动摇鼓励、支持、)(?:指导|帮助|促进|扶持|发展)(?=非公有制经济)/g, '引导', '是“毫不动摇鼓励、支持、引导非公有制经济发展”', 'it is 鼓励、支持、引导 (encourage, support and guide)', ['鼓励、支持、'], { severity: 'error' }],
        // Since 2021 the poor of before are 脱贫户 (or 脱贫人口), watched beside the 监测对象 lest they fall back.
        ['lifted-households-and-monitored', '脱贫户和监测对象', '《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（2020年12月）', /贫困户(?=(?:和|、|及|与)(?:防返贫)?监测对象)/g, '脱贫户', '脱贫攻坚任务完成后，与“监测对象”并提的是“脱贫户”', 'since the end of the poverty battle the households beside the monitored are 脱贫户 (lifted out of poverty)', ['贫困户'], { severity: 'warning' }],
        // (The fifty-ninth blind set's.)
        ['five-year-plan-proposal', '《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》', '《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》（党的二十届四中全会，2025年10月）', /(?<=中共中央关于制定国民经济和社会发展第十[四五]个五年规划(?:和二〇三五年远景目标)?的)意见/g, '建议', '中央全会通过的是“……五年规划的建议”', 'the Central Committee adopts a 建议 (proposal) for each plan', ['五年规划的意见', '远景目标的意见'], { severity: 'error' }],
        ['mainland-and-hong-kong', '内地与香港（澳门）', '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）', /大陆(?=(?:与|和|同)(?:香港|澳门|港澳))/g, '内地', '香港、澳门与“内地”并称，不称“大陆”', 'Hong Kong and Macao go with 内地 (the mainland), not 大陆', ['大陆与香港', '大陆与澳门', '大陆和香港', '大陆和澳门', '大陆与港澳', '大陆和港澳'], { severity: 'warning' }],
        ['trade-union-eighteenth-congress', '中国工会第十八次全国代表大会（2023年10月）', '《中国工会第十八次全国代表大会在京开幕》（新华社，2023年10月9日）', /(?<=(?:2024|2025)年[^。；！？\n]{0,30}中国工会第)十七(?=次全国代表大会)/g, '十八', '中国工会第十八次全国代表大会于2023年10月召开', 'the 18th National Congress of Chinese Trade Unions met in October 2023', ['中国工会第十七次'], { severity: 'error' }],
        ['two-healthies', '促进非公有制经济健康发展和非公有制经济人士健康成长', '《中共中央办公厅关于加强新时代民营经济统战工作的意见》（2020年9月）', /(?<=非公有制经济健康发展和)民营企业家(?=健康成长)/g, '非公有制经济人士', '“两个健康”是非公有制经济健康发展和非公有制经济人士健康成长', 'the two healthies name 非公有制经济人士', ['民营企业家健康成长'], { severity: 'error' }],
        ['discipline-and-supervision-commission', '纪委监委', '《深化党和国家机构改革方案》（中共中央，2018年3月）', /(?<=纪委)监察局/g, '监委', '2018年监察体制改革后为“纪委监委”', 'since 2018: 纪委监委 (the supervisory commission)', ['纪委监察局'], { severity: 'warning', certain: false, skip: (text, m, context) => oldNameAsHistory(text, m) || (yearAround(text, m.index, m.index + m[0].length, context) ?? 2018) < 2018 }],
        // (The fifty-eighth blind set's.)
        ['health-work-policy-tcm-equal', '预防为主，中西医并重', 'official/cpc-congress-report-18.txt:97; 全国卫生与健康大会（2016年8月）', /(?<=卫生与健康工作方针[^。；]{0,20}?预防为主[、，])中西医结合/g, '中西医并重', '新时代党的卫生与健康工作方针是“……预防为主，中西医并重……”', 'the health work policy has 中西医并重', ['中西医结合'], { severity: 'error' }],
        ['important-speech-and-instructions', '习近平总书记关于……的重要讲话和重要指示批示精神', '《中共中央办公厅关于认真学习宣传贯彻习近平总书记重要讲话和重要指示批示精神的通知》等中央文件的通行表述', /(?<=关于[^。；！？\n]{1,24}的重要讲话和)指示批示精神/g, '重要指示批示精神', '是“重要讲话和重要指示批示精神”', 'it is 重要讲话和重要指示批示精神', ['的重要讲话和指示批示'], { severity: 'error' }],
        ['audit-all-strict', '应审尽审、凡审必严、严肃问责', '《习近平主持召开二十届中央审计委员会第一次会议》（新华社，2023年5月23日）', /(?<=应审尽审、)有审必严/g, '凡审必严', '是“应审尽审、凡审必严、严肃问责”', 'it is 应审尽审、凡审必严、严肃问责', ['有审必严'], { severity: 'error' }],
        ['four-nots-two-directs', '“四不两直”', '《国家安全监管总局关于建立安全生产“四不两直”暗查暗访制度的通知》（2014年）', /[一二三五六七八九](?=不两直)/g, '四', '是“四不两直”（不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场）', 'it is 四不两直', ['不两直'], { severity: 'error' }],
        ['double-random-one-public', '“双随机、一公开”', '《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）', /(?<=双随机[、，]?)一公示/g, '一公开', '是“双随机、一公开”', 'it is 双随机、一公开', ['一公示'], { severity: 'error' }],
        ['five-guarantee-households-now-extremely-poor', '特困人员', '《社会救助暂行办法》（国务院令第649号，2014年）', /五保户(?=[^。；！？\n]{0,12}(?:救助供养|供养范围|应养尽养))/g, '特困人员', '农村五保供养已并入特困人员救助供养，称“特困人员”', 'the five-guarantee households are now 特困人员 under the 2014 measures', ['五保户'], { severity: 'warning', certain: false }],
        // (德智体美 without 劳 is the wording before 2018, in the congress reports of 2007 and 2012: only in text dated 2019 or later, or of the new era.)
        ['all-round-development-labour', '德智体美劳全面发展', 'official/cpc-congress-report-20.txt:81', /德智体美(?!劳)(?=全面发展)/g, '德智体美劳', '2018年全国教育大会起为“德智体美劳全面发展”', 'since 2018: 德智体美劳 (labour education added)', ['德智体美全面发展'], { severity: 'warning', skip: (text, m, context) => beforeChangeOrOldEra(text, m, context, 2019) }],
        ['fifth-economic-census-reference-date', '第五次全国经济普查标准时点为2023年12月31日', '《国务院关于开展第五次全国经济普查的通知》（国发〔2022〕22号）', /(?<=以)20(?!23)\d{2}(?=年12月31日为标准时点[^。；！？\n]{0,24}第五次全国经济普查)/g, '2023', '第五次全国经济普查的标准时点是2023年12月31日', 'the fifth economic census is of 31 December 2023', ['第五次全国经济普查'], { severity: 'error' }],
        // (The fifty-seventh blind set's.)
        ['three-battles-blue-clear-clean', '蓝天、碧水、净土保卫战', 'official/cpc-congress-report-20.txt:118', /(?<!、)蓝天、碧水(?=保卫战)/g, '蓝天、碧水、净土', '是“蓝天、碧水、净土保卫战”', 'it is 蓝天、碧水、净土保卫战', ['蓝天、碧水保卫战'], { severity: 'error' }],
        ['rent-and-buy-housing', '租购并举的住房制度', 'official/cpc-congress-report-20.txt:112', /租售并举(?=的住房制度)/g, '租购并举', '是“租购并举”的住房制度', 'it is 租购并举 (renting and buying)', ['租售并举'], { severity: 'error' }],
        ['rcep-name', '《区域全面经济伙伴关系协定》', '《区域全面经济伙伴关系协定》（2020年11月签署）', /区域全面经济合作伙伴关系协定/g, '区域全面经济伙伴关系协定', '协定名称是《区域全面经济伙伴关系协定》（RCEP）', 'the agreement is the 区域全面经济伙伴关系协定 (RCEP)', ['经济合作伙伴关系协定'], { severity: 'error' }],
        ['transport-power-outline-name', '《交通强国建设纲要》', '《交通强国建设纲要》（中共中央、国务院，2019年9月）', /交通强国发展纲要/g, '交通强国建设纲要', '纲要名称是《交通强国建设纲要》', 'the outline is the 交通强国建设纲要', ['交通强国发展纲要'], { severity: 'error' }],
        ['belt-and-road-eight-actions', '中国支持高质量共建“一带一路”的八项行动', '《习近平在第三届“一带一路”国际合作高峰论坛开幕式上的主旨演讲》（2023年10月18日）', /(?<=一带一路[”"]?的)[一二三四五六七九十](?=项行动)/g, '八', '是“八项行动”', 'there are eight actions', ['项行动'], { severity: 'error' }],
        ['migrant-wages-regulation-name', '《保障农民工工资支付条例》', '《保障农民工工资支付条例》（国务院令第724号，2020年5月1日起施行）', /农民工工资支付保障条例/g, '保障农民工工资支付条例', '条例名称是《保障农民工工资支付条例》', 'the regulation is the 保障农民工工资支付条例', ['工资支付保障条例'], { severity: 'error' }],
        ['three-lines-one-list', '生态保护红线、环境质量底线、资源利用上线和生态环境准入清单', '《中共中央 国务院关于深入打好污染防治攻坚战的意见》（2021年11月）', /(?<=环境质量底线、)资源(?!利用)[\u4e00-\u9fff]{2}(?=上线)/g, '资源利用', '是“资源利用上线”', 'it is 资源利用上线', ['环境质量底线、资源'], { severity: 'error' }],
        ['air-quality-plan-name', '《空气质量持续改善行动计划》', '《空气质量持续改善行动计划》（国发〔2023〕24号）', /空气质量全面改善行动计划/g, '空气质量持续改善行动计划', '计划名称是《空气质量持续改善行动计划》', 'the plan is the 空气质量持续改善行动计划', ['空气质量全面改善'], { severity: 'error' }],
        ['third-soil-census', '第三次全国土壤普查（2022—2025年）', '《国务院关于开展第三次全国土壤普查的通知》（国发〔2022〕4号）', /第二次(?=全国土壤普查(?:外业|采样|调查采样|样品|内业))/g, '第三次', '正在开展的是第三次全国土壤普查（2022—2025年）', 'the census under way is the third (2022–2025)', ['第二次全国土壤普查'], { severity: 'error' }],
        ['people-city-six-features-resilient', '创新、宜居、美丽、韧性、文明、智慧的现代化人民城市', '《中央城市工作会议在北京举行》（新华社，2025年7月15日）', /创新、宜居、美丽、文明、智慧(?=的现代化人民城市)/g, '创新、宜居、美丽、韧性、文明、智慧', '是“创新、宜居、美丽、韧性、文明、智慧”的现代化人民城市，缺少“韧性”', 'the six are 创新、宜居、美丽、韧性、文明、智慧 (韧性 is missing)', ['美丽、文明、智慧'], { severity: 'error' }],
        ['technology-transfer-law-name', '《中华人民共和国促进科技成果转化法》', '《中华人民共和国促进科技成果转化法》（2015年修正）', /科技成果转化促进法/g, '促进科技成果转化法', '法律名称是《促进科技成果转化法》', 'the law is the 促进科技成果转化法', ['科技成果转化促进法'], { severity: 'error' }],
        ['retirement-age-reform-date', '自2025年1月1日起实施渐进式延迟法定退休年龄', '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》（2024年9月13日）', /(?<=延迟法定退休年龄[^。；！？\n]{0,24})2024年10月1日/g, '2025年1月1日', '渐进式延迟法定退休年龄自2025年1月1日起施行', 'the reform takes effect on 1 January 2025', ['延迟法定退休年龄'], { severity: 'error' }],
        ['old-communities-year-2000', '2000年底前建成的城镇老旧小区', '《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）', /(?<=改造)(?:19\d{2}|200[1-9]|201\d)(?=年底前建成的(?:城镇)?老旧小区)/g, '2000', '改造对象是2000年底前建成的城镇老旧小区', 'the renovation covers communities built before the end of 2000', ['年底前建成的'], { severity: 'error' }],
        ['rural-revitalization-bureau-merged', '农业农村部（国家乡村振兴局2023年并入）', '《党和国家机构改革方案》（2023年3月）', /国家乡村振兴局/g, '农业农村部', '2023年机构改革后国家乡村振兴局职责划入农业农村部', 'since the 2023 restructuring its duties are the 农业农村部’s', ['国家乡村振兴局'], { severity: 'warning', certain: false, skip: (text, m) => oldNameAsHistory(text, m) || /20(?:2[0-2])年/.test(sentenceAround(text, m.index, m.index + m[0].length)) }],
        // (The conference of 2016 was the 全国科技创新大会; that of June 2024 the 全国科技大会.)
        ['national-science-conference-2024', '全国科技大会（2024年6月）', '《全国科技大会、国家科学技术奖励大会、两院院士大会在京召开》（新华社，2024年6月24日）', /(?<=2024年(?:6月)?(?:召开的|举行的)?)全国科技创新大会/g, '全国科技大会', '2024年6月召开的是“全国科技大会”（2016年的称全国科技创新大会）', 'the conference of June 2024 is the 全国科技大会', ['全国科技创新大会'], { severity: 'error' }],
        ['ministry-of-transport-name', '交通运输部', '《国务院机构改革方案》（2008年3月）', /(?<![原前])交通部(?!门)/g, '交通运输部', '2008年起为“交通运输部”', 'since 2008 the ministry is the 交通运输部', ['交通部'], { severity: 'warning', certain: false, skip: (text, m, context) => oldNameAsHistory(text, m) || beforeChangeOrOldEra(text, m, context, 2009) }],
        // (The fifty-sixth blind set's.)
        ['direction-overall-implementation-missing', '把方向、管大局、保落实', '《中国共产党国有企业基层组织工作条例（试行）》（2019年12月）第十一条', /把方向、管大局(?!、)(?=(?:的)?(?:领导)?作用)/g, '把方向、管大局、保落实', '党委（党组）的领导作用是“把方向、管大局、保落实”，缺少“保落实”', 'the Party committee’s role is 把方向、管大局、保落实 (保落实 is missing)', ['把方向、管大局'], { severity: 'error', certain: false }],
        ['criminal-suspect-term', '犯罪嫌疑人', '《中华人民共和国刑事诉讼法》', /(?<!涉)嫌犯(?!罪)/g, '犯罪嫌疑人', '规范称谓为“犯罪嫌疑人”', 'the legal term is 犯罪嫌疑人', ['嫌犯'], { severity: 'warning', certain: false }],
        // (Not 经济思想: the long form, 习近平新时代中国特色社会主义经济思想, was its name from 2017, as in the 2018 report.)
        ['thought-on-x-name', '习近平法治思想、习近平外交思想、习近平强军思想、习近平文化思想、习近平生态文明思想', '《中央全面依法治国工作会议在北京召开》（新华社，2020年11月17日）', /(?<=习近平)新时代中国特色社会主义(?=(?:法治|外交|强军|文化|生态文明)思想)/g, '', '各领域的思想称“习近平×思想”（习近平法治思想等）', 'the field thoughts are named 习近平×思想 (习近平法治思想 …)', ['社会主义法治思想', '社会主义外交思想', '社会主义强军思想', '社会主义文化思想', '社会主义生态文明思想'], { severity: 'error' }],
        ['five-revitalizations-count', '产业振兴、人才振兴、文化振兴、生态振兴、组织振兴（“五个振兴”）', '《中共中央 国务院关于实施乡村振兴战略的意见》（2018年1月）', /(?<=产业、人才、文化、生态、组织[”"]?[“"]?)[一二三四六七八九](?=个振兴)/g, '五', '乡村“五个振兴”：产业、人才、文化、生态、组织', 'the five revitalizations: 产业、人才、文化、生态、组织', ['个振兴'], { severity: 'error' }],
        ['police-general-requirement', '对党忠诚、服务人民、执法公正、纪律严明', '《习近平向中国人民警察队伍授旗并致训词》（新华社，2020年8月26日）', /(?<=对党忠诚、服务人民、执法公正、)纪律严(?!明)[\u4e00-\u9fff]/g, '纪律严明', '训词是“对党忠诚、服务人民、执法公正、纪律严明”', 'the motto ends 纪律严明', ['执法公正、纪律严'], { severity: 'error' }],
        // (The fifty-fifth blind set's.)
        ['financial-culture-law-abiding', '诚实守信、以义取利、稳健审慎、守正创新、依法合规', '《习近平在省部级主要领导干部推动金融高质量发展专题研讨班开班式上发表重要讲话》（新华社，2024年1月16日）', /(?<=稳健审慎、守正创新、)(?:合规经营|依规合法|合法合规)/g, '依法合规', '中国特色金融文化是诚实守信、以义取利、稳健审慎、守正创新、依法合规', 'the five of China\'s financial culture end in 依法合规', ['守正创新、'], { severity: 'error' }],
        ['grassroots-burden-rules-name', '《整治形式主义为基层减负若干规定》', '《整治形式主义为基层减负若干规定》（中共中央办公厅、国务院办公厅，2024年8月）', /(?<=《整治形式主义为基层减负若干)(?:措施|意见|办法|举措)(?=》)/g, '规定', '文件名称是《整治形式主义为基层减负若干规定》', 'the document is the 若干规定', ['为基层减负若干'], { severity: 'error' }],
        ['two-majors-key-areas', '国家重大战略实施和重点领域安全能力建设', 'official/gov-work-report-2024.txt:33', /(?<=国家重大战略实施和)重大(?=领域安全能力建设)/g, '重点', '“两重”是国家重大战略实施和重点领域安全能力建设', 'the 两重 are 国家重大战略实施和重点领域安全能力建设', ['重大战略实施和重大'], { severity: 'error' }],
        ['four-orientations-health', '面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康', 'official/cpc-congress-report-20.txt:83', /(?<=面向国家重大需求、面向人民)(?:美好生活|幸福生活|群众需求|健康生活|美好生活需要)/g, '生命健康', '“四个面向”之四是“面向人民生命健康”', 'the fourth orientation is 面向人民生命健康', ['面向人民'], { severity: 'error' }],
        ['plenum-of-twentieth-term', '党的二十大和二十届二中、三中全会精神', 'official/gov-work-report-2025.txt:8', /(?<=二十大和)二十大(?=[一二三四五六七]中)/g, '二十届', '全会是“二十届×中全会”', 'the plenums are of the 二十届 Central Committee', ['大和二十大'], { severity: 'error' }],
        ['business-environment-rule-of-law', '市场化、法治化、国际化一流营商环境', 'official/gov-work-report-2024.txt:50', /(?<=市场化、)法制化(?=、国际化)/g, '法治化', '是“市场化、法治化、国际化”营商环境', 'it is 法治化 (rule of law) in 市场化、法治化、国际化', ['市场化、法制化'], { severity: 'error' }],
        // (The fifty-fourth blind set's.)
        ['educate-for-party-and-nation', '为党育人、为国育才', '《教育强国建设规划纲要（2024—2035年）》（中共中央、国务院，2025年1月）', /为党育才、为国育人/g, '为党育人、为国育才', '是“为党育人、为国育才”', 'it is 为党育人、为国育才', ['为党育才'], { severity: 'error' }],
        ['land-contract-extension-thirty-years', '第二轮土地承包到期后再延长30年', 'official/gov-work-report-2025.txt:58', /(?<=第二轮土地承包到期后再延长)(?!三十|30|３０)[一二三四五六七八九]?十(?=年)/g, '三十', '第二轮土地承包到期后再延长三十年（30年）', 'the second-round contracts are extended by thirty years', ['到期后再延长'], { severity: 'error' }],
        ['land-contract-extension-30-years', '第二轮土地承包到期后再延长30年', 'official/gov-work-report-2025.txt:58', /(?<=第二轮土地承包到期后再延长)(?!30|３０)[0-9０-９]+(?=年)/g, '30', '第二轮土地承包到期后再延长三十年（30年）', 'the second-round contracts are extended by thirty years', ['到期后再延长'], { severity: 'error' }],
        ['four-lower-levels-count', '“四下基层”', '《中共中央办公厅关于在全党大兴调查研究的工作方案》（2023年3月）', /[一二三五六七八九](?=下基层[”"]?(?:制度|工作|活动|[，。、；]))/g, '四', '是“四下基层”（宣传党的政策、调查研究、信访接待、现场办公下基层）', 'it is 四下基层 (four ways of going down to the grassroots)', ['下基层'], { severity: 'error' }],
        // (The fifty-third blind set's.)
        ['complete-accurate-comprehensive-member', '完整、准确、全面贯彻新发展理念', 'official/cpc-congress-report-20.txt:24', /(?<=完整、准确、)(?:全方位|全过程|全部|全局)(?=贯彻新发展理念)/g, '全面', '是“完整、准确、全面贯彻新发展理念”', 'it is 完整、准确、全面贯彻新发展理念', ['完整、准确、'], { severity: 'error' }],
        // (The term of 2020 on: the reports of 2010–2016 write 四省藏区, so only text dated 2021 or later, or of the new era.)
        ['tibetan-areas-of-four-provinces', '四省涉藏州县', '《中央第七次西藏工作座谈会》（新华社，2020年8月）', /四省藏区/g, '四省涉藏州县', '现行规范表述为“四省涉藏州县”', 'the current term is 四省涉藏州县', ['四省藏区'], { severity: 'warning', skip: (text, m, context) => beforeChangeOrOldEra(text, m, context, 2021) }],
        ['water-governance-both-hands', '节水优先、空间均衡、系统治理、两手发力', '《习近平在中央财经领导小组第五次会议上的讲话》（2014年3月14日）', /(?<=系统治理、)两手(?!发力)[\u4e00-\u9fff]{1,2}(?=[”"]?(?:的)?治水思路|[”"])/g, '两手发力', '治水思路是“节水优先、空间均衡、系统治理、两手发力”', 'the principle is 节水优先、空间均衡、系统治理、两手发力', ['系统治理、两手'], { severity: 'error' }],
        ['multipolarity-and-globalization', '平等有序的世界多极化和普惠包容的经济全球化', '《中央外事工作会议在北京举行》（新华社，2023年12月28日）', /(?<=平等有序的世界多极化和)(?!普惠包容)(?:开放包容|包容普惠|开放普惠|互利共赢)(?=的经济全球化)/g, '普惠包容', '是“平等有序的世界多极化和普惠包容的经济全球化”', 'it is 普惠包容的经济全球化 (universally beneficial and inclusive)', ['平等有序的世界多极化'], { severity: 'error' }],
        ['thought-of-ecological-civilization-short', '习近平生态文明思想', '《中共中央 国务院关于全面推进美丽中国建设的意见》（2023年12月）', /习近平文明思想/g, '习近平生态文明思想', '是“习近平生态文明思想”（“习近平文化思想”另是一种）', 'it is 习近平生态文明思想 (习近平文化思想 is another)', ['文明思想'], { severity: 'error' }],
        // The grain bureau became 国家粮食和物资储备局 in 2018: flagged in text dated 2019 or later, or of the new era (ECSpell's
        // government sentences of 2014–2017 name the old bureau beside 质检总局 and 卫生计生委).
        ['grain-and-reserves-administration', '国家粮食和物资储备局', '《深化党和国家机构改革方案》（中共中央，2018年3月）', /国家粮食局/g, '国家粮食和物资储备局', '2018年机构改革后为“国家粮食和物资储备局”', 'since the 2018 restructuring: 国家粮食和物资储备局', ['国家粮食局'], { severity: 'warning', certain: false, skip: (text, m, context) => oldNameAsHistory(text, m) || beforeChangeOrOldEra(text, m, context, 2019) }],
        // (No 中央审计领导小组 ever was: the Central Audit Commission was founded as a commission in 2018.)
        ['central-audit-commission', '中央审计委员会', '《深化党和国家机构改革方案》（中共中央，2018年3月）', /中央审计(?:工作)?领导小组/g, '中央审计委员会', '是“中央审计委员会”', 'it is the Central Audit Commission (中央审计委员会)', ['审计领导小组', '审计工作领导小组'], { severity: 'error' }],
        // (The fifty-second blind set's.)
        ['procuratorate-quality-and-efficiency', '高质效办好每一个案件', '《最高人民检察院工作报告》（2024年3月）', /高质量(?=办好每一个案件)/g, '高质效', '检察机关的表述是“高质效办好每一个案件”', 'the procuratorates\' motto is 高质效办好每一个案件 (quality and efficiency)', ['办好每一个案件'], { severity: 'error' }],
        ['five-musts-coordinate-old-drivers', '统筹培育新动能和更新旧动能', '《中央经济工作会议在北京举行》（新华社，2024年12月12日）', /(?<=培育新动能和)(?:淘汰|改造|替代|转换|升级)(?=旧动能)/g, '更新', '“五个必须统筹”之一是“统筹培育新动能和更新旧动能”', 'one of the five is 统筹培育新动能和更新旧动能 (renew the old drivers)', ['培育新动能和'], { severity: 'error' }],
        ['rural-revitalization-effectively', '有力有效推进乡村全面振兴', '《中共中央 国务院关于学习运用“千村示范、万村整治”工程经验有力有效推进乡村全面振兴的意见》（2024年中央一号文件）', /(?<=有力)有序(?=推进乡村全面振兴)/g, '有效', '2024年中央一号文件的表述是“有力有效推进乡村全面振兴”', 'the 2024 No. 1 document has 有力有效推进乡村全面振兴', ['有力有序推进乡村全面振兴'], { severity: 'error' }],
        // (The forty-ninth blind set's.)
        ['strict-governance-the-way', '全面从严治党是党永葆生机活力、走好新的赶考之路的必由之路', 'official/cpc-congress-report-20.txt:154', /(?:党的)?自我革命(?=是党永葆生机活力、走好新的赶考之路的必由之路)/g, '全面从严治党', '“全面从严治党是党永葆生机活力、走好新的赶考之路的必由之路”（自我革命是跳出历史周期率的第二个答案）', 'it is 全面从严治党 that is the only way to keep the Party vital (self-revolution is the second answer)', ['走好新的赶考之路的必由之路'], { severity: 'error' }],
        ['four-revolutions-one-cooperation', '“四个革命、一个合作”能源安全新战略', '《习近平主持召开中央财经领导小组第六次会议》（新华社，2014年6月13日）', /[一二三五六七八九](?=个革命[、，]?一个合作)/g, '四', '能源安全新战略是“四个革命、一个合作”', 'the energy security strategy is four revolutions and one cooperation', ['个革命'], { severity: 'error' }],
        ['fourteenth-plan-years-spelt', '“十四五”时期（2021年至2025年）', '《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》', /2020(?=年?[至到—\-–~～]2025年?[^。；！？\n]{0,4}[“"]?十四五)/g, '2021', '“十四五”时期为2021—2025年', 'the 十四五 period is 2021—2025', ['十四五'], { severity: 'error' }],
        ['new-national-system', '新型举国体制', 'official/cpc-congress-report-20.txt:82', /(?<=新型举国)(?:机制|制度|模式)/g, '体制', '是“新型举国体制”', 'it is 新型举国体制', ['新型举国']],
        ['army-most-respected-profession', '让军人成为全社会尊崇的职业', 'official/gov-work-report-2018.txt:104', /(?<=军人成为全社会)(?!尊崇)(?:尊重|尊敬|崇敬|敬重|崇尚)(?=的职业)/g, '尊崇', '是“让军人成为全社会尊崇的职业”', 'it is 尊崇 (revered)', ['全社会']],
        ['ideological-course-eight-unities', '思政课改革创新“八个相统一”', '习近平《在学校思想政治理论课教师座谈会上的讲话》（2019年3月18日）', /(?<=思政课[^。；]{0,30})[一二三四五六七九十](?=个相统一)|[一二三四五六七九十](?=个相统一[^。；]{0,30}思政课)/g, '八', '推动思政课改革创新要坚持“八个相统一”（“四个相统一”说的是好老师）', 'the reform of ideological courses follows eight unities (the four are said of good teachers)', ['个相统一']],
        ['high-level-self-reliance', '高水平科技自立自强', 'official/cpc-congress-report-20.txt:60', /高质量(?=科技自立自强)/g, '高水平', '是“高水平科技自立自强”', 'it is 高水平科技自立自强', ['科技自立自强']],
        ['veterans-law-name', '《中华人民共和国退役军人保障法》', '《中华人民共和国退役军人保障法》（2020年11月11日通过，2021年1月1日起施行）', /退役军人权益保障法/g, '退役军人保障法', '法律名称是《退役军人保障法》', 'the law is the 退役军人保障法', ['退役军人权益保障法']],
        ['eight-rules-learning-education-name', '深入贯彻中央八项规定精神学习教育', '《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》（中共中央办公厅，2025年3月）', /(?:深入贯彻)?中央八项规定精神主题教育/g, '深入贯彻中央八项规定精神学习教育', '2025年开展的是“深入贯彻中央八项规定精神学习教育”', 'the 2025 campaign is the 学习教育 on the eight rules', ['八项规定精神主题教育']],
        // (The twenty-fourth blind set's families.)
        ['county-inspection-is-xuncha', '巡察', '《中国共产党巡视工作条例》（2017年修订）第五条：党的市（地、州、盟）和县（市、区、旗）委员会建立巡察制度', /(?<=(?:县委|区委|旗委)(?:第[一二三四五六七八九十]{1,3}轮)?)巡视(?![员])/g, '巡察', '县级党委开展的是“巡察”，“巡视”是党中央和省级党委的', 'a county Party committee\'s inspection is 巡察; 巡视 is the central and provincial committees\'', ['巡视']],
        ['mass-misconduct-campaign-order', '群众身边不正之风和腐败问题集中整治', '《中国共产党第二十届中央纪律检查委员会第四次全体会议公报》（2025年1月8日）', /群众身边腐败和不正之风问题/g, '群众身边不正之风和腐败问题', '名称是“群众身边不正之风和腐败问题集中整治”', 'the campaign\'s name puts 不正之风 first', ['腐败和不正之风']],
        ['three-manages-three-musts-count', '三管三必须', '《中华人民共和国安全生产法》（2021年修正）第三条', /(?<=三管)[一二两四五六七八九](?=必须)/g, '三', '是“三管三必须”', 'it is 三管三必须', ['三管']],
        ['medical-integrity-nine-rules', '《医疗机构工作人员廉洁从业九项准则》', '《医疗机构工作人员廉洁从业九项准则》（国家卫生健康委、国家医保局、国家中医药局，2021年11月）', /(?<=医疗机构工作人员廉洁从业)[一二三四五六七八十](?=项准则)/g, '九', '准则是“九项准则”', 'the code has nine rules', ['廉洁从业']],
        ['fiscal-monetary-policy-2025', '更加积极的财政政策和适度宽松的货币政策', 'official/gov-work-report-2025.txt:24-25', /(?<=更加积极的财政政策和)稳健(?=的货币政策)/g, '适度宽松', '与“更加积极的财政政策”并提的是“适度宽松的货币政策”（2025年）', 'beside 更加积极的财政政策 (2025) stands 适度宽松的货币政策', ['更加积极的财政政策']],
        // (The twenty-third blind set's families.)
        ['grain-in-land-and-technology', '藏粮于地、藏粮于技', 'official/gov-work-report-2016.txt:40', /(?<=藏粮于地、藏粮于)(?!技)[\u4e00-\u9fff]/g, '技', '是“藏粮于地、藏粮于技”', 'it is 藏粮于地、藏粮于技', ['藏粮于地']],
        ['six-disciplines-count', '“六项纪律”', '《中国共产党纪律处分条例》（2015年修订起）', /[一二三四五七八九](?=项纪律)(?<=工作纪律[、和]?生活纪律[”"]?[“"]?.)|(?<=生活纪律[^。；]{0,4})[一二三四五七八九](?=项纪律)/g, '六', '党的纪律是政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律“六项纪律”', 'the disciplines are six (六项纪律)', ['项纪律']],
        ['ecology-day-august-15', '8月15日全国生态日', '《全国人民代表大会常务委员会关于设立全国生态日的决定》（2023年6月）', /(?:[1-9]|1[0-2])月(?:[1-9]|[12]\d|3[01])日(?=[^。；，]{0,4}全国生态日)/g, '8月15日', '全国生态日是8月15日（6月5日是环境日）', 'the national ecology day is 15 August (5 June is environment day)', ['全国生态日']],
        ['three-no-corruption-extra', '一体推进不敢腐、不能腐、不想腐', 'official/cpc-congress-report-20.txt:31', /(?<=不敢腐、不能腐、不想腐)、不(?![敢能想])[\u4e00-\u9fff]腐/g, '', '一体推进的是不敢腐、不能腐、不想腐三项', 'the three are 不敢腐、不能腐、不想腐', ['不想腐、不']],
        // (The thirty-eighth blind set's families.)
        ['soe-reform-deepening-period', '国有企业改革深化提升行动（2023—2025年）', '《国有企业改革深化提升行动方案（2023—2025年）》（2023年）', /(?<=改革深化提升行动(?:方案)?[（(])20(?:(?!23)\d{2}[—－-]20\d{2}|23[—－-]20(?!25)\d{2})/g, '2023—2025', '国有企业改革深化提升行动是2023—2025年', 'the SOE reform deepening action runs 2023–2025', ['深化提升行动']],
        ['three-meetings-count', '“三会一课”', '《中国共产党支部工作条例（试行）》第十八条（2018年10月）', /[两二四五六](?=会一课)/g, '三', '“三会一课”：支部党员大会、支部委员会、党小组会，按时上好党课', 'three meetings and one Party lecture', ['会一课']],
        ['five-educations-order', '德智体美劳全面发展', '《在全国教育大会上的讲话》（习近平，2018年9月10日）', /德智体劳美|德智美体劳|德体智美劳|智德体美劳/g, '德智体美劳', '顺序为“德智体美劳”', 'the order is 德智体美劳', ['德智体', '智德体', '德体智']],
        // (The twenty-second blind set's families.)
        ['five-articles-count', '金融“五篇大文章”', 'official/gov-work-report-2024.txt:34', /[一二三四六七八九](?=篇大文章)/g, '五', '金融“五篇大文章”是科技金融、绿色金融、普惠金融、养老金融、数字金融', 'the five articles of finance', ['篇大文章']],
        ['farmland-red-line-18', '守住18亿亩耕地红线', 'official/gov-work-report-2024.txt:60', /(?<![0-9.])(?:1[0-79]|[2-9])(?=亿亩耕地红线)/g, '18', '耕地红线是18亿亩', 'the farmland red line is 1.8 billion mu', ['亿亩耕地红线']],
        ['two-mountains-first-2005', '2005年8月，习近平同志在浙江安吉余村考察时首次提出“绿水青山就是金山银山”', '《习近平在浙江安吉余村考察》（2005年8月15日）；《之江新语》“绿水青山也是金山银山”（2005年8月24日）', /(?<!\d)(?!2005)(?:19|20)\d{2}(?=年[^。；]{0,24}余村[^。；]{0,12}首次提出[^。；]{0,4}[“"]?绿水青山就是金山银山)/g, '2005', '“绿水青山就是金山银山”于2005年在安吉余村首次提出', 'first said in 2005 at Yu village, Anji', ['绿水青山就是金山银山']],
        // (The twenty-first blind set's families.)
        ['encourage-support-guide-order', '毫不动摇鼓励、支持、引导非公有制经济发展', 'official/cpc-congress-report-20.txt:73', /(?:鼓励、引导、支持|支持、鼓励、引导|支持、引导、鼓励|引导、鼓励、支持|引导、支持、鼓励)(?=非公有制经济)/g, '鼓励、支持、引导', '顺序是“鼓励、支持、引导”非公有制经济发展', 'the order is 鼓励、支持、引导', ['非公有制经济']],
        ['ecology-natural-recovery', '节约优先、保护优先、自然恢复为主', 'official/cpc-congress-report-20.txt:60', /(?<=节约优先、保护优先、自然)(?!恢复)(?:修复|治理|保护)(?=为主)/g, '恢复', '方针是“节约优先、保护优先、自然恢复为主”', 'the principle is 节约优先、保护优先、自然恢复为主', ['自然修复为主', '自然治理为主', '自然保护为主']],
        ['disaster-three-shifts-count', '两个坚持、三个转变', '《在河北唐山市考察时的讲话》（习近平，2016年7月28日）；《中共中央 国务院关于推进防灾减灾救灾体制机制改革的意见》（2016年12月）', /(?<=两个坚持、)[一二四五六七八九](?=个转变)/g, '三', '是“两个坚持、三个转变”', 'it is 两个坚持、三个转变', ['两个坚持、']],
        ['rice-bag-vegetable-basket', '粮食安全党政同责，“米袋子”省长负责制和“菜篮子”市长负责制', 'official/gov-work-report-2021.txt:41', /(?<=米袋子[”"]?)(?:市长|县长)(?=负责制)|(?<=菜篮子[”"]?)(?:省长|县长)(?=负责制)/g, (m: RegExpExecArray) => (m.input.slice(Math.max(0, m.index - 4), m.index).includes('米袋子') ? '省长' : '市长'), '是“米袋子”省长负责制、“菜篮子”市长负责制', '米袋子 is the governor\'s responsibility, 菜篮子 the mayor\'s', ['米袋子', '菜篮子']],
        ['eighth-five-year-legal-education-period', '“八五”普法规划（2021—2025年）', '《中共中央、国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）〉的通知》（2021年6月）', /(?<=八五[”"]?普法规划[（(])20(?!21)\d{2}(?=[—－-]2025)/g, '2021', '“八五”普法规划是2021—2025年', 'the 8th five-year legal education plan runs 2021–2025', ['普法规划']],
        ['health-work-policy-tcm', '以基层为重点，以改革创新为动力，预防为主，中西医并重，把健康融入所有政策，人民共建共享', '《“健康中国2030”规划纲要》（中共中央、国务院，2016年10月），全国卫生与健康大会（2016年8月）提出的工作方针', /(?<=预防为主[，、])中西医结合(?=[，、]把健康融入所有政策|的卫生与健康工作方针)/g, '中西医并重', '卫生与健康工作方针是“中西医并重”', 'the health work policy says 中西医并重', ['把健康融入所有政策', '卫生与健康工作方针']],
        ['soe-reform-three-years-period', '国企改革三年行动（2020—2022年）', '《国企改革三年行动方案（2020—2022年）》（中央全面深化改革委员会第十四次会议，2020年6月）', /(?<=(?:国企|国有企业)改革三年行动(?:方案)?[（(])20(?:(?!20)\d{2}[—－-]20\d{2}|20[—－-]20(?!22)\d{2})/g, '2020—2022', '国企改革三年行动是2020—2022年', 'the three-year SOE reform action ran 2020–2022', ['改革三年行动']],
        ['propaganda-mission-image', '举旗帜、聚民心、育新人、兴文化、展形象', 'official/cpc-congress-report-19.txt:50', /(?<=育新人、兴文化、)(?!展)[\u4e00-\u9fff](?=形象)/g, '展', '使命任务是“举旗帜、聚民心、育新人、兴文化、展形象”', 'the mission ends with 展形象', ['兴文化、']],
        ['consolidate-expand-poverty-gains', '巩固拓展脱贫攻坚成果同乡村振兴有效衔接', 'official/gov-work-report-2021.txt:40', /(?<=巩固)(?!拓展)(?:提升|扩大|深化|提高)(?=脱贫攻坚成果同乡村振兴有效衔接)/g, '拓展', '是“巩固拓展脱贫攻坚成果同乡村振兴有效衔接”', 'it is 巩固拓展脱贫攻坚成果', ['脱贫攻坚成果同乡村振兴']],
        ['four-strictest-food', '最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责', '习近平总书记对食品安全工作的指示（2015年5月）；《中共中央 国务院关于深化改革加强食品安全工作的意见》（2019年5月）', /(?<=最严谨的标准、)最严(?!格)[\u4e00-\u9fff](?=的监管)|(?<=最严格的监管、)最严(?!厉)[\u4e00-\u9fff](?=的处罚)/g, (m: RegExpExecArray) => FOUR_STRICTEST[m.input.slice(m.index + 4, m.index + 6)] ?? m[0], '食品安全“四个最严”是最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责', 'the four strictest are 最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责', ['最严谨的标准']],
        ['establish-before-break', '先立后破', 'official/gov-work-report-2024.txt:22', /先破后立(?=[^。；]{0,20}(?:稳中求进|以进促稳)|[^。；]{0,2}$)|(?<=(?:稳中求进|以进促稳)[^。；]{0,20})先破后立/g, '先立后破', '中央经济工作会议的表述是“稳中求进、以进促稳、先立后破”', 'the formula is 稳中求进、以进促稳、先立后破', ['先破后立']],
        // (The twentieth blind set's families.)
        ['education-science-talent-basic-support', '教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑', 'official/cpc-congress-report-20.txt:22', /(?<=人才是[^。；]{0,24}的)(?!基础性)[\u4e00-\u9fff]{2}性(?=、战略性支撑)/g, '基础性', '教育、科技、人才是“基础性、战略性支撑”', 'education, science and talent are the basic (基础性) and strategic support', ['战略性支撑']],
        ['healthy-china-2030', '《“健康中国2030”规划纲要》', '《“健康中国2030”规划纲要》（中共中央、国务院，2016年10月）', /(?<=健康中国)20(?!30)\d{2}(?=[”"]?规划纲要)/g, '2030', '规划纲要名称是《“健康中国2030”规划纲要》', 'the plan is 健康中国2030', ['健康中国20']],
        ['three-control-lines-farmland', '生态保护红线、永久基本农田、城镇开发边界', '《关于在国土空间规划中统筹划定落实三条控制线的指导意见》（中共中央办公厅、国务院办公厅，2019年11月）', /(?<=生态保护红线、)耕地保护红线(?=、城[镇市]开发边界)/g, '永久基本农田', '三条控制线是生态保护红线、永久基本农田、城镇开发边界', 'the three control lines are 生态保护红线, 永久基本农田, 城镇开发边界', ['耕地保护红线、城']],
        // (The nineteenth blind set's families.)
        ['no-systemic-financial-risk', '守住不发生系统性金融风险的底线', 'official/cpc-congress-report-20.txt:73; official/gov-work-report-2014.txt:53', /(?<=不发生)(?:规模性|大规模|全局性)(?=(?:金融)?风险)/g, '系统性', '固定表述为“不发生系统性（金融）风险”（“规模性”说的是返贫）', 'the fixed form is 不发生系统性(金融)风险 (规模性 is said of a return to poverty)', ['不发生']],
        ['close-and-clean-business-relations', '亲清新型政商关系', 'official/gov-work-report-2018.txt:60; official/cpc-congress-report-20.txt:91', /清亲(?=[”"]?(?:新型)?政商关系)/g, '亲清', '固定表述为“亲清”政商关系，先“亲”后“清”', 'it is 亲清 (close, then clean) business relations', ['清亲']],
        ['county-safety-supervision-short', '应急管理局', '《关于地方机构改革有关问题的指导意见》（中共中央办公厅、国务院办公厅，2018年）', new RegExp(`(?<=${LOCAL_LEVEL})安监局`, 'g'), '应急管理局', '2018—2019年地方机构改革后为应急管理局', 'since the local restructuring of 2018–2019: 应急管理局', ['安监局'], { severity: 'warning', certain: false, skip: oldNameAsHistory }],

      ],
      { severity: 'error' },
    ),
    {
      id: 'modernization-essential-requirements-count',
      canonical: '中国式现代化的本质要求（九个方面）',
      source: 'official/cpc-congress-report-20.txt:58',
      keys: ['本质要求'],
      find(text) {
        // The essential requirements of Chinese modernization, counted in the same sentence.
        return scan(text, /中国式现代化的本质要求[^。；！？\n]{0,60}?([一二两三四五六七八十])个方面/g, (m) => ({
          index: m.index + m[0].length - m[1].length - 3,
          length: 1,
          replacement: '九',
          certain: true,
          severity: 'error',
          why: { 'zh-CN': '中国式现代化的本质要求有九个方面', en: 'the essential requirements of Chinese modernization are nine' },
        }));
      },
    },
    memberList('four-procuratorial-functions-members', '四大检察', ['刑事检察', '民事检察', '行政检察', '公益诉讼检察'], '“四大检察”是刑事检察、民事检察、行政检察、公益诉讼检察', 'the four procuratorial functions are 刑事检察, 民事检察, 行政检察 and 公益诉讼检察', '《中共中央关于加强新时代检察机关法律监督工作的意见》（2021年6月）'),
    // (大额度资金使用 is the form many units' own rules write, as 大额资金使用 is: a variant of the member, no foreign one.)
    memberList('three-majors-one-large', '三重一大', ['重大事项决策', '重要干部任免', '重大项目安排', '大额度资金运作'], '“三重一大”是重大事项决策、重要干部任免、重大项目安排和大额度资金运作', 'the 三重一大 are 重大事项决策, 重要干部任免, 重大项目安排, 大额度资金运作', '《关于进一步推进国有企业贯彻落实“三重一大”决策制度的意见》（中共中央办公厅、国务院办公厅，2010年）', { 大额度资金使用: '大额度资金运作', 大额资金使用: '大额度资金运作', 大额资金运作: '大额度资金运作' }),
    memberList('four-not-removed', '四个不摘', ['摘帽不摘责任', '摘帽不摘政策', '摘帽不摘帮扶', '摘帽不摘监管'], '“四个不摘”是摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管', 'the four not-removed are 责任, 政策, 帮扶, 监管', '《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（2020年12月）'),
    memberList('good-cadre-standard-members', '好干部标准', ['信念坚定', '为民服务', '勤政务实', '敢于担当', '清正廉洁'], '好干部标准是信念坚定、为民服务、勤政务实、敢于担当、清正廉洁', 'the good cadre standard: 信念坚定, 为民服务, 勤政务实, 敢于担当, 清正廉洁', '习近平在全国组织工作会议上的讲话（2013年6月28日）；《党政领导干部选拔任用工作条例》（2019年3月）'),
    // ── The thirteenth blind set's families ──────────────────────────────────────────
    ...formsTable(
      [
        ['education-science-talent-strategic-support', '教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑', 'official/cpc-congress-report-20.txt:79', /(?<=基础性、)(?!战略性)[\u4e00-\u9fff]{2}性(?=支撑)/g, '战略性', '教育、科技、人才是“基础性、战略性支撑”', 'education, science and talent are the basic and strategic (战略性) support', ['支撑']],
        ['global-civilization-initiative', '全球文明倡议', '《携手同行现代化之路》（习近平在中国共产党与世界政党高层对话会上的主旨讲话，2023年3月）', /全球文化倡议/g, '全球文明倡议', '名称是“全球文明倡议”', 'it is the Global Civilization Initiative (全球文明倡议)', ['全球文化倡议']],
        ['five-connections-people', '政策沟通、设施联通、贸易畅通、资金融通、民心相通', '《推动共建丝绸之路经济带和21世纪海上丝绸之路的愿景与行动》（国家发展改革委、外交部、商务部，2015年3月）', /(?<=资金融通、)(?:人心相通|民意相通|人民相通)/g, '民心相通', '“五通”是政策沟通、设施联通、贸易畅通、资金融通、民心相通', 'the five connections end with 民心相通', ['资金融通']],
        ['three-control-lines-town', '生态保护红线、永久基本农田、城镇开发边界', '《关于在国土空间规划中统筹划定落实三条控制线的指导意见》（中共中央办公厅、国务院办公厅，2019年11月）', /(?<=永久基本农田、)城市开发边界/g, '城镇开发边界', '三条控制线是生态保护红线、永久基本农田、城镇开发边界', 'the three control lines end with 城镇开发边界', ['城市开发边界']],
        ['learn-history-act', '学史明理、学史增信、学史崇德、学史力行', '《习近平在党史学习教育动员大会上的讲话》（2021年2月20日）', /(?<=学史崇德、)学史(?!力行)[\u4e00-\u9fff]{2}/g, '学史力行', '党史学习教育是“学史明理、学史增信、学史崇德、学史力行”', 'the fourth is 学史力行', ['学史崇德']],
        ['universal-security-world', '持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界', 'official/cpc-congress-report-20.txt:151', /(?<=持久和平、)(?!普遍安全)[\u4e00-\u9fff]{2}安全(?=、共同繁荣)/g, '普遍安全', '是“持久和平、普遍安全、共同繁荣、开放包容、清洁美丽的世界”', 'it is 普遍安全', ['持久和平']],
        ['two-creations-order', '推动中华优秀传统文化创造性转化、创新性发展', 'official/cpc-congress-report-20.txt:101', /创新性转化、创造性发展/g, '创造性转化、创新性发展', '固定表述为“创造性转化、创新性发展”', 'the fixed form is 创造性转化、创新性发展', ['创新性转化']],
        ['anti-gang-normalized', '常态化开展扫黑除恶斗争', 'official/cpc-congress-report-20.txt:127', /(?<=常态化(?:开展|推进)?)扫黑除恶专项斗争/g, '扫黑除恶斗争', '专项斗争于2021年结束，此后是“常态化开展扫黑除恶斗争”', 'the special campaign ended in 2021; since then it is 常态化开展扫黑除恶斗争', ['常态化']],
        ['two-mountains-order', '绿水青山就是金山银山', 'official/cpc-congress-report-20.txt:27', /青山绿水(?=就是金山银山)/g, '绿水青山', '固定表述为“绿水青山就是金山银山”', 'the fixed form is 绿水青山就是金山银山', ['青山绿水']],
        ['army-centenary-2027', '2027年实现建军一百年奋斗目标', 'official/cpc-congress-report-20.txt:128', /(?<!\d)20(?!27)\d\d(?=年[^。；，]{0,6}实现建军一百年奋斗目标)/g, '2027', '建军一百年奋斗目标在2027年实现', 'the goal for the army’s centenary is due in 2027', ['建军一百年']],
        ['seven-haves-weak-supported', '幼有所育、学有所教、劳有所得、病有所医、老有所养、住有所居、弱有所扶', 'official/cpc-congress-report-20.txt:26', /(?<=住有所居、)弱有所(?!扶)[\u4e00-\u9fff]/g, '弱有所扶', '“七有”的最后一项是“弱有所扶”', 'the seventh is 弱有所扶', ['住有所居']],
        ['new-productive-forces-features', '高科技、高效能、高质量特征', '《加快发展新质生产力 扎实推进高质量发展》（习近平在中共中央政治局第十一次集体学习时的讲话，2024年1月）', /(?<=高科技、)高(?:效益|效率|效果|性能)(?=、高质量)/g, '高效能', '新质生产力具有高科技、高效能、高质量特征', 'the features are 高科技、高效能、高质量', ['高科技']],
        ['three-battles-clean-soil', '蓝天、碧水、净土保卫战', 'official/cpc-congress-report-20.txt:118', /(?<=蓝天、碧水、)(?!净土)[\u4e00-\u9fff]{2}(?=保卫战)/g, '净土', '是“蓝天、碧水、净土保卫战”', 'the three battles are for blue skies, clear waters and clean land (净土)', ['蓝天、碧水']],
        ['education-power-outline-years', '《教育强国建设规划纲要（2024—2035年）》', '《教育强国建设规划纲要（2024—2035年）》（中共中央、国务院，2025年1月）', /(?<=教育强国建设规划纲要[（(]2024[—－-])20(?!35)\d\d(?=年[）)])/g, '2035', '纲要期限为2024—2035年', 'the outline covers 2024–2035', ['教育强国建设规划纲要']],
        ['safe-china-higher-level', '建设更高水平的平安中国', 'official/cpc-congress-report-20.txt:123', /(?<=建设)更高(?:质量|层次|标准)(?=的平安中国)/g, '更高水平', '固定表述为“更高水平的平安中国”', 'the fixed form is 更高水平的平安中国', ['平安中国']],
        ['taiwan-leader-modified', '台湾地区领导人', '《新华社新闻信息报道中的禁用词和慎用词》（2016年修订）', /(?<=台湾)(?:新任|现任|前任)(?:总统|“总统”)/g, '', '称“台湾地区领导人”', 'say 台湾地区领导人', ['台湾新任', '台湾现任', '台湾前任'], { replace: (m) => `地区${m[0].replace(/[“”]?总统[“”]?$/, '')}领导人` }],
        ['agency-financial-regulation-local', '金融监管分局', '《党和国家机构改革方案》（2023年3月）', /银保监(?:分局|局)/g, '金融监管分局', '2023年机构改革后为国家金融监督管理总局及其派出机构（金融监管分局）', 'since the 2023 restructuring: the financial regulatory branch (金融监管分局)', ['银保监分局', '银保监局'], { severity: 'warning', certain: false, skip: (text, m) => oldNameAsHistory(text, m) || /20(?:1[89]|2[0-2])年/.test(sentenceAround(text, m.index, m.index + m[0].length)) }],

      ],
      { severity: 'error' },
    ),
    {
      id: 'nine-yis-count',
      canonical: '党的自我革命“九个以”',
      source: '《习近平在二十届中央纪委三次全会上发表重要讲话》（新华社，2024年1月8日）',
      keys: ['个以'],
      find(text) {
        // (Named by 自我革命 before it in the same sentence, 自我革命的重要思想，准确把握“七个以”;
        // not a 工作法: 落实“三个以”工作法 in the same sentence is another thing.)
        return scan(text, /(?<=自我革命[^。；！？“"\n]{0,20}[“"])([一二三四五六七八十])(?=个以[”"](?!工作法))/g, (m) => {
          if (m[1] === '九') return null;
          return { index: m.index, length: 1, replacement: '九', certain: true, severity: 'error', why: { 'zh-CN': '党的自我革命的实践要求是“九个以”', en: 'the practical requirements of self-revolution are the 九个以' } };
        });
      },
    },
    // ── The fourteenth blind set's families ──────────────────────────────────────────
    ...formsTable(
      [
        ['three-new-one-high-pattern', '立足新发展阶段、贯彻新发展理念、构建新发展格局、推动高质量发展', 'official/gov-work-report-2024.txt:16', /(?<=贯彻新发展理念[、，]构建)新发展(?!格局)[\u4e00-\u9fff]{2}/g, '新发展格局', '“三新一高”是构建新发展格局', 'the 三新一高 build the new development pattern (新发展格局)', ['贯彻新发展理念']],
        ['five-necessary-paths-count', '“五个必由之路”', 'official/cpc-congress-report-20.txt:164', /(?<=[“"]?)[一二两三四六七八九十](?=个必由之路)/g, '五', '是“五个必由之路”', 'it is the 五个必由之路', ['个必由之路']],
        ['two-upholds-centralized', '坚决维护党中央权威和集中统一领导', 'official/cpc-congress-report-20.txt:10', /(?<=党中央权威和)统一领导/g, '集中统一领导', '“两个维护”：坚决维护党中央权威和集中统一领导', 'the 两个维护 say 党中央权威和集中统一领导', ['党中央权威和统一领导']],
        ['eight-rules-study-campaign', '深入贯彻中央八项规定精神学习教育', '《关于在全党开展深入贯彻中央八项规定精神学习教育的通知》（中共中央办公厅，2025年3月）', /深入(?:学习|落实)中央八项规定精神(?:专题教育|学习教育|主题教育)|深入贯彻中央八项规定精神(?:专题教育|主题教育)/g, '深入贯彻中央八项规定精神学习教育', '2025年开展的是“深入贯彻中央八项规定精神学习教育”', 'the 2025 campaign is 深入贯彻中央八项规定精神学习教育', ['中央八项规定精神']],
        ['modernization-material-spiritual', '物质文明和精神文明相协调的现代化', 'official/cpc-congress-report-20.txt:18', /(?<=物质文明和精神文明)相(?:统一|结合|促进|融合|适应)(?=的现代化)/g, '相协调', '中国式现代化是物质文明和精神文明“相协调”的现代化', 'Chinese modernization is one of material and cultural-ethical advancement in harmony (相协调)', ['精神文明相']],
        ['energy-four-revolutions', '推动能源消费革命、能源供给革命、能源技术革命、能源体制革命，全方位加强国际合作', '《习近平主持召开中央财经领导小组第六次会议》（新华社，2014年6月13日）', /(?<=(?:能源)?供给革命、(?:能源)?技术革命、(?:能源)?)(?!体制)[\u4e00-\u9fff]{2}(?=革命)/g, '体制', '“四个革命、一个合作”的第四个是能源体制革命', 'the fourth of the four energy revolutions is 能源体制革命', ['技术革命']],

      ],
      { severity: 'error' },
    ),
    {
      id: 'landscape-elements-sand',
      canonical: '山水林田湖草沙一体化保护和系统治理',
      source: 'official/cpc-congress-report-20.txt:116; official/gov-work-report-2024.txt',
      keys: ['山水林田湖草'],
      find(text, context) {
        // 沙 joined the formula in 2021: a text of that year or later writing the older form.
        return scan(text, /山水林田湖草(?!沙)(?=[是等一系统生])/g, (m) => {
          if (datedBefore(text, m.index, m.index + m[0].length, context, 2021)) return null;
          return { index: m.index, length: m[0].length, replacement: '山水林田湖草沙', certain: false, severity: 'warning', why: { 'zh-CN': '2021年起表述为“山水林田湖草沙”', en: 'since 2021 the formula is 山水林田湖草沙' } };
        });
      },
    },
    // ── The fifteenth blind set's families ───────────────────────────────────────────
    ...formsTable(
      [
        ['promotion-law-titles', '《中华人民共和国乡村振兴促进法》《中华人民共和国家庭教育促进法》等促进法', '《中华人民共和国乡村振兴促进法》（2021年4月）；《中华人民共和国家庭教育促进法》（2021年10月）', /(?<=《(?:中华人民共和国)?)(?:乡村振兴|家庭教育|中小企业|民办教育|就业|清洁生产|循环经济|电影产业)法(?=》)/g, '', '法律名称是“……促进法”', 'the law’s title ends in 促进法', ['法》'], { replace: (m) => `${m[0].slice(0, -1)}促进法` }],
        ['work-safety-law-title', '《中华人民共和国安全生产法》', '《中华人民共和国安全生产法》（2021年修正）', /(?<=《(?:中华人民共和国)?)安全生产管理法(?=》)/g, '安全生产法', '法律名称是《中华人民共和国安全生产法》', 'the law is the 安全生产法', ['安全生产管理法']],
        ['discipline-regulations-title', '《中国共产党纪律处分条例》', '《中国共产党纪律处分条例》（2023年12月修订）', /(?<=《(?:中国共产党)?)(?:党纪处分|纪律处罚|党纪处罚)条例(?=》)/g, '纪律处分条例', '条例名称是《中国共产党纪律处分条例》', 'the regulations are the 纪律处分条例', ['处分条例', '处罚条例']],
        ['integrity-self-discipline-code', '《中国共产党廉洁自律准则》', '《中国共产党廉洁自律准则》（2015年10月）', /(?<=《(?:中国共产党)?)廉政自律准则(?=》)/g, '廉洁自律准则', '准则名称是《中国共产党廉洁自律准则》', 'the code is the 廉洁自律准则', ['廉政自律准则']],
        ['rural-grassroots-regulations-title', '《中国共产党农村基层组织工作条例》', '《中国共产党农村基层组织工作条例》（2018年12月修订）', /(?<=《(?:中国共产党)?农村基层)党组织(?=工作条例》)/g, '组织', '条例名称是《中国共产党农村基层组织工作条例》', 'the regulations are the 农村基层组织工作条例', ['农村基层党组织工作条例']],
        ['inner-party-norms-kind', '《关于新形势下党内政治生活的若干准则》', '《关于新形势下党内政治生活的若干准则》（十八届六中全会，2016年10月）', /(?<=关于新形势下党内政治生活的若干)(?:规定|意见|条例)/g, '准则', '名称是《关于新形势下党内政治生活的若干准则》', 'it is the 若干准则', ['党内政治生活的若干']],
        ['new-quality-productive-forces-name', '新质生产力', '《加快发展新质生产力 扎实推进高质量发展》（习近平在中共中央政治局第十一次集体学习时的讲话，2024年1月）', /新质量生产力/g, '新质生产力', '规范表述为“新质生产力”', 'the term is 新质生产力', ['新质量生产力']],
        ['holistic-national-security-name', '总体国家安全观', 'official/cpc-congress-report-20.txt:123', /(?:整体|全面|综合)国家安全观/g, '总体国家安全观', '规范表述为“总体国家安全观”', 'the term is 总体国家安全观', ['国家安全观']],
        ['one-network-service-vs-governance', '政务服务“一网通办”、城市运行“一网统管”', 'official/gov-work-report-2024.txt; 《国务院关于加快推进政务服务“一网通办”的指导意见》（2018年）', /(?<=政务服务[“"]?)一网统管|(?<=城市运行[“"]?)一网通办/g, '', '政务服务是“一网通办”，城市运行是“一网统管”', 'government services are 一网通办, city operation is 一网统管', ['一网统管', '一网通办'], { replace: (m) => (m[0] === '一网统管' ? '一网通办' : '一网统管') }],

      ],
      { severity: 'error' },
    ),
    replaceForm(
      'physicians-law-title',
      '《中华人民共和国医师法》',
      '《中华人民共和国医师法》（2021年8月通过，2022年3月1日起施行，《中华人民共和国执业医师法》同时废止）',
      /(?<=《(?:中华人民共和国)?)执业医师法(?=》)/g,
      () => '医师法',
      { severity: 'warning', certain: false, keys: ['执业医师法'], why: { 'zh-CN': '2022年3月1日起施行《中华人民共和国医师法》，执业医师法同时废止', en: 'the 医师法 replaced the 执业医师法 on 1 March 2022' }, skip: (text, m) => /20(?:0\d|1\d|2[01])年/.test(sentenceAround(text, m.index, m.index + m[0].length)) },
    ),
    {
      id: 'fengqiao-new-era',
      canonical: '新时代“枫桥经验”',
      source: 'official/cpc-congress-report-20.txt:123',
      keys: ['枫桥经验'],
      find(text, context) {
        // 新时期 was the wording before the new era (2017): a text of 2018 or later writes 新时代.
        // 坚持和发展 takes the name with its era: 坚持和发展新时代“枫桥经验” (official/gov-work-report-2024.txt).
        return scan(text, /新时期(?=[“"]?枫桥经验)|坚持和发展(?=[“"]枫桥经验)/g, (m) => {
          if (datedBefore(text, m.index, m.index + m[0].length, context, 2018)) return null;
          if (m[0] === '坚持和发展') return { index: m.index, length: 5, replacement: '坚持和发展新时代', certain: false, severity: 'warning', why: { 'zh-CN': '党的十九大以来表述为坚持和发展新时代“枫桥经验”', en: 'since the 19th Congress it is 坚持和发展新时代“枫桥经验”' } };
          return { index: m.index, length: 3, replacement: '新时代', certain: false, severity: 'warning', why: { 'zh-CN': '党的十九大以来表述为新时代“枫桥经验”', en: 'since the 19th Congress it is 新时代“枫桥经验”' } };
        });
      },
    },
    // ── The sixteenth blind set's families ───────────────────────────────────────────
    ...formsTable(
      [
        ['transition-period-five-years', '脱贫攻坚目标任务完成后设立5年过渡期', '《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（2020年12月）', /(?<=脱贫攻坚[^。；！？\n]{0,14}?)(?:[1-46-9]|[一二三四六七八九十])(?=年过渡期)/g, '', '脱贫攻坚目标任务完成后设立的是5年过渡期', 'the transition period after poverty alleviation is five years', ['年过渡期'], { replace: (m) => (/\d/.test(m[0]) ? '5' : '五') }],
        ['three-all-education', '全员育人、全程育人、全方位育人', '《关于加强和改进新形势下高校思想政治工作的意见》（中共中央、国务院，2016年12月）', /(?<=全员育人、全程育人、)全(?!方位)[\u4e00-\u9fff]{1,2}(?=育人)/g, '全方位', '“三全育人”是全员育人、全程育人、全方位育人', 'the 三全育人 are 全员, 全程, 全方位', ['全程育人']],
        ['two-worries-three-guarantees', '“两不愁三保障”', 'official/gov-work-report-2018.txt:59', /(?:三|两|一|四)不愁(?:两|一|四|五)保障|(?:三|一|四)不愁三保障/g, '两不愁三保障', '是“两不愁三保障”', 'it is 两不愁三保障', ['不愁']],
        ['eight-rules-name', '中央八项规定', 'official/cpc-congress-report-20.txt:32', /中央八条规定/g, '中央八项规定', '称“中央八项规定”', 'it is 中央八项规定', ['八条规定']],
        // (The same meeting named by what it first set out in the sentence around: the road of finance
        // with Chinese characteristics and a financially strong nation, 2023.)
        ['central-financial-work-conference-dated-2023', '中央金融工作会议（2023年10月）', '《中央金融工作会议在北京举行》（新华社，2023年10月31日）', /(?<=2023年(?:10月(?:\d{1,2}日(?:至\d{1,2}日)?)?)?(?:召开的|举行的)?)全国金融工作会议/g, '中央金融工作会议', '2023年10月召开的是“中央金融工作会议”（此前五次称全国金融工作会议）', 'the meeting of October 2023 was the 中央金融工作会议', ['全国金融工作会议']],
        ['party-leads-everything-directions-order', '党政军民学，东西南北中，党是领导一切的', '《中国共产党章程》（党的十九大部分修改，2017年10月）总纲', /(?<=党政军民学[，,、]?)东南西北中/g, '东西南北中', '固定表述为“党政军民学，东西南北中，党是领导一切的”', 'the fixed form is 党政军民学，东西南北中，党是领导一切的', ['东南西北中']],
        ['central-financial-work-conference-dated-by-content', '中央金融工作会议（2023年10月）', '《中央金融工作会议在北京举行》（新华社，2023年10月31日）', /(?<!第[一二三四五]次)全国金融工作会议(?=[^。；！？\n]{0,40}(?:中国特色金融发展之路|金融强国))|(?<=(?:中国特色金融发展之路|金融强国)[^。；！？\n]{0,40})(?<!第[一二三四五]次)全国金融工作会议/g, '中央金融工作会议', '提出走中国特色金融发展之路、建设金融强国的是2023年10月的“中央金融工作会议”（此前五次称全国金融工作会议）', 'the meeting that set out the road of finance with Chinese characteristics and a financially strong nation is the 中央金融工作会议 of October 2023', ['全国金融工作会议']],
        ['central-financial-work-conference', '中央金融工作会议（2023年10月）', '《中央金融工作会议在北京举行》（新华社，2023年10月31日）', /第六次全国金融工作会议/g, '中央金融工作会议', '2023年10月召开的是“中央金融工作会议”（此前五次称全国金融工作会议）', 'the meeting of October 2023 was the 中央金融工作会议', ['全国金融工作会议']],
        ['three-stricts-be-solid', '严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实', '习近平在参加十二届全国人大二次会议安徽代表团审议时的讲话（2014年3月9日）；《关于在县处级以上领导干部中开展“三严三实”专题教育方案》（2015年4月）', /(?<=谋事要实、创业要实、)(?!做人)[\u4e00-\u9fff]{2}(?=要实)/g, '做人', '“三严三实”的最后一项是“做人要实”', 'the last of the 三严三实 is 做人要实', ['创业要实']],
        ['three-majors-count', '“三重一大”', '《关于进一步推进国有企业贯彻落实“三重一大”决策制度的意见》（中共中央办公厅、国务院办公厅，2010年）', /[一二两四五六七八九](?=重一大)/g, '三', '是“三重一大”', 'it is 三重一大', ['重一大']],
        ['five-level-secretaries', '省市县乡村五级书记抓乡村振兴', 'official/gov-work-report-2025.txt:57; 《中国共产党农村工作条例》（2019年8月）', /省市县乡四级书记(?=抓)|省市县乡村四级书记(?=抓)/g, '省市县乡村五级书记', '是“五级书记抓乡村振兴”', 'it is 五级书记 (province, city, county, township, village)', ['级书记']],
        ['party-led-president-responsibility', '党委领导下的院长负责制（校长负责制）', '《关于加强公立医院党的建设工作的意见》（中共中央办公厅，2018年6月）；《关于坚持和完善普通高等学校党委领导下的校长负责制的实施意见》（2014年10月）', /(?<=党委领导下的(?:院长|校长))责任制/g, '负责制', '是“党委领导下的院长（校长）负责制”', 'it is 院长负责制 / 校长负责制', ['党委领导下的']],
        ['two-studies-parts-before', '学党章党规、学系列讲话，做合格党员', '《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》（中共中央办公厅，2016年2月）', /(?<=学党章党规、学系列讲话[，、]\s?(?:争)?做)(?!合格)[\u4e00-\u9fff]{2}(?=党员)/g, '合格', '“两学一做”是做合格党员', 'the 两学一做 ask for qualified (合格) members', ['学系列讲话']],
        ['four-not-removed-short', '摘帽不摘责任、不摘政策、不摘帮扶、不摘监管', '《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（2020年12月）', /(?<=不摘(?:责任|政策|帮扶|监管)[、，])(?:摘帽)?不摘(?!责任|政策|帮扶|监管)[\u4e00-\u9fff]{2}/g, '', '“四个不摘”是摘帽不摘责任、不摘政策、不摘帮扶、不摘监管', 'the four not-removed are 责任, 政策, 帮扶 and 监管 (四个不摘)', ['不摘责任', '不摘政策', '不摘帮扶'], { replace: (m) => m[0].slice(0, -2) + notRemovedMissing(m) }],
        ['two-always-count', '“两个一以贯之”', '《习近平在全国国有企业党的建设工作会议上强调 坚持党对国有企业的领导不动摇》（新华社，2016年10月11日）', /[一三四五六七八九](?=个一以贯之)/g, '两', '是“两个一以贯之”', 'it is the 两个一以贯之', ['个一以贯之']],
        ['three-meetings-one-lesson-count', '“三会一课”', '《中国共产党支部工作条例（试行）》（2018年10月）', /三会[两二三四]课/g, '三会一课', '是“三会一课”', 'it is 三会一课', ['三会']],
        ['three-medical-coordination', '医疗、医保、医药协同发展和治理', '《中共中央关于进一步全面深化改革 推进中国式现代化的决定》（二十届三中全会，2024年7月）', /(?<=(?:医保、医疗|医疗、医保)、)医院(?=协同)/g, '医药', '“三医”是医疗、医保、医药', 'the three are 医疗, 医保, 医药', ['协同发展和治理', '协同']],

      ],
      { severity: 'error' },
    ),
    {
      id: 'plan-proposal-plenum',
      canonical: '十九届五中全会（“十四五”规划建议）；二十届四中全会（“十五五”规划建议）',
      source: '《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》（十九届五中全会，2020年10月）；《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》（二十届四中全会，2025年10月）',
      keys: ['规划建议', '规划的建议'],
      find(text) {
        return scan(text, /(十九|二十)届([一二三四五六七])中全会(?=[^。；！？\n]{0,16}?(十四五|十五五)[”"]?规划(?:的)?建议)/g, (m) => {
          const [term, plenum] = m[3] === '十四五' ? ['十九', '五'] : ['二十', '四'];
          // (A session that did adopt a plan proposal is taken at its word: the plan is what
          // plenary-session-plan corrects there.)
          if ((m[1] === '十九' && m[2] === '五') || (m[1] === '二十' && m[2] === '四')) return null;
          return { index: m.index, length: m[0].length, replacement: `${term}届${plenum}中全会`, certain: false, severity: 'error', why: { 'zh-CN': `“${m[3]}”规划建议由${term}届${plenum}中全会审议通过`, en: `the ${m[3]} plan proposal was adopted at the ${term}届${plenum}中全会` } };
        });
      },
    },
    // The laws the Civil Code replaced, repealed when it came into force on 1 January 2021 (the
    // thirty-eighth blind set cited 合同法 in 2024): not in a sentence dated before 2021, nor one that
    // tells the change or the law's own time.
    replaceForm(
      'civil-code-replaced-laws',
      '《中华人民共和国民法典》',
      '《中华人民共和国民法典》第一千二百六十条（2020年5月28日通过，2021年1月1日起施行；婚姻法、继承法、民法通则、收养法、担保法、合同法、物权法、侵权责任法、民法总则同时废止）',
      /(?<=《(?:中华人民共和国)?)(?:民法通则|合同法|物权法|婚姻法|继承法|担保法|侵权责任法|民法总则|收养法)(?=》)/g,
      () => '民法典',
      {
        severity: 'warning',
        certain: false,
        keys: ['民法通则', '合同法', '物权法', '婚姻法', '继承法', '担保法', '侵权责任法', '民法总则', '收养法'],
        why: { 'zh-CN': '2021年1月1日起施行民法典，该法同时废止', en: 'the Civil Code replaced this law on 1 January 2021' },
        skip: (text, m) => {
          const sentence = sentenceAround(text, m.index, m.index + m[0].length);
          return /(?:19\d\d|200\d|201\d|2020)年/.test(sentence) || /废止|施行前|施行以前|生效前|时任|当时/.test(sentence);
        },
      },
    ),
    // ── The thirty-ninth blind set's forms ───────────────────────────────────────────
    ...formsTable(
      [
        ['guard-the-land-members', '守土有责、守土负责、守土尽责', '《在全国宣传思想工作会议上的讲话》（习近平，2013年8月19日）', /(?<=守土有责、)守土(?:担责|履责|管责|问责)(?=、守土尽责)/g, '守土负责', '规范表述为“守土有责、守土负责、守土尽责”', 'the form is 守土有责、守土负责、守土尽责', ['守土有责、守土']],
        ['four-winds-extravagance', '享乐主义和奢靡之风', 'official/cpc-congress-report-20.txt:15', /(?<=享乐主义(?:和|、))奢(?:侈|华)之风/g, '奢靡之风', '“四风”之一是“奢靡之风”', 'one of the four winds is 奢靡之风', ['享乐主义']],
        ['xi-important-discourse-word', '习近平总书记关于……的重要论述', 'official/gov-work-report-2015.txt:35; 《中共中央关于加强党的政治建设的意见》（2019年）', /(?<=习近平总书记关于(?:(?!重要)[^，。；：！？\n]){2,30}?的重要)(?:讲述|阐述|叙述|表述)/g, '论述', '固定表述为“……的重要论述”', 'the fixed form is ……的重要论述', ['习近平总书记关于']],
        ['xi-instructions-word', '重要指示批示精神', '《中共中央关于加强党的政治建设的意见》（2019年）', /(?<=重要指示)批(?:复|阅|注|准)(?=精神)/g, '批示', '固定表述为“重要指示批示精神”', 'the fixed form is 重要指示批示精神', ['重要指示批']],
        ['original-aspiration-order', '不忘初心、牢记使命', 'official/cpc-congress-report-20.txt:10', /牢记使命[、，]不忘初心/g, '不忘初心、牢记使命', '固定顺序为“不忘初心、牢记使命”', 'the fixed order is 不忘初心、牢记使命', ['牢记使命']],
        ['two-establishments-significance', '深刻领悟“两个确立”的决定性意义', 'official/gov-work-report-2024.txt:81; 《中共中央关于党的百年奋斗重大成就和历史经验的决议》（2021年11月）', /(?<=两个确立[”"]?(?:的|所具有的|具有的))(?:重大|重要|深远|伟大)意义/g, '决定性意义', '规范表述为“两个确立”的决定性意义', 'the form is the decisive significance (决定性意义) of 两个确立', ['两个确立'], { severity: 'warning' }],
      ] as const,
    ),
    // ── The forty-first blind set's forms ────────────────────────────────────────────
    ...formsTable(
      [
        ['justice-in-every-case', '努力让人民群众在每一个司法案件中感受到公平正义', 'official/cpc-congress-report-20.txt:97', /(?<=司法案件中感受到)公平公正/g, '公平正义', '规范表述为“在每一个司法案件中感受到公平正义”', 'the form is 在每一个司法案件中感受到公平正义', ['司法案件中感受到']],
        ['two-studies-one-action-name', '“两学一做”学习教育', '《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》（中共中央办公厅，2016年2月）', /(?<=两学一做[”"]?)专题教育/g, '学习教育', '“两学一做”是学习教育（“三严三实”是专题教育）', 'the 两学一做 campaign is a 学习教育 (三严三实 was the 专题教育)', ['两学一做']],
        ['four-comprehensives-layout', '“四个全面”战略布局', 'official/cpc-congress-report-20.txt:19', /(?<=四个全面[”"]?)战略部署/g, '战略布局', '规范表述为“四个全面”战略布局', 'the form is the 四个全面 strategic layout (战略布局)', ['四个全面']],
        ['moral-education-fundamental-task', '立德树人根本任务', 'official/cpc-congress-report-20.txt:81', /(?<=立德树人(?:的|这一)?)中心任务/g, '根本任务', '规范表述为“落实立德树人根本任务”', 'the form is 立德树人根本任务', ['立德树人']],
        ['central-work-conference-name', '中央金融工作会议', '《中央金融工作会议在北京举行》（新华社，2023年10月31日）', /(?<=中央(?:金融|经济|农村|城市|统战|民族|外事|人才|全面依法治国|网络安全和信息化|机构编制)工作)会(?=精神|上)/g, '会议', '会议名称为“中央……工作会议”', 'the meeting is named 中央……工作会议', ['工作会精神', '工作会上']],
        ['three-meetings-party-group', '支部党员大会、支部委员会、党小组会', '《中国共产党支部工作条例（试行）》（2018年10月）第十九条', /(?<=支部委员会(?:会议)?[、，和])党员小组会/g, '党小组会', '“三会一课”之一是“党小组会”', 'one of the 三会一课 is the 党小组会', ['党员小组会']],
        ['theme-education-2023-kind', '学习贯彻习近平新时代中国特色社会主义思想主题教育', '《关于在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》（中共中央，2023年4月）', /(?<=学习贯彻习近平新时代中国特色社会主义思想)专题教育/g, '主题教育', '2023年开展的是“学习贯彻习近平新时代中国特色社会主义思想主题教育”', 'the 2023 campaign is a 主题教育', ['社会主义思想专题教育']],
        ['central-discipline-commission-short', '中央纪委国家监委', '《中国共产党第二十届中央纪律检查委员会第四次全体会议公报》（2025年1月8日）：中央纪委国家监委', /中纪委(?=国家监委)/g, '中央纪委', '规范简称为“中央纪委国家监委”', 'the short name is 中央纪委国家监委', ['中纪委国家监委']],
        ['party-discipline-regulations-kind', '《中国共产党纪律处分条例》', '《中国共产党纪律处分条例》（2023年12月修订）', /(?<=《中国共产党纪律处分)规定(?=》)/g, '条例', '党内法规名称为《中国共产党纪律处分条例》', 'the regulation is named 《中国共产党纪律处分条例》', ['纪律处分规定']],
        ['two-combinations-excellent-culture', '同中华优秀传统文化相结合', 'official/cpc-congress-report-20.txt:39', /(?<=同中国具体实际(?:相结合)?、同)中华传统文化(?=相结合)/g, '中华优秀传统文化', '“两个结合”是同中国具体实际相结合、同中华优秀传统文化相结合', 'the second of the 两个结合 is with 中华优秀传统文化', ['同中华传统文化']],
        ['three-stricts-enterprise', '谋事要实、创业要实、做人要实', '《关于在县处级以上领导干部中开展“三严三实”专题教育方案》（中共中央办公厅，2015年4月）', /(?<=谋事要实、)(?:干事|做事|办事|工作)要实(?=、做人要实)/g, '创业要实', '“三严三实”是谋事要实、创业要实、做人要实', 'the three 实 are 谋事要实、创业要实、做人要实', ['谋事要实、']],
      ] as const,
    ),
    // ── The fortieth blind set's forms ───────────────────────────────────────────────
    ...formsTable(
      [
        ['party-discipline-regulations-name', '《中国共产党纪律处分条例》', 'official/cpc-congress-report-20.txt:75; 《中国共产党纪律处分条例》（2023年12月修订，2024年1月1日起施行）', /(?<=中国共产党)纪律检查(?=条例)/g, '纪律处分', '党内法规名称为《中国共产党纪律处分条例》', 'the regulation is named 《中国共产党纪律处分条例》', ['中国共产党纪律检查条例']],
        ['civil-code-name', '《中华人民共和国民法典》', '《中华人民共和国民法典》（2020年5月28日通过）', /(?<=《中华人民共和国)民法(?=》)/g, '民法典', '法律名称为《中华人民共和国民法典》', 'the law is named 《中华人民共和国民法典》', ['中华人民共和国民法》']],
        ['xi-thought-theme-education', '学习贯彻习近平新时代中国特色社会主义思想主题教育', '《关于在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》（中共中央，2023年4月）', /(?<=习近平新时代中国特色)社会主义(?=主题教育)/g, '社会主义思想', '主题教育名称为“学习贯彻习近平新时代中国特色社会主义思想主题教育”', 'the campaign is 学习贯彻习近平新时代中国特色社会主义思想主题教育', ['社会主义主题教育']],
        ['six-guarantees-count', '“六稳”“六保”', '中共中央政治局会议公报（2020年4月）', /(?<=六稳[”"]?[^。；！？]{0,16}[“"]?)五保(?![户供对])/g, '六保', '与“六稳”并提的是“六保”', 'the six guarantees (六保) go with the six stabilities', ['五保']],
      ] as const,
    ),
    // 打赢脱贫攻坚战 after the victory declared in February 2021: the task since is to consolidate and
    // extend its results (a sentence dated 2021 or later, or a document of such a year, that still
    // sets out to win it).
    replaceForm(
      'poverty-battle-after-victory',
      '巩固拓展脱贫攻坚成果',
      'official/gov-work-report-2024.txt:65; 全国脱贫攻坚总结表彰大会（2021年2月25日）',
      /(?<=持续|继续|全力|坚决|奋力|努力|全面)打赢脱贫攻坚战/g,
      () => '巩固拓展脱贫攻坚成果',
      {
        severity: 'warning',
        certain: false,
        keys: ['打赢脱贫攻坚战'],
        why: { 'zh-CN': '2021年脱贫攻坚战已取得全面胜利，此后的任务是巩固拓展脱贫攻坚成果', en: 'the battle against poverty was declared won in 2021; since then the task is to consolidate and extend its results' },
        skip: (text, m, context) => {
          const sentence = sentenceAround(text, m.index, m.index + m[0].length);
          const year = /(20\d\d)年/.exec(sentence)?.[1];
          return year ? Number(year) < 2021 : !(context.documentYear && context.documentYear >= 2021);
        },
      },
    ),
    // ── The seventeenth blind set's families ─────────────────────────────────────────
    ...formsTable(
      [
        ['three-musts-struggle', '务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争', 'official/cpc-congress-report-20.txt:10', /(?<=务必敢于)(?:担当|负责|作为|创新)(?=、善于斗争)/g, '斗争', '“三个务必”的第三项是“务必敢于斗争、善于斗争”', 'the third of the 三个务必 is 务必敢于斗争、善于斗争', ['善于斗争']],
        ['xi-ecological-thought-name-idea', '习近平生态文明思想', '全国生态环境保护大会（2018年5月）；《中共中央 国务院关于全面推进美丽中国建设的意见》（2023年12月）', /(?<=习近平生态文明)(?:理念|观点|观|精神)/g, '思想', '名称为“习近平生态文明思想”', 'the name is 习近平生态文明思想', ['习近平生态文明']],
        ['holistic-national-security-order', '总体国家安全观', 'official/cpc-congress-report-20.txt:122', /国家总体安全观/g, '总体国家安全观', '规范表述为“总体国家安全观”', 'the term is 总体国家安全观', ['国家总体安全观']],
        ['steady-progress-keynote', '稳中求进工作总基调', 'official/cpc-congress-report-20.txt:19', /(?<=稳中求进(?:的)?工作)总(?:方针|原则|要求|思路|方向)/g, '总基调', '规范表述为“稳中求进工作总基调”', 'the term is 稳中求进工作总基调', ['稳中求进']],
        ['new-pattern-verb', '构建新发展格局', 'official/cpc-congress-report-20.txt:13', /(?:创建|建立|打造|建设|创造)(?=新发展格局(?![的中下里]))/g, '构建', '固定搭配为“构建新发展格局”', 'the fixed collocation is 构建新发展格局', ['新发展格局']],
        ['direction-overall-implementation', '把方向、管大局、保落实', '《中国共产党国有企业基层组织工作条例（试行）》（2019年12月）第十一条；《中国共产党党组工作条例》（2019年4月）', /(?<=把方向、管大局、)(?:促落实|抓落实|重落实|督落实)/g, '保落实', '党委（党组）的领导作用是“把方向、管大局、保落实”', 'the Party committee’s role is 把方向、管大局、保落实', ['把方向、管大局、']],
        ['party-founding-spirit-last', '坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民', '《在庆祝中国共产党成立100周年大会上的讲话》（习近平，2021年7月1日）', /(?<=英勇斗争，对党忠诚、)(?:服务人民|忠于人民|造福人民|热爱人民)/g, '不负人民', '伟大建党精神的末句是“对党忠诚、不负人民”', 'the great founding spirit ends 对党忠诚、不负人民', ['英勇斗争，对党忠诚、']],
        ['police-motto-justice', '对党忠诚、服务人民、执法公正、纪律严明', '《习近平向中国人民警察队伍授旗并致训词》（新华社，2020年8月26日）', /(?<=对党忠诚、服务人民、)执法(?!公正)[\u4e00-\u9fff]{2}(?=、纪律严明)/g, '执法公正', '人民警察训词是“对党忠诚、服务人民、执法公正、纪律严明”', 'the police motto is 对党忠诚、服务人民、执法公正、纪律严明', ['对党忠诚、服务人民、执法']],
        ['education-power-plan-years', '《教育强国建设规划纲要（2024—2035年）》', '《教育强国建设规划纲要（2024—2035年）》（中共中央、国务院，2025年1月）', /(?<=教育强国建设规划纲要[（(])20(?:2[0-35-9]|1\d)(?=\s*[—–-]+\s*2035)/g, '2024', '纲要的年限是2024—2035年', 'the plan runs 2024–2035', ['教育强国建设规划纲要']],
        ['two-adherences-three-shifts-risk', '从减少灾害损失向减轻灾害风险转变', '《在河北唐山市考察时的讲话》（习近平，2016年7月28日）；《中共中央 国务院关于推进防灾减灾救灾体制机制改革的意见》（2016年12月）', /(?<=从减少灾害损失向)(?:减少|降低|化解|防范)(?=灾害风险转变)/g, '减轻', '“三个转变”之三是“从减少灾害损失向减轻灾害风险转变”', 'the third shift is 从减少灾害损失向减轻灾害风险转变', ['从减少灾害损失向']],
        ['two-priorities-definition', '国家重大战略实施和重点领域安全能力建设（“两重”）', 'official/gov-work-report-2024.txt:33', /(?<=国家重大战略实施和)(?!重点领域安全能力建设)(?:重大项目|重点项目|重大工程|重点工程|重要领域[\u4e00-\u9fff]{0,6}|重点领域[\u4e00-\u9fff]{0,6})建设/g, '重点领域安全能力建设', '“两重”是国家重大战略实施和重点领域安全能力建设', 'the 两重 are 国家重大战略实施 and 重点领域安全能力建设', ['国家重大战略实施和']],
        ['xi-thought-name-socialism', '习近平新时代中国特色社会主义思想', 'official/cpc-congress-report-20.txt:18', /习近平新时代中国特色主义思想/g, '习近平新时代中国特色社会主义思想', '规范表述为“习近平新时代中国特色社会主义思想”，不可缺“社会”', 'the name is 习近平新时代中国特色社会主义思想: 社会 is missing', ['中国特色主义思想']],
        ['instructions-spirit-order', '重要指示批示精神', 'official/gov-work-report-2021.txt:5', /重要指示精神批示/g, '重要指示批示精神', '固定表述为“重要指示批示精神”', 'the fixed form is 重要指示批示精神', ['指示精神批示']],
        ['two-upholds-authority', '坚决维护党中央权威和集中统一领导', 'official/cpc-congress-report-20.txt:18', /(?<=坚决维护党中央)集中统一领导/g, '权威和集中统一领导', '“两个维护”是坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导', 'the 两个维护 are upholding the core status and upholding the Central Committee\'s authority and centralized, unified leadership (权威和 is missing)', ['坚决维护党中央集中统一领导'], { skip: (text, m) => !sentenceAround(text, m.index, m.index + m[0].length).includes('核心地位') }],
        ['central-economic-work-conference-name', '中央经济工作会议', 'official/gov-work-report-2024.txt:28', /中央经济会议/g, '中央经济工作会议', '会议名称为“中央经济工作会议”', 'the meeting is the 中央经济工作会议', ['中央经济会议']],
        ['theme-education-2023-name', '学习贯彻习近平新时代中国特色社会主义思想主题教育', '《关于在全党开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》（2023年3月）', /(?<=学习贯彻习近平新时代中国特色社会主义思想)主题活动/g, '主题教育', '2023年开展的是“学习贯彻习近平新时代中国特色社会主义思想主题教育”', 'the 2023 campaign is a 主题教育', ['思想主题活动']],
        ['party-discipline-education-name', '党纪学习教育', 'official/gov-work-report-2025.txt:15; 《关于在全党开展党纪学习教育的通知》（2024年4月）', /党规学习教育/g, '党纪学习教育', '2024年开展的是“党纪学习教育”', 'the 2024 campaign is 党纪学习教育', ['党规学习教育']],
        ['chinese-modernization-name', '中国式现代化', 'official/cpc-congress-report-20.txt:19', /(?<!社会主义)中国特色现代化(?=全面推进|道路|新道路|的本质|是|建设)/g, '中国式现代化', '规范表述为“中国式现代化”', 'the term is 中国式现代化', ['中国特色现代化']],
        ['covid-infection-name', '新型冠状病毒感染', '《关于对新型冠状病毒感染实施“乙类乙管”的总体方案》（国务院联防联控机制，2022年12月26日）', /新型冠状病毒肺炎(?=[“"]?乙类乙管)/g, '新型冠状病毒感染', '自2023年1月8日起更名为“新型冠状病毒感染”，实施“乙类乙管”', 'since 8 January 2023 the disease is 新型冠状病毒感染, managed as class B', ['乙类乙管']],
        ['xi-thought-name-doctrine', '习近平新时代中国特色社会主义思想', 'official/cpc-congress-report-20.txt:18', /习近平新时代中国特色社会思想/g, '习近平新时代中国特色社会主义思想', '规范表述为“习近平新时代中国特色社会主义思想”，不可缺“主义”', 'the name is 习近平新时代中国特色社会主义思想: 主义 is missing', ['特色社会思想']],
        ['scientific-outlook-name', '科学发展观', 'official/cpc-congress-report-20.txt:16', /(?<=重要思想[”"’']?、)科学发展(?:理论|思想|观念)/g, '科学发展观', '指导思想中的名称是“科学发展观”', 'among the guiding theories it is named 科学发展观', ['科学发展理论', '科学发展思想', '科学发展观念']],
        ['severe-mental-disorder-term', '严重精神障碍患者', '《中华人民共和国精神卫生法》（2012年）；《严重精神障碍管理治疗工作规范（2018年版）》（国家卫生健康委）', /严重精神病(?:人|患者)/g, '严重精神障碍患者', '法规和工作规范的用语是“严重精神障碍患者”', 'the term of the law and the work standard is 严重精神障碍患者', ['精神病人', '精神病患'], { severity: 'warning' }],
        ['non-public-encourage-support-guide-middle', '毫不动摇鼓励、支持、引导非公有制经济发展', 'official/cpc-congress-report-20.txt:73', /(?<=毫不动摇(?:地)?鼓励、)(?:扶持|帮助|保护|扶助)(?=、引导)/g, '支持', '“两个毫不动摇”：鼓励、支持、引导非公有制经济发展', 'the second 毫不动摇: 鼓励、支持、引导 the non-public economy', ['毫不动摇']],

      ],
      { severity: 'error' },
    ),
    {
      id: 'congress-spirit-first-year',
      canonical: '全面贯彻党的二十大精神的开局之年（2023年）',
      source: 'official/gov-work-report-2013.txt:33; official/gov-work-report-2018.txt:37; official/gov-work-report-2024.txt:7',
      keys: ['开局之年'],
      find(text, context) {
        // The first year of carrying out a congress's spirit is the year after the congress: 2013 of
        // the 18th, 2018 of the 19th, 2023 of the 20th. The year from the sentence (2023年是……),
        // or for 今年 the document's own.
        return scan(text, /(?:(20\d{2})年|今年)(?:是|为|既是|作为)?[^。；！？\n]{0,10}?党的(十八|十九|二十)大精神的开局之年/g, (m) => {
          const year = m[1] ? Number(m[1]) : context.documentYear;
          if (year === undefined) return null;
          const congress = Object.entries(CONGRESS_YEARS).find(([, held]) => held + 1 === year)?.[0];
          if (!congress || congress === m[2]) return null;
          const at = m.index + m[0].lastIndexOf(`党的${m[2]}大`) + 2;
          return {
            index: at,
            length: m[2].length,
            replacement: congress,
            certain: false,
            severity: 'error',
            why: { 'zh-CN': `${year}年是全面贯彻党的${congress}大精神的开局之年（党的${congress}大于${year - 1}年召开）`, en: `${year} is the first year of carrying out the spirit of the ${congress}大 (held in ${year - 1})` },
          };
        });
      },
    },
    {
      id: 'health-commission-renamed',
      canonical: '卫生健康委员会（卫健委）',
      source: '《深化党和国家机构改革方案》（中共中央，2018年3月）；地方机构改革2019年3月底前基本完成',
      keys: ['卫计委', '卫生计生委', '卫生和计划生育委员会', '卫生和计划生育局', '卫生计生局', '卫计局'],
      find(text, context) {
        // Renamed in the institutional reform of 2018 (localities by March 2019): outdated in text
        // dated 2019 or later; left in older and in undated text (the official texts of 2013–2017 name
        // it rightly, and say no year in their lines), and where it is named as the former body
        // (原县卫计委, 由卫计委更名).
        return scan(text, /卫生和计划生育委员会|卫生和计划生育局|卫生计生委|卫生计生局|卫计委|卫计局/g, (m) => {
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          if (year === undefined || year < 2019) return null;
          if (/原[\u4e00-\u9fff]{0,6}$/.test(text.slice(Math.max(0, m.index - 7), m.index)) || /^[\u4e00-\u9fff]{0,3}(?:更名|改名|改为|整合|撤销)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
          // (A county's bureau, 卫生和计划生育局, became its 卫生健康局.)
          const replacement = ({ 卫计委: '卫健委', 卫生计生委: '卫生健康委', 卫生和计划生育委员会: '卫生健康委员会', 卫生和计划生育局: '卫生健康局', 卫生计生局: '卫生健康局', 卫计局: '卫健局' } as Record<string, string>)[m[0]];
          return { index: m.index, length: m[0].length, replacement, certain: false, severity: 'warning', why: { 'zh-CN': '2018年机构改革后卫生和计划生育委员会已改为卫生健康委员会', en: 'since the reform of 2018 the health and family planning commission is the 卫生健康委员会' } };
        });
      },
    },
    {
      id: 'registered-poor-households-after-2020',
      canonical: '脱贫户（脱贫人口）',
      source: '《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》（2020年12月）',
      keys: ['建档立卡贫困'],
      find(text, context) {
        // Absolute poverty ended with 2020: from 2021 the registered poor are 脱贫户 (脱贫人口), watched
        // against relapse. Left in older and in undated text, and where the former status is named
        // (原建档立卡贫困户, 建档立卡贫困户中).
        return scan(text, /建档立卡贫困(户|人口|群众)/g, (m) => {
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          if (year === undefined || year < 2021) return null;
          if (/原[\u4e00-\u9fff]{0,2}$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
          return { index: m.index, length: m[0].length, replacement: m[1] === '户' ? '脱贫户' : '脱贫人口', certain: false, severity: 'warning', why: { 'zh-CN': '脱贫攻坚目标任务2020年已完成，此后称脱贫户（脱贫人口）', en: 'poverty alleviation ended with 2020: since then they are 脱贫户 (脱贫人口)' } };
        });
      },
    },
    {
      id: 'school-principal-responsibility-under-party-organization',
      canonical: '中小学校党组织领导的校长负责制',
      source: '《关于建立中小学校党组织领导的校长负责制的意见（试行）》（中共中央办公厅，2022年1月）',
      keys: ['领导下的校长负责制'],
      find(text, context) {
        // Since 2022 primary and secondary schools run under 党组织领导的校长负责制; universities keep
        // 党委领导下的校长负责制. Only where the sentence names such a school and no university, in
        // text dated 2022 or later or of the new era.
        return scan(text, /党(?:委|总支|支部|组织)领导下的校长负责制/g, (m) => {
          const sentence = sentenceAround(text, m.index, m.index + m[0].length);
          if (!/中学|小学|中小学|初中|高中|学校党/.test(sentence) || /大学|学院|高校|高等/.test(sentence)) return null;
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          if (year !== undefined ? year < 2022 : !context.newEra) return null;
          return { index: m.index, length: m[0].length, replacement: '党组织领导的校长负责制', certain: false, severity: 'warning', why: { 'zh-CN': '2022年起中小学校实行党组织领导的校长负责制（高校为党委领导下的校长负责制）', en: 'since 2022 primary and secondary schools run under 党组织领导的校长负责制 (universities keep 党委领导下的校长负责制)' } };
        });
      },
    },
    {
      id: 'covid-class-b-management',
      canonical: '乙类乙管',
      source: '《关于对新型冠状病毒感染实施“乙类乙管”的总体方案》（国务院联防联控机制，2022年12月26日；自2023年1月8日起）',
      keys: ['乙类甲管'],
      find(text, context) {
        // COVID-19 was managed as a class A disease (乙类甲管) until 8 January 2023, as class B since:
        // the old regime as current in text dated 2023 or later is outdated. Only where the sentence
        // names COVID (other diseases, pulmonary anthrax among them, have been managed so by law), and
        // not where it tells the change (由“乙类甲管”调整为“乙类乙管”, 转段) or is dated before it.
        return scan(text, /乙类甲管/g, (m) => {
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          if (year === undefined || year < 2023) return null;
          const around = sentenceAround(text, m.index, m.index + m[0].length);
          if (!/新冠|新型冠状病毒/.test(around) || /乙类乙管|转段|调整|转为|改为|降为|过渡|此前|以前|曾|原|2023年1月[1-7]日|20(?:19|20|21|22)年/.test(around)) return null;
          return { index: m.index, length: 4, replacement: '乙类乙管', certain: false, severity: 'warning', why: { 'zh-CN': '自2023年1月8日起，新型冠状病毒感染实施“乙类乙管”', en: 'COVID-19 has been managed as a class B disease (乙类乙管) since 8 January 2023' } };
        });
      },
    },
    {
      id: 'rural-cooperative-medical-merged',
      canonical: '城乡居民基本医疗保险（城乡居民医保）',
      source: '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）；全国2020年前完成整合',
      keys: ['新农合', '新型农村合作医疗'],
      find(text, context) {
        // Merged with urban residents' insurance into one scheme from 2016, everywhere by 2020: an
        // outdated name in text dated 2020 or later; left in older and in undated text (the government
        // work reports of 2004–2013 name it rightly, undated line by line), and where it is named as
        // the former scheme (原新农合, 新农合与城镇居民医保整合).
        return scan(text, /新型农村合作医疗|新农合/g, (m) => {
          const year = yearAround(text, m.index, m.index + m[0].length, context);
          if (year === undefined || year < 2020) return null;
          const around = sentenceAround(text, m.index, m.index + m[0].length);
          if (/原[\u4e00-\u9fff]{0,4}$/.test(text.slice(Math.max(0, m.index - 5), m.index)) || /整合|合并|并轨|统一为/.test(around)) return null;
          return { index: m.index, length: m[0].length, replacement: m[0] === '新农合' ? '城乡居民医保' : '城乡居民基本医疗保险', certain: false, severity: 'warning', why: { 'zh-CN': '新型农村合作医疗已与城镇居民基本医疗保险整合为城乡居民基本医疗保险', en: 'the new rural cooperative medical scheme was merged into 城乡居民基本医疗保险' } };
        });
      },
    },
    memberList('five-revitalizations', '五大振兴', ['产业振兴', '人才振兴', '文化振兴', '生态振兴', '组织振兴'], '乡村“五大振兴”是产业振兴、人才振兴、文化振兴、生态振兴、组织振兴', 'the five revitalizations are 产业, 人才, 文化, 生态, 组织', '《习近平在参加十三届全国人大一次会议山东代表团审议时的讲话》（新华社，2018年3月8日）'),
    memberList('four-disciplines', '学纪知纪明纪守纪', ['学纪', '知纪', '明纪', '守纪'], '党纪学习教育要求学纪、知纪、明纪、守纪', 'the discipline campaign asks 学纪, 知纪, 明纪, 守纪', '《关于在全党开展党纪学习教育的通知》（中共中央办公厅，2024年4月）'),
    memberList('three-major-projects', '三大工程', ['保障性住房建设', '城中村改造', '“平急两用”公共基础设施建设'], '“三大工程”是保障性住房建设、城中村改造、“平急两用”公共基础设施建设', 'the three major projects are 保障性住房建设, 城中村改造, “平急两用”公共基础设施建设', '2023年中央经济工作会议（新华社，2023年12月12日）；official/gov-work-report-2024.txt:68', { '平急两用公共基础设施建设': '“平急两用”公共基础设施建设' }, true),
    memberList('four-haves-teachers', '“四有”好老师', ['有理想信念', '有道德情操', '有扎实学识', '有仁爱之心'], '“四有”好老师是有理想信念、有道德情操、有扎实学识、有仁爱之心', 'the four-haves teacher has 理想信念, 道德情操, 扎实学识, 仁爱之心', '《做党和人民满意的好老师——同北京师范大学师生代表座谈时的讲话》（习近平，2014年9月9日）'),
    memberList('tiered-medical-care', '分级诊疗', ['基层首诊', '双向转诊', '急慢分治', '上下联动'], '分级诊疗制度是基层首诊、双向转诊、急慢分治、上下联动', 'tiered care is 基层首诊, 双向转诊, 急慢分治, 上下联动', '《国务院办公厅关于推进分级诊疗制度建设的指导意见》（国办发〔2015〕70号）'),
    memberList('health-profession-spirit', '卫生健康职业精神', ['敬佑生命', '救死扶伤', '甘于奉献', '大爱无疆'], '卫生健康职业精神是敬佑生命、救死扶伤、甘于奉献、大爱无疆', 'the health professions’ spirit is 敬佑生命, 救死扶伤, 甘于奉献, 大爱无疆', '《在全国卫生与健康大会上的讲话》（习近平，2016年8月19日）；《国务院关于同意设立“中国医师节”的批复》（2017年11月）'),
    memberList('four-good-rural-roads', '四好农村路', ['建好', '管好', '护好', '运营好'], '“四好农村路”是把农村公路建好、管好、护好、运营好', 'the four goods of rural roads are 建好, 管好, 护好, 运营好', '《交通运输部关于推进“四好农村路”建设的意见》（交公路发〔2015〕73号）', {}, true),
    // (The twenty-third blind set's.)
    fixedOrder('safety-policy-order', '安全第一、预防为主、综合治理', '《中华人民共和国安全生产法》（2021年修正）第三条', ['安全第一', '预防为主', '综合治理'], ['综合治理'], '安全生产方针的顺序是安全第一、预防为主、综合治理', 'the order is 安全第一, 预防为主, 综合治理'),
    // (The twenty-second blind set's lists.)
    memberList('seven-haves', '七有', ['幼有所育', '学有所教', '劳有所得', '病有所医', '老有所养', '住有所居', '弱有所扶'], '“七有”是幼有所育、学有所教、劳有所得、病有所医、老有所养、住有所居、弱有所扶', 'the seven haves are 幼有所育, 学有所教, 劳有所得, 病有所医, 老有所养, 住有所居, 弱有所扶', 'official/cpc-congress-report-19.txt:57'),
    memberList('common-values-of-humanity', '全人类共同价值', ['和平', '发展', '公平', '正义', '民主', '自由'], '全人类共同价值是和平、发展、公平、正义、民主、自由', 'the common values of humanity are 和平, 发展, 公平, 正义, 民主, 自由', 'official/cpc-congress-report-20.txt:95', {}, true),
    memberList('law-based-country-government-society', '一体建设', ['法治国家', '法治政府', '法治社会'], '坚持法治国家、法治政府、法治社会一体建设', 'the rule of law is built as 法治国家, 法治政府, 法治社会 together', 'official/cpc-congress-report-20.txt:29', {}, true),

    memberList('five-relations', '五大关系', ['政党关系', '民族关系', '宗教关系', '阶层关系', '海内外同胞关系'], '统一战线的“五大关系”是政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系', 'the five relations of the united front are 政党关系, 民族关系, 宗教关系, 阶层关系, 海内外同胞关系', 'official/cpc-congress-report-18.txt:78'),
    memberList('three-manages-three-musts', '三管三必须', ['管行业必须管安全', '管业务必须管安全', '管生产经营必须管安全'], '“三管三必须”是管行业必须管安全、管业务必须管安全、管生产经营必须管安全', 'the three musts of safety are 管行业必须管安全, 管业务必须管安全, 管生产经营必须管安全', '《中华人民共和国安全生产法》（2021年修正）第三条'),
    memberList('six-disciplines', '六项纪律', ['政治纪律', '组织纪律', '廉洁纪律', '群众纪律', '工作纪律', '生活纪律'], '党的“六项纪律”是政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律', 'the six disciplines are 政治纪律, 组织纪律, 廉洁纪律, 群众纪律, 工作纪律, 生活纪律', '《中国共产党纪律处分条例》（2015年修订起）'),
    memberList('five-prominent-features', '突出特性', ['连续性', '创新性', '统一性', '包容性', '和平性'], '中华文明的五个突出特性是连续性、创新性、统一性、包容性、和平性', 'the five prominent features of Chinese civilization are 连续性, 创新性, 统一性, 包容性, 和平性', '《习近平在文化传承发展座谈会上的讲话》（2023年6月2日）'),
    memberList('four-selfs', '四个自我', ['自我净化', '自我完善', '自我革新', '自我提高'], '“四个自我”是自我净化、自我完善、自我革新、自我提高', 'the four selfs are 自我净化, 自我完善, 自我革新, 自我提高', 'official/cpc-congress-report-20.txt:156'),
    lawInForceDate,
    meetingDate,
    revisedLawInForceDate,
    initiativeYear,
    ccdiSessionStudied,
    securityEducationDayCount,
    ...campaignRenamed,
    twoChildPolicyOutdated,
    privateEconomyShares,
    disciplineRegulationRevision,
  ];
}
