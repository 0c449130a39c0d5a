/**
 * The numbering scheme a document means, inferred before any line is judged.
 *
 * A checker that compares each heading with the one just before it cries wolf on
 * real reports: one slip (a part heading written `1.`) turns every correct line
 * below it into a finding, deliberate continuous numbering (`1.`–`90.` straight
 * through the `（一）…（七）` sections) is flagged at every section start, and an
 * older text that consistently puts `（一）` above `一、` gets a warning per line.
 *
 * So the plan reads the whole document first:
 * 1. the scheme: the order of the levels (GB/T 9704, or `（一）` above `一、`
 *    throughout) and, per level, whether numbering restarts under each parent
 *    or runs on across parents;
 * 2. the level each heading was meant at: a line whose marker fits nowhere at its
 *    written level but fills a gap at another level (`1.` before `二、` is `一、`;
 *    `3.` after `（一）（二）` is `（三）`; `1.` before `（二）` is `（一）`; a `1.`
 *    carrying `一、…` headings, with `第二部分` later, is `第一部分`), or that
 *    carries a fresh run of a higher level (`2.` followed by `（一）` is `二、`);
 * 3. the runs at each level, with short embedded lists (a `一、二、三、` inside
 *    section `四、`, after which `五、` continues) nested under the item they
 *    belong to, and a run restarting at one taken as a new group;
 * and then reports each root cause once, with the marker the author meant.
 *
 * Everything here is linear or n·log n in the number of headings: indices are
 * precomputed in a forward and a backward sweep, look-ups are binary searches.
 */
import { formatArabicLike, toChineseNumeral } from './numerals';
import type { OutlineNode, SectionLevel, SectionNode, TextEdit } from './types';
import { partitionPoint } from './partition';

export type NumberingIssueKind =
  /** The line's marker belongs to another level (the level and ordinal are in `expected`). */
  | 'level'
  | 'repeated'
  | 'skipped'
  | 'backwards'
  /** A higher level written after a lower one, under one parent. */
  | 'above'
  /** A level skipped (a `1.` directly under `一、` in a document that uses `（一）`). */
  | 'skip-level';

export interface NumberingIssue {
  rule: 'numbering-sequence' | 'numbering-hierarchy';
  kind: NumberingIssueKind;
  node: SectionNode;
  /** The marker the author meant, when known. */
  expected: string | null;
  /** The single-line fix: the marker replaced by `expected`. Null when no single line can be fixed safely. */
  fix: TextEdit | null;
  /** Renumbering the rest of the run (a choice for the user, never applied automatically). */
  renumber: TextEdit[] | null;
  /** The single-line fix offered as a suggestion when fixing every line at once would not settle. */
  suggestedFix?: TextEdit;
  /** The line is the first of its run under its parent. */
  firstInRun?: boolean;
  /** The level and ordinal the line has once fixed. */
  intendedLevel?: SectionLevel;
  intendedOrdinal?: number;
  /** For `above`: the lower-level line before it; for `skip-level`: the parent. */
  other: SectionNode | null;
  /** For `skip-level`: the marker shape of the missing level. */
  missing?: string;
}

export type SchemeDeviation =
  /** `（一）` above `一、` throughout. */
  | { kind: 'bracket-first'; node: SectionNode }
  /** `1.` directly under `一、`, the `（一）` level never used. */
  | { kind: 'no-bracket-level'; node: SectionNode; parent: SectionNode };

export interface NumberingPlan {
  issues: NumberingIssue[];
  /** A scheme the document follows consistently that differs from GB/T 9704 (one note, not one finding per line). */
  deviation: SchemeDeviation | null;
  /** Outline rank of each section node: smaller contains larger (fractions for embedded lists). */
  rank: Map<SectionNode, number>;
  /** Nodes whose marker stands for another level: their own punctuation finding is part of that root cause. */
  releveled: Set<SectionNode>;
  /** The written level of nodes placed at another level (their `level` is the intended one). */
  writtenLevel: Map<SectionNode, SectionLevel>;
}

/** Marker shapes per written level, for messages. */
export const LEVEL_SHAPES = ['第一部分', '一、', '（一）', '1.', '（1）'];

