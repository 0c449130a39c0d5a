import { NUMBER_FOLLOWERS } from '../placeholders';
import type { Placeholder } from '../types';
import type { Localized, Rule } from './rule';

const KIND_NAMES: Record<Placeholder['kind'], Localized> = {
  mask: { 'zh-CN': '星号占位', en: 'asterisk mask' },
  'letter-x': { 'zh-CN': 'X 占位', en: 'X placeholder' },
  mou: { 'zh-CN': '“某某”占位', en: '“某某” placeholder' },
  box: { 'zh-CN': '方框占位', en: 'box placeholder' },
  underline: { 'zh-CN': '下划线空白', en: 'underline blank' },
  'template-field': { 'zh-CN': '模板字段', en: 'template field' },
  'bracket-blank': { 'zh-CN': '方括号待填项', en: 'bracketed blank' },
  instruction: { 'zh-CN': '填写说明', en: 'fill-in instruction' },
  custom: { 'zh-CN': '自定义占位', en: 'custom placeholder' },
};

export function describePlaceholder(p: Placeholder, text: string): Localized {
  const kind = KIND_NAMES[p.kind];
  const shown = p.text;
  const next = text[p.span.end] ?? '';
  const counted = p.kind === 'mask' ? p.text.replace(/\\/g, '').length : 0;
  switch (p.masks) {
    case 'number':
      if (counted > 0) {
        const unit = NUMBER_FOLLOWERS.has(next) ? next : '';
        return {
          'zh-CN': `未填写的占位符“${shown}”：此处缺少一个 ${counted} 位数字${unit ? `（…${unit}）` : ''}`,
          en: `Unfilled placeholder “${shown}”: a ${counted}-digit number is missing${unit ? ` (before “${unit}”)` : ''}`,
        };
      }
      return { 'zh-CN': `未填写的占位符“${shown}”：此处缺少数字`, en: `Unfilled placeholder “${shown}”: a number is missing` };
    case 'date':
      return { 'zh-CN': `未填写的占位符“${shown}”：日期未填写`, en: `Unfilled placeholder “${shown}”: the date is missing` };
    case 'name':
      return { 'zh-CN': `未填写的占位符“${shown}”：此处缺少名称`, en: `Unfilled placeholder “${shown}”: a name is missing` };
    default:
      return {
        'zh-CN': `未填写的占位符“${shown}”（${kind['zh-CN']}）`,
        en: `Unfilled placeholder “${shown}” (${kind.en})`,
      };
  }
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'error',
    summary: {
      'zh-CN': '未填写的占位符：`*`/`**`、`XX`、`X月X日`、`某某`、`□`、`{字段}`、`[具体数量]`、`（此处…）` 等',
      en: 'Unfilled placeholders: `*`/`**`, `XX`, `X月X日`, `某某`, `□`, `{field}`, `[具体数量]`, `（此处…）` and the like',
    },
    rationale: {
      'zh-CN': '送审稿中不应留有遮盖数字或名称的符号、模板字段和填写说明。',
      en: 'A draft sent for review must not keep masks for numbers or names, template fields or fill-in instructions.',
    },
    examples: {
      ok: [
        { text: '全年召开党委会12次，研究议题35项。' },
        { title: 'Deliberate Markdown bold', format: 'markdown', text: '今年的**重点工作**是安全生产。' },
        { title: 'Code is not prose', format: 'markdown', text: '模板语法为 `{{名称}}`。' },
        { title: 'A name withheld on purpose (a surname before 某某)', text: '经查，刘某某虚开增值税专用发票，已移送公安机关。' },
      ],
      notOk: [
        {
          text: '全年召开党委会**次，研究议题***项。',
          expected: [
            '1:8-1:10: Unfilled placeholder “**”: a 2-digit number is missing (before “次”)',
            '1:16-1:19: Unfilled placeholder “***”: a 3-digit number is missing (before “项”)',
          ],
        },
        {
          title: 'Masks that Markdown would pair as emphasis',
          format: 'markdown',
          text: '全年召开党委会**次，研究议题***项。',
          expected: [
            '1:8-1:10: Unfilled placeholder “**”: a 2-digit number is missing (before “次”)',
            '1:16-1:19: Unfilled placeholder “***”: a 3-digit number is missing (before “项”)',
          ],
        },
        {
          text: '尊敬的XX同志：现将20XX年X月X日会议情况报告如下，某某单位参加。',
          expected: [
            '1:4-1:6: Unfilled placeholder “XX”: a name is missing',
            '1:11-1:20: Unfilled placeholder “20XX年X月X日”: the date is missing',
            '1:29-1:31: Unfilled placeholder “某某”: a name is missing',
          ],
        },
        {
          text: '本月办结案件{办结数量}件，完成[具体数量]项（此处补充典型案例）。',
          expected: [
            '1:7-1:13: Unfilled placeholder “{办结数量}” (template field)',
            '1:17-1:23: Unfilled placeholder “[具体数量]” (bracketed blank)',
            '1:24-1:34: Unfilled placeholder “（此处补充典型案例）” (fill-in instruction)',
          ],
        },
        {
          title: 'A blank in lenticular or tortoise-shell brackets (not the year of a document number)',
          text: '依据〔2024〕18号文件，全年受理投诉〔具体数字〕件、【待补充】起。',
          expected: [
            '1:21-1:27: Unfilled placeholder “〔具体数字〕” (fill-in instruction)',
            '1:29-1:34: Unfilled placeholder “【待补充】” (fill-in instruction)',
          ],
        },
      ],
    },
  },
  check(context) {
    const { model } = context;
    for (const p of model.placeholders) context.report(p.span, describePlaceholder(p, model.text));
  },
};
