import { toChineseNumeral } from '../numerals';
import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/** An Arabic number before 几 (10几天, 20几人): an estimate written with 几 takes Chinese numerals. */
const ARABIC_JI = /(?<![0-9.])([1-9]0)几/g;
/**
 * Two neighbouring numerals joined by 、 before a measure word (三、五天, 七、八个人): an estimate,
 * written without the mark. Abbreviated lists (一、二年级, 一、二季度, 第一、二庭) keep it.
 */
const ADJACENT = /(?<![第、〇零一二三四五六七八九十百千万亿两])([一二三四五六七八九])、([二三四五六七八九])(?=(?:十|百|千|万)?(?:天|日|个|人|次|名|家|位|户|件|里|公里|米|分钟|小时|周|倍|岁|元|万元|亿元|成))/g;

const VALUES = '一二三四五六七八九';

export const estimateNumbers: Rule = {
  meta: {
    id: 'estimate-numbers',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '概数写法：“几”前用汉字数字（十几天），相邻数字连用不加顿号（三五天）',
      en: 'Estimates: Chinese numerals before 几 (十几天); neighbouring numerals without 、 (三五天)',
    },
    rationale: {
      'zh-CN':
        'GB/T 15835—2011 第4.2条：含有“几”的概数用汉字数字（十几、几十）；GB/T 15834—2011 第4.5.3条：相邻两数字连用表示概数时不用顿号（三五天），缩略形式（一、二年级）除外。',
      en:
        'GB/T 15835-2011 §4.2: estimates with 几 take Chinese numerals (十几, 几十); GB/T 15834-2011 §4.5.3: two neighbouring numerals forming an estimate take no 、 (三五天), unlike an abbreviated list (一、二年级).',
    },
    examples: {
      ok: [{ text: '用了十几天，走访三五家企业，覆盖一、二年级和一、二季度。' }],
      notOk: [
        {
          text: '用了10几天，走访三、五家企业。',
          expected: ['1:3-1:6: Estimate with 几 in Arabic numerals: use “十几”', '1:10-1:13: 、 between numerals of an estimate: use “三五”'],
        },
      ],
    },
  },
  check({ model, report }) {
    const prose = proseOf(model);
    eachMatch(prose, ARABIC_JI, (m) => {
      const span = { start: m.index, end: m.index + m[0].length };
      const fixed = `${toChineseNumeral(Number(m[1]))}几`;
      report(
        span,
        { 'zh-CN': `含“几”的概数用了阿拉伯数字：应为“${fixed}”`, en: `Estimate with 几 in Arabic numerals: use “${fixed}”` },
        [{ span, newText: fixed }],
      );
    });
    eachMatch(prose, ADJACENT, (m) => {
      const a = VALUES.indexOf(m[1]);
      const b = VALUES.indexOf(m[2]);
      // 三五 and 七八 are estimates; 一、五 is not.
      if (!(b === a + 1 || (m[1] === '三' && m[2] === '五'))) return;
      const span = { start: m.index, end: m.index + 3 };
      const fixed = m[1] + m[2];
      report(
        span,
        { 'zh-CN': `概数的相邻数字之间用了顿号：应为“${fixed}”`, en: `、 between numerals of an estimate: use “${fixed}”` },
        [{ span: { start: m.index + 1, end: m.index + 2 }, newText: '' }],
      );
    });
  },
};
