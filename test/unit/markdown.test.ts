import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport, createMarkdownCache, type ReportFormat } from '../../src/core';
import { simpleBlocksOf, blockText, emphasisReading, independentChunks, isPlainChunk, MAX_DELIMITER_RUNS, MAX_NESTING, mergeSpans, readMarkdown, tokenize, type MarkdownFacts } from '../../src/core/markdown';
import type { Span } from '../../src/core/types';
import { rng } from './random';

/** Documents with link reference definitions are parsed whole (src/core/markdown.ts). */
const REFERENCE_DEFINITION_LINE = /^ {0,3}\[[^\]]+\]:/m;

const placeholders = (text: string, format: ReportFormat = 'markdown') =>
  analyzeReport(text, { format, only: ['placeholder'] }).findings.map((f) => text.slice(f.span.start, f.span.end) + '@' + f.span.start);

describe('the Markdown trap: masks versus bold', () => {
  it('deliberate bold is markup, not a placeholder', () => {
    expect(placeholders('今年的**重点工作**是安全生产。')).toEqual([]);
    expect(placeholders('**（一）加强组织领导。**成立专班推进。')).toEqual([]);
    expect(placeholders('- **注意：**请按时提交。')).toEqual([]);
    expect(placeholders('__重点__和**难点**。')).toEqual([]);
  });

  it('masks that CommonMark pairs as emphasis are placeholders', () => {
    expect(placeholders('召开党委会**次，研究议题***项。')).toEqual(['**@5', '***@13']);
    expect(placeholders('*党委研究部署，全面落实*党委要求。')).toEqual(['*@0', '*@12']);
    expect(placeholders('发扬**精神、**精神。')).toEqual(['**@2', '**@7']);
    expect(placeholders('尊敬的**书记：\n根据安排，现将**单位情况汇报如下：')).toEqual(['**@3', '**@16']);
    expect(placeholders('完成**个，推进**项工作。培训**人次。')).toEqual(['**@2', '**@8', '**@16']);
  });

  it('a single-star pair around Chinese text is read as two masks (Chinese has no italics)', () => {
    expect(placeholders('共*个单位参加，*名同志发言。')).toEqual(['*@1', '*@8']);
    expect(placeholders('The *italic* word。')).toEqual([]);
  });

  it('bullets and thematic breaks are markup; an escaped star is a mask the writer typed', () => {
    expect(placeholders('* 第一项\n* 第二项\n\n***\n')).toEqual([]);
    expect(placeholders('全年完成\\*\\*项。')).toEqual(['\\*\\*@4']);
  });

  it('in plain text every star run is a placeholder, except bullets and separator lines', () => {
    expect(placeholders('今年的**重点工作**是安全生产。', 'plaintext')).toEqual(['**@3', '**@9']);
    expect(placeholders('* 第一项\n***\n', 'plaintext')).toEqual([]);
  });
});

describe('what the Markdown tree is trusted for', () => {
  it('code spans, code blocks, HTML and link destinations are not prose', () => {
    const text = '`XX` 与 `{{名称}}` 是语法。\n\n```\n召开会议**次\n```\n\n<span>某某</span>见[某某网站](https://example.com/XX)。';
    const found = analyzeReport(text, { format: 'markdown' }).findings.map((f) => `${f.ruleId}:${text.slice(f.span.start, f.span.end)}`);
    expect(found).toEqual(['placeholder:某某']);
  });

  it('markdown link syntax is not a bracket blank, a bracketed Chinese phrase is', () => {
    expect(placeholders('详见[工作方案](a.md)，完成[具体数量]项。')).toEqual(['[具体数量]@17']);
  });

  it('inline comments turn rules off for a line or from a point on', () => {
    const text = [
      '<!-- report-check-disable-next-line placeholder -->',
      '召开会议**次。',
      '召开会议**次。',
      '<!-- report-check-disable -->',
      '召开会议**次，三、',
      '<!-- report-check-enable -->',
      '召开会议**次。',
    ].join('\n');
    const lines = analyzeReport(text, { format: 'markdown' }).findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
    expect(lines).toEqual(['placeholder@3', 'placeholder@7']);
  });
});

