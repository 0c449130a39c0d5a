import type { ReportModel } from './document';
import { severityFor, type ReportCheckConfig } from './config';
import { rules as allRules, type Rule } from './rules';
import type { Finding, Locale } from './types';

export interface LintOptions {
  config?: ReportCheckConfig;
  locale?: Locale;
  /** Run only these rules (tests and documentation examples). */
  only?: readonly string[];
}

/** Runs the rules over a parsed report. Findings come sorted by position. */
export function lintReport(model: ReportModel, options: LintOptions = {}): Finding[] {
  const locale = options.locale ?? 'zh-CN';
  const findings: Finding[] = [];
  for (const rule of allRules as Rule[]) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    const severity = severityFor(rule.meta.id, rule.meta.defaultSeverity, options.config, options.only?.includes(rule.meta.id));
    if (!severity) continue;
    const userChose = typeof options.config?.rules?.[rule.meta.id] === 'string';
    rule.check({
      model,
      config: options.config,
      report(span, message, fix, extras) {
        const range = model.lineIndex.rangeOf(span);
        if (!model.directives.isEmpty && model.directives.isDisabled(rule.meta.id, range.start.line)) return;
        const own = !userChose && extras?.severity ? extras.severity : severity;
        const finding: Finding = { ruleId: rule.meta.id, severity: own, message: message[locale], span, range };
        if (fix?.length) finding.fix = fix;
        if (extras?.suggestions?.length) {
          finding.suggestions = extras.suggestions.map((s) => ({ message: s.message[locale], edits: s.edits }));
        }
        findings.push(finding);
      },
    });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return findings;
}
