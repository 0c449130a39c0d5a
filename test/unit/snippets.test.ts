import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeReport } from '../../src/core';

/**
 * The report skeletons and formulas of snippets/report.code-snippets, expanded as a user who
 * accepts every default would get them: they must pass the project's own language and
 * punctuation checks (a template that teaches a slip is worse than none).
 */
interface Snippet {
  prefix: string[] | string;
  body: string[] | string;
  description: string;
}

const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(path.join(__dirname, '../../snippets/report.code-snippets'), 'utf8'));

/** Every expansion of a body: `${n:default}` → default, `${n|a,b|}` → each choice, `$n`/`${n}` → the tab stop's default. */
function expansions(body: string[] | string): string[] {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const defaults = new Map<string, string>();
  for (const m of text.matchAll(/\$\{(\d+):([^{}]*)\}/g)) if (!defaults.has(m[1])) defaults.set(m[1], m[2]);
  const choice = /\$\{\d+\|([^|]*)\|\}/.exec(text);
  const variants = choice ? choice[1].split(',').map((c) => text.replace(choice[0], c)) : [text];
  return variants.map((v) =>
    v
      .replace(/\$\{(\d+):([^{}]*)\}/g, (_m, _n, d: string) => d)
      .replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a: string | undefined, b: string | undefined) => defaults.get(a ?? b ?? '') ?? ''),
  );
}

describe('snippets: the formulas a writer is given', () => {
  it('has the opening and closing formulas of a report', () => {
    const all = Object.values(snippets).flatMap((s) => expansions(s.body));
    expect(all.some((t) => /现将.*汇报如下：/.test(t))).toBe(true);
    expect(expansions(snippets['结尾'].body)).toEqual(['汇报完毕，不妥之处，请批评指正。', '以上汇报，请审议。', '特此报告。']);
  });

  it.each(Object.entries(snippets))('%s passes the language and punctuation checks when expanded', (_name, snippet) => {
    for (const text of expansions(snippet.body)) {
      const { findings } = analyzeReport(text, { format: 'plaintext', locale: 'en' });
      // Placeholders ([单位]) and the section numbering of a fragment are the template's purpose.
      const wrong = findings.filter((f) => !/^(placeholder|numbering-|enumeration-|structure)/.test(f.ruleId));
      expect(wrong.map((f) => `${f.ruleId}: ${f.message} @ ${text.slice(f.span.start, f.span.end)}`)).toEqual([]);
    }
  });
});
