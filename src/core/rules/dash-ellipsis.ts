import { eachMatch, inLatinText, proseOf } from './proofread';
import type { Rule } from './rule';

/**
 * A dash typed with hyphens between Chinese text (原则--群众, 目标---让). A single — is the
 * connection mark (中国—东盟自由贸易区, 2024—2026年) and is left alone; so is a single hyphen (the
 * connector-marks rule's). A Chinese character must stand on each side, or a mark beside one (the mark
 * may still be half-width: another rule's fix turns it full-width, and the finding must be there
 * before that fix as after it).
 * (Each pattern opens with a lookahead of the characters its match can start with: a pattern that
 * opens with a lookbehind is tried at every position, at about twice the cost.)
 */
const DASH = /(?=[-－])(?<=[\u4e00-\u9fff][，。；：？！”’）》,;:?!)'"]?)(?:-{2,}|－{2,})(?=[“‘（《("']?[\u4e00-\u9fff])/g;
/**
 * An ellipsis typed as full stops or periods (建议..., 用地难。。。) or as one … (整改不实…): an
 * ellipsis (省略号) is two, ……. After Chinese text only: `...` in an English quotation or code is
 * the writer's.
 */
const ELLIPSIS = /(?=[.。…])(?<=[\u4e00-\u9fff][，、；：”’）》,;:)'"]?)(?:\.{3,}|。{3,}|(?<!…)…(?!…))/g;

export const dashEllipsis: Rule = {
  meta: {
    id: 'dash-ellipsis',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '破折号写作“——”，省略号写作“……”（不用 -- ... 。。。 或单个 …）',
      en: 'A dash is ——, an ellipsis …… (not --, ..., 。。。 or a single …)',
    },
    rationale: {
      'zh-CN':
        'GB/T 15834—2011 第4.9条、第4.11条：破折号“——”、省略号“……”各占两个字的位置。用连字符、英文句点或三个句号代替，或省略号只写一半，都不合规范。只查汉字之间（或汉字与标点之间）的写法：单个“—”是连接号（中国—东盟自由贸易区，2024—2026年），英文和代码中的“...”不受影响。',
      en:
        'GB/T 15834-2011 §4.9, §4.11: the dash —— and the ellipsis …… each take the space of two characters. Hyphens, periods or three full stops in their place, or half an ellipsis, are wrong. Only between Chinese text is looked at: a single — is the connection mark (中国—东盟自由贸易区, 2024—2026年), and ... in English or code is left alone.',
    },
    examples: {
      ok: [{ text: '坚持一个原则——群众利益无小事。问题很多：台账不全、记录不细……建成中国—东盟自贸区，2024—2026年。' }],
      notOk: [
        {
          text: '坚持一个原则--群众利益无小事。有的提建议...问题很多：台账不全、记录不细…',
          expected: [
            '1:7-1:9: A dash typed as “--”: write “——”',
            '1:22-1:25: An ellipsis typed as “...”: write “……”',
            '1:39-1:40: An ellipsis typed as “…”: write “……”',
          ],
        },
        {
          text: '企业反映的困难主要有融资难、用工难、用地难。。。',
          expected: ['1:22-1:25: An ellipsis typed as “。。。”: write “……”'],
        },
      ],
    },
  },
  check({ model, report }) {
    const prose = proseOf(model);
    for (const [re, right, what] of [
      [DASH, '——', { 'zh-CN': '破折号', en: 'A dash' }],
      [ELLIPSIS, '……', { 'zh-CN': '省略号', en: 'An ellipsis' }],
    ] as const) {
      eachMatch(prose, re, (m, run) => {
        if (inLatinText(model.text, m.index, run)) return;
        const span = { start: m.index, end: m.index + m[0].length };
        report(
          span,
          { 'zh-CN': `${what['zh-CN']}写成了“${m[0]}”：应为“${right}”`, en: `${what.en} typed as “${m[0]}”: write “${right}”` },
          [{ span, newText: right }],
        );
      });
    }
  },
};