describe('chunked Markdown parsing with a cache', () => {
  const samples = [
    readFileSync(join(__dirname, '..', '..', 'examples', 'sample-report.md'), 'utf8'),
    '# 标题\n\n```\n代码**块\n\n仍在代码中\n```\n\n正文**次。\n\n- 一项\n\n- 二项\n\n    缩进续行\n\n<!--\n多行\n\n注释 -->\n\n<div>\n\n</div>\n尾**项。\n',
    '召开会议**次。\n研究议题**项。\n\n**重点工作**是安全。\r\n\r\n二、下一步\r\n',
  ];
  const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus)) if (f.endsWith('.txt')) samples.push(readFileSync(join(corpus, f), 'utf8'));

  // Long enough to be read in several groups of chunks when there is no cache.
  samples.push(Array.from({ length: 12 }, (_, i) => samples[0].replace(/(\S)$/gm, (last) => `${last}${i}`)).join('\n'));

  it.each(samples.map((s, i) => [i, s]))('sample %i: the same facts as one whole parse, chunk by chunk and in groups', (_i, text) => {
    const whole = normalise(tokenize(text));
    expect(normalise(readMarkdown(text, createMarkdownCache()))).toEqual(whole);
    expect(normalise(readMarkdown(text))).toEqual(whole);
  });

  it('an edit re-tokenizes only the chunk it touched and gives the same analysis as a fresh parse', () => {
    const cache = createMarkdownCache();
    const text = samples[0];
    analyzeReport(text, { format: 'markdown', markdownCache: cache });
    const chunksBefore = new Set(cache.chunks.keys());
    const at = text.indexOf('三、');
    const edited = text.slice(0, at) + '召开会议**次。\n\n' + text.slice(at);
    const incremental = analyzeReport(edited, { format: 'markdown', markdownCache: cache }).findings;
    const fresh = analyzeReport(edited, { format: 'markdown' }).findings;
    expect(incremental).toEqual(fresh);
    const newChunks = [...cache.chunks.keys()].filter((c) => !chunksBefore.has(c));
    expect(newChunks).toEqual(['召开会议**次。\n\n']);
  });
});

function normalise(f: ReturnType<typeof readMarkdown>) {
  const by = (a: { start: number }, b: { start: number }) => a.start - b.start;
  return {
    excluded: f.excluded,
    headings: [...f.headings].sort((a, b) => a.span.start - b.span.start),
    emphasis: [...f.emphasis].sort((a, b) => by(a.open, b.open)),
    markupSpans: [...f.markupSpans].sort(by),
    comments: [...f.comments].sort((a, b) => by(a.span, b.span)),
    linkLabels: [...f.linkLabels].sort(by),
  };
}

