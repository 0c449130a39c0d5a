/**
 * The report engine's public surface. Pure: no `vscode`, no Node APIs, so the
 * CLI, the desktop and web extensions and the tests all call the same code.
 */
import { parseReport, type ParseOptions, type ReportModel } from './document';
import { lintReport, type LintOptions } from './lint';
import type { MarkdownCache } from './markdown';
import type { Finding, ReportFormat } from './types';

export * from './types';
export { parseReport, type ReportModel, type ParseOptions } from './document';
export { lintReport, type LintOptions } from './lint';
export { LineIndex } from './lines';
export { createMarkdownCache, type MarkdownCache } from './markdown';
export { rules, proofreadingRules } from './rules';
export type { Rule, RuleMeta, RuleExample, Localized } from './rules';
export {
  CONFIG_FILE_NAMES,
  mergeConfigs,
  validateConfig,
  severityFor,
  PRESETS,
  STRICT_ONLY_RULES,
  STYLISTIC_RULES,
  type Preset,
  type ReportCheckConfig,
  type RuleSetting,
} from './config';
export { toChineseNumeral, parseChineseNumeral } from './numerals';
export { describePlaceholder } from './rules/placeholder';
export { setTypoData, typoModel, clearTypoCache, TypoModel, type TypoDataJson } from './language/typo';
export { setContextPatterns, hasContextPatterns, packContextPatterns, unpackContextPatterns, type ContextPatternJson, type PackedContextPattern } from './language/confusables';
export { phraseBank, phraseTexts, type Phrase } from './language/phrases';
export { findWording, clearWordingCache, wordingContextOf, wordingEntries, type WordingHit } from './language/wording';
export { formatOutline, outlineToJson, type OutlineJson } from './outline';

export interface AnalyzeOptions extends LintOptions {
  format: ReportFormat;
  /** One per open document (see createMarkdownCache): edits then re-tokenize only what changed. */
  markdownCache?: MarkdownCache;
  /** Plain text read from a document with heading styles (a .docx): line → heading depth 1–9. */
  headingHints?: ReadonlyMap<number, number>;
  /** Lines that are never headings or enumeration points (a .docx's table cells and text boxes), still checked as prose. */
  notStructure?: ReadonlySet<number>;
}

export interface Analysis {
  model: ReportModel;
  findings: Finding[];
  /** The options it was made with: what fixAll needs to analyse the fixed text alike. */
  options: AnalyzeOptions;
}

/** Parses once and lints: what every front end calls on a change. */
export function analyzeReport(text: string, options: AnalyzeOptions): Analysis {
  const parseOptions: ParseOptions = {
    format: options.format,
    placeholderPatterns: options.config?.placeholders?.patterns,
    markdownCache: options.markdownCache,
    headingHints: options.headingHints,
    notStructure: options.notStructure,
  };
  const model = parseReport(text, parseOptions);
  return { model, findings: lintReport(model, options), options };
}

/** `.md` and `.markdown` are Markdown; everything else is plain text. */
export function formatForFileName(name: string): ReportFormat {
  return /\.(md|markdown|mdown|mkd)$/i.test(name) ? 'markdown' : 'plaintext';
}
export { planSectionInsert, headingMarker, type SectionInsertPlan } from './templates';
export { renderRuleDocs, replaceRuleDocs } from './ruleDocs';
export { collectFixes, applyEdits, mergeEdits } from './fixes';
export {
  FINDING_CATEGORIES,
  CATEGORY_LABELS,
  categoryOf,
  countFindings,
  countRule,
  addCounts,
  emptyCounts,
  countsByCategory,
  type FindingCategory,
  type CheckCounts,
} from './categories';
export { fixAll, type FixAllResult } from './fixAll';
