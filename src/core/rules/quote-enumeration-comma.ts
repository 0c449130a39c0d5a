import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/** A 顿号 right between a closing and an opening quotation or title mark. */
const BETWEEN = /[”》]、(?=[“《])/g;

export const quoteEnumerationComma: Rule = {
  meta: {
    id: 'quote-enumeration-comma',
    defaultSeverity: 'info',
    summary: {
      'zh-CN': '带引号或书名号的并列成分之间不用顿号：“一企一策”“一户一档”',
      en: 'No 、 between parallel items in quotation or title marks: “一企一策”“一户一档”',
    },
    rationale: {
      'zh-CN':
        'GB/T 15834—2011 第4.5.3.5条：标有引号的并列成分之间、标有书名号的并列成分之间通常不用顿号；若有其他成分插在中间（如括注），宜用顿号。该条为“通常”，许多正式文本仍用顿号，故本规则默认不启用，在 "preset": "strict" 或单独配置时生效。',
      en:
        'GB/T 15834-2011 §4.5.3.5: parallel items each in quotation marks or title marks usually take no 、 between them; when something such as a bracketed note stands between, 、 is right. The clause says “usually” and much official text keeps the 、, so the rule is off by default: turn it on with "preset": "strict" or in "rules".',
    },
    examples: {
      ok: [
        { text: '推行“一企一策”“一户一档”，学习《条例》《办法》。' },
        { text: '学习《条例》（2024年修订）、《办法》。' },
      ],
      notOk: [
        {
          text: '推行“一企一策”、“一户一档”，学习《条例》、《办法》。',
          expected: [
            '1:9-1:10: 、 between items in quotation or title marks: delete it',
            '1:23-1:24: 、 between items in quotation or title marks: delete it',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    eachMatch(proseOf(model), BETWEEN, (m) => {
      const span = { start: m.index + 1, end: m.index + 2 };
      report(
        span,
        { 'zh-CN': '引号或书名号并列成分之间的顿号：应删除', en: '、 between items in quotation or title marks: delete it' },
        [{ span, newText: '' }],
      );
    });
  },
};