describe('the block pass skips plain chunks (differential, generated documents)', () => {
  // Line starts that open (or nearly open) a block, and inline pieces that do (or nearly do) something.
  const STARTS = ['', '', '', '', ' ', '  ', '   ', '    ', '     ', '\t', ' \t', '# ', '#', '###### ', '####### ', '> ', '>', '- ', '-', '+ ', '+', '* ', '*', '**', '1. ', '1.', '1) ', '12.', '1234567890. ', '一、', '（一）', '=', '===', '---', '- - -', '***', '___', '_', '```', '~~~', '``', '<div>', '<!-- ', '<a>', '<', '[a]: /u', '!', '\\', '&amp;', '|'];
  const PIECES = ['加强党建工作', '召开会议**次', '研究议题***项', '**重点**', '*斜*', '_强调_', '__甲__', '`码`', '`', '[链接](a.md)', '[具体数量]', '［数量］', '![图](b.png)', '<span>', '</div>', '<https://a.b>', '-->', '\\*', '\\[', '&amp;', '。', '，', ' ', '  ', '\t', '2025年', '1.5', '*', '**', '_', 'x_y_z', '】', ']', '!', '=', '-', '#'];
  function document(r: ReturnType<typeof rng>): string {
    const lines: string[] = [];
    const count = 1 + Math.floor(r.next() * 30);
    for (let i = 0; i < count; i++) {
      const roll = r.next();
      if (roll < 0.3) lines.push(r.next() < 0.8 ? '' : '   ');
      else {
        let line = r.next() < 0.5 ? r.pick(STARTS) : '';
        const n = Math.floor(r.next() * 5);
        for (let j = 0; j < n; j++) line += r.pick(PIECES);
        lines.push(line);
      }
    }
    const eol = r.pick(['\n', '\n', '\r\n', '\r']);
    return lines.join(eol) + (r.next() < 0.5 ? eol : '');
  }
  const r = rng(13);
  const docs = Array.from({ length: 1000 }, () => document(r));

  it('gives the facts of one whole two-pass parse (no cache) and of every chunk parsed alone (with a cache)', () => {
    let plain = 0;
    // Chunks whose only syntax is ATX headings are read without micromark (simpleBlocksOf).
    let headingChunks = 0;
    for (const text of docs) {
      const whole = normalise(tokenize(text));
      expect(normalise(readMarkdown(text)), JSON.stringify(text)).toEqual(whole);
      // With a cache each chunk is read alone, as before plain chunks were skipped. (Rare shapes
      // parse differently alone and whole, e.g. an empty “+ ” item at the end after indented
      // code; that is the chunking's own limit, not the skipping's.)
      const alone = { excluded: [] as Span[], headings: [] as MarkdownFacts['headings'], emphasis: [] as MarkdownFacts['emphasis'], markupSpans: [] as Span[], comments: [] as MarkdownFacts['comments'], linkLabels: [] as Span[] };
      for (const c of independentChunks(text)) {
        const f = tokenize(text.slice(c.start, c.end));
        const shift = (s: Span) => ({ start: s.start + c.start, end: s.end + c.start });
        alone.excluded.push(...f.excluded.map(shift));
        alone.headings.push(...f.headings.map((h) => ({ depth: h.depth, span: shift(h.span), contentStart: h.contentStart + c.start })));
        alone.emphasis.push(...f.emphasis.map((e) => ({ strong: e.strong, open: shift(e.open), close: shift(e.close), content: shift(e.content) })));
        alone.markupSpans.push(...f.markupSpans.map(shift));
        alone.comments.push(...f.comments.map((m) => ({ span: shift(m.span), text: m.text })));
        alone.linkLabels.push(...f.linkLabels.map(shift));
        if (isPlainChunk(text, c.start, c.end)) plain++;
        else if (simpleBlocksOf(text, c.start, c.end)?.headings.length) headingChunks++;
      }
      alone.excluded = mergeSpans(alone.excluded);
      const expected = REFERENCE_DEFINITION_LINE.test(text) ? whole : normalise(alone);
      expect(normalise(readMarkdown(text, createMarkdownCache())), JSON.stringify(text)).toEqual(expected);
    }
    // The generator makes all three kinds of chunk.
    expect(plain).toBeGreaterThan(400);
    expect(headingChunks).toBeGreaterThan(20);
  });

  it('a chunk it calls plain has nothing but emphasis when parsed alone', () => {
    let plain = 0;
    for (const text of docs) {
      for (const c of independentChunks(text)) {
        if (!isPlainChunk(text, c.start, c.end)) continue;
        plain++;
        const facts = tokenize(text.slice(c.start, c.end));
        expect({ ...normalise(facts), emphasis: [] }, JSON.stringify(text.slice(c.start, c.end))).toEqual({ excluded: [], headings: [], emphasis: [], markupSpans: [], comments: [], linkLabels: [] });
      }
    }
    expect(plain).toBeGreaterThan(400);
  });

  it('knows block and inline syntax when it sees it', () => {
    for (const chunk of ['# 甲\n', '甲\n===\n', '甲\n---\n', '- 甲\n', '1. 甲\n', '1) 甲\n', '> 甲\n', '    甲\n', '\t甲\n', '```\n甲\n```\n', '甲`乙`\n', '甲<b>乙</b>\n', '[甲](a)\n', '甲\r# 乙\r', '* 甲\n', '*\n', '甲\n* * *\n', '甲\n___\r', '甲\n  ==\n', '+\t甲\n']) {
      expect(isPlainChunk(chunk, 0, chunk.length), JSON.stringify(chunk)).toBe(false);
    }
    for (const chunk of ['一、总体情况\n', '1.加快建设。\n', '2025年12月XX日\n', '召开会议**次，研究议题***项。\n', '（一）甲。乙！\n   丙\n', '**（一）加强领导。**成立专班。\n', '*甲*乙\n', '__甲__\n', '-1 度\n', '+甲\n', '=甲\n']) {
      expect(isPlainChunk(chunk, 0, chunk.length), JSON.stringify(chunk)).toBe(true);
    }
  });
});

