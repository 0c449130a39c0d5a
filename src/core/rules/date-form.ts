import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/** A date in Arabic numerals with a zero-padded month or day: 2024年05月08日. */
const PADDED = /(?<![0-9])((?:1[89]|20)\d\d)年(0?[1-9]|1[0-2])月(?:(0?[1-9]|[12][0-9]|3[01])日)?/g;
/** A date in Chinese numerals alone on its line: the 成文日期 under a signature. */
const CN_DIGIT = '〇零○一二三四五六七八九';
const SIGNATURE = /^[ \t\u3000]*([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日[ \t\u3000]*$/;

function smallNumeral(s: string): number {
  // 一 … 三十一: 十 alone is 10, 十X is 1X, X十 is X0, X十Y is XY.
  const d = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const i = s.indexOf('十');
  if (i < 0) return d(s[0]);
  return (i === 0 ? 1 : d(s[0])) * 10 + d(s[i + 1]);
}

export const dateForm: Rule = {
  meta: {
    id: 'date-form',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '日期写法：月、日不补零（2024年5月8日）；落款的成文日期用阿拉伯数字',
      en: 'Dates: no zero padding (2024年5月8日); the date under the signature in Arabic numerals',
    },
    rationale: {
      'zh-CN':
        'GB/T 9704—2012 第7.3.5条：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。2012年版起不再用汉字数字书写成文日期。',
      en:
        'GB/T 9704-2012 §7.3.5: the date of issue is written in Arabic numerals with year, month and day in full, and no padding (1, not 01). Since the 2012 edition it is no longer written in Chinese numerals.',
    },
    examples: {
      ok: [{ text: '2024年5月8日召开会议。\n\n某某市人民政府\n2024年5月8日' }],
      notOk: [
        {
          text: '2024年05月08日召开会议。\n\n某某市人民政府\n二〇二四年五月八日',
          expected: [
            '1:1-1:12: Zero-padded date: write “2024年5月8日”',
            '4:1-4:10: Date of issue in Chinese numerals: write “2024年5月8日” (GB/T 9704-2012)',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const prose = proseOf(model);
    eachMatch(prose, PADDED, (m) => {
      if (m[2][0] !== '0' && (m[3] === undefined || m[3][0] !== '0')) return;
      const fixed = `${m[1]}年${Number(m[2])}月${m[3] !== undefined ? `${Number(m[3])}日` : ''}`;
      const span = { start: m.index, end: m.index + m[0].length };
      report(span, { 'zh-CN': `日期补了零：应为“${fixed}”`, en: `Zero-padded date: write “${fixed}”` }, [{ span, newText: fixed }]);
    });
    const text = model.text;
    if (text.indexOf('日') < 0) return;
    for (const line of model.lineIndex.lines) {
      if (line.text.length > 40 || line.text.indexOf('年') < 0) continue;
      const m = SIGNATURE.exec(line.text);
      if (!m) continue;
      const lead = line.text.length - line.text.trimStart().length;
      const span = { start: line.start + lead, end: line.start + lead + m[0].trim().length };
      if (!prose.runOf(span)) continue;
      const year = [...m[1]].map((c) => Math.max(0, CN_DIGIT.indexOf(c) - 2)).join('');
      const month = smallNumeral(m[2]);
      const day = smallNumeral(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const fixed = `${year}年${month}月${day}日`;
      report(
        span,
        { 'zh-CN': `成文日期用了汉字数字：应为“${fixed}”（GB/T 9704—2012）`, en: `Date of issue in Chinese numerals: write “${fixed}” (GB/T 9704-2012)` },
        [{ span, newText: fixed }],
      );
    }
  },
};
