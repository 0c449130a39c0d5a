/**
 * The engine on generated input: random reports (as plain text and as Markdown) and adversarial
 * shapes, against invariants that hold for any input — no throw, ranges inside the document,
 * fixes that make nothing worse and settle in one pass, an export that keeps every character and
 * is well-formed XML, a preview that escapes everything, and time that grows linearly.
 *
 * CI runs a fixed seed and a small budget. For a long local run:
 *   REPORT_FUZZ_LONG=1 npx vitest run test/unit/fuzz.test.ts            (30× the documents)
 *   REPORT_FUZZ_SEED=123 REPORT_FUZZ_DOCS=5000 npx vitest run test/unit/fuzz.test.ts
 * A failure names its seed and document index, so it can be replayed alone.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeReport, applyEdits, clearTypoCache, collectFixes, fixAll, type Finding, type ReportFormat, type TextEdit } from '../../src/core';
import { packDocx } from '../../src/export/docx';
import { layoutReport, renderPreviewBody } from '../../src/export';
import { rng, type Rng } from './random';

const LONG = !!process.env.REPORT_FUZZ_LONG;
const SEED = Number(process.env.REPORT_FUZZ_SEED ?? 20261127);
const DOCS = Number(process.env.REPORT_FUZZ_DOCS ?? (LONG ? 3000 : 100));
/** One in this many documents is also written as a .docx (the slowest step). */
const DOCX_EVERY = LONG ? 3 : 10;


const WORDS = ['加强', '党建', '工作', '完善', '制度', '推进', '改革', '安全生产', '服务群众', '召开会议', '研究议题', '重点任务', '取得成效', '存在问题', '下一步', '落实责任', '专项整治', '数据', '平台'];
const MARKS = ['，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':', '!', '?', '(', ')', '（', '）', '“', '”', '"', '《', '》', '…', '——', ' ', '　'];
const PLACEHOLDERS = ['**', '***', '*', 'XX', 'X月X日', '20XX年', '某某', '□□', '____', '{名称}', '{{字段}}', '［具体数量］', '[具体数量]', '【待填】', '（此处补充）', '\\*\\*'];
const MARKERS = ['一、', '二、', '三、', '十一、', '（一）', '（二）', '(三)', '1.', '2、', '3．', '（1）', '(2)', '第一部分', '第二部分', '一是', '二是', '三是', '首先，', '其次，', '最后，', '第一，', '第二，'];
const ODD = ['\uffff', '\ufffe', '\u0000', '\u0001', '\ud800', '\udc00', '😀', '\u2028', '\t', '&', '<', '>', '"', "'", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];
const MD_INLINE = ['**重点**', '*斜*', '_强调_', '`代码`', '[链接](https://example.com/a)', '<span>HTML</span>', '\\(', '\\)', '\\*', '<!-- note -->', '<https://example.com>', '~~删~~'];
const MD_LINE = ['# ', '## ', '### ', '> ', '- ', '* ', '+ ', '1. ', '    ', '| ', '---', '***', '===', '```', '```js', '```中文`', '~~~', '[ref]: https://example.com', '<!-- report-check-disable-line placeholder -->', '<div>'];

function phrase(r: Rng, markdown: boolean): string {
  let s = '';
  const n = 1 + r.int(8);
  for (let i = 0; i < n; i++) {
    const roll = r.next();
    if (roll < 0.45) s += r.pick(WORDS);
    else if (roll < 0.7) s += r.pick(MARKS);
    else if (roll < 0.82) s += r.pick(PLACEHOLDERS);
    else if (roll < 0.88) s += String(r.int(3000));
    else if (roll < 0.92) s += r.pick(ODD);
    else if (markdown) s += r.pick(MD_INLINE);
    else s += r.pick(WORDS);
  }
  return s;
}

/** A random report: lines of numbered headings, enumerations, prose, placeholders and (in Markdown) syntax. */
export function randomReport(r: Rng, markdown: boolean): string {
  const lines: string[] = [];
  const count = 1 + r.int(25);
  for (let i = 0; i < count; i++) {
    const roll = r.next();
    let line = '';
    if (roll < 0.1) line = '';
    else if (roll < 0.35) line = r.pick(MARKERS) + phrase(r, markdown);
    else if (markdown && roll < 0.5) line = r.pick(MD_LINE) + phrase(r, markdown);
    else line = phrase(r, markdown) + (r.next() < 0.5 ? phrase(r, markdown) : '');
    lines.push(line);
  }
  const eol = r.pick(['\n', '\n', '\r\n', '\r']);
  return lines.join(eol) + (r.next() < 0.7 ? eol : '');
}

function checkRanges(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
    const edits: TextEdit[] = [...(f.fix ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)];
    for (const e of edits) {
      expect(e.span.start).toBeGreaterThanOrEqual(0);
      expect(e.span.end).toBeGreaterThanOrEqual(e.span.start);
      expect(e.span.end).toBeLessThanOrEqual(text.length);
    }
  }
}