/**
 * Reads text with micromark throughout (the direct readings switched off) and as the engine does,
 * each with and without a cache, and expects the same facts; with `whole`, also the same as one
 * parse of the whole document. Returns the reference reading. The caller restores the switch.
 */
function expectDirectReadingAgrees(text: string, whole = false): ReturnType<typeof readMarkdown> {
  emphasisReading.direct = false;
  const reference = readMarkdown(text);
  const referenceCached = readMarkdown(text, createMarkdownCache());
  emphasisReading.direct = true;
  expect(readMarkdown(text), JSON.stringify(text)).toEqual(reference);
  expect(readMarkdown(text, createMarkdownCache()), JSON.stringify(text)).toEqual(referenceCached);
  if (whole && !REFERENCE_DEFINITION_LINE.test(text)) expect(normalise(readMarkdown(text)), JSON.stringify(text)).toEqual(normalise(tokenize(text)));
  return reference;
}

describe('chunks whose only syntax is ATX headings are read without micromark (differential, generated documents)', () => {
  const { next, pick, int } = rng(31);
  // Opening sequences of every length (and 7), indented or not, with what may follow them; closing
  // sequences with and without a space before, escaped, trailing spaces; lines that are other
  // syntax (so the chunk goes to micromark); tabs, lone \r.
  const STARTS = ['#', '# ', '##', '## ', '###### ', '####### ', ' # ', '   ## ', '    # ', '#\t', '#　', '', '', '', '\\# ', '=', '-', '* ', '1. '];
  const PIECES = ['甲', '乙丙', ' ', '  ', '#', '##', ' #', ' ##', '# ', '**', '*', '_', '。', 'a', '\\', '\\#', '\t', '%', '　', '!', '=', '---'];
  const docs = Array.from({ length: 3000 }, () => {
    const lines: string[] = [];
    for (let i = 0, k = 1 + int(8); i < k; i++) {
      let line = next() < 0.3 ? '' : pick(STARTS);
      if (line || next() < 0.5) for (let j = 0, n = int(6); j < n; j++) line += pick(PIECES);
      lines.push(line);
    }
    return lines.join(pick(['\n', '\r\n', '\n', '\r'])) + (next() < 0.5 ? '\n' : '');
  });

  it('gives the facts micromark gives, with and without a cache', () => {
    let headings = 0;
    let direct = 0;
    try {
      for (const text of docs) {
        const reference = expectDirectReadingAgrees(text);
        headings += reference.headings.length;
        for (const c of independentChunks(text)) if (!isPlainChunk(text, c.start, c.end) && simpleBlocksOf(text, c.start, c.end)) direct++;
      }
    } finally {
      emphasisReading.direct = true;
    }
    expect(headings).toBeGreaterThan(3000);
    expect(direct).toBeGreaterThan(300);
  });
});

