import { eachMatch, isHan, proseOf } from './proofread';
import type { Rule } from './rule';
import { classifyGap, isLayoutGap, SPACES } from './spacing';

/**
 * A signature or label line: a role or title, its colon and a name ending the line, with no other
 * mark (科长：陈晓燕, 联系人：王芳).
 */
const SIGNATURE = /^[^，。；？！、,;?!：:]*(?:长|主任|书记|经理|主管|专员|秘书|干事|委员|联系人|负责人|主持人|记录人|审核人|签发人|填报人|承办人|编制人|报告人|汇报人|校对|审核|签发|落款)[：:]\s*[\u4e00-\u9fff]{2,4}\s*$/;

/** Chinese characters running from `from` in direction `step`, up to `limit` of them. */
function hanRun(text: string, from: number, step: 1 | -1, limit: number): number {
  let n = 0;
  for (let i = from; n < limit && isHan(text[i]); i += step) n++;
  return n;
}

/** Whether [start, end) lies between a 《 and its 》 on the line [lineStart, lineEnd). */
function insideBookTitle(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  const open = text.lastIndexOf('《', start);
  if (open < lineStart || text.lastIndexOf('》', start) > open) return false;
  const close = text.indexOf('》', end);
  return close >= 0 && close < lineEnd && (text.indexOf('《', end) < 0 || text.indexOf('《', end) > close);
}

export const spacingSeparator: Rule = {
  meta: {
    id: 'spacing-separator',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '汉字之间用空格分隔：并列词语之间应使用顿号或逗号',
      en: 'A space between Chinese words: parallel items take 、 or ，',
    },
    rationale: {
      'zh-CN':
        'GB/T 15834—2011 第4.5条：句子内部并列词语之间用顿号，并列短语较长或有停顿时用逗号；中文正文中不用空格分隔词语。用哪一个由作者决定，因此只提供建议，不自动修改。',
      en:
        'GB/T 15834-2011 §4.5: parallel words within a sentence are separated by 、 (a longer pause takes ，); Chinese text does not separate words with spaces. Which mark fits is the writer’s choice, so the rule only suggests.',
    },
    examples: {
      ok: [
        { text: '坚持“讲政治、重实干、促发展”。' },
        { title: 'A two-character name padded to three', text: '主持人：张　三' },
        { text: '落款单位          办公室' },
        { title: 'A byline and a label: no sentence on the line', text: '国务院总理　李　强\n【内部资料 妥善保管】' },
        { title: 'A signature whose only mark is the colon before a name', text: '医院感染管理科　科长：陈晓燕' },
        { title: 'After a heading marker that ends in a word', text: '第一部分 总体情况\n一、主要工作\n全年工作平稳。' },
        { title: 'Inside a title in 《》: a standard parts its main title from the part title by a space', text: '各项指标均符合《食品安全国家标准 乳粉》（GB 19644）的要求。' },
      ],
      notOk: [
        {
          text: '坚持“讲政治 重实干 促发展”。',
          expected: [
            '1:7-1:8: Space between Chinese words: use 、 or ， between parallel items',
            '1:11-1:12: Space between Chinese words: use 、 or ， between parallel items',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const prose = proseOf(model);
    const text = model.text;
    eachMatch(prose, SPACES, (m) => {
      if (isLayoutGap(m[0])) return;
      const span = { start: m.index, end: m.index + m[0].length };
      if (classifyGap(text, span) !== 'han-han' || prose.isDeliberateGap(span)) return;
      // A line with no sentence mark is a title, a byline or a label (国务院总理　李　强,
      // 【内部资料 妥善保管】), laid out with spaces on purpose; words in a sentence are not.
      const lineStart = text.lastIndexOf('\n', span.start) + 1;
      let lineEnd = text.indexOf('\n', span.end);
      if (lineEnd < 0) lineEnd = text.length;
      // Half-width marks count too: another rule's fix turns them full-width, and the decision
      // must not change under it (fix-all would then find a new problem).
      const line = text.slice(lineStart, lineEnd);
      if (!/[，。；：？！、,;:?!]/.test(line)) return;
      // Nor is a signature or a label whose only mark is the colon before a name ending the line
      // (医院感染管理科　科长：陈晓燕, 联系人：王　芳).
      if (SIGNATURE.test(line) && span.start < lineStart + line.search(/[：:]/)) return;
      // Inside a title in 《》 the space is the title's own: a standard's title parts its main
      // title from the part title by a space (《食品安全国家标准 蜂蜜》, GB/T 1.1), and a title is
      // quoted as published.
      if (insideBookTitle(text, span.start, span.end, lineStart, lineEnd)) return;
      const before = hanRun(text, span.start - 1, -1, 2);
      const after = hanRun(text, span.end, 1, 2);
      // `张　三`: a short name padded to line up with longer ones in a list.
      if (before < 2 && after < 2) return;
      const suggestions = [
        { message: { 'zh-CN': '改为顿号“、”', en: 'Use “、”' }, edits: [{ span, newText: '、' }] },
        { message: { 'zh-CN': '改为逗号“，”', en: 'Use “，”' }, edits: [{ span, newText: '，' }] },
        { message: { 'zh-CN': '删除空格', en: 'Delete the space' }, edits: [{ span, newText: '' }] },
      ];
      // 盲 目求纯: one character cut off from its word, the space is a stray one: offer deletion first.
      if (before < 2 || after < 2) suggestions.unshift(suggestions.pop()!);
      report(
        span,
        {
          'zh-CN': '汉字之间有空格：并列词语之间应使用“、”或“，”',
          en: 'Space between Chinese words: use 、 or ， between parallel items',
        },
        undefined,
        { suggestions },
      );
    });
  },
};
