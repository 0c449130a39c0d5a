import { describe, expect, it } from 'vitest';
import { analyzeReport, applyEdits, collectFixes, fixAll, mergeEdits, type Analysis, type Finding, type ReportFormat } from '../../src/core';
import { fixAllWith } from '../../src/core/fixAll';

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

describe('collectFixes and applyEdits at scale', () => {
  it('keep every non-clashing edit of many findings, in order, and apply them in one pass', () => {
    const n = 20000;
    const text = '中,'.repeat(n);
    const findings = Array.from({ length: n }, (_, i) => finding([{ span: { start: 2 * i + 1, end: 2 * i + 2 }, newText: '，' }]));
    // An out-of-order finding whose edit clashes with one taken is left out whole.
    findings.push(finding([{ span: { start: 1, end: 3 }, newText: 'x' }, { span: { start: 40001, end: 40001 }, newText: 'y' }]));
    const edits = collectFixes(findings);
    expect(edits).toHaveLength(n);
    expect(applyEdits(text, edits)).toBe('中，'.repeat(n));
  });

  it('sorts edits that arrive out of order and keeps an insertion before a replacement at the same place', () => {
    const edits = collectFixes([
      finding([{ span: { start: 4, end: 5 }, newText: 'E' }]),
      finding([{ span: { start: 0, end: 1 }, newText: 'A' }]),
      finding([{ span: { start: 2, end: 2 }, newText: '+' }]),
      finding([{ span: { start: 2, end: 3 }, newText: 'C' }]),
      finding([{ span: { start: 2, end: 2 }, newText: '-' }]),
    ]);
    expect(edits.map((e) => e.newText)).toEqual(['A', '+', 'C', 'E']);
    expect(applyEdits('abcde', edits)).toBe('Ab+CdE');
  });
});