interface Item {
  node: SectionNode | null; // null: a barrier (a Markdown `#` heading without an ordinal)
  /** The written level (or, when verifying, the level after the fixes). */
  level: SectionLevel;
  /** Rank in the document's scheme: 0 part, 1–4 the four levels (swapped for `（一）` above `一、`). */
  rank: number;
  ordinal: number;
  groupStart: boolean;
  /**
   * A leading line of an excerpt (a document whose title says 节选, 摘编 or 摘录) or of a snippet with
   * one heading only: the first of its rank with none above it, which may start at any ordinal (an
   * excerpt pasted from 三、 on).
   */
  excerptStart?: boolean;
}

const NONE = -1;

/** A plain array of small integers: cheaper to make than a typed array for the few headings of a report. */
function filled(length: number, value: number): number[] {
  return new Array<number>(length).fill(value);
}
/** Embedded lists nest at most this deep; deeper restarts count as new groups (keeps look-ups bounded). */
const MAX_NEST = 8;
/** The largest ordinal read as a heading (see parseHeadingAt). */
const MAX_ORDINAL = 99;
const RANKS = 5;

/**
 * @param afterTitle heading lines right after a short untitled line (a `一、` there starts a new group)
 * @param verify check that applying every fix at once leaves nothing new and nothing more to fix;
 *   when it does not (a document so tangled that one correction changes how the rest reads), the
 *   fixes become suggestions: fix-all must reach its fixed point in one pass and never make things worse.
 */
