/**
 * Older forms of words beside their standard forms in one document (台帐 beside 账户, 好象 beside
 * 好像): the standard form is 账 for accounts, 像 for resemblance, 度汛 (《现代汉语词典》, and
 * the government work reports since 2003), but the reports up to 2001 write the older forms, so
 * an older form alone is no slip. A document that writes both is inconsistent, and the standard
 * form it already uses is the correction.
 */
export interface VariantForm {
  index: number;
  length: number;
  found: string;
  replacement: string;
  /** The standard form the document writes elsewhere. */
  evidence: string;
}

/** Words of 账 (accounts) written with 帐 (a curtain, a tent). */
const ACCOUNT_WORDS = /(?:报|记|对|查|结|转|台|算|入|到|挂|做|销|平|清|欠|呆|坏|烂)帐|帐(?:户|目|本|务|款|号|簿|面|单|册)/g;
const STANDARD_ACCOUNT_WORDS = /(?:报|记|对|查|结|转|台|算|入|到|挂|做|销|平|清|欠|呆|坏|烂)账|账(?:户|目|本|务|款|号|簿|面|单|册)/;

/** Whole words: the older form (not inside another word: 友好|象征), and the standard one. */
const WORDS: readonly [older: RegExp, standard: string][] = [
  [/(?<![友良美爱喜])好象(?![征棋牙])/g, '好像'],
  [/渡汛/g, '度汛'],
  // (The government work report of 2011 writes 显着 throughout, as older typesetting did.)
  [/显着(?=提高|提升|增强|改善|加强|下降|降低|增加|减少|成效|效果|变化|进步|优势|特点|位置)/g, '显著'],
];

export function findVariantForms(text: string): VariantForm[] {
  const out: VariantForm[] = [];
  if (text.includes('帐')) {
    const standard = STANDARD_ACCOUNT_WORDS.exec(text)?.[0];
    if (standard) {
      ACCOUNT_WORDS.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = ACCOUNT_WORDS.exec(text)); ) {
        out.push({ index: m.index, length: m[0].length, found: m[0], replacement: m[0].replace('帐', '账'), evidence: standard });
      }
    }
  }
  for (const [older, standard] of WORDS) {
    if (!text.includes(standard)) continue;
    older.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = older.exec(text)); ) {
      out.push({ index: m.index, length: m[0].length, found: m[0], replacement: standard, evidence: standard });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
