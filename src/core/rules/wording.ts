import { findWording, wordingContextOf } from '../language/wording';
import { proseParagraphs, protectedSpans } from './prose';
import type { Rule } from './rule';

export const wording: Rule = {
  meta: {
    id: 'wording',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '规范表述：理论名称、“四个意识”等固定提法的数字、成员与顺序、会议与规划名称、“关于……的重要讲话”句式、过时称谓',
      en: 'Standard political wording: names of theories, the count, members and order of numbered formulas, names of meetings and plans, the form 关于……的重要讲话, outdated names',
    },
    rationale: {
      'zh-CN': '公文中的政治性表述须与中央文件的规范提法一致（《党政机关公文处理工作条例》第十九条：行文应当确有必要，讲求实效；内容符合党的理论路线方针政策）。数字、成员或顺序有误为错误，非规范的变体为警告；每条规范表述注明出处。',
      en: 'Political expressions in official documents must match the standard forms of the central documents (Regulations on the Handling of Official Documents of Party and Government Organs, art. 19). A wrong count, member or order is an error; a variant form is a warning. Every entry names its source.',
    },
    examples: {
      ok: [{ text: '全面贯彻习近平新时代中国特色社会主义思想，增强“四个意识”、坚定“四个自信”、做到“两个维护”。' }],
      notOk: [
        {
          text: '深入学习习近平新时代特色社会主义思想，贯彻十四五规划。',
          expected: [
            '1:5-1:19: “习近平新时代特色社会主义思想” should read “习近平新时代中国特色社会主义思想” (the name of the theory is written in full)',
            '1:22-1:25: “十四五” should read 「“十四五”」 (the short name of a five-year plan takes quotation marks)',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    const isProtected = protectedSpans(model);
    const context = wordingContextOf(text);
    for (const para of proseParagraphs(model)) {
      const slice = text.slice(para.start, para.end);
      for (const hit of findWording(slice, context)) {
        const span = { start: para.start + hit.index, end: para.start + hit.index + hit.length };
        if (isProtected(span)) continue;
        const found = slice.slice(hit.index, hit.index + hit.length);
        const edit = [{ span, newText: hit.replacement }];
        // A hit without a replacement (a plan year no plan opens or closes) only explains.
        const bare = hit.replacement === found;
        // A hit whose replacement is empty removes an item too many from a list.
        const removal = hit.replacement === '';
        const message = bare
          ? { 'zh-CN': `${quote(found)}：${hit.why['zh-CN']}`, en: `${quote(found)}: ${hit.why.en}` }
          : removal
          ? { 'zh-CN': `${quote(found)}宜删去（${hit.why['zh-CN']}）`, en: `${quote(found)} should be removed (${hit.why.en})` }
          : {
              'zh-CN': `${quote(found)}宜作${quote(hit.replacement)}（${hit.why['zh-CN']}）`,
              en: `${quote(found)} should read ${quote(hit.replacement)} (${hit.why.en})`,
            };
        report(span, message, hit.certain && !bare ? edit : undefined, {
          severity: hit.severity,
          suggestions: hit.certain || bare ? undefined : [{ message: removal ? { 'zh-CN': `删去${quote(found)}`, en: `Remove ${quote(found)}` } : { 'zh-CN': `改为${quote(hit.replacement)}`, en: `Change to ${quote(hit.replacement)}` }, edits: edit }],
        });
      }
    }
  },
};

/** Quotes a phrase; one that holds “” itself is set off with corner brackets instead. */
export function quote(s: string): string {
  return /[“”]/.test(s) ? `「${s}」` : `“${s}”`;
}
