import { describe, expect, it } from 'vitest';
import { analyzeReport, rules, type Finding } from '../../src/core';

/** `line:col-line:col: message`, 1-based, as the rule documentation writes it. */
function formatFinding(f: Finding): string {
  const { start, end } = f.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}: ${f.message}`;
}

describe.each(rules.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has messages, a rationale and examples both ways', () => {
    expect(rule.meta.summary['zh-CN']).not.toBe('');
    expect(rule.meta.summary.en).not.toBe('');
    expect(rule.meta.examples.ok.length).toBeGreaterThan(0);
    expect(rule.meta.examples.notOk.length).toBeGreaterThan(0);
  });

  for (const [i, example] of rule.meta.examples.ok.entries()) {
    it(`ok example ${i + 1}${example.title ? ` (${example.title})` : ''} yields nothing`, () => {
      const { findings } = analyzeReport(example.text, { format: example.format ?? 'plaintext', locale: 'en', only: [id] });
      expect(findings.map(formatFinding)).toEqual([]);
    });
  }

  for (const [i, example] of rule.meta.examples.notOk.entries()) {
    it(`not-ok example ${i + 1}${example.title ? ` (${example.title})` : ''} yields exactly the documented findings`, () => {
      const { findings } = analyzeReport(example.text, { format: example.format ?? 'plaintext', locale: 'en', only: [id] });
      expect(findings.map(formatFinding)).toEqual(example.expected);
      for (const f of findings) expect(f.severity).toBe(example.severity ?? rule.meta.defaultSeverity);
    });
  }
});

describe('rule ids', () => {
  it('are the public set, each once', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([
      'placeholder',
      'numbering-sequence',
      'numbering-hierarchy',
      'numbering-punctuation',
      'numbering-scheme',
      'enumeration-sequence',
      'punctuation-halfwidth',
      'punctuation-pair',
      'punctuation-repeat',
      'spacing',
      'spacing-separator',
      'fullwidth-alnum',
      'ascii-quotes',
      'quote-enumeration-comma',
      'ordinal-comma',
      'numeral-zero',
      'year-full',
      'estimate-numbers',
      'connector-marks',
      'interpunct',
      'dash-ellipsis',
      'date-form',
      'document-number',
      'addressee-colon',
      'attachment-note',
      'number-form-consistency',
      'wording',
      'typo',
    ]);
  });
});
