import { rules } from './rules';
import type { Severity } from './types';

export type RuleSetting = Severity | 'off' | boolean;

/** The shape of `.reportcheckrc.json` and of the extension's settings. */
export interface ReportCheckConfig {
  rules?: Record<string, RuleSetting>;
  placeholders?: {
    /** Extra placeholder patterns: regular-expression sources, matched within a line. */
    patterns?: string[];
  };
  /** The user's dictionary: names, places, trade terms the language checks must not flag. */
  words?: string[];
}

export const CONFIG_FILE_NAMES = ['.reportcheckrc.json', '.reportcheckrc'];

export interface ResolvedRule {
  id: string;
  severity: Severity;
}

/** Problems in a configuration, worded for the user. */
export function validateConfig(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['the configuration must be a JSON object'];
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (key !== 'rules' && key !== 'placeholders' && key !== 'words' && key !== '$schema') problems.push(`unknown key "${key}"`);
  }
  const known = new Set(rules.map((r) => r.meta.id));
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null) problems.push('"rules" must be an object');
    else {
      for (const [id, setting] of Object.entries(config.rules)) {
        if (!known.has(id)) problems.push(`unknown rule "${id}"`);
        if (!['error', 'warning', 'info', 'off', true, false].includes(setting as never)) {
          problems.push(`rule "${id}": expected "error", "warning", "info", "off", true or false`);
        }
      }
    }
  }
  const ph = config.placeholders as { patterns?: unknown } | undefined;
  if (ph !== undefined) {
    if (typeof ph !== 'object' || ph === null) problems.push('"placeholders" must be an object');
    else if (ph.patterns !== undefined) {
      if (!Array.isArray(ph.patterns) || ph.patterns.some((p) => typeof p !== 'string')) {
        problems.push('"placeholders.patterns" must be an array of strings');
      } else {
        for (const p of ph.patterns as string[]) {
          try {
            new RegExp(p, 'u');
          } catch (e) {
            problems.push(`invalid placeholder pattern /${p}/: ${(e as Error).message}`);
          }
        }
      }
    }
  }
  if (config.words !== undefined && (!Array.isArray(config.words) || config.words.some((w) => typeof w !== 'string' || w.trim() === ''))) {
    problems.push('"words" must be an array of non-empty strings');
  }
  return problems;
}

/** Later configurations override earlier ones. */
export function mergeConfigs(...configs: (ReportCheckConfig | undefined)[]): ReportCheckConfig {
  const out: ReportCheckConfig = { rules: {}, placeholders: { patterns: [] } };
  for (const c of configs) {
    if (!c) continue;
    Object.assign(out.rules!, c.rules ?? {});
    if (c.placeholders?.patterns) out.placeholders!.patterns!.push(...c.placeholders.patterns);
    if (c.words?.length) out.words = [...new Set([...(out.words ?? []), ...c.words])];
  }
  return out;
}

export function severityFor(id: string, defaultSeverity: Severity, config: ReportCheckConfig | undefined): Severity | null {
  const setting = config?.rules?.[id];
  if (setting === undefined || setting === true) return defaultSeverity;
  if (setting === false || setting === 'off') return null;
  return setting;
}
