import { inLatinText, isChinesePunct, isHan, proseOf } from './proofread';
import type { Rule } from './rule';
import { HALF_TO_FULL } from '../marks';

const HAN = /[\u4e00-\u9fff]/;

export const asciiQuotes: Rule = {
  meta: {
    id: 'ascii-quotes',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '中文中使用了半角引号 "…" 或 \'…\'：应为 “…” 或 ‘…’',
      en: 'ASCII quotes "…" or \'…\' around Chinese text: use “…” or ‘…’',
    },
    rationale: {
      'zh-CN':
        'GB/T 15834—2011 第4.8条：中文引号为“”和‘’。一对半角引号内是中文时改为中文引号；一边已是中文引号的混用由 punctuation-pair 报告，这里不重复。英文句子和代码中的引号不受影响。',
      en:
        'GB/T 15834-2011 §4.8: Chinese quotation marks are “” and ‘’. A pair of ASCII quotes around Chinese text becomes a Chinese pair; a pair half Chinese is reported by punctuation-pair, not again here. Quotes in English sentences and code are left alone.',
    },
    examples: {
      ok: [
        { text: '坚持“两个一以贯之”，落实‘三重一大’制度。' },
        { text: 'He said "yes" and left; 他点头同意。' },
        { format: 'markdown', text: '配置项 `"preset": "relaxed"` 关闭风格类规则。' },
      ],
      notOk: [
        {
          text: '落实"三重一大"制度，推进\'放管服\'改革。',
          expected: [
            '1:3-1:9: ASCII quotes around Chinese text: use “…”',
            '1:14-1:19: ASCII quotes around Chinese text: use ‘…’',
          ],
        },
        {
          title: 'With the spaces an English writer puts outside them',
          text: '推进 "河长制" 等改革。',
          expected: ['1:3-1:10: ASCII quotes around Chinese text: use “…”'],
        },
        {
          title: 'A mixed pair is punctuation-pair’s, reported once there',
          text: '落实“十四五"规划，坚持"双碳"目标。',
          expected: ['1:13-1:17: ASCII quotes around Chinese text: use “…”'],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    if (text.indexOf('"') < 0 && text.indexOf("'") < 0) return;
    const prose = proseOf(model);
    for (const run of prose.runs) {
      const slice = text.slice(run.start, run.end);
      if (slice.indexOf('"') < 0 && slice.indexOf("'") < 0) continue;
      let openChinese = 0;
      const pending: Record<string, number> = {};
      for (let i = run.start; i < run.end; i++) {
        const ch = text[i];
        if (ch === '“') openChinese++;
        else if (ch === '”') openChinese = Math.max(0, openChinese - 1);
        else if (ch === '"' && openChinese > 0) openChinese--; // punctuation-pair reports “…"
        else if (ch === '"' || ch === "'") {
          const open = pending[ch];
          if (open === undefined) {
            // An apostrophe inside an English word is not a quote.
            if (ch === "'" && /[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
            pending[ch] = i;
            continue;
          }
          delete pending[ch];
          const inner = text.slice(open + 1, i);
          if (!HAN.test(inner) || /[“”]/.test(inner)) continue;
          // (A half-width mark beside the pair counts as the full-width one punctuation-halfwidth
          // would make of it, so that its fix does not decide whether the quotes are Chinese.)
          const outside = (at: number, step: 1 | -1) => {
            const c = text[at] === ' ' ? text[at + step] : text[at];
            return (c !== undefined && HALF_TO_FULL[c]) || c;
          };
          const chineseAround = [outside(open - 1, -1), outside(i + 1, 1)].some((c) => isHan(c) || isChinesePunct(c) || c === undefined || c === '\n' || c === '\r');
          if (!chineseAround || inLatinText(text, open, run)) continue;
          const [o, c] = ch === '"' ? ['“', '”'] : ['‘', '’'];
          // The space an English writer puts outside ASCII quotes goes with them (as the
          // spacing rule would have it beside a Chinese quotation mark).
          const chinese = (x: string | undefined) => isHan(x) || isChinesePunct(x);
          const start = text[open - 1] === ' ' && chinese(text[open - 2]) && open - 1 >= run.start ? open - 1 : open;
          const end = text[i + 1] === ' ' && chinese(text[i + 2]) && i + 2 < run.end ? i + 2 : i + 1;
          report(
            { start, end },
            { 'zh-CN': `中文中使用了半角引号：应为“${o}…${c}”`, en: `ASCII quotes around Chinese text: use ${o}…${c}` },
            [
              { span: { start, end: open + 1 }, newText: o },
              { span: { start: i, end }, newText: c },
            ],
          );
        }
      }
    }
  },
};
