import type { Rule } from './rule';

/** A 公文 title: 关于…的通知/报告/…, or a title ending in a document type, with no sentence mark. */
const TITLE = /^[ \t\u3000#]*(?:[^。！？：:]{0,40}关于[^。！？：:]{2,60}|[^。！？：:，,]{2,60}(?:通知|报告|请示|意见|决定|通报|批复|函|纪要|方案|规划|计划|总结|述职报告))[ \t\u3000]*$/;
/** The 主送机关: organisations, ending in an organisation word, 同志 or 各…. */
const ADDRESSEE = /^[ \t\u3000]*(?:各|全体)?[\u4e00-\u9fff、，,（）()]{1,60}?(?:人民政府|政府|委员会|党委|党组|党工委|支部|总支|部门|单位|机构|机关|直属机构|局|厅|委|办|处|科|室|办公室|公司|集团|中心|院|所|站|队|会|同志们?|领导)[ \t\u3000]*([，,。；;]?)[ \t\u3000]*$/;

/** Titles of papers that name the unit that wrote them under the title: summaries and plans. */
const OWN_UNIT_TITLE = /(?:总结|计划|规划|方案)[ \t\u3000]*$/;

export const addresseeColon: Rule = {
  meta: {
    id: 'addressee-colon',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '主送机关后用全角冒号：各区县人民政府，市政府各部门：',
      en: 'The addressee line (主送机关) ends with a full-width colon',
    },
    rationale: {
      'zh-CN':
        'GB/T 9704—2012 第7.3.2条：主送机关编排于标题下空一行位置，居左顶格，回行时仍顶格，最后一个机关名称后标全角冒号。本规则只看标题下的第一行。',
      en:
        'GB/T 9704-2012 §7.3.2: the addressees stand flush left on the line after the title, and the last name is followed by a full-width colon. Only the first line after a title is read.',
    },
    examples: {
      ok: [{ text: '关于做好2024年安全生产工作的通知\n\n各区人民政府，市政府各委、办、局：\n现将有关事项通知如下。' }, { text: '2024年度工作总结\n市消防救援支队车辆装备维修站\n2024年，维修站圆满完成各项任务。' }],
      notOk: [
        {
          text: '关于做好2024年安全生产工作的通知\n\n各区人民政府，市政府各委、办、局\n现将有关事项通知如下。',
          expected: ['3:17-3:17: The addressee line (主送机关) does not end with a full-width colon: add “：”'],
        },
        {
          text: '关于2024年工作情况的报告\n市委办公室，\n现将有关情况报告如下。',
          expected: ['2:6-2:7: The addressee line (主送机关) does not end with a full-width colon: add “：”'],
        },
      ],
    },
  },
  check({ model, report }) {
    const lines = model.lineIndex.lines;
    const nonBlank: number[] = [];
    for (let i = 0; i < lines.length && nonBlank.length < 12; i++) if (lines[i].text.trim() !== '') nonBlank.push(i);
    for (let k = 0; k + 2 < nonBlank.length; k++) {
      if (!TITLE.test(lines[nonBlank[k]].text)) continue;
      const line = lines[nonBlank[k + 1]];
      const m = ADDRESSEE.exec(line.text);
      if (!m || model.excluded.overlaps({ start: line.start, end: line.end })) return;
      // Under a summary or a plan, one unit's name with no mark after it is the writer's own unit
      // (2024年度工作总结 / 某某支队车辆装备维修站): such papers name who wrote them, seldom whom to.
      if (!m[1] && OWN_UNIT_TITLE.test(lines[nonBlank[k]].text) && !/[、，,]/.test(line.text)) return;
      // The body follows: a sentence, not another heading-like line.
      if (!/[。；！？]/.test(lines[nonBlank[k + 2]].text)) return;
      const trimmedEnd = line.start + line.text.trimEnd().length;
      const span = m[1] ? { start: trimmedEnd - 1, end: trimmedEnd } : { start: trimmedEnd, end: trimmedEnd };
      report(
        span,
        { 'zh-CN': '主送机关后缺少全角冒号：应加“：”', en: 'The addressee line (主送机关) does not end with a full-width colon: add “：”' },
        [{ span, newText: '：' }],
      );
      return;
    }
  },
};
