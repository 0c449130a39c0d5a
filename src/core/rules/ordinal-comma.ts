import { isHan } from './proofread';
import type { Rule } from './rule';

const NUMERAL = /[一二三四五六七八九十两]/;

export const ordinalComma: Rule = {
  meta: {
    id: 'ordinal-comma',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '序次语“第一”“首先”等后用逗号，不用顿号：第一、 → 第一，',
      en: 'Ordinals such as 第一 and 首先 take ， not 、: 第一、 → 第一，',
    },
    rationale: {
      'zh-CN':
        'GB/T 15834—2011 第4.4.3条：用“首先”“其次”“第一”“第二”等作为序次语时，后面用逗号；顿号用于“一、”“二、”等数字序次语之后（第4.5.3条）。',
      en:
        'GB/T 15834-2011 §4.4.3: ordinal words such as 首先, 其次, 第一, 第二 are followed by a comma; 、 follows bare numerals such as 一、 (§4.5.3).',
    },
    examples: {
      ok: [
        { text: '第一，加强领导。第二，完善制度。' },
        { text: '刑事审判第一、二庭，经济总量跃居世界第二、外贸总额第一。' },
      ],
      notOk: [
        {
          text: '第一、加强领导。第二、完善制度。',
          expected: [
            '1:3-1:4: 、 after the ordinal “第一”: use “，”',
            '1:11-1:12: 、 after the ordinal “第二”: use “，”',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    for (const p of model.points) {
      if (p.family !== 'di' && p.family !== 'sequence') continue;
      const at = p.markerSpan.end;
      if (text[at] !== '、') continue;
      // 第一、二季度: a list of ordinals, not a 序次语.
      const next = text[at + 1];
      if (next === undefined || NUMERAL.test(next) || next === '第' || !(isHan(next) || next === '“' || next === '《' || /[0-9A-Za-z（]/.test(next))) continue;
      const span = { start: at, end: at + 1 };
      report(
        span,
        { 'zh-CN': `序次语“${p.marker}”后用了顿号：应为“，”`, en: `、 after the ordinal “${p.marker}”: use “，”` },
        [{ span, newText: '，' }],
      );
    }
  },
};
