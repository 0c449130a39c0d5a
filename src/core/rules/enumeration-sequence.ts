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
      'zh-CN':
        '段内或相邻段落中的分项应连续编号；新的“一是”开始一组新的分项。为免误报：不从一开始的分项要有第二项印证才报告（单独的“四是”可能是引文）；没有“首先”的“其次”是普通用词；“第一、”段落之间嵌有小标题时，其后的“第二、”接续原来的分项；“首先要……二是……”这类混用两种写法的分项按顺序接续。',
      en: 'Points within a paragraph or a run of paragraphs are numbered without gaps; a new 一是 starts a new run. To avoid false alarms: a run that does not start at one is reported only once a second point confirms it (a lone 四是 may be a quotation); 其次 without 首先 is an ordinary word; a 第二、 paragraph after headings nested in the 第一、 paragraph continues its run; a run that mixes two families (首先要…二是…) is followed in order.',
    },
    examples: {
      ok: [
        { text: '一是加强领导。二是完善制度。三是强化落实。' },
        { title: 'A run across paragraphs', text: '一是加强领导。\n二是完善制度。\n三是强化落实。' },
        { title: 'A nested run', text: '一是加强领导。二是查找不足：一是学习不够，二是调研不深。三是强化落实。' },
        { title: 'A run opened after a comma', text: '主要有三方面，一是加强领导；二是完善制度；三是强化落实。' },
        { title: '其次 as an ordinary word', text: '这是主要原因。其次，还要看到有利条件。' },
        { title: 'A lone point (a quotation, say) is not a run', text: '文件提出：四是加强监督。' },
        { title: 'A run in two families', text: '首先要加强领导。二是完善制度。三是强化落实。' },
        {
          title: 'A paragraph-level run around an embedded list',
          text: '第一、控制投资规模。\n具体规定如下：\n一、严格审批；\n二、强化监督。\n第二、调整企业结构。',
        },
      ],
      notOk: [
        {
          text: '一是加强领导。三是强化落实。',
          expected: ['1:8-1:10: Point out of sequence: expected “二是”, found “三是”'],
        },
        {
          title: 'A run that does not start at one (reported once a second point confirms the run)',
          text: '加强领导。二是完善制度。三是强化落实。',
          expected: ['1:6-1:8: Point out of sequence: expected “一是”, found “二是”'],
        },
        {
          title: 'A repeated point',
          text: '一是加强领导。\n二是完善制度。\n二是强化落实。',
          expected: ['3:1-3:3: Point out of sequence: expected “三是”, found “二是”'],
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