describe('chunks of list items and headings are read without micromark (differential, generated documents)', () => {
  const { next, pick, int } = rng(37);
  // Bullets and numbers with one to five spaces after them, indented up to four, nested, empty,
  // with text that opens a block of its own (a heading, a quote, a break, another item); lines
  // that continue an item or are lazy; setext underlines; headings between the items.
  const STARTS = ['- ', '* ', '+ ', '1. ', '2) ', '10. ', '-  ', '-   ', '-    ', '-     ', '  - ', '   - ', '    - ', ' 1. ', '   3. ', '- - ', '- # ', '1. # ', '* * ', '- 1. ', '-', '*', '1.', '# ', '## ', '  # ', '', '', '', '  ', '   ', '=', '---', '***', '- ---', '　', '-　', '1234567890. ', '123456789. ', '- >', '> '];
  const PIECES = ['甲', '乙丙', ' ', '  ', '#', '-', '*', '**', '_', '。', 'a', '1.', '\\', '%', '　', '!', '=', '---', '**甲**', '*乙*'];
  const docs = Array.from({ length: 1500 }, () => {
    const lines: string[] = [];
    for (let i = 0, k = 1 + int(10); i < k; i++) {
      let line = next() < 0.2 ? '' : pick(STARTS);
      if (line || next() < 0.5) for (let j = 0, n = int(5); j < n; j++) line += pick(PIECES);
      lines.push(line);
    }
    return lines.join(pick(['\n', '\r\n', '\n'])) + (next() < 0.5 ? '\n' : '');
  });

  it('gives the facts micromark gives: the chunks read alone, together and as one whole document', () => {
    let bullets = 0;
    let direct = 0;
    try {
      for (const text of docs) {
        const reference = expectDirectReadingAgrees(text, true);
        bullets += reference.markupSpans.length;
        for (const c of independentChunks(text)) if (!isPlainChunk(text, c.start, c.end) && simpleBlocksOf(text, c.start, c.end)?.markupSpans.length) direct++;
      }
    } finally {
      emphasisReading.direct = true;
    }
    expect(bullets).toBeGreaterThan(1500);
    expect(direct).toBeGreaterThan(120);
  });
});

describe('the emphasis pass reads long non-ASCII stretches shortened (differential, generated lines)', () => {
  const { next, pick } = rng(7);
  // Long Chinese stretches with what decides flanking at their ends: punctuation (full-width and
  // ASCII), ideographic and ASCII spaces, surrogate pairs (𠀀, emoji), variation selectors (an
  // ideographic one is a surrogate pair), and the syntax that stops a stretch.
  const TEXT = ['全年召开专题会议研究部署重点工作', '推进', '。', '，', '：', '“', '”', '（', '）', '　', ' ', '𠀀', '😀', '\ufe0f', '葛\udb40\udd00', 'a', '1', '%%', '\\*', '`码`', '<b>', '!', '_'];
  const PROSE = ['全年召开专题会议研究部署重点工作', '扎实推进', '落实主体责任', '加强队伍建设，提升服务能力'];
  const RUNS = ['*', '**', '***', '_', '__', '****'];
  const line = () => {
    let s = '';
    const n = 1 + Math.floor(next() * 12);
    for (let i = 0; i < n; i++) {
      if (next() < 0.35) s += pick(RUNS);
      const words = 1 + Math.floor(next() * 8);
      for (let j = 0; j < words; j++) s += next() < 0.5 ? pick(PROSE) : next() < 0.97 ? pick(TEXT) : '[链接](a)';
    }
    return s;
  };
  const docs = Array.from({ length: 1500 }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, line).join(pick(['\n', '\r\n', '\n\n'])));

  it('pairs exactly as a reading of the whole lines, every line with a star or an underscore', () => {
    let pairs = 0;
    let shortenedLines = 0;
    let oneRunLines = 0;
    try {
      for (const text of docs) {
        emphasisReading.shorten = false;
        emphasisReading.skipUnpairable = false;
        emphasisReading.direct = false;
        const whole = tokenize(text).emphasis;
        emphasisReading.shorten = true;
        emphasisReading.skipUnpairable = true;
        emphasisReading.direct = true;
        expect(tokenize(text).emphasis, JSON.stringify(text)).toEqual(whole);
        pairs += whole.length;
        for (const l of text.split(/\r?\n/)) if ((l.match(/[*]+/g) ?? []).length === 1 && (l.match(/_+/g) ?? []).length <= 1) oneRunLines++;
        for (const l of text.split(/\r?\n/)) if (/[^\x00-\x7f]{32,}/.test(l) && /[*_]/.test(l) && !/[[\]]/.test(l)) shortenedLines++;
      }
    } finally {
      emphasisReading.shorten = true;
      emphasisReading.skipUnpairable = true;
      emphasisReading.direct = true;
    }
    // The generator makes many pairs, many lines that are shortened and many that are skipped.
    expect(pairs).toBeGreaterThan(1000);
    expect(shortenedLines).toBeGreaterThan(300);
    expect(oneRunLines).toBeGreaterThan(100);
  });
});

