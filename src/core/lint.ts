import type { ReportModel } from './document';
import { severityFor, type ReportCheckConfig } from './config';
import { rules as allRules, type Rule } from './rules';
import type { Finding, Locale } from './types';

export interface LintOptions {
  config?: ReportCheckConfig;
  locale?: Locale;
  /** Run only these rules (tests and documentation examples). */
  only?: readonly string[];
  /**
   * Keep only the first `limit` findings (in the order returned) of those `count` accepts, after
   * passing every finding to `count`: a command line that lists a few hundred findings a file then
   * holds those, not a million (about 4 bytes of heap per byte of text on a report full of them).
   */
  keep?: { limit: number; count: (finding: Finding) => boolean };
}

const byPosition = (a: Finding, b: Finding) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);

/** Runs the rules over a parsed report. Findings come sorted by position. */
export function lintReport(model: ReportModel, options: LintOptions = {}): Finding[] {
  const locale = options.locale ?? 'zh-CN';
  const findings: Finding[] = [];
  const keep = options.keep;
  // With `keep`: the findings kept so far, with the order they came in (the sort below is stable),
  // cut back to the first `limit` whenever about twice as many have gathered.
  let kept: { finding: Finding; seq: number }[] = [];
  let seq = 0;
  const keptOrder = (a: { finding: Finding; seq: number }, b: { finding: Finding; seq: number }) => byPosition(a.finding, b.finding) || a.seq - b.seq;
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
        if (!keep) {
          findings.push(finding);
          return;
        }
        if (!keep.count(finding)) return;
        kept.push({ finding, seq: seq++ });
        if (kept.length >= 2 * keep.limit + 256) {
          kept.sort(keptOrder);
          kept.length = keep.limit;
        }
      },
    });
  }
  if (keep) {
    kept.sort(keptOrder);
    if (kept.length > keep.limit) kept.length = keep.limit;
    const out = kept.map((k) => k.finding);
    kept = [];
    return out;
  }
  findings.sort(byPosition);
  return findings;
}
