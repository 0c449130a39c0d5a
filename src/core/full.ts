/**
 * The engine with its context patterns built in (confusablePatterns.ts), for the CLI, the tests
 * and the scripts that embed `dist/core.cjs`, where a bundle's size costs nothing. The extension
 * imports `./index` and loads the same patterns as data (`dist/context-patterns.json`).
 */
import { setContextPatterns } from './language/confusables';
import { contextPatternsJson } from './language/confusablePatterns';

export * from './index';

// (Lazily: the regular expressions are compiled on the first paragraph read, not on load.)
setContextPatterns(contextPatternsJson);