const countByRule = (findings: readonly Finding[]) => {
  const m: Record<string, number> = {};
  for (const f of findings) m[f.ruleId] = (m[f.ruleId] ?? 0) + 1;
  return m;
};

/** Rules whose fixes this suite holds to "nothing new, one pass" on their own; the numbering rules have theirs in structure tests. */
const OWN_FIX_RULES = new Set(['punctuation-halfwidth', 'punctuation-pair', 'punctuation-repeat', 'placeholder']);

const CJK = /[\u4e00-\u9fff]/g;
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const PREVIEW_TAGS = new Set(['code', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'mark', 'p', 'pre', 'span', 'strong', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'br', 'ul', 'ol', 'li', 'blockquote', 'button']);

/** Tags open and close in order (the XML the .docx writer produced is well-formed). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (m[0].startsWith('<?')) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[3]) stack.push(m[2]);
  }
  return stack.length === 0 && !/<(?![?/A-Za-z_!])/.test(xml);
}

/** The characters that must reach the export: every CJK ideograph outside link destinations and comments. */
function ideographs(text: string, format: ReportFormat): string {
  let s = text;
  if (format === 'markdown') s = s.replace(/<!--[\s\S]*?-->/g, '').replace(/\]\(https?:[^)\s]*\)/g, '');
  return (s.match(CJK) ?? []).sort().join('');
}