export function planNumbering(
  nodes: OutlineNode[],
  afterTitle: Set<number>,
  text: string,
  verify = true,
  /** Level and ordinal of headings as they would be after the fixes (verification only). */
  as?: Map<SectionNode, { level: SectionLevel; ordinal: number }>,
): NumberingPlan {
  const sections: SectionNode[] = [];
  const items: Item[] = [];
  for (const n of nodes) {
    if (n.kind === 'section') {
      sections.push(n);
      const v = as?.get(n);
      const level = v ? v.level : n.level;
      const ordinal = v ? v.ordinal : n.ordinal;
      items.push({ node: n, level, rank: level, ordinal, groupStart: ordinal === 1 && afterTitle.has(n.line) });
    } else if (n.kind === 'markdown') {
      items.push({ node: null, level: 0, rank: NONE, ordinal: 0, groupStart: false });
    }
  }
  const plan: NumberingPlan = { issues: [], deviation: null, rank: new Map(), releveled: new Set(), writtenLevel: new Map() };
  if (!sections.length) return plan;

  // 1. The order of the levels.
  const bracketFirst = isBracketFirst(items);
  const rankOfLevel = bracketFirst ? [0, 2, 1, 3, 4] : [0, 1, 2, 3, 4];
  const levelOfRank = bracketFirst ? [0, 2, 1, 3, 4] : [0, 1, 2, 3, 4];
  for (const it of items) if (it.node) it.rank = rankOfLevel[it.level];
  const used = new Array<boolean>(RANKS).fill(false);
  for (const it of items) if (it.rank >= 0) used[it.rank] = true;
  // An excerpt, or a snippet of one heading only (a line pasted to check it, 二、存在的主要问题):
  // nothing says where its numbering starts.
  if (sections.length === 1 || EXCERPT.test(text.slice(0, sections[0].sectionSpan.start))) markExcerptStarts(items);
  const style = markerStyle(sections, text);

  // 2. The level each line was meant at.
  const written = items.map((it) => it.rank);
  const continuous = continuousRanks(items);
  const prevAt = forwardIndex(items);
  const parentRank = parentRanks(items);
  const laterHigher = laterHigherRanks(items);
  const nextWritten = nextSameRank(items);
  const intended = new Map<Item, number>();
  const wellPlaced = (i: number): boolean => {
    const it = items[i];
    const r = it.rank;
    const p = prevAt[i * RANKS + r];
    const seqOk = p !== NONE ? items[p].ordinal + 1 === it.ordinal : it.ordinal === 1 || continuous[r] || it.excerptStart === true;
    if (!seqOk) return false;
    const pr = parentRank[i];
    if (pr === NONE) return laterHigher[i] >= r; // a top-level line with a higher level below it
    for (let m = pr + 1; m < r; m++) if (used[m]) return false; // a level the document uses is skipped
    return true;
  };
  // Gap filling, from the end, so a later decision is seen by an earlier line (two `1.` lines
  // before a `（二）`: the nearer one is the `（一）`).
  const next = filled(RANKS, NONE);
  const claimed = new Map<number, number>();
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (it.rank === NONE) {
      next.fill(NONE);
      continue;
    }
    let r = it.rank;
    // A line whose own run goes on after it (`一、` followed by `二、`) is where it belongs.
    const runGoesOn = nextWritten[i] !== NONE && items[nextWritten[i]].ordinal === it.ordinal + 1;
    if (!runGoesOn && !wellPlaced(i)) {
      const n = it.ordinal;
      let chosen = NONE;
      for (let m = 0; m < RANKS; m++) {
        if (m === r || !used[m]) continue;
        const p = prevAt[i * RANKS + m];
        const fitsPrev = p !== NONE ? items[p].ordinal === n - 1 : n === 1;
        if (!fitsPrev) continue;
        let q = next[m];
        let fitsNext = q !== NONE && items[q].ordinal === n + 1;
        // A later line already took this gap; when it is written at a higher level than this one
        // (`（一）` below a top-level `1.`), this line is the one out of place and the later line
        // is its child: `1.（一）二、` is `一、（一）二、`.
        if (!fitsNext && q !== NONE && intended.get(items[q]) === m && items[q].ordinal === n && written[q] < written[i]) {
          const q2 = claimed.get(q) ?? NONE;
          if (q2 !== NONE) {
            intended.delete(items[q]);
            claimed.delete(q);
            q = q2;
            fitsNext = true;
          }
        }
        // Without a following sibling, a lower line may still be meant one level up when its
        // own level cannot take it (`3.` as the first item under `（二）`, after `（一）`).
        // Only for the first line of its own run (a repeated `（二）` is a repeat, not a `二、`).
        const fitsAbove =
          q === NONE && m < r && m > 0 && p !== NONE && prevAt[i * RANKS + r] === NONE && !fitsAtOwnLevel(items, prevAt, continuous, i);
        if (fitsNext || fitsAbove) {
          chosen = m;
          if (fitsNext) claimed.set(i, q);
          break;
        }
      }
      if (chosen !== NONE) {
        intended.set(it, chosen);
        r = chosen;
      }
    }
    for (let m = r + 1; m < RANKS; m++) next[m] = NONE;
    next[r] = i;
  }
  for (const [it, r] of intended) it.rank = r;
  // A line directly followed by a fresh run of a higher level carries that run: `2.` followed by
  // `（一）` was meant as `二、` (when the `二、` level has a place for it).
  {
    const last = filled(RANKS, NONE);
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.rank === NONE) {
        last.fill(NONE);
        continue;
      }
      const nx = items[i + 1];
      if (
        !intended.has(it) &&
        nx &&
        nx.rank !== NONE &&
        nx.rank < it.rank &&
        nx.ordinal === 1 &&
        !nx.groupStart &&
        nx.rank - 1 >= 1
      ) {
        const target = nx.rank - 1;
        const p = last[target];
        const fits = p !== NONE ? items[p].ordinal === it.ordinal - 1 : it.ordinal === 1;
        if (fits && used[target]) {
          intended.set(it, target);
          it.rank = target;
        }
      }
      for (let m = it.rank + 1; m < RANKS; m++) last[m] = NONE;
      last[it.rank] = i;
    }
  }

  // 3. Runs, findings and outline ranks.
  checkRuns(items, written, intended, continuous, used, levelOfRank, style, text, plan, verify);

  // The scheme note.
  setDeviation();
  if (verify && plan.issues.some((i) => i.fix) && !onlyPlainRenumbering()) verifyFixes(plan, nodes, afterTitle, text);
  return plan;

  /**
   * The common case, cheap to trust without reading the document again: every fix changes the
   * number of a line inside a run, from one ordinal past 1 to another (no level changes, no first
   * line of a run, nothing that decides restarts, groups or the scheme).
   */
  function onlyPlainRenumbering(): boolean {
    if (bracketFirst || plan.deviation) return false;
    for (const issue of plan.issues) {
      if (!issue.fix) continue;
      if (issue.kind === 'level') return false;
      if (issue.node.ordinal < 2 || (issue.intendedOrdinal ?? 0) < 2 || issue.firstInRun) return false;
    }
    return true;
  }

  function setDeviation(): void {
  if (bracketFirst) {
    const first = items.find((it) => it.node && it.level === 2)!.node!;
    plan.deviation = { kind: 'bracket-first', node: first };
  } else if (!used[2] && used[1] && used[3]) {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.node && it.rank === 3 && !intended.has(it) && parentRank[i] === 1) {
        const parent = findParent(items, i);
        if (parent) plan.deviation = { kind: 'no-bracket-level', node: it.node, parent };
        break;
      }
    }
  }
  }
}

