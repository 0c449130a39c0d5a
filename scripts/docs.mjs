// Regenerates the rules section of README.md from the rules' metadata.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { replaceRuleDocs } = require('../dist/core.cjs');
const path = new URL('../README.md', import.meta.url);
writeFileSync(path, replaceRuleDocs(readFileSync(path, 'utf8')));
