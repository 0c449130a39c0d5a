import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/** A run of full-width digits and letters, with a full-width point between digits (１２．５). */
const FULLWIDTH = /[０-９Ａ-Ｚａ-ｚ](?:[０-９Ａ-Ｚａ-ｚ]|．(?=[０-９]))*/g;

function toHalfwidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export const fullwidthAlnum: Rule = {
  meta: {
    id: 'fullwidth-alnum',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '全角数字或字母：应使用半角（２０２４ → 2024）',
      en: 'Full-width digits or Latin letters: use half-width (２０２４ → 2024)',
    },
    rationale: {
      'zh-CN': 'GB/T 15835—2011 第5.1.7条：阿拉伯数字用正体二分字身，即占半个汉字位置（半角）；拉丁字母同样用半角。全文一律用全角数字（二十个以上、多于半角数字）的文稿是有意的排版，不逐个报告。',
      en: 'GB/T 15835-2011 §5.1.7: Arabic numerals take half a character cell (half-width); so do Latin letters. A text set in full-width digits throughout (twenty or more, outnumbering half-width ones) is a deliberate typesetting and is not reported digit by digit.',
    },
    examples: {
      ok: [{ text: '2024年完成投资12.5亿元，建成5G基站300个。' }],
      notOk: [
        {
          text: '２０２４年完成投资１２．５亿元，建成５Ｇ基站。',
          expected: [
            '1:1-1:5: Full-width “２０２４”: use “2024”',
            '1:10-1:14: Full-width “１２．５”: use “12.5”',
            '1:19-1:21: Full-width “５Ｇ”: use “5G”',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    if (!/[０-９Ａ-Ｚａ-ｚ]/.test(text)) return;
    // A text set in full-width digits throughout is a deliberate (if dated) typesetting, seen at a
    // glance; the slip this rule is for is the odd full-width number typed among half-width ones.
    const full = text.match(/[０-９]/g)?.length ?? 0;
    const half = text.match(/[0-9]/g)?.length ?? 0;
    if (full >= 20 && full > half) return;
    eachMatch(proseOf(model), FULLWIDTH, (m) => {
      const span = { start: m.index, end: m.index + m[0].length };
      const half = toHalfwidth(m[0]);
      report(span, { 'zh-CN': `全角“${m[0]}”：应为“${half}”`, en: `Full-width “${m[0]}”: use “${half}”` }, [{ span, newText: half }]);
    });
  },
};
