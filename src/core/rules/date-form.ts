import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/** A date in Arabic numerals with a zero-padded month or day: 2024年05月08日. */
const PADDED = /(?<![0-9])((?:1[89]|20)\d\d)年(0?[1-9]|1[0-2])月(?:(0?[1-9]|[12][0-9]|3[01])日)?/g;
/**
 * A date written with dots or slashes in Chinese running text (于2024.3.15启动, 2024/5/20经审议):
 * a Chinese character right before or after it. (Not a version, an address or a file name: no
 * letter, digit, dot, slash or hyphen may touch it.)
 */
const DOTTED = /(?<=[\u4e00-\u9fff])((?:19|20)\d\d)([./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z./\-])|(?<![0-9A-Za-z./\-])((?:19|20)\d\d)([./])(0?[1-9]|1[0-2])\6(0?[1-9]|[12][0-9]|3[01])(?=[\u4e00-\u9fff])/g;
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
      'zh-CN': '日期写法：月、日不补零（2024年5月8日），正文中不用点或斜线（2024.5.8）；落款的成文日期用阿拉伯数字',
      en: 'Dates: no zero padding (2024年5月8日), no dots or slashes in running text (2024.5.8); the date under the signature in Arabic numerals',
    },
    rationale: {
      'zh-CN':
        'GB/T 9704—2012 第7.3.5条：成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。2012年版起不再用汉字数字书写成文日期。GB/T 15835—2011 第4.3条：年月日按口语顺序写作“2008年8月8日”（或“2008-08-08”）；正文中“2024.3.15”“2024/3/15”改为“2024年3月15日”（紧挨字母、数字、点、斜线或连字符的不算：那是版本号、地址或文件名）。',
      en:
        'GB/T 9704-2012 §7.3.5: the date of issue is written in Arabic numerals with year, month and day in full, and no padding (1, not 01). Since the 2012 edition it is no longer written in Chinese numerals. GB/T 15835-2011 §4.3: dates follow the spoken order, 2008年8月8日 (or 2008-08-08); in running text 2024.3.15 and 2024/3/15 become 2024年3月15日 (not where a letter, digit, dot, slash or hyphen touches them: a version, an address, a file name).',
    },
    examples: {
      ok: [{ text: '2024年5月8日召开会议，升级到V2024.5.8版，见report-2024.5.8.pdf。\n\n某某市人民政府\n2024年5月8日' }],
      notOk: [
        {
          text: '2024年05月08日召开会议。\n\n某某市人民政府\n二〇二四年五月八日',
          expected: [
            '1:1-1:12: Zero-padded date: write “2024年5月8日”',
            '4:1-4:10: Date of issue in Chinese numerals: write “2024年5月8日” (GB/T 9704-2012)',
          ],
        },
        {
          text: '专项检查于2024.3.15启动，方案2024/5/20经常务会议审议通过。',
          expected: ['1:6-1:15: Date with dots or slashes in running text: write “2024年3月15日”', '1:20-1:29: Date with dots or slashes in running text: write “2024年5月20日”'],
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
    eachMatch(prose, DOTTED, (m) => {
      const [y, mo, d] = m[1] !== undefined ? [m[1], m[3], m[4]] : [m[5], m[7], m[8]];
      const fixed = `${y}年${Number(mo)}月${Number(d)}日`;
      const span = { start: m.index, end: m.index + m[0].length };
      report(span, { 'zh-CN': `正文中的日期用了点或斜线：应为“${fixed}”`, en: `Date with dots or slashes in running text: write “${fixed}”` }, [{ span, newText: fixed }]);
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
