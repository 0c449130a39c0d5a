import type { TextEdit } from '../types';
import { markerWithOrdinal, numeralFor, siblingRuns } from './numbering';
import type { Rule } from './rule';

export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    defaultSeverity: 'error',
    summary: {
      'zh-CN': '同级标题序号跳号、重号或顺序颠倒（一、三、；（一）（二）（四）；1. 3.）',
      en: 'Sibling headings whose ordinals skip, repeat or go backwards (一、三、; （一）（二）（四）; 1. 3.)',
    },
    rationale: {
      'zh-CN': '同级序号应连续递增；每个上级标题之下重新从一开始编号。',
      en: 'Ordinals of one level run on without gaps, and start again at one under each new parent heading.',
    },
    examples: {
      ok: [
        { text: '一、总体情况\n（一）主要做法\n（二）取得成效\n二、存在问题\n（一）短板弱项' },
      ],
      notOk: [
        {
          title: 'A skipped ordinal',
          text: '一、总体情况\n三、存在问题',
          expected: ['2:1-2:3: Ordinal out of sequence: expected “二、”, found “三、” (skipped)'],
        },
        {
          title: 'A repeated ordinal',
          text: '一、总体情况\n（一）主要做法\n（二）取得成效\n（二）经验体会',
          expected: ['4:1-4:4: Ordinal out of sequence: expected “（三）”, found “（二）” (repeated)'],
        },
        {
          title: 'The first ordinal under a parent',
          text: '一、总体情况\n2.加强学习',
          expected: ['2:1-2:3: Ordinal out of sequence: expected “1.”, found “2.” (skipped)'],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    for (const run of siblingRuns(model.outline, model.groupBreaks)) {
      let previous = 0;
      for (let i = 0; i < run.length; i++) {
        const node = run[i];
        const expected = previous + 1;
        if (node.ordinal !== expected) {
          const how = node.ordinal === previous ? 'repeated' : node.ordinal > expected ? 'skipped' : 'backwards';
          const zhHow = { repeated: '重号', skipped: '跳号', backwards: '顺序颠倒' }[how];
          const want = markerWithOrdinal(node, expected, text);
          // Renumber the rest of the run so the fix leaves a clean sequence.
          const fix: TextEdit[] = [];
          for (let j = i, n = expected; j < run.length; j++, n++) {
            if (run[j].ordinal !== n) fix.push({ span: run[j].numeralSpan, newText: numeralFor(run[j], n, text) });
          }
          report(
            node.markerSpan,
            {
              'zh-CN': `序号不连续：此处应为“${want}”，实为“${node.marker}”（${zhHow}）`,
              en: `Ordinal out of sequence: expected “${want}”, found “${node.marker}” (${how})`,
            },
            fix,
          );
        }
        previous = node.ordinal;
      }
    }
  },
};
