import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeReport, applyEdits, collectFixes, mergeConfigs, proofreadingRules, rules, validateConfig, type Finding } from '../../src/core';

const PROOF_RULES = proofreadingRules.map((r) => r.meta.id);

const at = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1} ${f.ruleId}`;

describe.each(rules.filter((r) => PROOF_RULES.includes(r.meta.id)).map((r) => [r.meta.id, r] as const))('fixes of %s', (id, rule) => {
  for (const [i, example] of rule.meta.examples.notOk.entries()) {
    const format = example.format ?? 'plaintext';
    it(`example ${i + 1}: each fix edits only its finding's span, and fix-all reaches its fixed point in one pass`, () => {
      const { findings } = analyzeReport(example.text, { format, only: [id] });
      for (const f of findings) {
        for (const e of f.fix ?? []) {
          expect(e.span.start).toBeGreaterThanOrEqual(f.span.start);
          expect(e.span.end).toBeLessThanOrEqual(f.span.end);
        }
        for (const s of f.suggestions ?? []) {
          for (const e of s.edits) {
            expect(e.span.start).toBeGreaterThanOrEqual(f.span.start);
            expect(e.span.end).toBeLessThanOrEqual(f.span.end);
          }
        }
      }
      const before = analyzeReport(example.text, { format, config: { preset: 'strict' } }).findings;
      const fixed = applyEdits(example.text, collectFixes(findings));
      const after = analyzeReport(fixed, { format, config: { preset: 'strict' } }).findings;
      // Nothing this rule fixes is left, and a second fix-all changes nothing.
      expect(after.filter((f) => f.ruleId === id && f.fix).map(at)).toEqual([]);
      expect(applyEdits(fixed, collectFixes(after.filter((f) => f.ruleId === id)))).toBe(fixed);
      // The fixes create no finding of any other rule.
      const count = (list: Finding[]) => list.filter((f) => f.ruleId !== id).length;
      expect(count(after)).toBeLessThanOrEqual(count(before));
    });
  }
});

describe('fix-all over a draft with one slip of each kind', () => {
  it('gives the corrected text and nothing more to fix', () => {
    const text = [
      '关于做好２０２４年度考核工作的通知',
      '各部门、各单位',
      '现将有关事项通知如下。第一、考核对象为全体职工 352 人。',
      '第二、考核时间为2024年05月08日至二零二四年六月，历时10几天，每天走访三、四个部门。',
      '请落实"三重一大"制度，吸取“7・20”灾害教训，依据国发[2024]7号文件。',
      '',
      '附件：1.考核办法；',
      '      2.考核表。',
    ].join('\n');
    // Only these rules: numbering-sequence reads `2.考核表` under `附件：1.…` as a level-3 heading
    // numbered out of turn, which is another matter.
    const { findings } = analyzeReport(text, { format: 'plaintext', only: PROOF_RULES });
    const fixed = applyEdits(text, collectFixes(findings));
    expect(fixed).toBe(
      [
        '关于做好2024年度考核工作的通知',
        '各部门、各单位：',
        '现将有关事项通知如下。第一，考核对象为全体职工352人。',
        '第二，考核时间为2024年5月8日至二〇二四年六月，历时十几天，每天走访三四个部门。',
        '请落实“三重一大”制度，吸取“7·20”灾害教训，依据国发〔2024〕7号文件。',
        '',
        '附件：1.考核办法',
        '      2.考核表',
      ].join('\n'),
    );
    expect(analyzeReport(fixed, { format: 'plaintext', only: PROOF_RULES }).findings.map(at)).toEqual([]);
  });
});

describe('what the proofreading rules never read', () => {
  it('leaves code, fences, URLs, e-mail addresses, Markdown syntax and English sentences alone', () => {
    const text = [
      '# 一、总体情况',
      '',
      '> 引用 `npm run build 2024` 命令，见 https://example.com/a 或 admin@example.com 。',
      '',
      '```',
      '办公室 2025 年 "配置"',
      '```',
      '',
      '- **加强领导。** 压实责任。',
      '',
      'The team said "done" on 24 May, and left.',
    ].join('\n');
    const { findings } = analyzeReport(text, { format: 'markdown', only: PROOF_RULES });
    expect(findings.map(at)).toEqual([]);
  });

  it('reports exact positions in Markdown with CRLF line ends', () => {
    const text = '# 标题\r\n\r\n共 ３ 人，落实"三重一大"制度。\r\n';
    const { findings } = analyzeReport(text, { format: 'markdown', only: PROOF_RULES });
    expect(findings.map(at)).toEqual([
      '3:2-3:3 spacing',
      '3:3-3:4 fullwidth-alnum',
      '3:4-3:5 spacing',
      '3:9-3:15 ascii-quotes',
    ]);
  });

  it('gives one finding for one slip where punctuation-pair already reports a mixed pair', () => {
    const { findings } = analyzeReport('落实“十四五"规划。', { format: 'plaintext' });
    expect(findings.map(at)).toEqual(['1:7-1:8 punctuation-pair']);
  });
});

