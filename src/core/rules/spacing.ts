import type { Span } from '../types';
import { eachMatch, inLatinText, isChinesePunct, isHan, proseOf } from './proofread';
import type { Localized, Rule } from './rule';
import { isHalfWidthMark } from '../marks';

/** Spaces inside a line of prose; a tab or a wide gap is layout (a signature pushed right, a table), not a slip. */
export const SPACES = /[ \u3000\u00a0]+/g;

export function isLayoutGap(gap: string): boolean {
  return gap.length >= 3 || (gap.length >= 2 && gap.includes('\u3000'));
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ%‰℃]$/.test(ch);
}

/**
 * What the spacing rule counts as text beside a gap next to a Chinese mark, or will once the
 * half-width marks around are fixed too (（！　）: the ! and the ) become Chinese marks).
 */
function besideMark(ch: string | undefined): boolean {
  return isHan(ch) || isAlnum(ch) || isChinesePunct(ch) || isHalfWidthMark(ch);
}

/**
 * The spaces just before `start` and just after `end` that the spacing rule would flag once a
 * Chinese mark stands at [start, end) (a half-width mark or a straight quote a fix makes Chinese):
 * the span such a fix should replace, so that it leaves no finding it did not find. Within `limit`.
 */
export function spanWithGapsBesideMark(text: string, start: number, end: number, limit: Span): Span {
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u3000' || ch === '\u00a0';
  let s = start;
  while (s > limit.start && isSpace(text[s - 1])) s--;
  if (s === start || s === limit.start || isLayoutGap(text.slice(s, start)) || !besideMark(text[s - 1])) s = start;
  let e = end;
  while (e < limit.end && isSpace(text[e])) e++;
  if (e === end || e === limit.end || isLayoutGap(text.slice(end, e)) || !besideMark(text[e])) e = end;
  return { start: s, end: e };
}

/** What a gap sits between, for the two spacing rules. */
export type GapKind = 'han-alnum' | 'punct' | 'han-han' | null;

export function classifyGap(text: string, gap: Span): GapKind {
  const left = text[gap.start - 1];
  const right = text[gap.end];
  if ((isHan(left) && isAlnum(right)) || (isAlnum(left) && isHan(right))) return 'han-alnum';
  const word = (ch: string | undefined) => isHan(ch) || isAlnum(ch) || isChinesePunct(ch);
  if ((isChinesePunct(left) && word(right)) || (isChinesePunct(right) && word(left))) return 'punct';
  if (isHan(left) && isHan(right)) return 'han-han';
  return null;
}

const MESSAGES: Record<'han-alnum' | 'punct', Localized> = {
  'han-alnum': {
    'zh-CN': '汉字与数字、字母之间不应有空格：删除空格',
    en: 'Space between Chinese characters and a number or Latin letters: delete it',
  },
  punct: {
    'zh-CN': '中文标点前后不应有空格：删除空格',
    en: 'Space beside a Chinese punctuation mark: delete it',
  },
};

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Text whose numbers are letter-spaced throughout (`1 9 9 8 年`), as some PDF and web extractions
 * leave it: deleting the one space before 年 would leave the number spaced, so the rule stays out
 * of the way and the text needs a clean copy instead.
 */
function letterSpacedDigits(text: string): boolean {
  const re = /[0-9] [0-9．.] ?[0-9]/g;
  let n = 0;
  while (re.exec(text)) if (++n >= 5) return true;
  return false;
}

export const spacing: Rule = {
  meta: {
    id: 'spacing',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '中文句子中多余的空格：汉字与数字、字母之间，中文标点前后',
      en: 'Stray spaces in Chinese text: between Chinese and numbers or Latin letters, beside Chinese punctuation',
    },
    rationale: {
      'zh-CN':
        '公文正文排版密排，不加空格：GB/T 15834—2011 第5.1条，标点符号占一个字位置，前后不留空；GB/T 15835—2011 阿拉伯数字占半个汉字位置，与汉字之间不留空。行首缩进、Markdown 标记、代码、网址和英文句子不受影响。',
      en:
        'Official Chinese text is set solid: GB/T 15834-2011 §5.1 (a mark takes one character cell, no space beside it); an Arabic numeral takes half a cell, with no space between it and Chinese characters (GB/T 15835-2011). Leading indentation, Markdown syntax, code, URLs and English sentences are left alone.',
    },
    examples: {
      ok: [
        { text: '办公室2025年共接待来访群众352人次，增长12.4%。' },
        { text: '　　全年采购Microsoft Office正版软件，详见 https://example.com/a 。' },
        { format: 'markdown', text: '## 一、总体情况\n\n- 运行 `npm run build` 命令，**加强领导。** 压实责任。' },
        { text: 'The report quotes 称谓 and 开头 in an English sentence.' },
        { text: '落款单位                    2024年5月8日' },
        { title: 'After 第一部分, beside a placeholder', text: '第一部分 2024年工作总结\n一、主要工作\n完成情况（xxx 收集）。' },
      ],
      notOk: [
        {
          text: '办公室 2025 年共接待 352 人次，增长 12.4% 。',
          expected: [
            '1:4-1:5: Space between Chinese characters and a number or Latin letters: delete it',
            '1:9-1:10: Space between Chinese characters and a number or Latin letters: delete it',
            '1:14-1:15: Space between Chinese characters and a number or Latin letters: delete it',
            '1:18-1:19: Space between Chinese characters and a number or Latin letters: delete it',
            '1:24-1:25: Space between Chinese characters and a number or Latin letters: delete it',
            '1:30-1:31: Space beside a Chinese punctuation mark: delete it',
          ],
        },
        {
          title: 'Full-width spaces',
          text: '一、总体情况\n受理信访件、　352件，办结率 ，98%。',
          expected: [
            '2:7-2:8: Space beside a Chinese punctuation mark: delete it',
            '2:16-2:17: Space beside a Chinese punctuation mark: delete it',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const prose = proseOf(model);
    const text = model.text;
    const spacedDigits = letterSpacedDigits(text);
    eachMatch(prose, SPACES, (m, run) => {
      if (isLayoutGap(m[0])) return;
      const span = { start: m.index, end: m.index + m[0].length };
      const kind = classifyGap(text, span);
      if (kind !== 'han-alnum' && kind !== 'punct') return;
      if (spacedDigits && kind === 'han-alnum' && (isDigit(text[span.start - 1]) || isDigit(text[span.end]))) return;
      if (inLatinText(text, span.start, run) || prose.isDeliberateGap(span)) return;
      report(span, MESSAGES[kind], [{ span, newText: '' }]);
    });
  },
};
