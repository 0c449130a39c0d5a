import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/**
 * A year written digit by digit in Chinese numerals (二零二四年): a label, so its zero is 〇. A
 * quantity (一千零五) has 千/百/十 before the 零 and is never four bare digits.
 */
const ZERO = /零/g;
const DIGIT = '〇零一二三四五六七八九';
const BEFORE = '〇零一二三四五六七八九十百千万亿两';

export const numeralZero: Rule = {
  meta: {
    id: 'numeral-zero',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '汉字数字逐位书写的年份中“零”应为“〇”：二零二四年 → 二〇二四年',
      en: 'A year written digit by digit takes 〇, not 零: 二零二四年 → 二〇二四年',
    },
    rationale: {
      'zh-CN':
        'GB/T 15835—2011 第5.2条：“零”用于计量（一千零五），“〇”用于编号等逐位书写的数字，如二〇二四年。',
      en:
        'GB/T 15835-2011 §5.2: 零 is used in quantities (一千零五), 〇 in numbers written digit by digit such as years (二〇二四年).',
    },
    examples: {
      ok: [{ text: '二〇二四年，共建成一千零五个站点。' }],
      notOk: [
        {
          text: '二零二四年五月，回顾二零零八年以来的工作。',
          expected: [
            '1:1-1:5: 零 in a year written digit by digit: use 〇 (二〇二四)',
            '1:11-1:15: 零 in a year written digit by digit: use 〇 (二〇〇八)',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    let last = -1;
    // Anchored on 零, rare in clean text; the year around it is four bare digits followed by 年.
    eachMatch(proseOf(model), ZERO, (m) => {
      if (m.index < last) return;
      let start = m.index;
      while (start > 0 && m.index - start < 4 && DIGIT.includes(text[start - 1])) start--;
      let end = m.index + 1;
      while (end < text.length && end - start < 5 && DIGIT.includes(text[end])) end++;
      if (end - start !== 4 || text[end] !== '年' || (start > 0 && BEFORE.includes(text[start - 1]))) return;
      last = end;
      const span = { start, end };
      const fixed = text.slice(start, end).replace(/零/g, '〇');
      report(
        span,
        { 'zh-CN': `逐位书写的年份中的“零”：应为“〇”（${fixed}）`, en: `零 in a year written digit by digit: use 〇 (${fixed})` },
        [{ span, newText: fixed }],
      );
    });
  },
};
