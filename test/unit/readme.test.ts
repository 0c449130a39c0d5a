import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceRuleDocs, rules } from '../../src/core';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('documents the rules exactly as their metadata says (run `npm run docs` after changing a rule)', () => {
    expect(replaceRuleDocs(readme)).toBe(readme);
  });

  it('has an anchor for every rule id, which diagnostics link to', () => {
    for (const r of rules) expect(readme).toContain(`\n### ${r.meta.id}\n`);
  });
});
