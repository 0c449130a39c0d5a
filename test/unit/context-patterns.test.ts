import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { analyzeReport, hasContextPatterns, packContextPatterns, setContextPatterns, unpackContextPatterns, type ContextPatternJson } from '../../src/core';
import { contextPatternsJson, contextPatternsPacked } from '../../src/core/language/confusablePatterns';

// The context patterns reach the extension as data (dist/context-patterns.json, written by
// scripts/build.mjs) and the CLI and the tests as code (src/core/full.ts): both must find the same.

/** `from-to found→replacement` of each typo finding. */
function typos(text: string): string[] {
  return analyzeReport(text, { format: 'plaintext', locale: 'en', only: ['typo'] }).findings.map((f) => `${f.span.start}-${f.span.end} ${text.slice(f.span.start, f.span.end)}→${f.fix?.[0]?.newText ?? f.suggestions?.[0]?.edits[0]?.newText}`);
}

/** Sentences of our own, each with a slip only a context pattern finds, and one found by the statistical search. */
const SENTENCES = [
  '截止目前，已完成改造项目12个。',
  '累积培训网格员3000人次。',
  '再此基础上，进一步健全长效机智。',
  '再这一过程中，我们注重总结经验。',
  '该项目于今年三月正式起用。',
  '科室全体人员严格落实工作部署，即时报送各类信息。',
  '编制发展规化。',
];

afterEach(() => setContextPatterns(contextPatternsJson));

describe('typo: context patterns as data', () => {
  it('are plain data: sources, flags and words that survive JSON', () => {
    const json = contextPatternsJson();
    expect(json.length).toBeGreaterThan(900);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    for (const p of json) {
      expect(typeof p.replacement).toBe('string');
      expect(p.key.length).toBeGreaterThan(0);
      expect(new RegExp(p.source, p.flags).flags).toBe(p.flags);
    }
  });

  it('find the same from JSON as from code', () => {
    const fromCode = SENTENCES.map(typos);
    expect(fromCode[0]).toEqual(['0-2 截止→截至']);
    expect(fromCode[2]).toEqual(['0-2 再此→在此', '13-15 机智→机制']);
    expect(fromCode[3]).toEqual(['0-3 再这一→在这一']);
    setContextPatterns(JSON.parse(JSON.stringify(contextPatternsJson())) as ContextPatternJson[]);
    expect(SENTENCES.map(typos)).toEqual(fromCode);
  });

  it('leave the statistical search running when they are missing, or unreadable', () => {
    setContextPatterns(undefined);
    expect(hasContextPatterns()).toBe(false);
    expect(typos(SENTENCES[0])).toEqual([]);
    expect(typos('编制发展规化。')).toEqual(['4-6 规化→规划']);
    setContextPatterns([{ key: '截止', source: '(截止', flags: 'g', replacement: '截至' }]);
    expect(typos(SENTENCES[0])).toEqual([]);
    expect(typos('编制发展规化。')).toEqual(['4-6 规化→规划']);
  });

  it('are written packed as arrays, the flags left out where they are g, and read back the same', () => {
    const json = contextPatternsJson();
    const packed = contextPatternsPacked();
    expect(packed[0]).toEqual([json[0].key, json[0].source, json[0].replacement, ...(json[0].slip ? [json[0].slip] : [])]);
    expect(unpackContextPatterns(JSON.parse(JSON.stringify(packed)))).toEqual(json);
    const odd: ContextPatternJson[] = [
      { key: '甲', source: '(甲)', flags: 'gu', replacement: '乙' },
      { key: '丙', source: '(丙)', flags: 'g', replacement: '丁', slip: 'shape' },
      { key: '戊', source: '(戊)', flags: 'g', replacement: '己' },
    ];
    expect(packContextPatterns(odd)).toEqual([['甲', '(甲)', '乙', 0, 'gu'], ['丙', '(丙)', '丁', 'shape'], ['戊', '(戊)', '己']]);
    expect(unpackContextPatterns(packContextPatterns(odd))).toEqual(odd);
    // (What is no packed pattern is skipped: a file of another version, or damaged.)
    expect(unpackContextPatterns({ key: '甲' })).toEqual([]);
    expect(unpackContextPatterns([{ key: '甲', source: '(甲)', flags: 'g', replacement: '乙' }, ['丙', '(丙)', '丁'], [1, 2, 3]])).toEqual([{ key: '丙', source: '(丙)', flags: 'g', replacement: '丁' }]);
  });

  // (npm test builds before the unit tests; a bare `vitest run` may come before any build.)
  const built = new URL('../../dist/context-patterns.json', import.meta.url);
  it.skipIf(!fs.existsSync(built))('are what the build writes for the extension', () => {
    const file = JSON.parse(fs.readFileSync(built, 'utf8'));
    expect(file).toEqual(contextPatternsPacked());
    expect(unpackContextPatterns(file)).toEqual(contextPatternsJson());
  });
});