describe('the emphasis pass pairs plain lines without micromark (differential, generated lines)', () => {
  const { next, pick, int } = rng(29);
  // Everything that decides flanking and pairing: runs of both characters and every length, ASCII
  // and CJK punctuation, ASCII, ideographic and other spaces, letters, digits, Hangul, kana, the
  // masks' `%`, a fullwidth star; and what sends a line to micromark (links, escapes, code, HTML,
  // tabs, surrogate pairs, variation selectors, block starts), so both kinds of line meet.
  const RUNS = ['*', '**', '***', '****', '*****', '******', '_', '__', '___', '____', '*_', '_*', '**__'];
  const TEXT = ['甲', '乙丙', '加强', '。', '，', '：', '“', '”', '（', '）', '、', '《', '》', '　', ' ', '  ', 'a', 'ab', '1', '2025', '.', ',', '!', '?', '(', ')', '"', "'", '-', '%', '%%%', '＊', '한', 'か', 'ア', '$', '+', '=', '€', '·', '…', '—', '~', '#', '|', '\u00a0', '\u2003'];
  const RARE = ['[链接](a)', '[甲]', '\\*', '`码`', '<b>', '\t', '😀', '𠀀', '\ufe0f', '葛\udb40\udd00', '<https://a.b>'];
  const STARTS = ['', '', '', '', '# ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '***', '---', '~~~', '=', '12', '1.5'];
  const line = () => {
    let s = next() < 0.2 ? pick(STARTS) : '';
    const n = 1 + int(14);
    for (let i = 0; i < n; i++) {
      if (next() < 0.45) s += pick(RUNS);
      const words = 1 + int(3);
      for (let j = 0; j < words; j++) s += next() < 0.96 ? pick(TEXT) : pick(RARE);
    }
    return s;
  };
  const docs = Array.from({ length: 3000 }, () => Array.from({ length: 1 + int(4) }, line).join(pick(['\n', '\r\n', '\n\n'])));

  it('pairs exactly as micromark with the CJK-friendly extension', () => {
    let pairs = 0;
    let strong = 0;
    try {
      for (const text of docs) {
        emphasisReading.direct = false;
        const reference = tokenize(text).emphasis;
        emphasisReading.direct = true;
        expect(tokenize(text).emphasis, JSON.stringify(text)).toEqual(reference);
        expect(readMarkdown(text).emphasis, JSON.stringify(text)).toEqual(reference);
        pairs += reference.length;
        strong += reference.filter((e) => e.strong).length;
      }
    } finally {
      emphasisReading.direct = true;
    }
    // The generator makes many pairs of both kinds.
    expect(pairs).toBeGreaterThan(3000);
    expect(strong).toBeGreaterThan(1000);
  });

  it('pairs the shapes of a report: masks, deliberate bold, the rule of three, underscores inside words', () => {
    const pairsOf = (text: string) => tokenize(text).emphasis.map((e) => `${e.strong ? 'strong' : 'em'} ${text.slice(e.open.start, e.close.end)}`);
    expect(pairsOf('更换服务器**台，新增容量***TB。')).toEqual(['strong **台，新增容量**']);
    expect(pairsOf('**（一）加强领导。**成立专班。')).toEqual(['strong **（一）加强领导。**']);
    // The rule of three: `**` between two ideographs may open or close, so it does not close `*`.
    expect(pairsOf('*甲**乙*')).toEqual(['em *甲**乙*']);
    expect(pairsOf('**甲*')).toEqual(['em *甲*']);
    expect(pairsOf('***甲***')).toEqual(['em ***甲***', 'strong **甲**']);
    expect(pairsOf('a_b_c _甲_')).toEqual(['em _甲_']);
  });
});

describe('bounded Markdown reading (any input in linear time)', () => {
  it('pairs emphasis within a line: a pair across lines is two masks, as before', () => {
    expect(tokenize('**甲\n乙**').emphasis).toEqual([]);
    expect(tokenize('今年的**重点工作**\n是**安全**生产。').emphasis.map((e) => e.open.start)).toEqual([3, 13]);
    expect(placeholders('召开会议**次\n研究议题**项')).toEqual(['**@4', '**@12']);
  });

  it('blanks code and HTML out of the emphasis pass, so a star in them pairs with nothing', () => {
    expect(tokenize('甲**乙`**`丙').emphasis).toEqual([]);
    expect(tokenize('甲*乙<b title="*">丙').emphasis).toEqual([]);
    expect(tokenize('**甲`x`乙**').emphasis.map((e) => [e.open.start, e.close.start])).toEqual([[0, 7]]);
  });

  it('keeps bullets and thematic breaks for the block pass, reads other stars as letters', () => {
    expect(blockText('* 甲**乙**\n***\n- ***\n> * 丙*')).toBe('* 甲xx乙xx\n***\n- ***\n> * 丙x');
    const facts = tokenize('* 甲**乙**\n\n***\n');
    expect(facts.markupSpans).toEqual([{ start: 0, end: 1 }, { start: 10, end: 13 }]);
    expect(facts.emphasis.map((e) => e.strong)).toEqual([true]);
  });

  it('reads containers nested deeper than MAX_NESTING on one line as text', () => {
    const deep = '>'.repeat(MAX_NESTING + 5) + ' 甲';
    expect(blockText(deep)).toBe('>'.repeat(MAX_NESTING) + 'x'.repeat(5) + ' 甲');
    expect(tokenize('>'.repeat(30000)).excluded).toEqual([]);
  });

  it('cuts a line with more than MAX_DELIMITER_RUNS delimiter runs, after a sentence end where it can', () => {
    const sentence = '完成**重点**任务。';
    const line = sentence.repeat(MAX_DELIMITER_RUNS); // two runs a sentence
    const pairs = tokenize(line).emphasis;
    expect(pairs).toHaveLength(MAX_DELIMITER_RUNS);
    pairs.forEach((e, i) => expect(e.open.start).toBe(i * sentence.length + 2));
    // Every star of a line of masks is still a mask, however long the line.
    const masks = '中*'.repeat(3 * MAX_DELIMITER_RUNS);
    expect(placeholders(masks)).toHaveLength(3 * MAX_DELIMITER_RUNS);
  });

  it('ends lines where micromark does: \\r alone ends a line too', () => {
    expect(tokenize('**甲\r乙**').emphasis).toEqual([]);
    expect(tokenize('**甲**\r**乙**').emphasis.map((e) => e.open.start)).toEqual([0, 6]);
  });
});
