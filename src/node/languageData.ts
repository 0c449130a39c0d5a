import * as fs from 'node:fs';
import * as path from 'node:path';
// (`core/full`: the context patterns are bundled here, not read from dist/context-patterns.json.)
import { setTypoData, typoModel } from '../core/full';

/**
 * Loads the typo check's data (data/language/typo.json) once, synchronously, for the CLI and the
 * tests: next to the bundle (dist/ → ../data) or in the working directory. Missing data leaves
 * the typo check silent rather than failing the run.
 */
export function loadLanguageDataSync(): boolean {
  if (typoModel()) return true;
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (const candidate of [path.join(here, '..', 'data', 'language', 'typo.json'), path.join(here, '..', '..', 'data', 'language', 'typo.json'), path.resolve('data', 'language', 'typo.json')]) {
    try {
      setTypoData(JSON.parse(fs.readFileSync(candidate, 'utf8')));
      return true;
    } catch {
      // try the next place
    }
  }
  return false;
}