describe('fixAll', () => {
  const run = (text: string, format: ReportFormat = 'plaintext') => fixAll(text, { format, locale: 'en' });
  const remaining = (r: ReturnType<typeof run>) => r.analysis.findings.map((f) => `${f.ruleId}${f.fix ? ' (fix)' : ''}`);

  it('applies every safe fix in one pass and returns the analysis of the result', () => {
    // Renumbering a run changes other lines: a suggestion, not a fix (issue 8); the comma is fixed.
    const r = run('一、总体情况\n三、存在问题,原因分析\n四、下一步打算\n会议**次。\n');
    expect(r.text).toBe('一、总体情况\n三、存在问题，原因分析\n四、下一步打算\n会议**次。\n');
    expect(r.applied).toBe(1);
    expect(remaining(r)).toEqual(['numbering-sequence', 'placeholder']);
    expect(run(r.text).applied).toBe(0);
  });

  it('pairs brackets by nesting: 中(a(b)c) → 中（a(b)c）', () => {
    expect(run('中(a(b)c)').text).toBe('中（a(b)c）');
  });

  it('leaves an unmatched ( as a suggestion rather than make an unmatched （', () => {
    const r = run('橏(');
    expect(r.text).toBe('橏(');
    expect(r.applied).toBe(0);
    const [f] = r.analysis.findings;
    expect(f.ruleId).toBe('punctuation-halfwidth');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions?.[0].edits).toEqual([{ span: { start: 1, end: 2 }, newText: '（' }]);
  });

  it('takes a Markdown escape with the mark: 中文\\(注\\) → 中文（注）', () => {
    expect(run('中文\\(注\\)', 'markdown').text).toBe('中文（注）');
    // In plain text the backslash is a character of its own.
    expect(run('中文\\(注\\)').text).toBe('中文\\（注\\）');
  });

  it('does not make a doubled mark: ,， stays, with the change offered', () => {
    const r = run(',，');
    expect(r.text).toBe(',，');
    expect(r.analysis.findings.map((f) => [f.ruleId, f.fix, f.suggestions?.[0].edits[0].newText])).toEqual([['punctuation-halfwidth', undefined, '，']]);
    expect(run('完成,。').text).toBe('完成,。');
    expect(run('真的吗?！').text).toBe('真的吗？！');
  });

  it('finds a ［bracketed blank］ before ( or : at once, not only after the bracket is fixed', () => {
    for (const text of ['完成［具体数量］(注)', '完成［具体数量］:']) {
      const before = analyzeReport(text, { format: 'markdown' }).findings.map((f) => f.ruleId);
      const r = run(text, 'markdown');
      expect(before).toContain('placeholder');
      expect(r.analysis.findings.map((f) => f.ruleId)).toEqual(['placeholder']);
    }
    // A Markdown link label is a link.
    expect(run('详见[工作方案](a.md)。', 'markdown').analysis.findings).toEqual([]);
  });

  it('offers, does not apply, brackets paired across a Markdown soft wrap (another fix may end the paragraph)', () => {
    const r = run('(加强，\n)制', 'markdown');
    expect(r.text).toBe('(加强，\n)制');
    const f = r.analysis.findings.find((x) => x.ruleId === 'punctuation-halfwidth')!;
    expect([f.fix, f.suggestions?.[0].edits.map((e) => e.newText)]).toEqual([undefined, ['（', '）']]);
  });

  it('does not change which stars Markdown pairs as bold', () => {
    const text = '**重点!**正文';
    const r = run(text, 'markdown');
    expect(r.text).toBe(text);
    expect(r.analysis.findings.map((f) => f.ruleId)).toEqual(['punctuation-halfwidth']);
  });

  it('judges bold text with a half-width mark as it will be once the mark is fixed', () => {
    // `**善!产**`: fixed to `**善！产**` the pair crosses a sentence end, so the stars are masks either way.
    const before = analyzeReport('**善!产**', { format: 'markdown', only: ['placeholder'] }).findings.length;
    const r = run('**善!产**', 'markdown');
    expect(r.text).toBe('**善！产**');
    expect(before).toBe(2);
    expect(r.analysis.findings.map((f) => f.ruleId)).toEqual(['placeholder', 'placeholder']);
  });

  it('refuses a fix whose result has a new finding, whatever rule made it, and offers it as a suggestion', () => {
    // A rule that turns every `,` into `，` and one that flags `，，`: the first rule's fix of the
    // `,` beside a `，` creates a finding of the second; its other fix is safe.
    const analyze = (text: string): Analysis => {
      const findings: Finding[] = [];
      for (const m of text.matchAll(/,/g)) findings.push({ ...finding([{ span: { start: m.index!, end: m.index! + 1 }, newText: '，' }], 'comma') });
      for (const m of text.matchAll(/，，/g)) findings.push({ ruleId: 'double', severity: 'warning', message: '', span: { start: m.index!, end: m.index! + 2 }, range: finding([{ span: { start: 0, end: 0 }, newText: '' }]).range });
      findings.sort((a, b) => a.span.start - b.span.start);
      return { model: analyzeReport(text, { format: 'plaintext' }).model, findings, options: { format: 'plaintext' } };
    };
    const r = fixAllWith('甲,乙\n\n丙,，丁', analyze, 'en');
    expect(r.text).toBe('甲，乙\n\n丙,，丁');
    expect(r.applied).toBe(1);
    expect(r.analysis.findings.map((f) => [f.ruleId, f.span.start, f.fix, f.suggestions?.map((s) => s.message)])).toEqual([
      ['comma', 6, undefined, ['Apply the fix (fix-all leaves it out: it would create another problem)']],
    ]);
    expect(fixAllWith(r.text, analyze).applied).toBe(0);
  });

  it('refuses a fix that does not remove its own finding', () => {
    const analyze = (text: string): Analysis => ({
      model: analyzeReport(text, { format: 'plaintext' }).model,
      findings: text.includes('a') ? [finding([{ span: { start: 0, end: 1 }, newText: 'a' }], 'stuck')] : [],
      options: { format: 'plaintext' },
    });
    expect(fixAllWith('a', analyze).applied).toBe(0);
  });
});

