import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, formatOutline, parseReport, type ReportFormat } from '../../src/core';

// Whole reports written blind by a helper (test/fixtures/blind-reports/README.md): every finding of
// every rule, as measured at first sight and after the fixes they prompted. A new finding here is
// most likely a false alarm on a document with a scheme of its own.
const dir = 'test/fixtures/blind-reports';
const format = (file: string): ReportFormat => (file.endsWith('.md') ? 'markdown' : 'plaintext');
const read = (file: string) => fs.readFileSync(`${dir}/${file}`, 'utf8');

const EXPECTED: Record<string, string[]> = {
  // ×× is how the writer left the names of the county and the people to fill in.
  '01-county-bureau-summary.txt': ['1 placeholder ××'],
  '02-market-regulation-summary.md': ['1 placeholder ××', '35 placeholder 〔具体数字〕', '35 placeholder 〔具体数字〕'],
  '03-duty-report.txt': ['17 placeholder ××'],
  // 一、 then 1. throughout, never （一）: one note on the scheme, no warning per section.
  '04-survey-in-parts.txt': ['5 numbering-scheme 1.'],
  '05-speech.md': ['3 placeholder ××'],
  '06-situation-report.txt': ['1 placeholder ××', '2 placeholder ××', '24 placeholder ××', '25 placeholder ××', '26 placeholder ××'],
  // An excerpt (the title says 节选) starting at 三、.
  '07-excerpt.txt': [],
  // A Markdown task list `1.` directly under `## 五、`: numbered sentences, no skipped level.
  '08-enterprise-own-scheme.md': [],
};

describe('whole reports written blind (test/fixtures/blind-reports)', () => {
  it('has a file for every expectation and an expectation for every file', () => {
    expect(fs.readdirSync(dir).filter((f) => f !== 'README.md').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives exactly its findings', (file, expected) => {
    const text = read(file);
    const { findings } = analyzeReport(text, { format: format(file), locale: 'en' });
    expect(findings.map((f) => `${f.range.start.line + 1} ${f.ruleId} ${text.slice(f.span.start, f.span.end)}`)).toEqual(expected);
  });

  it('outlines the excerpt from 三、 on, with its （一） and 1. below', () => {
    const lines = formatOutline(parseReport(read('07-excerpt.txt'), { format: 'plaintext' }).outline).map((l) => l.replace(/\s+\[\d+ 字\]$/, '').trim());
    expect(lines.slice(0, 3)).toEqual(['2  三、当前存在的主要问题', '4    （一）数据共享壁垒尚未完全打通', '5    （二）“一网通办”用户体验有待提升']);
    expect(lines.filter((l) => /^\d+\s{2}[一二三四五六七八九十]、/.test(l))).toEqual(['2  三、当前存在的主要问题', '8  四、对策建议']);
  });

  it('outlines the survey in parts: 第一部分 above 一、 above 1.', () => {
    const lines = formatOutline(parseReport(read('04-survey-in-parts.txt'), { format: 'plaintext' }).outline).map((l) => l.replace(/\s+\[\d+ 字\]$/, '').trim());
    expect(lines.slice(0, 3)).toEqual(['3  第一部分 基本情况', '4    一、农村老年人口状况', '5      1.老龄化程度较高']);
    expect(lines.filter((l) => /^\d+\s{2}第/.test(l))).toEqual(['3  第一部分 基本情况', '12  第二部分 问卷调查结果分析', '23  第三部分 存在问题与对策建议']);
  });
});
