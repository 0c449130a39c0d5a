import { proseParagraphs, protectedSpans } from './prose';
import type { Rule } from './rule';
import { spanWithGapsBesideMark } from './spacing';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '【': '】', '〔': '〕', '「': '」', '『': '』' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const ANY = /[“”‘’《》（）【】〔〕「」『』"]/g;

export const punctuationPair: Rule = {
  meta: {
    id: 'punctuation-pair',
    defaultSeverity: 'warning',
    summary: {
      'zh-CN': '段落内成对标点不匹配：“” ‘’ 《》 （） 【】 〔〕',
      en: 'Unmatched paired marks within a paragraph: “” ‘’ 《》 （） 【】 〔〕',
    },
    rationale: {
      'zh-CN': '引号、书名号、括号应在同一段落内成对出现。',
      en: 'Quotation marks, title marks and brackets open and close within one paragraph.',
    },
    examples: {
      ok: [{ text: '学习贯彻《关于加强“三基”工作的意见》（试行）。\n坚持“两个一以贯之”。' }],
      notOk: [
        {
          title: 'A straight quote closing a Chinese one',
          text: '落实“十四五"规划。',
          expected: ['1:7-1:8: Opening “ closed by a half-width ": use ”'],
        },
        {
          text: '学习贯彻《关于加强基层工作的意见（试行）。\n坚持“两个一以贯之。',
          expected: [
            '1:5-1:6: Unmatched “《”: no closing “》” in this paragraph',
            '2:3-2:4: Unmatched ““”: no closing “”” in this paragraph',
          ],
        },
      ],
    },
  },
  check({ model, report }) {
    const text = model.text;
    const isProtected = protectedSpans(model);
    for (const para of proseParagraphs(model)) {
      const slice = text.slice(para.start, para.end);
      const open = new Map<string, number[]>();
      ANY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ANY.exec(slice))) {
        const at = para.start + m.index;
        const ch = m[0];
        if (isProtected({ start: at, end: at + 1 })) continue;
        if (ch === '"') {
          // A Chinese opening quote closed by a straight ASCII quote: “十四五"
          const stack = open.get('“');
          if (stack && stack.length) {
            stack.pop();
            // (With the spaces beside it that are a slip once the quote is Chinese: ”　！.)
            const span = spanWithGapsBesideMark(text, at, at + 1, para);
            report(
              span,
              { 'zh-CN': '“ 与半角引号 " 配对：应为 ”', en: 'Opening “ closed by a half-width ": use ”' },
              [{ span, newText: '”' }],
            );
          }
          continue;
        }
        if (ch in PAIRS) {
          let stack = open.get(ch);
          if (!stack) open.set(ch, (stack = []));
          stack.push(at);
        } else {
          const opener = CLOSERS[ch];
          // An apostrophe inside an English word is not a closing quote.
          if (ch === '’' && /[A-Za-z]/.test(text[at - 1] ?? '') && /[A-Za-z]/.test(text[at + 1] ?? '')) continue;
          const stack = open.get(opener);
          if (stack && stack.length) stack.pop();
          else {
            report({ start: at, end: at + 1 }, {
              'zh-CN': `“${ch}”不成对：本段中没有与之对应的“${opener}”`,
              en: `Unmatched “${ch}”: no opening “${opener}” in this paragraph`,
            });
          }
        }
      }
      const leftovers: number[] = [];
      for (const stack of open.values()) leftovers.push(...stack);
      leftovers.sort((a, b) => a - b);
      for (const at of leftovers) {
        const ch = text[at];
        report({ start: at, end: at + 1 }, {
          'zh-CN': `“${ch}”不成对：本段中没有与之对应的“${PAIRS[ch]}”`,
          en: `Unmatched “${ch}”: no closing “${PAIRS[ch]}” in this paragraph`,
        });
      }
    }
  },
};
