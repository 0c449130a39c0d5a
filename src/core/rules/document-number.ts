import { eachMatch, isHan, proseOf } from './proofread';
import type { Rule } from './rule';

/**
 * A 发文字号: 机关代字, the year in brackets, the serial number and 号 (国发〔2024〕5号). The
 * bracket pair may be any of those writers reach for; 第 and leading zeros are caught too.
 */
const DOC_NUMBER = /([〔\[［(（【])(?=[ \u3000]?\d\d)[ \u3000]?((?:19|20)?\d\d)[ \u3000]?([〕\]］)）】])[ \u3000]?(第?)(\d{1,4})号/g;

export const documentNumber: Rule = {
  meta: {
    id: 'document-number',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '发文字号写法：国发〔2024〕5号（六角括号、年份标全、序号不加“第”、不编虚位）',
      en: 'Document number form: 国发〔2024〕5号 (〔〕, full year, no 第, no leading zeros)',
    },
    rationale: {
      'zh-CN':
        'GB/T 9704—2012 第7.2.5条：发文字号由发文机关代字、年份、发文顺序号组成；年份标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”。',
      en:
        'GB/T 9704-2012 §7.2.5: a document number is the issuer’s code, the year and the serial number; the year in full in hexagonal brackets 〔〕; the serial number without 第 and without leading zeros (1, not 01), followed by 号.',
    },
    examples: {
      ok: [{ text: '根据《通知》（国发〔2024〕5号）要求。' }],
      notOk: [
        {
          text: '根据国发[2024]5号、国办发（2023）第05号和京政发〔24〕3号文件。',
          expected: [
            '1:5-1:13: Document number not in the GB/T 9704 form: write “〔2024〕5号”',
            '1:17-1:27: Document number not in the GB/T 9704 form: write “〔2023〕5号”',
            '1:31-1:37: Document number with a two-digit year: write the year in full',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    eachMatch(proseOf(model), DOC_NUMBER, (m) => {
      if (!isHan(text[m.index - 1])) return;
      const [whole, open, year, , , serial] = m;
      const span = { start: m.index, end: m.index + whole.length };
      const serialFixed = String(Number(serial));
      if (year.length === 2) {
        const full = `〔20${year}〕${serialFixed}号`;
        report(
          span,
          { 'zh-CN': '发文字号的年份只写了两位：应标全称', en: 'Document number with a two-digit year: write the year in full' },
          undefined,
          { suggestions: [{ message: { 'zh-CN': `改为“${full}”`, en: `Use “${full}”` }, edits: [{ span, newText: full }] }] },
        );
        return;
      }
      if (Number(serial) === 0) return;
      const fixed = `〔${year}〕${serialFixed}号`;
      if (whole === fixed) return;
      // A court case number （2024）京0101民初123号 has letters and more after the bracket: not matched;
      // （2024）5号 with round brackets and no issuer code before it is not a 发文字号 either.
      if ((open === '(' || open === '（') && !/[发办字函令]$/.test(model.text.slice(Math.max(0, m.index - 3), m.index))) return;
      report(
        span,
        { 'zh-CN': `发文字号不合 GB/T 9704 格式：应为“${fixed}”`, en: `Document number not in the GB/T 9704 form: write “${fixed}”` },
        [{ span, newText: fixed }],
      );
    });
  },
};
