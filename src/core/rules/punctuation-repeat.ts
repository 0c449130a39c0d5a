import { proseParagraphs, protectedSpans } from './prose';
import type { Rule } from './rule';

// Stronger marks first: the fix keeps the strongest of a clashing run.
const STRENGTH = '。？！；：，、';
const RUN = /[。？！；：，、]{2,}/g;
const ALLOWED = /^(?:[？！]+)$/;
/**
 * A 、 right before the 等 (等等) that closes a list (水、电、气、等): 等 follows the last item
 * directly. Not 等 beginning a word of its own (行业监管、等级保护).
 */
const BEFORE_DENG = /(?<=[\u4e00-\u9fff”’）》a-zA-Z0-9])、(?=等(?:等)?(?![级同待量值额效比到候于高边分距温位腰价外次第]))/g;

export const punctuationRepeat: Rule = {
  meta: {
    id: 'punctuation-repeat',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '标点重复或冲突：。。 ，， 。： ，。 等（…… —— ？！ 不受影响）；“等”前不用顿号',
      en: 'Doubled or clashing marks: 。。 ，， 。： ，。 and the like (…… —— ？！ are fine); no 、 before 等',
    },
    rationale: {
      'zh-CN': 'GB/T 15834—2011：点号不叠用；问号与叹号可以连用。列举末项之后直接接“等”“等等”，其前不加顿号（水、电、气等）；“等级”“等同”等词不受影响。',
      en: 'GB/T 15834-2011: pause and stop marks are not doubled; ？ and ！ may be combined. The 等 (等等) closing a list follows its last item directly, with no 、 (水、电、气等); words beginning with 等 (等级, 等同) are left alone.',
    },
    examples: {
      ok: [{ text: '这难道不是我们的责任吗？！时间过得真快……我们要再接再厉——决不松懈。加强水、电、气等设施建设和行业监管、等级保护。' }],
      notOk: [
        {
          text: '提升监督质效。：三是加强作风建设，，落实制度。',
          expected: [
            '1:7-1:9: Doubled or clashing punctuation “。：”: keep “。”',
            '1:17-1:19: Doubled or clashing punctuation “，，”: keep “，”',
          ],
        },
        {
          text: '持续加强水、电、气、等基础设施建设。',
          expected: ['1:10-1:11: No 、 before the 等 that closes a list: delete it'],
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
      BEFORE_DENG.lastIndex = 0;
      for (let d: RegExpExecArray | null; (d = BEFORE_DENG.exec(slice)); ) {
        const span = { start: para.start + d.index, end: para.start + d.index + 1 };
        if (isProtected(span)) continue;
        report(span, { 'zh-CN': '“等”前不用顿号：删去“、”', en: 'No 、 before the 等 that closes a list: delete it' }, [{ span, newText: '' }]);
      }
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
