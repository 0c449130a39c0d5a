import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../src/core';
import { CHINESE_SHARE, judgeReportness, measureProse } from '../../src/core/reportness';

const placeholdersOf = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
  analyzeReport(text, { format, locale: 'en' })
    .findings.filter((f) => f.ruleId === 'placeholder')
    .map((f) => text.slice(f.span.start, f.span.end));

describe('judgeReportness', () => {
  it('a Chinese report is one', () => {
    const d = judgeReportness('一、总体情况\n全年召开会议**次，研究议题12项。\n二、存在问题\n人手不足。\n');
    expect(d).toMatchObject({ isReport: true, reason: 'chinese-prose', headings: 2 });
    expect(d.chineseShare).toBe(1);
  });

  it('English notes are not, whatever their stars and XX', () => {
    const d = judgeReportness('# Notes\n\nMultiply 3 * 4.\nDelete *.log files.\nThe XX field is optional.\n', { format: 'markdown' });
    expect(d).toMatchObject({ isReport: false, reason: 'not-chinese', chineseShare: 0 });
  });

  it("this project's README, English quoting many Chinese examples, is not", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const d = judgeReportness(readme, { format: 'markdown' });
    expect(d.isReport).toBe(false);
    expect(d.chineseShare).toBeLessThan(0.3);
  });

  it('code blocks, code spans and URLs do not count', () => {
    const text = 'Intro text here.\n\n```\n一、这是代码里的中文，不是正文。这是代码里的中文，不是正文。\n```\n\nSee `中文中文中文中文` and https://example.com/docs/guide\n';
    expect(measureProse(text, 'markdown')).toEqual({ han: 0, latinWords: 5, headings: 0 });
    // The same text read as plain text has no fences: the code's Chinese counts.
    expect(measureProse(text, 'plaintext').han).toBeGreaterThan(0);
  });

  it('a report full of English product names still counts when it has report headings', () => {
    const text = [
      '一、ERP upgrade project progress',
      '（一）完成 SAP S4 HANA migration testing and cutover planning',
      '（二）推进 CRM integration with Salesforce and HubSpot data sync',
      '二、下一步 next steps for the data platform roadmap',
    ].join('\n');
    const d = judgeReportness(text);
    expect(d.chineseShare).toBeLessThan(CHINESE_SHARE);
    expect(d).toMatchObject({ isReport: true, reason: 'report-structure', headings: 3 }); // 一、ERP…: a heading's title starts in Chinese;
  });

  it('a bilingual note with a little Chinese is not', () => {
    const d = judgeReportness('Meeting notes: we discussed the 年度总结 and the 述职报告 templates for next year.\n');
    expect(d.isReport).toBe(false);
  });

  it('*.report files always are; the modes force it', () => {
    expect(judgeReportness('Hello world', { reportFile: true })).toMatchObject({ isReport: true, reason: 'report-file' });
    expect(judgeReportness('Hello world', { mode: 'always' })).toMatchObject({ isReport: true, reason: 'forced-on' });
    expect(judgeReportness('一、总体情况', { mode: 'never', reportFile: true })).toMatchObject({ isReport: false, reason: 'forced-off' });
  });

  it('an empty document is not (yet) one', () => {
    expect(judgeReportness('').isReport).toBe(false);
  });
});

describe('placeholders: `*` and `XX` in English text, URLs and code spans are none', () => {
  it.each([
    'Multiply 3 * 4',
    'Delete *.log files',
    'The XX field',
    'In 20XX the plan changed',
    'see https://example.com/a*b/XX',
    'run `rm *.log` now',
  ])('%s', (text) => {
    expect(placeholdersOf(text)).toEqual([]);
    expect(placeholdersOf(text, 'markdown')).toEqual([]);
  });

  it('knows each `*` and `XX` of a line with several URLs and code spans, before, over and after them', () => {
    for (const format of ['plaintext', 'markdown'] as const) {
      expect(placeholdersOf('见 https://a.example/x 与 `c*d` 中，召开会议**次，参见 www.b.example/XX 与 `e*`。X月', format)).toEqual(['**', 'X']);
      expect(placeholdersOf('`a*` 与 https://x.example/** 和 **次 与 `XX` 又 www.y.example/XX**', format)).toEqual(['**']);
    }
  });

  it('masks in Chinese text stay masks, next to Latin units and digits too', () => {
    expect(placeholdersOf('全年召开会议**次，存储容量***TB。')).toEqual(['**', '***']);
    expect(placeholdersOf('***TB的容量已用完')).toEqual(['***']);
    expect(placeholdersOf('联系电话：1**********')).toEqual(['**********']);
    expect(placeholdersOf('1**********')).toEqual(['**********']);
    expect(placeholdersOf('尊敬的XX主任：请于XX月前完成。')).toEqual(['XX', 'XX']);
  });
});

describe('measureProse counts Chinese characters as \\p{Script=Han} does', () => {
  it('whatever the code units, lone surrogates and astral ideographs included (the count goes by code unit first, for speed)', () => {
    const han = /\p{Script=Han}/u;
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 20; round++) {
      let text = '';
      for (let i = 0; i < 2000; i++) {
        const x = rand();
        text += x < 0.2 ? String.fromCharCode(0xd800 + Math.floor(rand() * 0x800)) : x < 0.6 ? String.fromCodePoint(0x2e00 + Math.floor(rand() * 0x8000)) : String.fromCodePoint(Math.floor(rand() * 0x30000));
      }
      let expected = 0;
      for (const line of text.split(/\r\n|\r|\n/)) {
        const prose = line.replace(/`+[^`\n]*`+/g, ' ').replace(/\b(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|\bwww\.[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+/g, ' ');
        for (const ch of prose) if (han.test(ch)) expected++;
      }
      expect(measureProse(text, 'plaintext').han).toBe(expected);
    }
  });
});
