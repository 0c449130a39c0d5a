import type { Rule } from './rule';

export const enumerationSequence: Rule = {
  meta: {
    id: 'enumeration-sequence',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '“一是/二是/三是”“第一/第二”“首先/其次/最后”跳号、重号或顺序颠倒',
      en: '一是/二是/三是, 第一/第二 and 首先/其次/最后 runs that skip, repeat or go backwards',
    },
    rationale: {
      'zh-CN': '段内或相邻段落中的分项应连续编号；新的“一是”开始一组新的分项。',
      en: 'Points within a paragraph or a run of paragraphs are numbered without gaps; a new 一是 starts a new run.',
    },
    examples: {
      ok: [
        { text: '一是加强领导。二是完善制度。三是强化落实。' },
        { title: 'A run across paragraphs', text: '一是加强领导。\n二是完善制度。\n三是强化落实。' },
        { title: 'A nested run', text: '一是加强领导。二是查找不足：一是学习不够，二是调研不深。三是强化落实。' },
        { title: 'A run opened after a comma', text: '主要有三方面，一是加强领导；二是完善制度；三是强化落实。' },
      ],
      notOk: [
        {
          text: '一是加强领导。三是强化落实。',
          expected: ['1:8-1:10: Point out of sequence: expected “二是”, found “三是”'],
        },
        {
          text: '其次，完善制度。',
          expected: ['1:1-1:3: Point out of sequence: expected “首先”, found “其次”'],
        },
      ],
    },
  },
  check({ model, report }) {
    for (const issue of model.enumerationIssues) {
      const p = issue.point;
      report(p.markerSpan, {
        'zh-CN': `分项序号不连续：此处应为“${issue.expected}”，实为“${p.marker}”`,
        en: `Point out of sequence: expected “${issue.expected}”, found “${p.marker}”`,
      });
    }
  },
};