describe('line endings', () => {
  it('give the same findings with LF and CRLF next to a link reference definition line (punctuation-halfwidth read 40 offsets, not 40 characters)', () => {
    const lf = '改革平台加强,\n[ref]: https://example.com20XX台\u0001*？；研此处';
    const key = (t: string) => analyzeReport(t, { format: 'markdown' }).findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}`);
    expect(key(lf)).toContain('punctuation-halfwidth 0:6');
    expect(key(lf.replace(/\n/g, '\r\n'))).toEqual(key(lf));
  });
});

describe('fixes that meet the spacing rules (found by the fuzz suite once the proofreading rules landed)', () => {
  const fixed = (text: string) => applyEdits(text, collectFixes(analyzeReport(text, { format: 'plaintext' }).findings));
  it('a half-width mark takes the spaces around it, half- or full-width, into its fix', () => {
    expect(fixed('加强 ,完善')).toBe('加强，完善');
    expect(fixed('加强 !　落实')).toBe('加强！落实');
    expect(fixed('存在问题　;党建')).toBe('存在问题；党建');
  });
  it('half-width brackets take the spaces outside them, but not a line’s indentation', () => {
    expect(fixed('中文 (注) 内容')).toBe('中文（注）内容');
    expect(fixed('  (注)内容')).toBe('  （注）内容');
  });
  it('a space between words on a line with a half-width mark is judged as after the mark’s fix', () => {
    const before = analyzeReport('重点任务 落实责任数据:完成', { format: 'plaintext' }).findings.map((f) => f.ruleId);
    const after = analyzeReport(fixed('重点任务 落实责任数据:完成'), { format: 'plaintext' }).findings.map((f) => f.ruleId);
    expect(before).toEqual(['spacing-separator', 'punctuation-halfwidth']);
    expect(after).toEqual(['spacing-separator']);
  });
  it('a half-width mark takes the space after it when a number or Latin word follows, which the spacing rule would flag beside the full-width mark (fuzz seeds 4242, 777)', () => {
    expect(fixed('召开会议? 2825次')).toBe('召开会议？2825次');
    expect(fixed('专项整治;　1773项')).toBe('专项整治；1773项');
    // A wide gap is layout, not a slip: it stays.
    expect(fixed('专项整治;   1773项')).toBe('专项整治；   1773项');
  });
  it('a straight quote closing “ takes the space beside it that the spacing rule would flag once the quote is ” (fuzz seed 777)', () => {
    const text = '落实“三重一大"　！平台';
    const pair = analyzeReport(text, { format: 'plaintext' }).findings.find((f) => f.ruleId === 'punctuation-pair')!;
    expect(pair.span).toEqual({ start: 7, end: 9 });
    expect(fixed(text)).toBe('落实“三重一大”！平台');
    expect(analyzeReport(fixed(text), { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'spacing')).toEqual([]);
  });
  it('an address ends before Chinese text set solid after it, so the marks of that text are still checked (fuzz seed 777)', () => {
    const marks = (text: string, format: 'plaintext' | 'markdown') =>
      analyzeReport(text, { format }).findings.filter((f) => f.ruleId === 'punctuation-halfwidth').map((f) => f.span.start);
    expect(marks('<https://example.com>重点任务,研究议题', 'markdown')).toEqual([25]);
    expect(marks('https://example.com重点任务,研究议题', 'plaintext')).toEqual([23]);
    // Chinese in an address's path is the address's own (a finding there would be no prose).
    expect(marks('详见https://example.com/政务公开,栏目', 'plaintext')).toEqual([]);
  });
  it('a star beside a curly quote is judged as beside a straight one: the quote says nothing of the language (fuzz seed 4242)', () => {
    const stars = (text: string) => analyzeReport(text, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'placeholder' && text[f.span.start] === '*').length;
    expect(stars('“*2235"XX')).toBe(0);
    expect(stars('“*2235”XX')).toBe(0);
    expect(stars('全年召开“*”次会议')).toBe(1);
  });
  it('in Markdown a line ending in a straight quote or bracket ends its paragraph as the full-width one would (fuzz seed 4242)', () => {
    const pairs = (text: string) => analyzeReport(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'punctuation-pair').map((f) => f.span.start);
    expect(pairs('《“"\n》')).toEqual([0, 2, 4]);
    expect(pairs('《“”\n》')).toEqual([0, 4]);
  });
  it('in Markdown a half-width mark’s fix leaves the space a heading, quotation or list marker needs (fuzz seed 31337)', () => {
    const fixAllMd = (text: string) => fixAll(text, { format: 'markdown' }).text;
    expect(fixAllMd('# :加强学习')).toBe('# ：加强学习');
    expect(fixAllMd('> ,加强学习')).toBe('> ，加强学习');
    expect(fixAllMd('- ;加强学习')).toBe('- ；加强学习');
    expect(fixAllMd('加强 ,学习')).toBe('加强，学习');
  });
  it('a numbered lead-in ending in a colon before the first 一、 is not a heading above it, as one ending in a comma is not (fuzz seed 31337)', () => {
    const hierarchy = (text: string) => analyzeReport(text, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'numbering-hierarchy').length;
    expect(hierarchy('（一）做法如下，\n一、总体情况')).toBe(0);
    expect(hierarchy('（一）做法如下：\n一、总体情况')).toBe(0);
    expect(hierarchy('（一）主要做法\n一、总体情况')).toBe(1);
  });
  it('half-width brackets take the spaces just inside them that the spacing rule would flag beside （ and ） (fuzz seeds 2718, 9001)', () => {
    expect(fixed('加强(　说明　)工作')).toBe('加强（说明）工作');
    expect(fixed('加强( 说明 )工作')).toBe('加强（说明）工作');
    expect(analyzeReport(fixed('(　——存在问题2225)'), { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'spacing')).toEqual([]);
  });
  it('ASCII quotes beside a half-width mark are judged as beside the full-width mark it will be (fuzz seed 9001)', () => {
    const quotes = (text: string) => analyzeReport(text, { format: 'plaintext' }).findings.filter((f) => f.ruleId === 'ascii-quotes').length;
    expect(quotes('□"数据",研究')).toBe(quotes('□"数据"，研究'));
    expect(quotes('□"数据"，研究')).toBe(1);
  });
  it('“三是” followed by spaces and a mark is the same slip as without the spaces (fuzz seed 5151)', () => {
    const rules = (text: string) => analyzeReport(text, { format: 'plaintext' }).findings.map((f) => `${f.ruleId}@${f.span.start}-${f.span.end}`);
    expect(rules('三是\t,加强')).toEqual(['numbering-punctuation@2-4', 'punctuation-halfwidth@2-4']);
    expect(fixAll('三是\t,加强', { format: 'plaintext' }).text).toBe('三是加强');
  });
  it('in Markdown a line ending in a closer and a pause mark ends its paragraph as the closer alone does (fuzz seeds 5151, 7373)', () => {
    const pairs = (text: string) => analyzeReport(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'punctuation-pair').length;
    expect(pairs('“好？、\n”')).toBe(pairs('“好？\n”'));
  });
  it('a half-width mark’s fix leaves the space after a plain-text bullet (fuzz seed 6262)', () => {
    expect(fixed('* ?加强')).toBe('* ？加强');
  });
  it('a star beside a half-width mark is judged as beside the full-width mark its fix makes, and an address ends at a straight quote (fuzz seeds 8484, 9595)', () => {
    const stars = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
      analyzeReport(text, { format }).findings.filter((f) => f.ruleId === 'placeholder' && text[f.span.start] === '*').length;
    expect(stars('t,　*')).toBe(stars('t，　*'));
    expect(stars('“http://"*。', 'markdown')).toBe(stars('“http://”*。', 'markdown'));
    expect(stars('联系人：**')).toBe(1);
  });
  it('doubled marks right after an ordinal are offered, not applied: the mark kept decides whether the ordinal stays a point (fuzz seed 8484)', () => {
    const text = '第二，第一，？第二、';
    const repeat = analyzeReport(text, { format: 'plaintext' }).findings.find((f) => f.ruleId === 'punctuation-repeat')!;
    expect([repeat.fix, repeat.suggestions?.[0].edits[0].newText]).toEqual([undefined, '？']);
    expect(fixed('加强学习，？完善制度')).toBe('加强学习？完善制度');
  });
  it('a straight quote closing “ counts as ” beside a half-width mark, and brackets holding only spaces take them (fuzz seeds 1212, 3434)', () => {
    const marks = (text: string) => analyzeReport(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'punctuation-halfwidth').length;
    expect(marks('“好)";')).toBe(marks('“好)”;'));
    expect(fixed('温度( )')).toBe('温度（）');
    // A half-width mark inside counts as the Chinese mark it becomes (fuzz seed 5656).
    expect(analyzeReport(fixed('(!　)题'), { format: 'markdown' }).findings.filter((f) => f.ruleId === 'spacing')).toEqual([]);
  });
  it('half-width marks side by side are judged alike before and after each other’s fixes (?(:)；, ?(:\\)； in Markdown; fuzz seed 6767)', () => {
    for (const text of ['?(:)；', '?(:\\)；']) {
      const r = fixAll(text, { format: 'markdown' });
      expect(r.text).toBe('？（：）；');
      expect(r.analysis.findings).toEqual([]);
    }
  });
  it('a half-width mark after an ASCII quote closing a Chinese quotation is in Chinese text before the quote’s fix too (fuzz seed 4242)', () => {
    const text = '数据“完成。":';
    expect(analyzeReport(text, { format: 'plaintext' }).findings.map((f) => `${f.ruleId}@${f.span.start}`)).toEqual(['punctuation-pair@6', 'punctuation-halfwidth@7']);
    expect(fixed(text)).toBe('数据“完成。”：');
    expect(analyzeReport(fixed(text), { format: 'plaintext' }).findings).toEqual([]);
    // An English quotation keeps its colon.
    expect(analyzeReport('He said "ok": 好', { format: 'plaintext' }).findings.map((f) => f.ruleId)).not.toContain('punctuation-halfwidth');
  });
});