describe('presets', () => {
  const text = '推行“一企一策”、“一户一档”。第一、加强领导。共 3 人。';
  const ids = (config?: Parameters<typeof analyzeReport>[1]['config']) =>
    [...new Set(analyzeReport(text, { format: 'plaintext', config }).findings.map((f) => f.ruleId))].sort();

  it('standard (the default) leaves quote-enumeration-comma off; strict turns it on; relaxed turns the stylistic rules off', () => {
    expect(ids()).toEqual(['ordinal-comma', 'spacing']);
    expect(ids({ preset: 'standard' })).toEqual(['ordinal-comma', 'spacing']);
    expect(ids({ preset: 'strict' })).toEqual(['ordinal-comma', 'quote-enumeration-comma', 'spacing']);
    expect(ids({ preset: 'relaxed' })).toEqual(['spacing']);
  });

  it('lets a rule setting override the preset', () => {
    expect(ids({ preset: 'relaxed', rules: { 'ordinal-comma': 'warning' } })).toEqual(['ordinal-comma', 'spacing']);
    expect(ids({ rules: { 'quote-enumeration-comma': 'info', spacing: 'off' } })).toEqual(['ordinal-comma', 'quote-enumeration-comma']);
  });

  it('is validated and carried through merged configurations, the later one winning', () => {
    expect(validateConfig({ preset: 'relaxed' })).toEqual([]);
    expect(validateConfig({ preset: 'loose' })).toEqual(['"preset": expected "standard", "strict", "relaxed"']);
    expect(mergeConfigs({ preset: 'strict' }, { rules: {} }).preset).toBe('strict');
    expect(mergeConfigs({ preset: 'strict' }, { preset: 'relaxed' }).preset).toBe('relaxed');
  });
});

describe('suggestions, never applied by fix-all', () => {
  it('offers 、 ， or deletion for a space between parallel phrases', () => {
    const text = '坚持讲政治 重实干 促发展。';
    const { findings } = analyzeReport(text, { format: 'plaintext' });
    expect(findings.map(at)).toEqual(['1:6-1:7 spacing-separator', '1:10-1:11 spacing-separator']);
    expect(findings[0].fix).toBeUndefined();
    expect(findings[0].suggestions!.map((s) => applyEdits(text, s.edits))).toEqual([
      '坚持讲政治、重实干 促发展。',
      '坚持讲政治，重实干 促发展。',
      '坚持讲政治重实干 促发展。',
    ]);
    expect(collectFixes(findings)).toEqual([]);
  });

  it('offers deletion first when the space cuts a word', () => {
    const text = '我们曾经急于求成，盲 目求纯。';
    const { findings } = analyzeReport(text, { format: 'plaintext' });
    expect(findings.map(at)).toEqual(['1:11-1:12 spacing-separator']);
    expect(applyEdits(text, findings[0].suggestions![0].edits)).toBe('我们曾经急于求成，盲目求纯。');
  });

  it('offers the full year and the connection marks without choosing', () => {
    const { findings } = analyzeReport('23年6月完成，投资50-80万元。', { format: 'plaintext' });
    expect(findings.map((f) => [f.ruleId, f.fix, f.suggestions?.map((s) => s.edits[0].newText)])).toEqual([
      ['year-full', undefined, ['2023年']],
      ['connector-marks', undefined, ['～', '—']],
    ]);
  });
});

describe('a set of marks and number forms written blind (test/fixtures/marks-blind.tsv)', () => {
  const rows = readFileSync('test/fixtures/marks-blind.tsv', 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  const findingsOf = (text: string) => analyzeReport(text, { format: 'plaintext', locale: 'en' }).findings;
  it('flags none of its 46 clean lines (single headings among them)', () => {
    const clean = rows.filter(([draft, meant]) => draft === meant);
    expect(clean.length).toBe(46);
    expect(clean.filter(([draft]) => findingsOf(draft).length > 0).map(([draft]) => draft)).toEqual([]);
  });
  it('finds 41 of its 46 errors; the misses are the ones the README names', () => {
    const errors = rows.filter(([draft, meant]) => draft !== meant);
    expect(errors.length).toBe(46);
    expect(errors.filter(([draft]) => findingsOf(draft).length === 0).map(([draft]) => draft).sort()).toEqual(
      [
        '大力弘扬“严”、“实”、“细”的工作作风。', // 、 between quoted items: quote-enumeration-comma is on only in "strict"
        '深入学习《条例》、《办法》等党内法规。', // the same, between titles
        '全年新增城镇就业3万5千人。', // one amount in two units: the 2018 government work report writes 2万5千公里
        '完成造林绿化面积1万2千亩。',
        '24年以来，我市累计新增市场主体1.8万户。', // since 2024, or over 24 years: either
      ].sort(),
    );
  });
});
