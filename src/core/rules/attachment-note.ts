import type { Rule } from './rule';

/** 附件说明: 附件：1.《…》 and the numbered names under it. */
const HEAD = /^[ \t\u3000]*附件[：:][ \t\u3000]*/;
const ITEM = /^[ \t\u3000]*\d{1,2}[.．]/;
const TRAILING = /[。；;，,、.．][ \t\u3000]*$/;

export const attachmentNote: Rule = {
  meta: {
    id: 'attachment-note',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '附件说明中附件名称后不加标点符号',
      en: 'No punctuation after an attachment name in the attachment note (附件：)',
    },
    rationale: {
      'zh-CN':
        'GB/T 9704—2012 第7.3.4条：附件说明在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；如有多个附件，使用阿拉伯数字标注附件顺序号（如“附件：1.××××”）；附件名称后不加标点符号。',
      en:
        'GB/T 9704-2012 §7.3.4: the attachment note reads 附件 followed by a full-width colon and the attachment name; several attachments are numbered (附件：1.××××); no punctuation follows an attachment name.',
    },
    examples: {
      ok: [{ text: '请认真贯彻执行。\n\n附件：1.2024年工作要点\n      2.任务分工表' }],
      notOk: [
        {
          text: '请认真贯彻执行。\n\n附件：1.2024年工作要点；\n      2.任务分工表。',
          expected: [
            '3:15-3:16: Punctuation after an attachment name: delete it',
            '4:14-4:15: Punctuation after an attachment name: delete it',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    if (model.text.indexOf('附件') < 0) return;
    const lines = model.lineIndex.lines;
    for (let i = 0; i < lines.length; i++) {
      if (!HEAD.test(lines[i].text)) continue;
      for (let j = i; j < lines.length; j++) {
        const line = lines[j];
        if (j > i && !ITEM.test(line.text)) break;
        const body = line.text.replace(HEAD, '');
        // The note names attachments; a sentence after 附件： (附件：见下表。) is not a note.
        if (body.length === 0 || body.length > 60) continue;
        const m = TRAILING.exec(line.text);
        // `附件：1.` alone: the mark is the item number's.
        if (!m || body.replace(ITEM, '').replace(TRAILING, '') === '') continue;
        const at = line.start + m.index;
        if (model.excluded.contains(at)) continue;
        const span = { start: at, end: at + 1 };
        report(span, { 'zh-CN': '附件名称后加了标点符号：应删除', en: 'Punctuation after an attachment name: delete it' }, [{ span, newText: '' }]);
      }
    }
  },
};
