/**
 * The names of the state's leaders, misspelt before the title only they hold (李墙总理 → 李强): a
 * slip a reader notices at once and a writer is blamed for. The official texts the statistics
 * come from name the leaders of their time (毛泽东, 邓小平, 江泽民, 胡锦涛, 习近平 are known and
 * their misspellings found); the present ones are listed here, each with the titles that are his
 * alone, so that a same-sounding or look-alike variant of the name before such a title can only be
 * a slip (a 张国庆 may chair anything, not the State Council as 副总理).
 *
 * Sources: the communiqué of the first plenary session of the 20th CPC Central Committee
 * (2022-10-23: the Standing Committee of the Political Bureau) and the decisions of the first
 * session of the 14th National People's Congress (2023-03: President, Vice-President, Chairman of
 * its Standing Committee, Premier and Vice-Premiers) and of the 14th CPPCC National Committee
 * (its Chairman). To be brought up to date after each congress and each session that changes them.
 */
import { oneCharVariants } from './oneCharVariants';
import type { TypoCandidate, TypoModel } from './typo';

const LEADERS: readonly { name: string; titles: readonly string[] }[] = [
  { name: '习近平', titles: ['总书记', '主席'] },
  { name: '李强', titles: ['总理'] },
  { name: '赵乐际', titles: ['委员长'] },
  { name: '王沪宁', titles: ['主席'] },
  { name: '韩正', titles: ['副主席'] },
  { name: '丁薛祥', titles: ['副总理'] },
  { name: '何立峰', titles: ['副总理'] },
  { name: '张国清', titles: ['副总理'] },
  { name: '刘国中', titles: ['副总理'] },
];

const TITLES = new RegExp([...new Set(LEADERS.flatMap((l) => l.titles))].sort((a, b) => b.length - a.length).join('|'), 'g');

/** By "variant|title", the leader's name it misspells and how; built from the model's sets on first use. */
let variants: Map<string, { name: string; kind: 'pinyin' | 'shape' }> | undefined;
let variantsFor: TypoModel | undefined;

function variantsOf(m: TypoModel): Map<string, { name: string; kind: 'pinyin' | 'shape' }> {
  if (variants && variantsFor === m) return variants;
  variants = new Map();
  variantsFor = m;
  for (const { name, titles } of LEADERS) {
    for (const { variant, kind } of oneCharVariants(m, name)) {
      for (const title of titles) if (!variants.has(`${variant}|${title}`)) variants.set(`${variant}|${title}`, { name, kind });
    }
  }
  return variants;
}

/** A leader's name misspelt right before a title only that leader holds, in one paragraph. */
export function findLeaderNameSlips(m: TypoModel, text: string): TypoCandidate[] {
  const out: TypoCandidate[] = [];
  TITLES.lastIndex = 0;
  for (let t: RegExpExecArray | null; (t = TITLES.exec(text)); ) {
    // (副总理 is no 总理 after 副: the longer titles come first in the pattern.)
    for (const length of [3, 2]) {
      const start = t.index - length;
      if (start < 0) continue;
      const found = text.slice(start, t.index);
      const hit = variantsOf(m).get(`${found}|${t[0]}`);
      if (!hit) continue;
      out.push({ index: start, length, found, replacement: hit.name, kind: hit.kind });
      break;
    }
  }
  return out;
}