/**
 * Reads the document again as it would be after every fix, and turns the fixes into suggestions
 * unless that reading has no fix left to make and no finding on a line that had none.
 */
function verifyFixes(plan: NumberingPlan, nodes: OutlineNode[], afterTitle: Set<number>, text: string): void {
  const fixed = new Map<SectionNode, NumberingIssue>();
  for (const issue of plan.issues) if (issue.fix) fixed.set(issue.node, issue);
  const as = new Map<SectionNode, { level: SectionLevel; ordinal: number }>();
  for (const [node, issue] of fixed) as.set(node, { level: issue.intendedLevel ?? node.level, ordinal: issue.intendedOrdinal ?? node.ordinal });
  for (const [node, level] of plan.writtenLevel) if (!as.has(node)) as.set(node, { level, ordinal: node.ordinal });
  const again = planNumbering(nodes, afterTitle, text, false, as);
  const reported = new Set(plan.issues.map((i) => `${i.node.line}:${i.rule}`));
  const settled =
    again.issues.every((i) => !i.fix && reported.has(`${i.node.line}:${i.rule}`)) &&
    (again.deviation === null || again.deviation.node.line === plan.deviation?.node.line);
  if (settled) return;
  for (const issue of plan.issues) {
    if (!issue.fix) continue;
    issue.suggestedFix = issue.fix;
    issue.fix = null;
    // Its own punctuation finding (with its own, level-keeping fix) is reported again.
    plan.releveled.delete(issue.node);
  }
}

/** A title that says the document is an excerpt: 《…》（节选）, 摘编, 摘录. */
const EXCERPT = /节选|摘编|摘录/;

/** Marks each rank's first line when no line of a higher rank comes before it (see Item.excerptStart). */
function markExcerptStarts(items: Item[]): void {
  let highest = RANKS;
  const seen = new Array<boolean>(RANKS).fill(false);
  for (const it of items) {
    if (it.rank === NONE) break;
    if (!seen[it.rank] && it.rank < highest) it.excerptStart = true;
    seen[it.rank] = true;
    highest = Math.min(highest, it.rank);
  }
}

/**
 * `（一）` above `一、` throughout: the first `（一）`-level heading comes before the first `一、`,
 * the `（一）` run never restarts (outside part headings), and `一、` restarts after a `（…）`.
 */
function isBracketFirst(items: Item[]): boolean {
  let firstL1 = NONE;
  let firstL2 = NONE;
  let count2 = 0;
  let last2 = 0;
  let restartsUnder2 = 0;
  let seen2SinceL1 = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const level = it.node ? it.level : undefined;
    if (level === undefined || level === 0) {
      last2 = 0;
      continue;
    }
    if (level === 2) {
      if (firstL2 === NONE) firstL2 = i;
      count2++;
      if (it.ordinal !== last2 + 1) return false;
      last2 = it.ordinal;
      seen2SinceL1 = true;
    } else if (level === 1) {
      if (firstL1 === NONE) firstL1 = i;
      if (it.ordinal === 1 && seen2SinceL1) restartsUnder2++;
      seen2SinceL1 = false;
    }
  }
  return firstL1 !== NONE && firstL2 !== NONE && firstL2 < firstL1 && count2 >= 2 && restartsUnder2 >= 1;
}

/**
 * Ranks whose numbering runs on across parents. At each first item under a new parent whose
 * cousins (the same level under the previous parent) exist, the document either restarts at one
 * or continues the cousins' count; a level runs on when it continues at least twice and more often
 * than it restarts.
 */
function continuousRanks(items: Item[]): boolean[] {
  const cont = new Array<number>(RANKS).fill(0);
  const restart = new Array<number>(RANKS).fill(0);
  const cousin = new Array<number>(RANKS).fill(0); // last ordinal seen at the rank, any parent
  const open = new Array<boolean>(RANKS).fill(false); // a run at the rank is open under the current parent
  for (const it of items) {
    if (it.rank === NONE) {
      cousin.fill(0);
      open.fill(false);
      continue;
    }
    const r = it.rank;
    if (r === 0) cousin.fill(0);
    if (!open[r] && cousin[r] > 0) {
      if (it.ordinal === 1) restart[r]++;
      else if (it.ordinal === cousin[r] + 1) cont[r]++;
    }
    for (let m = r + 1; m < RANKS; m++) open[m] = false;
    open[r] = true;
    cousin[r] = it.ordinal;
  }
  // Two sections in a row that continue make a style; one may be Word's numbering running on by mistake.
  return cont.map((c, r) => c >= 2 && c > restart[r]);
}

