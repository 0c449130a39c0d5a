import { numberingSuggestions } from './numbering';
import type { Rule } from './rule';

const HOW = { repeated: ['重号', 'repeated'], skipped: ['跳号', 'skipped'], backwards: ['顺序颠倒', 'backwards'] } as const;

export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    defaultSeverity: 'error',
    summary: {
      'zh-CN': '同级标题序号跳号、重号或顺序颠倒（一、三、；（一）（二）（四）；1. 3.）',
      en: 'Sibling headings whose ordinals skip, repeat or go backwards (一、三、; （一）（二）（四）; 1. 3.)',
    },
    rationale: {
      'zh-CN':
        '同级序号应连续递增；每个上级标题之下重新从一开始编号，或全文一贯地接续上一节编号（至少两处接续、且多于重新编号处）。只报告出错的那一行：之后接着它编下去的序号不再重复报告。嵌在段落中的短列表（“四、”之下的“一、二、三、”，其后接“五、”）和另起一组的“一、”不算错。标题注明“节选”“摘编”“摘录”的文档和只有一个标题的片段，开头的标题可以从任意序号起（如从“三、”起），其后仍须连续。',
      en: 'Ordinals of one level run on without gaps, starting again at one under each new parent heading, or running on across parents when the document does so throughout (at least twice, and more often than it restarts). Only the line that breaks the run is reported, not the lines numbered on from it. A short embedded list (一、二、三、 inside section 四、, followed by 五、) and a new group starting again at 一、 are not errors. A document whose title says it is an excerpt (节选, 摘编, 摘录), or a snippet with one heading only, may begin at any ordinal (三、 on); its lines then run on without gaps.',
    },
    examples: {
      ok: [
        { text: '一、总体情况\n（一）主要做法\n（二）取得成效\n二、存在问题\n（一）短板弱项' },
        { title: 'Numbering running on across sections', text: '（一）学习\n1.甲\n2.乙\n（二）落实\n3.丙\n4.丁\n（三）改进\n5.戊' },
        { title: 'An embedded list', text: '一、甲\n二、乙\n主要有三项措施：\n一、丙；\n二、丁；\n三、戊。\n三、己' },
        { title: 'One heading alone (a line pasted to check it)', text: '二、存在的主要问题' },
        { title: 'An excerpt, from inside section 三、 on', text: '上半年工作总结（节选）\n（二）强化监管\n正文。\n三、下步打算\n（一）甲\n（二）乙' },
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
          text: '一、总体情况\n2.加强学习\n3.强化落实',
          expected: ['2:1-2:3: Ordinal out of sequence: expected “1.”, found “2.” (skipped)'],
        },
        {
          title: 'An excerpt still runs on without gaps',
          text: '上半年工作总结（节选）\n三、甲\n五、乙',
          expected: ['3:1-3:3: Ordinal out of sequence: expected “四、”, found “五、” (skipped)'],
        },
        {
          title: 'One finding for a run that skips, not one per line after it',
          text: '一、甲\n三、乙\n四、丙',
          expected: ['2:1-2:3: Ordinal out of sequence: expected “二、”, found “三、” (skipped)'],
        },
      ],
    },
  },
  check({ model, report }) {
    for (const issue of model.numbering.issues) {
      if (issue.rule !== 'numbering-sequence') continue;
      const node = issue.node;
      const [zhHow, enHow] = HOW[issue.kind as keyof typeof HOW];
      report(
        node.markerSpan,
        {
          'zh-CN': `序号不连续：此处应为“${issue.expected}”，实为“${node.marker}”（${zhHow}）`,
          en: `Ordinal out of sequence: expected “${issue.expected}”, found “${node.marker}” (${enHow})`,
        },
        issue.fix ? [issue.fix] : undefined,
        { suggestions: numberingSuggestions(issue) },
      );
    }
  },
};
