// The README the .vsix ships (`vsce package --readme-path`): the project's README without what is
// written for the people who build the project (the sections on speed, on how it is built and how
// it is tested, and the blocks marked `<!-- vsix:omit -->`, the language checks' measured figures
// and their history), which a user installing the extension does not read and which cost the
// package some 25 KB compressed, against a 2.5 MB limit the language data nearly fills. Links to
// the sections left out keep their text. `node scripts/marketplace-readme.mjs [out]` (default dist/marketplace/README.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(root, 'dist', 'marketplace', 'README.md');
const LEFT_OUT = ['Speed', 'How it is built', 'Testing'];

/** The GitHub anchor of a heading (lower case, spaces to hyphens, punctuation dropped). */
const anchorOf = (heading) => heading.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

export function marketplaceReadme(text) {
  const lines = text.split('\n');
  const kept = [];
  let skipping = false;
  for (const line of lines) {
    const h2 = /^## (.+)$/.exec(line);
    if (h2) skipping = LEFT_OUT.includes(h2[1].trim());
    if (!skipping) kept.push(line);
  }
  // (And the blocks marked `<!-- vsix:omit … -->` … `<!-- /vsix:omit -->`: the measured figures;
  // `<!-- vsix:omit detail: what -->` marks a developer's account of how a rule decides, inline or
  // as a block, left out with a pointer to it.)
  let result = kept
    .join('\n')
    .replace(/<!-- vsix:omit detail: ([^>]*?) -->[\s\S]*?<!-- \/vsix:omit -->/g, (_, what) => `(In full, ${what}: the README of the source repository.)`)
    .replace(/<!-- vsix:omit[^>]*-->[\s\S]*?<!-- \/vsix:omit -->\n?/g, 'Measured quality (precision, recall, false alarms per 10,000 characters, on public sets and on text written blind), its history and how the data is built: the README of the source repository.\n');
  for (const heading of LEFT_OUT) {
    // [text](#anchor) → text: the section is not in this copy.
    result = result.replace(new RegExp(`\\[([^\\]]+)\\]\\(#${anchorOf(heading)}\\)`, 'g'), '$1');
  }
  return result.replace(/\n+$/, '\n') + '\nSpeed figures, how the project is built and how it is tested: the README of the source repository.\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, marketplaceReadme(readFileSync(join(root, 'README.md'), 'utf8')));
}
