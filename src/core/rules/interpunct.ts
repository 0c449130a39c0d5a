import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/** An event named by month and day, in quotation marks: “7·20”, with the wrong dot. */
const EVENT = /“(1[0-2]|[1-9])([.．・•‧∙])([12][0-9]|3[01]|[1-9])”/g;

export const interpunct: Rule = {
  meta: {
    id: 'interpunct',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '以月日命名的事件、节日用间隔号“·”：“7·20”',
      en: 'An event named by month and day takes the interpunct ·: “7·20”',
    },
    rationale: {
      'zh-CN':
        'GB/T 15834—2011 第4.14.3条：以月、日为标志的事件或节日，用阿拉伯数字表示时，月、日之间用间隔号“·”（U+00B7），并加引号，如“3·15”消费者权益日。日文中点“・”、项目符号“•”可直接改正；句点“.”也可能是小数，只作建议。',
      en:
        'GB/T 15834-2011 §4.14.3: an event or day named by month and day in Arabic numerals takes the interpunct · (U+00B7) between them, in quotation marks (“3·15”). A katakana middle dot or a bullet is fixed; a full stop may be a decimal point, so it is only suggested.',
    },
    examples: {
      ok: [{ text: '吸取“7·20”特大暴雨灾害教训，开展“3·15”宣传，增长“1.50”个百分点。' }],
      notOk: [
        {
          text: '吸取“7・20”灾害教训，开展“3.15”宣传。',
          expected: [
            '1:4-1:8: Wrong dot in an event named by month and day: use “7·20”',
            '1:17-1:21: Wrong dot in an event named by month and day: use “3·15”',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    eachMatch(proseOf(model), EVENT, (m) => {
      const dotAt = m.index + 1 + m[1].length;
      const dot = { start: dotAt, end: dotAt + 1 };
      const span = { start: m.index + 1, end: m.index + m[0].length - 1 };
      const fixed = `${m[1]}·${m[3]}`;
      const message = { 'zh-CN': `以月日命名的事件用错了点号：应为“${fixed}”`, en: `Wrong dot in an event named by month and day: use “${fixed}”` };
      const edits = [{ span: dot, newText: '·' }];
      if (m[2] === '.' || m[2] === '．') {
        report(span, message, undefined, { suggestions: [{ message: { 'zh-CN': `改为“${fixed}”`, en: `Use “${fixed}”` }, edits }] });
      } else {
        report(span, message, edits);
      }
    });
  },
};
