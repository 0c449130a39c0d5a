import { describe, expect, it } from 'vitest';
import { analyzeReport, applyEdits, collectFixes, mergeEdits, type Finding } from '../../src/core';

const finding = (fix: Finding['fix'], ruleId = 'r'): Finding => ({
  ruleId,
  severity: 'warning',
  message: '',
  span: fix![0].span,
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  fix,
});

describe('collectFixes', () => {
  it('leaves a run that skips to the user (renumbering changes other lines: a suggestion, not a fix)', () => {
    const text = '一、总体情况\n三、存在问题,原因分析\n四、下一步打算\n五、其他\n会议**次。\n';
    const { findings } = analyzeReport(text, { format: 'plaintext' });
    expect(applyEdits(text, collectFixes(findings))).toBe('一、总体情况\n三、存在问题，原因分析\n四、下一步打算\n五、其他\n会议**次。\n');
    const skip = findings.find((f) => f.ruleId === 'numbering-sequence')!;
    expect(skip.suggestions?.[0].edits.map((e) => e.newText)).toEqual(['二', '三', '四']);
  });

  it('fixes a single wrong ordinal on its own line', () => {
    const text = '一、总体情况\n三、存在问题\n三、下一步打算\n';
    const { findings } = analyzeReport(text, { format: 'plaintext' });
    expect(applyEdits(text, collectFixes(findings))).toBe('一、总体情况\n二、存在问题\n三、下一步打算\n');
  });

  it('shares identical edits and leaves out a finding that clashes', () => {
    const a = finding([{ span: { start: 0, end: 1 }, newText: 'A' }]);
    const same = finding([{ span: { start: 0, end: 1 }, newText: 'A' }, { span: { start: 5, end: 6 }, newText: 'B' }]);
    const clash = finding([{ span: { start: 0, end: 2 }, newText: 'C' }, { span: { start: 8, end: 9 }, newText: 'D' }]);
    expect(collectFixes([a, same, clash])).toEqual([
      { span: { start: 0, end: 1 }, newText: 'A' },
      { span: { start: 5, end: 6 }, newText: 'B' },
    ]);
  });

  it('ignores findings without a fix', () => {
    const { findings } = analyzeReport('会议**次。', { format: 'plaintext' });
    expect(findings).toHaveLength(1);
    expect(collectFixes(findings)).toEqual([]);
  });
});

describe('mergeEdits', () => {
  it('turns several edits into one replacement of the span that covers them', () => {
    const text = '一、甲\n三、乙\n四、丙\n';
    const merged = mergeEdits(text, [
      { span: { start: 8, end: 9 }, newText: '三' },
      { span: { start: 4, end: 5 }, newText: '二' },
    ]);
    expect(merged).toEqual({ span: { start: 4, end: 9 }, newText: '二、乙\n三' });
    expect(applyEdits(text, [merged])).toBe('一、甲\n二、乙\n三、丙\n');
  });
});
