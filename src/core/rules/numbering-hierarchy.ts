import type { OutlineNode, SectionNode } from '../types';
import { LEVEL_SHAPES } from './numbering';
import type { Rule } from './rule';

export const numberingHierarchy: Rule = {
  meta: {
    id: 'numbering-hierarchy',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '标题层级不合规范：低一级序号用在高一级之上，或跳过了中间层级',
      en: 'Heading levels out of the standard order: a lower-level ordinal above a higher one, or a level skipped',
    },
    rationale: {
      'zh-CN': 'GB/T 9704—2012 第 7.3.3 条：结构层次序数依次用“一、”“（一）”“1.”“（1）”；GB/T 15834—2011 B.3.8：低一级序号不应出现在高一级序号之前。以“（一）”为最高层级的文稿不受影响。',
      en: 'GB/T 9704-2012 §7.3.3: levels are numbered 一、, （一）, 1., （1） in that order; GB/T 15834-2011 B.3.8: a lower-level ordinal must not come before a higher one. Documents whose top level is （一） are fine.',
    },
    examples: {
      ok: [
        { text: '一、总体情况\n（一）主要做法\n1.加强学习\n（1）集中学习' },
        { title: '（一） as the top level', text: '（一）主要做法\n1.加强学习\n（二）取得成效' },
      ],
      notOk: [
        {
          title: 'A higher level after a lower one',
          text: '一、总体情况\n1.加强学习\n（一）主要做法',
          expected: ['3:1-3:4: “（一）” is a higher level than “1.” before it: levels go 一、 → （一） → 1. → （1）'],
        },
        {
          title: 'A level skipped',
          text: '一、总体情况\n1.加强学习\n2.强化落实',
          expected: ['2:1-2:3: “1.” directly under “一、” skips the “（一）” level'],
        },
      ],
    },
  },
  check({ model, report }) {
    const visit = (parent: SectionNode | null, children: OutlineNode[]) => {
      const sections = children.filter((c): c is SectionNode => c.kind === 'section');
      let deepest: SectionNode | null = null;
      for (const node of sections) {
        if (deepest && node.level < deepest.level) {
          report(node.markerSpan, {
            'zh-CN': `“${node.marker}”比前面的“${deepest.marker}”层级更高：层级应依次为 一、→（一）→1.→（1）`,
            en: `“${node.marker}” is a higher level than “${deepest.marker}” before it: levels go 一、 → （一） → 1. → （1）`,
          });
        }
        if (!deepest || node.level > deepest.level) deepest = node;
      }
      if (parent && parent.level >= 1 && sections.length) {
        const first = sections[0];
        const skips = first.level > parent.level + 1 && !sections.some((s) => s.level === parent.level + 1);
        if (skips) {
          const missing = LEVEL_SHAPES[parent.level + 1];
          report(first.markerSpan, {
            'zh-CN': `“${parent.marker}”之下直接使用“${first.marker}”，跳过了“${missing}”这一层级`,
            en: `“${first.marker}” directly under “${parent.marker}” skips the “${missing}” level`,
          });
        }
      }
      for (const child of children) if (child.children.length) visit(child.kind === 'section' ? child : parent, child.children);
    };
    visit(null, model.outline);
  },
};
