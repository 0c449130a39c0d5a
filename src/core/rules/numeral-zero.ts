import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/**
 * A year written digit by digit in Chinese numerals (二零二四年): a label, so its zero is 〇. A
 * quantity (一千零五) has 千/百/十 before the 零 and is never four bare digits.
 */
const YEAR = /(?<![〇零一二三四五六七八九十百千万亿两])[〇零一二三四五六七八九]{4}(?=年)/g;

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
    eachMatch(proseOf(model), YEAR, (m) => {
      if (!m[0].includes('零')) return;
      const span = { start: m.index, end: m.index + 4 };
      const fixed = m[0].replace(/零/g, '〇');
      report(
        span,
        { 'zh-CN': `逐位书写的年份中的“零”：应为“〇”（${fixed}）`, en: `零 in a year written digit by digit: use 〇 (${fixed})` },
        [{ span, newText: fixed }],
      );
    });
  },
};