describe(`fuzz: ${DOCS} generated reports a format (seed ${SEED})`, () => {
  it.each<[ReportFormat]>([['plaintext'], ['markdown']])('as %s: no throw, ranges inside, safe one-pass fixes, lossless export, escaped preview', async (format) => {
    const r = rng(SEED + (format === 'markdown' ? 1 : 0));
    for (let d = 0; d < DOCS; d++) {
      const text = randomReport(r, format === 'markdown');
      const where = `seed ${SEED} ${format} document ${d}: ${JSON.stringify(text)}`;
      try {
        const analysis = analyzeReport(text, { format, locale: 'en' });
        checkRanges(text, analysis.findings);

        // The rules' own fixes, applied without fixAll's net: nothing new of any rule.
        const own = analysis.findings.filter((f) => OWN_FIX_RULES.has(f.ruleId));
        const ownFixed = applyEdits(text, collectFixes(own));
        if (ownFixed !== text) {
          const before = countByRule(analysis.findings);
          const after = countByRule(analyzeReport(ownFixed, { format }).findings);
          for (const [rule, n] of Object.entries(after)) expect(n, `${rule} after the rules' own fixes`).toBeLessThanOrEqual(before[rule] ?? 0);
        }

        // fixAll: no rule gains a finding, and a second run has nothing left to do.
        const fixed = fixAll(text, { format, locale: 'en' });
        checkRanges(fixed.text, fixed.analysis.findings);
        const before = countByRule(analysis.findings);
        for (const [rule, n] of Object.entries(countByRule(fixed.analysis.findings))) expect(n, rule).toBeLessThanOrEqual(before[rule] ?? 0);
        const again = fixAll(fixed.text, { format, locale: 'en' });
        expect(again.applied, 'fixAll settles in one pass').toBe(0);
        expect(again.text).toBe(fixed.text);

        // Export: every ideograph reaches the layout (so the preview and the .docx).
        const layout = layoutReport(analysis.model);
        const laid = layout.blocks.map((b) => (b.rows ? b.rows.flat(2) : b.inlines).map((i) => i.text).join('')).join('\n');
        expect(ideographs(laid, 'plaintext')).toBe(ideographs(text, format));

        // Preview: only the tags the renderer writes; the text's own `<` is escaped.
        const html = renderPreviewBody(layout, { problems: analysis.findings.map((f) => ({ span: f.span, severity: f.severity, message: f.message })) });
        for (const m of html.matchAll(/<\/?([A-Za-z][\w-]*)/g)) expect(PREVIEW_TAGS, `tag <${m[1]}>`).toContain(m[1].toLowerCase());

        if (d % DOCX_EVERY === 0) {
          const files = unzipSync(await packDocx(layout));
          for (const name of ['word/document.xml', 'docProps/core.xml']) {
            const xml = strFromU8(files[name]);
            expect(XML_FORBIDDEN.test(xml), name).toBe(false);
            expect(wellFormed(xml), name).toBe(true);
          }
        }
      } catch (e) {
        (e as Error).message = `${where}\n${(e as Error).message}`;
        throw e;
      }
    }
  }, LONG ? 3_600_000 : 120_000);

  it('LF and CRLF give the same findings, with or without link reference definitions', () => {
    const r = rng(SEED + 7);
    for (let d = 0; d < DOCS; d++) {
      let text = randomReport(r, true).replace(/\r\n?/g, '\n');
      if (d % 2 === 0) text += '\n[ref]: https://example.com\n';
      const key = (t: string) => analyzeReport(t, { format: 'markdown' }).findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}`);
      expect(key(text.replace(/\n/g, '\r\n')), `document ${d}: ${JSON.stringify(text)}`).toEqual(key(text));
    }
  }, LONG ? 3_600_000 : 120_000);
});

/**
 * Linear time on the adversarial shapes of issue 13, asserted by how time scales — the best of
 * three interleaved runs at n and at 8n — not by a threshold in milliseconds: linear work gives
 * about 8×, quadratic 64×; the bound (24×) leaves room for garbage collection on a loaded machine.
 */
/** n lines naming n distinct villages of two common characters (走访柳河村。). */
function villages(n: number): string {
  const chars = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研';
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`走访${chars[i % chars.length]}${chars[Math.floor(i / chars.length) % chars.length]}村。`);
  return lines.join('\n');
}

describe('fuzz: adversarial shapes take linear time', () => {
  // CPU time of this thread's process, not wall time: on a shared machine another job preempting
  // the large run made the ratio jump past the bound now and then (the fastest of five rounds).
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const ratio = (small: () => void, large: () => void) => {
    small();
    large();
    let s = Infinity;
    let l = Infinity;
    for (let k = 0; k < 5; k++) {
      let t0 = cpuMs();
      small();
      s = Math.min(s, cpuMs() - t0);
      t0 = cpuMs();
      large();
      l = Math.min(l, cpuMs() - t0);
    }
    return l / Math.max(1, s);
  };
  const shapes: [string, (n: number) => string, ReportFormat, number, number?][] = [
    ['中* repeated', (n) => '中*'.repeat(n), 'markdown', 1000],
    ['**中文** repeated', (n) => '**中文**'.repeat(n), 'markdown', 400],
    // (From 400 lines: at 100 the small check took 3–6 ms, and one noisy round on a busy CI machine
    // made the ratio 34.)
    ['masked lines without blank lines', (n) => '全年召开专题会议**次，研究议题***项。\n'.repeat(n), 'markdown', 400],
    ['> repeated', (n) => '>'.repeat(n), 'markdown', 5000],
    // (At 10 KB this shape's time is still dominated by warm-up and cache effects: measured from 40 KB.)
    ['( repeated', (n) => '中('.repeat(n), 'plaintext', 20000],
    // Not here: `'中['.repeat(n)` — micromark's resolveAllText still splices once per unmatched
    // `[` merged back into text (README, “Any input, in linear time”).
    ['` repeated', (n) => '中`'.repeat(n), 'markdown', 2000],
    // One run of Chinese with a slip every few characters: each finding's tests once copied the run.
    ['a slip every six characters, one run', (n) => '联席会义制度'.repeat(n), 'plaintext', 2000],
    // A list of villages, each name distinct and many one similar character apart: the names were
    // once compared pair by pair, and counted with a list per first character. (Bound 32: this
    // generator's groups of names that differ in one place grow with n, from 3 names to 17, and
    // groups of up to 32 are compared pair by pair, so its ratio is about 14–20 on an idle machine and
    // reached 24.3 once in CI; comparing all names pair by pair, the fault this guards, is 64.)
    ['distinct villages, one per line', (n) => villages(n), 'plaintext', 1000, 32],
  ];
  it.each(shapes)('%s', (_name, make, format, n, bound = 24) => {
    const small = make(n);
    const large = make(8 * n);
    // (The typo rule keeps each paragraph's result: emptied, so every round checks afresh.)
    const check = (text: string) => () => {
      clearTypoCache();
      analyzeReport(text, { format });
    };
    expect(ratio(check(small), check(large))).toBeLessThan(bound);
  }, 180_000);

  it('collectFixes and applyEdits', () => {
    const findings = (n: number) => Array.from({ length: n }, (_, i) => ({ ruleId: 'r', severity: 'warning' as const, message: '', span: { start: 2 * i, end: 2 * i + 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, fix: [{ span: { start: 2 * i, end: 2 * i + 1 }, newText: 'x' }] }));
    const job = (n: number) => {
      const f = findings(n);
      const text = '中,'.repeat(n);
      return () => applyEdits(text, collectFixes(f));
    };
    expect(ratio(job(5000), job(40000))).toBeLessThan(24);
  }, 60_000);
});

describe('keeping only the findings to list (what the command line holds for a huge file)', () => {
  it('keeps the first N of those counted, in order, and counts every finding', () => {
    const r = rng(41);
    let cut = 0;
    for (let d = 0; d < 80; d++) {
      const markdown = r.next() < 0.5;
      // Long documents, so that some have more findings than are kept (and the cut happens midway).
      let text = '';
      for (let k = 0, n = 1 + r.int(12); k < n; k++) {
        text += randomReport(r, markdown) + '\n';
        // Lines with a finding or two each (a mask, a half-width comma), so that some documents have hundreds.
        for (let j = r.int(60); j > 0; j--) text += r.pick(['召开会议**次,研究议题X项。', '完成任务[具体数量]项,', '一是加强学习,二是完善制度。']) + '\n';
      }
      const format: ReportFormat = markdown ? 'markdown' : 'plaintext';
      const all = analyzeReport(text, { format }).findings;
      const errorsOnly = r.next() < 0.3;
      const limit = 1 + r.int(40);
      const counted: Finding[] = [];
      const kept = analyzeReport(text, { format, keep: { limit, count: (f) => (counted.push(f), !errorsOnly || f.severity === 'error') } }).findings;
      expect(counted).toHaveLength(all.length);
      expect(kept).toEqual(all.filter((f) => !errorsOnly || f.severity === 'error').slice(0, limit));
      if (all.filter((f) => !errorsOnly || f.severity === "error").length >= 2 * limit + 256) cut++;
    }
    expect(cut).toBeGreaterThan(5);
  });
});

