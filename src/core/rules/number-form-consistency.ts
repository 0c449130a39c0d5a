import { parseChineseNumeral, toChineseNumeral } from '../numerals';
import { eachMatch, proseOf } from './proofread';
import type { Rule, RuleSuggestion } from './rule';

/** Units of time spans, where a number is a plain count and not part of a set phrase (三个代表). */
const UNIT = /天|个月|小时|分钟|个工作日/g;
const CN = '二三四五六七八九十';

interface Use {
  span: Span;
  form: 'chinese' | 'arabic';
  value: number;
}
type Span = { start: number; end: number };

export const numberFormConsistency: Rule = {
  meta: {
    id: 'number-form-consistency',
    defaultSeverity: 'info',
    summary: {
      'zh-CN': '同类数量在同一文稿中写法不一致：“七天”与“7天”',
      en: 'The same kind of quantity written two ways in one document: 七天 and 7天',
    },
    rationale: {
      'zh-CN':
        'GB/T 15835—2011 第4.3条：阿拉伯数字和汉字数字均可使用时，应遵循“同类别同形式”原则，同一文稿中同类数量的写法应一致。本规则只看时长（天、个月、小时、分钟、工作日），指出少数的那种写法，并建议另一种写法。',
      en:
        'GB/T 15835-2011 §4.3: where Arabic and Chinese numerals are both acceptable, quantities of one kind take one form throughout a text. The rule reads time spans (天, 个月, 小时, 分钟, 工作日), points at the minority form and suggests the other.',
    },
    examples: {
      ok: [{ text: '整改期限为7天，复查在3个月内完成，公示5个工作日，加强八小时以外的管理。' }],
      notOk: [
        {
          text: '整改期限为7天，复查在3个月内完成，公示期为七天，每次检查2小时。',
          expected: ['1:23-1:25: Time spans are written 7天 elsewhere in this document: write this one the same way'],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    const byUnit = new Map<string, Use[]>();
    eachMatch(proseOf(model), UNIT, (m) => {
      let start = m.index;
      let form: Use['form'] | null = null;
      if (/[0-9]/.test(text[start - 1] ?? '')) {
        while (start > 0 && /[0-9]/.test(text[start - 1])) start--;
        if (/[0-9.．,，~～\-—至到]/.test(text[start - 1] ?? '') || m.index - start > 3) return;
        form = 'arabic';
      } else if (CN.includes(text[start - 1] ?? '\0')) {
        while (start > 0 && CN.includes(text[start - 1])) start--;
        // 第三天, 一二十天, 三四天 (an estimate), 十几天: not a plain count.
        if (/[第一两几〇零百千万、至到]/.test(text[start - 1] ?? '') || m.index - start > 3) return;
        form = 'chinese';
      }
      if (!form) return;
      // 八小时以外, 八小时工作制: set phrases, not a count in the report's own figures.
      if (/^(?:以外|之外|内外|工作制)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return;
      const digits = text.slice(start, m.index);
      const value = form === 'arabic' ? Number(digits) : parseChineseNumeral(digits);
      if (value === null || value < 2 || value > 99) return;
      // 个工作日 and 天 are counted apart: a house may write 5个工作日 and 三天.
      const unit = m[0];
      let uses = byUnit.get(unit);
      if (!uses) byUnit.set(unit, (uses = []));
      uses.push({ span: { start, end: m.index + unit.length }, form, value });
    });
    // Time spans as one kind: 天, 个月, 小时 and 分钟 together.
    const all = [...byUnit.values()].flat().sort((a, b) => a.span.start - b.span.start);
    const arabic = all.filter((u) => u.form === 'arabic');
    const chinese = all.filter((u) => u.form === 'chinese');
    if (!arabic.length || !chinese.length || arabic.length === chinese.length) return;
    const [minority, majority] = arabic.length < chinese.length ? [arabic, chinese] : [chinese, arabic];
    const sample = text.slice(majority[0].span.start, majority[0].span.end);
    for (const use of minority) {
      const number = use.form === 'arabic' ? toChineseNumeral(use.value) : String(use.value);
      const numberEnd = use.span.start + text.slice(use.span.start, use.span.end).search(/[^0-9二三四五六七八九十]/);
      const suggestion: RuleSuggestion = {
        message: { 'zh-CN': `改为“${number}”`, en: `Use “${number}”` },
        edits: [{ span: { start: use.span.start, end: numberEnd }, newText: number }],
      };
      report(
        use.span,
        {
          'zh-CN': `本文其他处时长写作“${sample}”：此处宜统一写法`,
          en: `Time spans are written ${sample} elsewhere in this document: write this one the same way`,
        },
        undefined,
        { suggestions: [suggestion] },
      );
    }
  },
};
