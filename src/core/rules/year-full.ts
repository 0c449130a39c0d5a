import { eachMatch, proseOf } from './proofread';
import type { Rule } from './rule';

/**
 * A date whose year has two digits: 24年5月, ’24年5月, 23年度, 24年底, 24年上半年, 24年一季度. What
 * follows 年 makes it a date; a duration (24年来, 10年3个月, 20年度过) is not matched, nor 24年以来,
 * which may be either.
 */
const SHORT_YEAR = /(?<![0-9０-９.．年])['’]?([0-9]{2})年(?=(?:[1-9]|1[0-2])月(?!份?[0-9]*个)|度(?!过)|底|上半年|下半年|第?[一二三四]季度)/g;

export const yearFull: Rule = {
  meta: {
    id: 'year-full',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '年份应写全：24年5月 → 2024年5月，23年度 → 2023年度',
      en: 'Write the year in full: 24年5月 → 2024年5月, 23年度 → 2023年度',
    },
    rationale: {
      'zh-CN': 'GB/T 15835—2011：年份一般不简写（“1990年”不写作“90年”）；GB/T 9704—2012 第7.3.5条：成文日期的年份应标全称。表示时长的“24年来”不受影响。世纪由作者判断，故只作建议。',
      en: 'GB/T 15835-2011: a year is not abbreviated (1990年, not 90年); GB/T 9704-2012 §7.3.5: the year of a date of issue is written in full. A duration such as 24年来 is left alone. The century is the writer’s to say, so the full year is only suggested.',
    },
    examples: {
      ok: [{ text: '2024年5月召开会议，这是建局24年来的第一次，历时1年3个月，工作20年度过难关。' }],
      notOk: [
        {
          text: '24年5月召开会议，98年12月成立。',
          expected: ['1:1-1:4: Two-digit year: write it in full', '1:11-1:14: Two-digit year: write it in full'],
        },
        {
          text: '对照23年度考核指标，24年底前完成。',
          expected: ['1:3-1:6: Two-digit year: write it in full', '1:12-1:15: Two-digit year: write it in full'],
        },
      ],
    },
  },
  check({ model, report }) {
    eachMatch(proseOf(model), SHORT_YEAR, (m) => {
      const span = { start: m.index, end: m.index + m[0].length };
      const yy = Number(m[1]);
      // The century is a guess (the writer knows): offered, never applied by fix-all.
      const full = `${yy < 50 ? 20 : 19}${m[1]}年`;
      report(
        span,
        { 'zh-CN': '年份简写为两位：应写全', en: 'Two-digit year: write it in full' },
        undefined,
        { suggestions: [{ message: { 'zh-CN': `改为“${full}”`, en: `Use “${full}”` }, edits: [{ span, newText: full }] }] },
      );
    });
  },
};
