import { proseParagraphs, protectedSpans } from './prose';
import type { Rule } from './rule';

// Stronger marks first: the fix keeps the strongest of a clashing run.
const STRENGTH = '。？！；：，、';
const RUN = /[。？！；：，、]{2,}/g;
const ALLOWED = /^(?:[？！]+)$/;

export const punctuationRepeat: Rule = {
  meta: {
    id: 'punctuation-repeat',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '标点重复或冲突：。。 ，， 。： ，。 等（…… —— ？！ 不受影响）',
      en: 'Doubled or clashing marks: 。。 ，， 。： ，。 and the like (…… —— ？！ are fine)',
    },
    rationale: {
      'zh-CN': 'GB/T 15834—2011：点号不叠用；问号与叹号可以连用。',
      en: 'GB/T 15834-2011: pause and stop marks are not doubled; ？ and ！ may be combined.',
    },
    examples: {
      ok: [{ text: '这难道不是我们的责任吗？！时间过得真快……我们要再接再厉——决不松懈。' }],
      notOk: [
        {
          text: '提升监督质效。：三是加强作风建设，，落实制度。',
          expected: [
            '1:7-1:9: Doubled or clashing punctuation “。：”: keep “。”',
            '1:17-1:19: Doubled or clashing punctuation “，，”: keep “，”',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    const isProtected = protectedSpans(model);
    // Right after an ordinal (第一，？) the mark kept decides whether the ordinal stays a point of
    // its run (第一， is one, 第一？ is not): the change is offered, not applied.
    const afterOrdinal = new Set(model.points.map((p) => p.markerSpan.end));
    for (const para of proseParagraphs(model)) {
      const slice = text.slice(para.start, para.end);
      RUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RUN.exec(slice))) {
        const run = m[0];
        // (Three full stops or more are an ellipsis typed wrong: dash-ellipsis says so.)
        if (ALLOWED.test(run) || /^。{3,}$/.test(run)) continue;
        const span = { start: para.start + m.index, end: para.start + m.index + run.length };
        if (isProtected(span)) continue;
        const keep = [...run].sort((a, b) => STRENGTH.indexOf(a) - STRENGTH.indexOf(b))[0];
        report(
          span,
          {
            'zh-CN': `标点重复或冲突“${run}”：保留“${keep}”`,
            en: `Doubled or clashing punctuation “${run}”: keep “${keep}”`,
          },
          afterOrdinal.has(span.start) ? undefined : [{ span, newText: keep }],
          afterOrdinal.has(span.start) ? { suggestions: [{ message: { 'zh-CN': `保留“${keep}”`, en: `Keep “${keep}”` }, edits: [{ span, newText: keep }] }] } : undefined,
        );
      }
    }
  },
};
