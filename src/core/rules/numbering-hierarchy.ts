import { numberingSuggestions } from './numbering';
import type { Rule } from './rule';

export const numberingHierarchy: Rule = {
  meta: {
    id: 'numbering-hierarchy',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '标题层级不合规范：序号用错了层级，低一级序号用在高一级之上，或跳过了中间层级',
      en: 'Heading levels out of the standard order: an ordinal of the wrong level, a lower level above a higher one, or a level skipped',
    },
    rationale: {
      'zh-CN':
        'GB/T 9704—2012 第 7.3.3 条：结构层次序数依次用“一、”“（一）”“1.”“（1）”；GB/T 15834—2011 B.3.8：低一级序号不应出现在高一级序号之前。从前后同级标题推断作者本意：“二、”之前的顶层“1.”应为“一、”，“（一）（二）”之后的“3.”应为“（三）”，紧接“（二）”的“1.”应为“（一）”，其后有“第二部分”的“1.”应为“第一部分”；只在写错的那一行报告一次，并给出应写的序号。文中其他部分使用“（一）”、某一部分却在“一、”之下直接用“1.”的，作为提示（不是警告）报告一次：层级次序未颠倒，只是前后不一致。以“（一）”为最高层级的文稿不受影响；全文一贯采用另一种层级次序的文稿由 numbering-scheme 提示一次。逐条编号的整句（以句号或分号结尾的“1.……；2.……。”）是列举，不是标题，不报跳级。',
      en: 'GB/T 9704-2012 §7.3.3: levels are numbered 一、, （一）, 1., （1） in that order; GB/T 15834-2011 B.3.8: a lower-level ordinal must not come before a higher one. What the author meant is read from the siblings before and after: a top-level 1. before 二、 is 一、, a 3. after （一）（二） is （三）, a 1. directly before （二） is （一）, a 1. with 第二部分 later is 第一部分; the wrong line is reported once, with the marker meant. A section that numbers its points 1. directly under 一、 where other sections use （一） gets one hint (not a warning): the order of the levels holds, only their use differs between sections. Documents whose top level is （一） are fine; a document that follows another order throughout gets one note from numbering-scheme instead. Numbered whole sentences (1.……；2.……。, ending in 。 or ；) are an enumeration, not headings, and skip no level.',
    },
    examples: {
      ok: [
        { text: '一、总体情况\n（一）主要做法\n1.加强学习\n（1）集中学习' },
        { title: '（一） as the top level', text: '（一）主要做法\n1.加强学习\n（二）取得成效' },
        { title: 'Numbered sentences, an enumeration', text: '一、总体情况\n（一）主要做法\n二、下步打算\n1.加快渠道下沉，新发展合作伙伴30家；\n2.完善激励机制。' },
      ],
      notOk: [
        {
          title: 'A marker of the wrong level',
          text: '一、总体情况\n（一）主要做法\n（二）取得成效\n3.经验体会',
          expected: ['4:1-4:3: “3.” stands where “（三）” belongs: write “（三）”'],
        },
        {
          title: 'A top-level 1. before 二、',
          text: '1.总体情况\n（一）主要做法\n二、存在问题',
          expected: ['1:1-1:3: “1.” stands where “一、” belongs: write “一、”'],
        },
        {
          title: 'A level skipped (a hint)',
          severity: 'info',
          text: '一、总体情况\n1.加强学习\n2.强化落实\n二、存在问题\n（一）短板',
          expected: ['2:1-2:3: “1.” directly under “一、” skips the “（一）” level the document uses elsewhere: keep the levels consistent'],
        },
      ],
    },
  },
  check({ model, report }) {
    for (const issue of model.numbering.issues) {
      if (issue.rule !== 'numbering-hierarchy') continue;
      const node = issue.node;
      if (issue.kind === 'level') {
        report(
          node.markerSpan,
          {
            'zh-CN': `“${node.marker}”处于“${issue.expected}”的位置：应写为“${issue.expected}”`,
            en: `“${node.marker}” stands where “${issue.expected}” belongs: write “${issue.expected}”`,
          },
          issue.fix ? [issue.fix] : undefined,
          { suggestions: numberingSuggestions(issue) },
        );
      } else if (issue.kind === 'above') {
        const deeper = issue.other!;
        report(node.markerSpan, {
          'zh-CN': `“${node.marker}”比前面的“${deeper.marker}”层级更高：层级应依次为 一、→（一）→1.→（1）`,
          en: `“${node.marker}” is a higher level than “${deeper.marker}” before it: levels go 一、 → （一） → 1. → （1）`,
        });
      } else if (issue.kind === 'skip-level') {
        const parent = issue.other!;
        // A hint, not a warning: many writers number a short section's points 1. 2. under 一、 where
        // other sections have （一）; the order of the levels is kept, only their use differs between
        // sections (five of nine trade reports written blind for this project did so).
        report(
          node.markerSpan,
          {
            'zh-CN': `“${parent.marker}”之下直接使用“${node.marker}”，跳过了本文其他部分使用的“${issue.missing}”层级：层级宜前后一致`,
            en: `“${node.marker}” directly under “${parent.marker}” skips the “${issue.missing}” level the document uses elsewhere: keep the levels consistent`,
          },
          undefined,
          { severity: 'info' },
        );
      }
    }
  },
};
