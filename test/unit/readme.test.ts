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

describe('the README the .vsix ships (scripts/marketplace-readme.mjs)', () => {
  it('leaves out the sections and the blocks written for the people who build the project, and keeps the rest', async () => {
    const { marketplaceReadme } = await import('../../scripts/marketplace-readme.mjs');
    const shipped: string = marketplaceReadme(readme);
    expect(shipped).not.toMatch(/^## (?:Speed|How it is built|Testing)$/m);
    expect(shipped).not.toContain('vsix:omit');
    expect(shipped).not.toContain('| set | what | result |');
    expect(shipped).not.toContain('](#testing)');
    for (const heading of ['## The VS Code extension', '## Language checks', '## Rules', '## License']) expect(shipped).toContain(`\n${heading}\n`);
    for (const r of rules) expect(shipped).toContain(`\n### ${r.meta.id}\n`);
    expect(shipped.length).toBeLessThan(readme.length - 40_000);
    // A rule's detailed account stays in the repository's README, with a pointer where it was.
    expect(readme).toContain('Slips that make another real word');
    expect(shipped).not.toContain('Slips that make another real word');
    expect(shipped).toContain('cuts no other word. (In full, how each kind of slip is decided: the README of the source repository.)');
  });
});
