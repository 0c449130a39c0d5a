import type { Rule } from './rule';

const AFTER_SHI = /^[，、：,:]/;

export const numberingPunctuation: Rule = {
  meta: {
    id: 'numbering-punctuation',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '序号后的标点用错：（一）、（1）、1、一. 一，1） 一是， 等',
      en: 'Wrong punctuation after an ordinal: （一）、 （1）、 1、 一. 一， 1） 一是， and the like',
    },
    rationale: {
      'zh-CN': 'GB/T 15834—2011 B.3.2—B.3.4：汉字数字序号后用顿号（一、），阿拉伯数字序号后用下脚点（1.），加括号的序号后不再加标点（（一）（1））；“一是”“二是”后不加标点。',
      en: 'GB/T 15834-2011 B.3.2–B.3.4: Chinese numerals take 、 (一、), Arabic numerals take a full stop (1.), bracketed ordinals take no mark at all (（一）, （1）); 一是, 二是 take none either.',
    },
    examples: {
      ok: [{ text: '一、总体情况\n（一）主要做法\n1.加强学习\n（1）集中学习\n一是加强领导。二是完善制度。' }],
      notOk: [
        {
          text: '一.总体情况\n（一）、主要做法\n1、加强学习\n1）集中学习',
          expected: [
            '1:1-1:3: Ordinal punctuation: write “一、”, not “一.”',
            '2:1-2:5: Ordinal punctuation: write “（一）”, not “（一）、”',
            '3:1-3:3: Ordinal punctuation: write “1.”, not “1、”',
            '4:1-4:3: Ordinal punctuation: write “（1）”, not “1）”',
          ],
        },
        {
          text: '一是，加强领导。二是：完善制度。',
          expected: [
            '1:3-1:4: No punctuation after “一是”',
            '1:11-1:12: No punctuation after “二是”',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    for (const node of model.sections) {
      const bad = node.badPunctuation;
      // A marker rewritten whole by a numbering finding (wrong level or number) carries its punctuation fix.
      if (!bad || model.numbering.releveled.has(node)) continue;
      report(
        bad.span,
        {
          'zh-CN': `序号标点有误：应为“${bad.expected}”，不应为“${bad.text}”`,
          en: `Ordinal punctuation: write “${bad.expected}”, not “${bad.text}”`,
        },
        [{ span: bad.span, newText: bad.expected }],
      );
    }
    const text = model.text;
    for (const point of model.points) {
      if (point.family !== 'shi') continue;
      const after = point.markerSpan.end;
      // (Past spaces and tabs: 三是\t, is the same slip, and a fix of the comma must not make it one.)
      let mark = after;
      while (text[mark] === ' ' || text[mark] === '\t' || text[mark] === '\u3000') mark++;
      if (!AFTER_SHI.test(text[mark] ?? '')) continue;
      const span = { start: after, end: mark + 1 };
      report(
        span,
        { 'zh-CN': `“${point.marker}”后不加标点`, en: `No punctuation after “${point.marker}”` },
        [{ span, newText: '' }],
      );
    }
  },
};