/** For item i and rank m: the previous item at rank m under the same parent (written ranks). */
function forwardIndex(items: Item[]): number[] {
  const out = filled(items.length * RANKS, NONE);
  const last = filled(RANKS, NONE);
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.rank === NONE) {
      last.fill(NONE);
      continue;
    }
    if (it.groupStart) for (let m = it.rank; m < RANKS; m++) last[m] = NONE;
    for (let m = 0; m < RANKS; m++) out[i * RANKS + m] = last[m];
    for (let m = it.rank + 1; m < RANKS; m++) last[m] = NONE;
    last[it.rank] = i;
  }
  return out;
}

/** The next item at the same rank under the same parent (written ranks), or NONE. */
function nextSameRank(items: Item[]): number[] {
  const out = filled(items.length, NONE);
  const next = filled(RANKS, NONE);
  for (let i = items.length - 1; i >= 0; i--) {
    const r = items[i].rank;
    if (r === NONE) {
      next.fill(NONE);
      continue;
    }
    // A line that starts a new group (after an untitled group title) is no one's next sibling.
    out[i] = next[r] !== NONE && !items[next[r]].groupStart ? next[r] : NONE;
    for (let m = r + 1; m < RANKS; m++) next[m] = NONE;
    next[r] = i;
  }
  return out;
}

/** Rank of the nearest previous item of a smaller rank (the parent), or NONE. */
function parentRanks(items: Item[]): number[] {
  const out = filled(items.length, NONE);
  const stack: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const r = items[i].rank;
    if (r === NONE) {
      stack.length = 0;
      continue;
    }
    while (stack.length && stack[stack.length - 1] >= r) stack.pop();
    out[i] = stack.length ? stack[stack.length - 1] : NONE;
    stack.push(r);
  }
  return out;
}

/** The smallest rank among the items after i (up to a barrier); RANKS when none. */
function laterHigherRanks(items: Item[]): number[] {
  const out = filled(items.length, 0);
  let min = RANKS;
  for (let i = items.length - 1; i >= 0; i--) {
    out[i] = min;
    const r = items[i].rank;
    if (r === NONE) min = RANKS;
    else if (r < min) min = r;
  }
  return out;
}

function fitsAtOwnLevel(items: Item[], prevAt: number[], continuous: boolean[], i: number): boolean {
  const it = items[i];
  const p = prevAt[i * RANKS + it.rank];
  return p !== NONE ? items[p].ordinal + 1 === it.ordinal : it.ordinal === 1 || continuous[it.rank];
}

function findParent(items: Item[], i: number): SectionNode | null {
  const r = items[i].rank;
  for (let j = i - 1; j >= 0; j--) {
    if (items[j].rank === NONE) return null;
    if (items[j].rank < r) return items[j].node;
  }
  return null;
}

interface Style {
  partWord: string;
  arabicDot: string;
  fullWidthDigits: boolean;
}

function markerStyle(sections: SectionNode[], text: string): Style {
  let partWord = '部分';
  let dot = '.';
  let full = false;
  for (const s of sections) {
    if (s.level === 0) {
      partWord = s.marker.slice(1 + (s.numeralSpan.end - s.numeralSpan.start));
      break;
    }
  }
  for (const s of sections) {
    if (s.level === 3 && !s.badPunctuation) {
      dot = s.marker.endsWith('．') ? '．' : '.';
      full = text.charCodeAt(s.numeralSpan.start) >= 0xff10;
      break;
    }
  }
  return { partWord: partWord || '部分', arabicDot: dot, fullWidthDigits: full };
}

/** The marker of a written level with ordinal n, in the document's own style. */
export function shapeMarker(level: SectionLevel, n: number, style: Style): string {
  const cn = toChineseNumeral(n);
  const ar = formatArabicLike(n, style.fullWidthDigits ? '０' : '0');
  switch (level) {
    case 0:
      return `第${cn}${style.partWord}`;
    case 1:
      return `${cn}、`;
    case 2:
      return `（${cn}）`;
    case 3:
      return `${ar}${style.arabicDot}`;
    default:
      return `（${ar}）`;
  }
}

