/**
 * The standard phrases every report repeats (以人民为中心, 全面从严治党, 中华民族伟大复兴),
 * misspelt by one character: a same-sounding, near-sounding or look-alike one (坚持以人名为中心).
 * A reader notices such a slip at once, and it is the writer who is blamed for it. The statistical
 * search can miss it: the slip often makes a word of its own (人名), which a real-word slip must
 * outweigh, and the known sequences that would confirm it are four characters long at most. A
 * phrase of five characters or more is its own evidence: one character away from it, in place,
 * is that phrase misspelt. (Four-character set phrases are the statistical search's: typo.ts.)
 *
 * Sources: each phrase is one the official texts use (`../shared/official/`: the reports to the
 * 17th, 18th and 20th CPC congresses and the government work reports of 2013–2025), but for
 * 习近平总书记重要讲话精神, a form of the wording dictionary (wording-entries.ts, with its source).
 */
import { indexKeyStarts, keysStartingAt, type KeyStarts } from './keyStarts';
import { oneCharVariants } from './oneCharVariants';
import { onTypoCacheClear, type TypoCandidate, type TypoModel } from './typo';

const KEY_PHRASES: readonly string[] = [
  '以人民为中心',
  '以人民为中心的发展思想',
  '中国特色社会主义',
  '中国特色社会主义制度',
  '中华民族伟大复兴',
  '中华民族伟大复兴的中国梦',
  '全面从严治党',
  '全面建设社会主义现代化国家',
  '社会主义现代化强国',
  '社会主义核心价值观',
  '社会主义市场经济',
  '全过程人民民主',
  '人类命运共同体',
  '中国式现代化',
  '高质量发展',
  '新发展理念',
  '新发展格局',
  '新质生产力',
  '现代化产业体系',
  '高水平科技自立自强',
  '统筹发展和安全',
  '总体国家安全观',
  '防范化解重大风险',
  '稳中求进工作总基调',
  '乡村振兴战略',
  '生态文明建设',
  '绿水青山就是金山银山',
  '党风廉政建设',
  '意识形态工作',
  '中央八项规定精神',
  '形式主义、官僚主义',
  '民主集中制',
  '基层党组织',
  '党中央决策部署',
  '党中央集中统一领导',
  '全面依法治国',
  '国家治理体系和治理能力现代化',
  '习近平新时代中国特色社会主义思想',
  '习近平总书记重要讲话精神',
  '不忘初心、牢记使命',
];

/** A variant and the phrase it misspells, by the variant. */
interface Variant {
  phrase: string;
  kind: 'pinyin' | 'shape';
}

let index: { starts: KeyStarts; variants: Map<string, Variant> } | undefined;
let indexFor: TypoModel | undefined;

/** Every one-character variant of the phrases of five characters or more, by the model's sets; built on first use. */
function variantIndex(m: TypoModel): { starts: KeyStarts; variants: Map<string, Variant> } {
  if (index && indexFor === m) return index;
  const variants = new Map<string, Variant>();
  const phrases = new Set(KEY_PHRASES.filter((p) => p.length >= 5));
  for (const phrase of phrases) {
    for (const { variant, kind } of oneCharVariants(m, phrase)) {
      // (A variant that is itself a phrase of the list, or another's variant already, stays the first's.)
      if (!phrases.has(variant) && !variants.has(variant)) variants.set(variant, { phrase, kind });
    }
  }
  index = { starts: indexKeyStarts(variants.keys()), variants };
  indexFor = m;
  return index;
}

/**
 * By paragraph, its findings (a keystroke re-checks every paragraph: a lookup then costs less than
 * the scan); emptied with the typo check's caches, as when the data changes.
 */
const paragraphCache = new Map<string, readonly TypoCandidate[]>();
const NONE: readonly TypoCandidate[] = [];
onTypoCacheClear(() => paragraphCache.clear());

/** The key phrases misspelt by one character in one paragraph, in order, none overlapping. */
export function findKeyPhraseSlips(m: TypoModel, text: string): readonly TypoCandidate[] {
  const cached = paragraphCache.get(text);
  if (cached && indexFor === m) return cached;
  const out = scan(m, text);
  if (paragraphCache.size > 50000) paragraphCache.clear();
  paragraphCache.set(text, out.length ? out : NONE);
  return out;
}

function scan(m: TypoModel, text: string): TypoCandidate[] {
  const { starts, variants } = variantIndex(m);
  const out: TypoCandidate[] = [];
  for (let i = 0; i + 5 <= text.length; i++) {
    const keys = keysStartingAt(starts, text, i);
    if (!keys) continue;
    let best: string | undefined;
    for (const key of keys) if ((!best || key.length > best.length) && text.startsWith(key, i)) best = key;
    if (!best) continue;
    const { phrase, kind } = variants.get(best)!;
    out.push({ index: i, length: best.length, found: best, replacement: phrase, kind });
    i += best.length - 1;
  }
  return out;
}
