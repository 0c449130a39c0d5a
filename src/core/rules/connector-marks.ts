import { eachMatch, inLatinText, isHan, proseOf } from './proofread';
import type { Rule } from './rule';

/**
 * A hyphen, dash or ASCII tilde between two numbers in Chinese text, the second followed by a
 * Chinese unit (50-80万元, 2020-2024年). Codes, model numbers, dates (2024-05-08), times
 * (9:00-11:00) and addresses (3-5号楼) are not matched.
 */
const NUMERIC = /(?<![0-9A-Za-z./:_\-–—~])(\d+(?:\.\d+)?)(%?)([-–~])(\d+(?:\.\d+)?)(?=[%‰]?[\u4e00-\u9fff]|[%‰](?:[，。；、：！？）”]|$))(?![%‰]?(?:号|楼|栋|幢|室|层|单元|路|街|弄|巷|型|款|版|线|次列车))/y;
/** Where to try NUMERIC: a connector mark with a digit after it (anchored on the rare mark). */
const MARK = /[-–~](?=\d)/g;
/**
 * A hyphen between two Chinese words that name the ends of a route or a span (北京-上海线路,
 * 成都-重庆段): GB/T 15834 gives — there. A hyphen between two names that make one compound keeps
 * its short form (吐鲁番-哈密盆地, 氨-二氧化碳复叠制冷: the standard's own example and a
 * chemist's), so the words after it must name the route or span.
 */
const WORDS = /-(?=[\u4e00-\u9fff]{2,8}?(?:线|段|高速|高铁|铁路|公路|航线|航班|班列|列车|快车|通道|区间|之间|往返|直达))/g;

export const connectorMarks: Rule = {
  meta: {
    id: 'connector-marks',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '连接号：数值范围用“～”（50～80万元），时间、地域的起止用“—”（北京—上海）',
      en: 'Connection marks: ～ for a numeric range (50～80万元), — between places or times (北京—上海)',
    },
    rationale: {
      'zh-CN':
        'GB/T 15834—2011 第4.13条：标示数值范围的起止一般用浪纹线“～”，标示时间、地域等的起止一般用一字线“—”；短横线“-”用于产品型号、代码、电话号码等。选用哪一个有时取决于语境，故只作建议。',
      en:
        'GB/T 15834-2011 §4.13: a numeric range takes the wave dash ～, a span between times or places the en-width dash —; the hyphen - belongs in model numbers, codes and telephone numbers. The choice sometimes depends on context, so the rule only suggests.',
    },
    examples: {
      ok: [
        { text: '投资50～80万元，2020—2024年，开通北京—上海线路，型号GB/T 9704-2012，电话010-12345678，3-5号楼。' },
        { text: '拨打0571-88888888转人工服务。' },
        { title: 'Codes of cultivars (three numbers, or two before 等), no range', text: '新植胶园选用热研7-33-97、热研8-79等品种。' },
        { title: 'A compound of two names, no route or span', text: '制冷系统采用氨-二氧化碳复叠方式，地处吐鲁番-哈密盆地。' },
      ],
      notOk: [
        {
          text: '投资50-80万元，2020-2024年，开通北京-上海线路。',
          expected: [
            '1:3-1:8: Hyphen in a numeric range: use ～ (GB/T 15834 §4.13)',
            '1:11-1:20: Hyphen between start and end: use — (GB/T 15834 §4.13)',
            '1:26-1:27: Hyphen between places or times: use — (GB/T 15834 §4.13)',
          ],
        },
        {
          title: 'A range of percentages at the end of a clause',
          text: '价格同比上涨10-15%。',
          expected: ['1:7-1:12: Hyphen in a numeric range: use ～ (GB/T 15834 §4.13)'],
        },
        {
          title: 'A span of months',
          text: '1-6月完成投资。',
          expected: ['1:1-1:4: Hyphen between start and end: use — (GB/T 15834 §4.13)'],
        },
      ],
    },
  },
  check({ model, report }) {
    const prose = proseOf(model);
    const text = model.text;
    const numeric: RegExpExecArray[] = [];
    let lastEnd = -1;
    eachMatch(prose, MARK, (mark) => {
      let start = mark.index;
      if (start <= lastEnd) return;
      if (text[start - 1] === '%') start--;
      while (start > 0 && /[0-9.]/.test(text[start - 1])) start--;
      if (start === mark.index) return;
      NUMERIC.lastIndex = start;
      const m = NUMERIC.exec(text);
      if (m) {
        numeric.push(m);
        lastEnd = start + m[0].length;
      }
    });
    for (const m of numeric) {
      const run = prose.runOf({ start: m.index, end: m.index + m[0].length });
      if (!run) continue;
      if (inLatinText(text, m.index, run)) continue;
      // GB/T 9704-2012规定: a standard's or product's code, after Latin letters and a space.
      let b = m.index - 1;
      while (b >= run.start && text[b] === ' ') b--;
      if (b >= run.start && /[A-Za-z/]/.test(text[b])) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      // Numbers followed by no unit but by 等, 和, 与, 及 or 或 are names, not a range (the
      // cultivars 热研8-79等; a range counts something: 8～10个, 50～80万元).
      if (/^[等和与及或]/.test(after)) continue;
      // A chain of three numbers or more (a cultivar 热研7-33-97, a date 2025-3-1) is a code: a
      // range has two ends.
      if (/^-\d/.test(after) || /\d-$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      // A telephone or account number (0571-88888888), not a range: a leading zero or a long part.
      if (/^0\d/.test(m[1]) || /^0\d/.test(m[4]) || m[1].length > 4 || m[4].length > 4) continue;
      const markAt = m.index + m[1].length + m[2].length;
      const markSpan = { start: markAt, end: markAt + 1 };
      const span = { start: m.index, end: m.index + m[0].length };
      // Between years, months, days or hours the range is a span of time: GB/T 15834 gives —.
      const years =
        (/^(1[89]|20)\d\d$/.test(m[1]) && /^(1[89]|20)\d\d$/.test(m[4]) && text[span.end] === '年') ||
        (!m[2] && /^\d{1,2}$/.test(m[1]) && /^\d{1,2}$/.test(m[4]) && /^(?:月|日|时|点)/.test(text.slice(span.end, span.end + 1)));
      const wave = { message: { 'zh-CN': '改为“～”', en: 'Use “～”' }, edits: [{ span: markSpan, newText: '～' }] };
      const dash = { message: { 'zh-CN': '改为“—”', en: 'Use “—”' }, edits: [{ span: markSpan, newText: '—' }] };
      report(
        span,
        years
          ? { 'zh-CN': '起止之间用了短横线：应为“—”（GB/T 15834 第4.13条）', en: 'Hyphen between start and end: use — (GB/T 15834 §4.13)' }
          : { 'zh-CN': '数值范围用了短横线：应为“～”（GB/T 15834 第4.13条）', en: 'Hyphen in a numeric range: use ～ (GB/T 15834 §4.13)' },
        undefined,
        { suggestions: years ? [dash, wave] : [wave, dash] },
      );
    }
    eachMatch(prose, WORDS, (m) => {
      if (!isHan(text[m.index - 1]) || !isHan(text[m.index - 2])) return;
      const span = { start: m.index, end: m.index + 1 };
      report(
        span,
        { 'zh-CN': '起止之间用了短横线：应为“—”（GB/T 15834 第4.13条）', en: 'Hyphen between places or times: use — (GB/T 15834 §4.13)' },
        undefined,
        { suggestions: [{ message: { 'zh-CN': '改为“—”', en: 'Use “—”' }, edits: [{ span, newText: '—' }] }] },
      );
    });
  },
};