interface Run {
  rank: number;
  /** The ordinal the run has reached (as intended). */
  last: number;
  /** Nesting of embedded lists that reuse the marker of their parent's level. */
  nest: number;
  /** A renumbering suggestion was already offered on this run (one per run keeps output linear). */
  offered: boolean;
  /** Its first line is a sentence (`一、理顺价格；`) rather than a title (`一、发展农业`). */
  sentence: boolean;
}

/**
 * A heading line that reads as a list sentence: it ends with punctuation or runs on after its first
 * sentence. `orColon`: a line ending in a colon, a lead-in, counts too (for the heading above the
 * first 一、, where a fix may turn “：，” into “：”).
 */
function isSentence(node: SectionNode, text: string, orColon = false): boolean {
  if (node.runIn) return true;
  let end = node.sectionSpan.end;
  while (end > node.titleSpan.start && /\s/.test(text[end - 1])) end--;
  return (orColon ? /[。；;，,！？!?：:]/ : /[。；;，,！？!?]/).test(text[end - 1] ?? '');
}

function checkRuns(
  items: Item[],
  written: number[],
  intended: Map<Item, number>,
  continuous: boolean[],
  used: boolean[],
  levelOfRank: number[],
  style: Style,
  text: string,
  plan: NumberingPlan,
  outer: boolean,
): void {
  const count = items.length;
  // Next item at the same rank under the same parent, and where the parent's scope ends.
  const nextSame = filled(count, NONE);
  const scopeEnd = filled(count, count);
  {
    const next = filled(RANKS, NONE);
    const stack: number[] = []; // indices with increasing rank, for scope ends
    for (let i = count - 1; i >= 0; i--) {
      const r = items[i].rank;
      if (r === NONE) {
        next.fill(NONE);
        stack.length = 0;
        stack.push(i);
        continue;
      }
      nextSame[i] = next[r];
      for (let m = r + 1; m < RANKS; m++) next[m] = NONE;
      next[r] = i;
      // scope end: the first later item with a smaller rank (or a barrier)
      while (stack.length && items[stack[stack.length - 1]].rank !== NONE && items[stack[stack.length - 1]].rank >= r) stack.pop();
      scopeEnd[i] = stack.length ? stack[stack.length - 1] : count;
      stack.push(i);
    }
  }
  // Where each (rank, ordinal) occurs, for "does the outer run go on later?" (built on first use).
  let where: Map<number, number[]> | null = null;
  const buildWhere = (): Map<number, number[]> => {
    const map = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const it = items[i];
      if (it.rank === NONE) continue;
      const key = it.rank * 1000 + it.ordinal;
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(i);
    }
    return map;
  };
  const occursBetween = (rank: number, ordinal: number, from: number, to: number): boolean => {
    where ??= buildWhere();
    const list = where.get(rank * 1000 + ordinal);
    if (!list) return false;
    const lo = partitionPoint(list, (x) => x <= from);
    return lo < list.length && list[lo] < to;
  };

  const runs: Run[][] = [[], [], [], [], []];
  const cousin = new Array<number>(RANKS).fill(0);
  const open: { item: Item; rank: number; place: number; childRanks: number; sentenceRanks: number; reportedSkip: boolean }[] = [];
  let topReportedAbove = false;
  let topDeepest: Item | null = null;

  for (let i = 0; i < count; i++) {
    const it = items[i];
    if (it.rank === NONE) {
      for (const r of runs) r.length = 0;
      cousin.fill(0);
      open.length = 0;
      topReportedAbove = false;
      topDeepest = null;
      continue;
    }
    const node = it.node!;
    const r = it.rank;
    const n = it.ordinal;
    if (r === 0) cousin.fill(0);
    for (let m = r + 1; m < RANKS; m++) if (runs[m].length) runs[m].length = 0;
    if (it.groupStart && runs[r].length) runs[r].length = 0;
    const stack = runs[r];
    const level = levelOfRank[r] as SectionLevel;
    const releveled = intended.has(it);

    // The run this line continues: the deepest that fits, unless an outer one that fits is made of
    // lines like it (a title `三、对外开放` after an embedded list of sentences `一、…；二、…。`).
    const sentence = isSentence(node, text);
    let run: Run | null = null;
    let at = NONE;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].last + 1 !== n) continue;
      if (at === NONE) at = k;
      if (stack[k].sentence === sentence) {
        at = k;
        break;
      }
    }
    if (at !== NONE) {
      run = stack[at];
      run.last = n;
      stack.length = at + 1;
    }
    let issue: NumberingIssue | null = null;
    if (!run) {
      const deepest = stack[stack.length - 1];
      if (!deepest) {
        const expected = continuous[r] && cousin[r] > 0 ? cousin[r] + 1 : 1;
        const accepted = n === 1 || n === expected || it.excerptStart === true;
        run = { rank: r, last: expected - 1, nest: 0, offered: false, sentence };
        stack.push(run);
        if (accepted) run.last = n;
        else issue = sequenceIssue(it, expected, run, i, true);
      } else if (n === 1 && deepest.last >= 2 && (startsRun(i) || bodyBefore(i))) {
        // A run restarting at one: an embedded list when the run it interrupts goes on later,
        // otherwise a new group of headings.
        const outerGoesOn = stack.length < MAX_NEST && stack.some((s) => occursBetween(r, s.last + 1, i, scopeEnd[i]));
        run = { rank: r, last: 1, nest: outerGoesOn ? deepest.nest + 1 : deepest.nest, offered: false, sentence };
        if (outerGoesOn) stack.push(run);
        else {
          stack.length = 0;
          stack.push(run);
        }
      } else {
        run = deepest;
        issue = sequenceIssue(it, deepest.last + 1, deepest, i, false);
      }
    }
    if (releveled && !issue) {
      const expected = shapeMarker(level, n, style);
      issue = {
        rule: 'numbering-hierarchy',
        kind: 'level',
        node,
        expected,
        fix: markerEdit(node, expected, text),
        renumber: null,
        other: null,
        intendedLevel: level,
        intendedOrdinal: n,
      };
    }
    if (releveled) {
      plan.releveled.add(node);
      if (outer) {
        // The outline shows the line at the level it was meant at (not while only verifying fixes).
        plan.writtenLevel.set(node, node.level);
        node.level = level;
      }
    }
    if (issue) plan.issues.push(issue);
    cousin[r] = run.last;

    // Hierarchy, once per parent: a higher level after a lower one, or a level the document uses skipped.
    const nestFraction = run.nest > 0 ? 1 - 1 / 2 ** Math.min(run.nest, 20) : 0;
    const place = r + nestFraction;
    while (open.length && open[open.length - 1].place >= place) open.pop();
    const parent = open[open.length - 1];
    if (!releveled) {
      if (parent) {
        const pr = parent.rank;
        // (Not for an enumeration: numbered sentences, each a whole item ending in 。 or ；, are
        // paragraphs with ordinals, not headings of the level their ordinal is written at.)
        // (Nor the items after such a sentence at its level, though one of them runs to two
        // sentences: the run is one list, 1.出版……。 2.新立项……。全年举办……。)
        const sentence = isSentence(node, text) && !node.runIn;
        if (sentence) parent.sentenceRanks |= 1 << r;
        if (!parent.reportedSkip && r > pr + 1 && !(parent.childRanks & (1 << (pr + 1))) && !sentence && !(parent.sentenceRanks & (1 << r))) {
          const missingRank = pr + 1;
          if (used[missingRank]) {
            parent.reportedSkip = true;
            plan.issues.push({
              rule: 'numbering-hierarchy',
              kind: 'skip-level',
              node,
              expected: null,
              fix: null,
              renumber: null,
              other: parent.item.node,
              missing: LEVEL_SHAPES[levelOfRank[missingRank]],
            });
          }
        }
      } else if (topDeepest && topDeepest.rank > r && !topReportedAbove && !isSentence(topDeepest.node!, text, true) && !topDeepest.excerptStart) {
        // (A list of numbered sentences before the first 一、, in the opening, is not a heading above it;
        // nor is the line an excerpt starts with, cut from inside a section.)
        topReportedAbove = true;
        plan.issues.push({
          rule: 'numbering-hierarchy',
          kind: 'above',
          node,
          expected: null,
          fix: null,
          renumber: null,
          other: topDeepest.node,
        });
      }
    }
    if (!parent && (!topDeepest || r > topDeepest.rank)) topDeepest = it;
    if (parent) parent.childRanks |= 1 << r;
    plan.rank.set(node, 10 + place);
    open.push({ item: it, rank: r, place, childRanks: 0, sentenceRanks: 0, reportedSkip: false });
  }

  /** The line starts a run of its own (its next sibling is a 2). */
  function startsRun(i: number): boolean {
    const ns = nextSame[i];
    return ns !== NONE && ns < scopeEnd[i] && items[ns].ordinal === 2;
  }

  /** Text other than headings stands between the previous heading and this one. */
  function bodyBefore(i: number): boolean {
    const prev = items[i - 1]?.node;
    const from = prev ? prev.sectionSpan.end : 0;
    const to = items[i].node!.sectionSpan.start;
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x3000) return true;
    }
    return false;
  }

  function sequenceIssue(it: Item, expected: number, run: Run, i: number, first: boolean): NumberingIssue | null {
    if (expected > MAX_ORDINAL) {
      // Past 99 no heading can follow (一百、 is not read as one): the run ends here.
      run.last = it.ordinal;
      return null;
    }
    const node = it.node!;
    const n = it.ordinal;
    const how: NumberingIssueKind = n === run.last ? 'repeated' : n > expected ? 'skipped' : 'backwards';
    const level = levelOfRank[it.rank] as SectionLevel;
    const want = shapeMarker(level, expected, style);
    // A single line can be fixed when the next sibling agrees with the corrected number.
    const ns = nextSame[i];
    const nextOrdinal = ns !== NONE && ns < scopeEnd[i] ? items[ns].ordinal : NONE;
    // Ordinals past 99 are not headings (一百、 reads as a sentence): no fix can write one.
    const single = expected <= MAX_ORDINAL && (nextOrdinal === NONE || nextOrdinal === expected + 1 || nextOrdinal === 1);
    let renumber: TextEdit[] | null = null;
    if (!single && !run.offered && expected <= MAX_ORDINAL) {
      run.offered = true;
      renumber = [];
      let k = expected;
      for (let j = i; j !== NONE && j < scopeEnd[i]; j = nextSame[j], k++) {
        const jt = items[j];
        if ((jt.ordinal === 1 && j !== i) || k > MAX_ORDINAL) break;
        if (jt.ordinal !== k) renumber.push({ span: { ...jt.node!.numeralSpan }, newText: numeralIn(jt.node!, k, text) });
      }
    }
    run.last = single ? expected : n;
    let fix: TextEdit | null = null;
    const releveledItem = intended.has(it);
    if (single) {
      if (node.badPunctuation || releveledItem) {
        // The numeral and the punctuation in one edit: the punctuation finding is part of this one.
        fix = markerEdit(node, want, text);
        plan.releveled.add(node);
      } else {
        fix = { span: { ...node.numeralSpan }, newText: numeralIn(node, expected, text) };
      }
    }
    return {
      rule: 'numbering-sequence',
      kind: how,
      node,
      expected: node.badPunctuation || releveledItem ? want : writtenWith(node, expected, text),
      fix,
      renumber,
      other: null,
      intendedLevel: level,
      intendedOrdinal: expected,
      firstInRun: first,
    };
  }

}

