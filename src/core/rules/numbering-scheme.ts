import type { Rule } from './rule';

export const numberingScheme: Rule = {
  meta: {
    id: 'numbering-scheme',
    defaultSeverity: 'info',
    summary: {
      'zh-CN': '全文一贯采用与 GB/T 9704 不同的层级次序（如“（一）”在“一、”之上）：提示一次',
      en: 'A document that follows a heading order other than GB/T 9704 throughout (such as （一） above 一、): one note',
    },
    rationale: {
      'zh-CN':
        'GB/T 9704—2012 第 7.3.3 条的层级次序为“一、”“（一）”“1.”“（1）”。有的文稿（多见于早年的公文）全文一贯地把“（一）”放在“一、”之上，或在“一、”之下直接用“1.”而从不用“（一）”。这样的文稿按其自身的次序检查，不逐行报错；本规则只在第一处提示一次，说明所用次序与标准次序。不需要时可关闭（"numbering-scheme": "off"）。',
      en: 'GB/T 9704-2012 §7.3.3 orders the levels 一、, （一）, 1., （1）. Some documents (older official texts especially) put （一） above 一、 throughout, or use 1. directly under 一、 and never （一）. Such a document is checked against its own order, line by line without warnings; this rule notes the difference once, at the first line concerned, naming both orders. Turn it off when not wanted ("numbering-scheme": "off").',
    },
    examples: {
      ok: [{ text: '一、总体情况\n（一）主要做法\n1.加强学习\n二、存在问题\n（一）短板' }],
      notOk: [
        {
          title: '（一） above 一、 throughout',
          text: '（一）形势\n正文。\n（二）任务\n一、农业\n二、工业\n（三）展望\n一、目标',
          expected: ['1:1-1:4: This document places “（一）” above “一、” throughout; GB/T 9704 orders the levels 一、 → （一） → 1. → （1）'],
        },
        {
          title: '1. directly under 一、, （一） never used',
          text: '一、总体情况\n1.加强学习\n2.强化落实\n二、存在问题\n1.短板',
          expected: ['2:1-2:3: This document uses “1.” directly under “一、” and never “（一）”; GB/T 9704 orders the levels 一、 → （一） → 1. → （1）'],
        },
      ],
    },
  },
  check({ model, report }) {
    const d = model.numbering.deviation;
    if (!d) return;
    if (d.kind === 'bracket-first') {
      report(d.node.markerSpan, {
        'zh-CN': '本文全文把“（一）”用在“一、”之上；GB/T 9704 的层级次序为 一、→（一）→1.→（1）',
        en: 'This document places “（一）” above “一、” throughout; GB/T 9704 orders the levels 一、 → （一） → 1. → （1）',
      });
    } else {
      report(d.node.markerSpan, {
        'zh-CN': `本文在“${d.parent.marker}”之下直接使用“${d.node.marker}”，从不使用“（一）”；GB/T 9704 的层级次序为 一、→（一）→1.→（1）`,
        en: `This document uses “${d.node.marker}” directly under “${d.parent.marker}” and never “（一）”; GB/T 9704 orders the levels 一、 → （一） → 1. → （1）`,
      });
    }
  },
};
