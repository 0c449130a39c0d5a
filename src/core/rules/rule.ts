import type { ReportCheckConfig } from '../config';
import type { ReportModel } from '../document';
import type { Locale, ReportFormat, Severity, Span, TextEdit } from '../types';

/** A user-facing string in both languages the product ships. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

/** A documented example. `expected` lists findings as `line:col-line:col: English message` (1-based). */
export interface RuleExample {
  title?: string;
  format?: ReportFormat;
  text: string;
  expected?: string[];
  /** The findings' severity where it is not the rule's default (a rule whose findings differ in weight). */
  severity?: Severity;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  summary: Localized;
  /** Why, with the clause of the standard where there is one. */
  rationale: Localized;
  examples: { ok: RuleExample[]; notOk: RuleExample[] };
}

/** A choice offered to the user; `edits` are applied only when the user picks it. */
export interface RuleSuggestion {
  message: Localized;
  edits: TextEdit[];
}

export interface ReportExtras {
  suggestions?: RuleSuggestion[];
  /** This finding's own severity where a rule's findings differ in weight; a severity the user set for the rule wins. */
  severity?: Severity;
}

export interface RuleContext {
  readonly model: ReportModel;
  /** The configuration in force (the user's dictionary, `words`, for the language rules). */
  readonly config?: ReportCheckConfig;
  /**
   * `fix`: the one certain correction (safe for fix-all: it must leave no new finding and reach its
   * fixed point in one pass). Anything less certain goes into `extras.suggestions`.
   */
  report(span: Span, message: Localized, fix?: TextEdit[], extras?: ReportExtras): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function pick(message: Localized, locale: Locale): string {
  return message[locale];
}
