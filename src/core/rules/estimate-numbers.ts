import { toChineseNumeral } from '../numerals';
import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/** An Arabic number before 几 (10几天, 20几人): an estimate written with 几 takes Chinese numerals. */
const ARABIC_JI = /(?<![0-9.])([1-9]0)几/g;
/**
 * Two neighbouring numerals joined by 、 before a measure word (三、五天, 七、八个人): an estimate,
 * written without the mark. Abbreviated lists (一、二年级, 一、二季度, 第一、二庭) keep it, and so do
 * the compounds of 次 (一、二次网 of a heating network: 一次网 and 二次网; 一、二次供水).
 */
const ADJACENT = /(?<![第、〇零一二三四五六七八九十百千万亿两])([一二三四五六七八九])、([二三四五六七八九])(?=(?:十|百|千|万)?(?:天|日|个|人|次(?!网|侧|性|能源|供|分配|污染|加工|产业|结构|元|方程)|名|家|位|户|件|里|公里|米|分钟|小时|周|倍|岁|元|万元|亿元|成))/g;

const VALUES = '一二三四五六七八九';
const CI = '次'.charCodeAt(0);
/**
 * 约 and 左右 (or 上下) around one amount (约50万元左右, 约有200人左右): both say "about", once is
 * enough. The amount: digits or Chinese numerals, with a unit of up to four characters and no mark.
 * (Not the 约 of a word: 节约50万元左右 saved about that much.)
 */
const ABOUT_TWICE = /(?<![节制预签履违契合公条邀特简隐相守婉集缔毁践赴失解续立如])约(?:有|为|达)?(?:[0-9０-９][0-9０-９.．,，]*|[一二三四五六七八九十百千万亿两几]+)[^\s，。；：、！？（）《》“”0-9]{0,4}?(左右|上下)/g;

export const estimateNumbers: Rule = {
  meta: {
    id: 'estimate-numbers',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '概数写法：“几”前用汉字数字（十几天），相邻数字连用不加顿号（三五天），“约”与“左右”不同用',
      en: 'Estimates: Chinese numerals before 几 (十几天); neighbouring numerals without 、 (三五天); not both 约 and 左右',
    },
    rationale: {
      'zh-CN':
        'GB/T 15835—2011 第4.2条：含有“几”的概数用汉字数字（十几、几十）；GB/T 15834—2011 第4.5.3条：相邻两数字连用表示概数时不用顿号（三五天），缩略形式（一、二年级）除外。“约”与“左右”“上下”都表示概数，同用则语义重复（约50万元左右），删去其一（提供两种改法，不自动修改）。',
      en:
        'GB/T 15835-2011 §4.2: estimates with 几 take Chinese numerals (十几, 几十); GB/T 15834-2011 §4.5.3: two neighbouring numerals forming an estimate take no 、 (三五天), unlike an abbreviated list (一、二年级). 约 and 左右 (or 上下) both mark an estimate: with both (约50万元左右) one is redundant; either may go, so both deletions are offered and none is applied.',
    },
    examples: {
      ok: [{ text: '用了十几天，走访三五家企业，覆盖一、二年级和一、二季度；约有200人参加，节约50万元左右，约定10日交货。' }, { text: '实时采集一、二次网供回水温度。' }, { text: '重新标定一、二次热风润叶机的参数。' }],
      notOk: [
        {
          text: '用了10几天，走访三、五家企业。',
          expected: ['1:3-1:6: Estimate with 几 in Arabic numerals: use “十几”', '1:10-1:13: 、 between numerals of an estimate: use “三五”'],
        },
        {
          text: '全年节约经费约50万元左右，约有200人左右参加培训。',
          expected: ['1:7-1:14: 约 and 左右 both say “about”: keep one', '1:15-1:23: 约 and 左右 both say “about”: keep one'],
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
    eachMatch(prose, ABOUT_TWICE, (m) => {
      const word = m[1];
      const at = m.index + m[0].length - word.length;
      const span = { start: m.index, end: m.index + m[0].length };
      report(
        span,
        { 'zh-CN': `“约”与“${word}”同用，语义重复：删去其一`, en: `约 and ${word} both say “about”: keep one` },
        undefined,
        {
          suggestions: [
            { message: { 'zh-CN': `删去“${word}”`, en: `Delete ${word}` }, edits: [{ span: { start: at, end: at + word.length }, newText: '' }] },
            { message: { 'zh-CN': '删去“约”', en: 'Delete 约' }, edits: [{ span: { start: m.index, end: m.index + 1 }, newText: '' }] },
          ],
        },
      );
    });
    eachMatch(prose, ADJACENT, (m) => {
      const a = VALUES.indexOf(m[1]);
      const b = VALUES.indexOf(m[2]);
      // 三五 and 七八 are estimates; 一、五 is not.
      if (!(b === a + 1 || (m[1] === '三' && m[2] === '五'))) return;
      // 一、二次 names the primary and the secondary of something (一、二次热风润叶机, 一、二次设备):
      // once or twice is 一两次, seldom 一二次.
      if (m[1] === '一' && m[2] === '二' && prose.text.charCodeAt(m.index + 3) === CI) return;
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