/** The numeral for ordinal n in the node's own digits (ASCII or full-width). */
function numeralIn(node: SectionNode, n: number, text: string): string {
  const numeral = text.slice(node.numeralSpan.start, node.numeralSpan.end);
  return node.numeral === 'chinese' ? toChineseNumeral(n) : formatArabicLike(n, numeral);
}

/** The node's marker as written, with ordinal n. */
function writtenWith(node: SectionNode, n: number, text: string): string {
  return (
    text.slice(node.markerSpan.start, node.numeralSpan.start) + numeralIn(node, n, text) + text.slice(node.numeralSpan.end, node.markerSpan.end)
  );
}

/** Replaces a whole marker; a part marker needs a space before its title. */
function markerEdit(node: SectionNode, marker: string, text: string): TextEdit {
  const span = node.markerSpan;
  let newText = marker;
  let end = span.end;
  if (marker.startsWith('第')) {
    const after = text[span.end];
    if (after !== undefined && after !== ' ' && after !== '\t' && after !== '\u3000' && after !== '\n' && after !== '\r') newText += ' ';
  } else if (/[、）]$/.test(marker)) {
    // `1. 强化…` → `一、强化…`: a full-width marker is set solid; the space that followed the
    // Arabic marker would otherwise become a new spacing finding after the fix.
    while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u3000')) end++;
  }
  return { span: { start: span.start, end }, newText };
}
