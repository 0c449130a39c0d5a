import { describe, expect, it } from 'vitest';
import { analyzeReport, headingMarker, planSectionInsert, type TextEdit } from '../../src/core';

function plan(text: string, at: string | number, level: 0 | 1 | 2 | 3 | 4, format: 'plaintext' | 'markdown' = 'plaintext') {
  const offset = typeof at === 'number' ? at : text.indexOf(at);
  const { model } = analyzeReport(text, { format });
  return planSectionInsert(model, offset, level);
}

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

const REPORT = [
  '一、工作开展情况',
  '（一）加强组织领导',
  '全年召开会议12次。',
  '（二）完善制度机制',
  '修订制度5项。',
  '二、存在的问题',
  '学习不够深入。',
  '',
].join('\n');

describe('headingMarker', () => {
  it('writes each level in the standard form', () => {
    expect([0, 1, 2, 3, 4].map((l) => headingMarker(l as 0, 3))).toEqual(['第三部分', '三、', '（三）', '3.', '（3）']);
    expect(headingMarker(1, 12)).toBe('十二、');
  });
});

describe('planSectionInsert', () => {
  it('continues the level-1 run at the end of the document', () => {
    const p = plan(REPORT, REPORT.length, 1);
    expect(p.marker).toBe('三、');
    expect(p.previous?.marker).toBe('二、');
    expect(p.renumber).toEqual([]);
  });

  it('continues the parent’s （n） run', () => {
    const p = plan(REPORT, '二、存在的问题', 2);
    expect(p.marker).toBe('（三）');
    expect(p.renumber).toEqual([]);
  });

  it('starts a new run at one under a parent without children of that level', () => {
    const p = plan(REPORT, REPORT.length, 2);
    expect(p.marker).toBe('（一）');
  });

  it('starts at one in an empty document', () => {
    expect(plan('', 0, 1).marker).toBe('一、');
  });

  it('renumbers the following siblings when inserted in the middle', () => {
    const at = REPORT.indexOf('（二）');
    const p = plan(REPORT, at, 2);
    expect(p.marker).toBe('（二）');
    expect(apply(REPORT, p.renumber)).toContain('（三）完善制度机制');
    // Only the numeral changes.
    expect(p.renumber).toEqual([{ span: { start: at + 1, end: at + 2 }, newText: '三' }]);
  });

  it('renumbers level-1 siblings after a level-1 inserted before 二、', () => {
    const p = plan(REPORT, '二、存在的问题', 1);
    expect(p.marker).toBe('二、');
    expect(apply(REPORT, p.renumber)).toContain('三、存在的问题');
  });

  it('keeps the digit width of Arabic siblings', () => {
    const text = '一、总体情况\n１．第一项\n２．第二项\n';
    const p = plan(text, text.indexOf('２．'), 3);
    expect(p.marker).toBe('2.');
    expect(apply(text, p.renumber)).toContain('３．第二项');
  });

  it('joins the sections under a Markdown # heading', () => {
    const text = '# 工作汇报\n\n一、总体情况\n\n二、主要做法\n';
    const p = plan(text, text.length, 1, 'markdown');
    expect(p.marker).toBe('三、');
  });
});
