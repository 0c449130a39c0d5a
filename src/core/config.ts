import { rules } from './rules';
import type { Severity } from './types';

export type RuleSetting = Severity | 'off' | boolean;

/**
 * House styles. `standard` (the default) is GB/T 15834/15835/9704 as official text is written
 * today; `strict` adds rules whose clause says “usually” and that much official text does not
 * follow; `relaxed` turns off the stylistic proofreading rules (choices of mark or numeral form
 * that some houses make differently) and keeps those that catch errors.
 */
export const PRESETS = ['standard', 'strict', 'relaxed'] as const;
export type Preset = (typeof PRESETS)[number];

/** Rules off unless `"preset": "strict"` or turned on by id. */
export const STRICT_ONLY_RULES: readonly string[] = ['quote-enumeration-comma'];
/** Rules `"preset": "relaxed"` turns off. */
export const STYLISTIC_RULES: readonly string[] = [
  'spacing-separator',
  'quote-enumeration-comma',
  'ordinal-comma',
  'numeral-zero',
  'estimate-numbers',
  'connector-marks',
  'interpunct',
  'number-form-consistency',
];

/** The shape of `.reportcheckrc.json` and of the extension's settings. */
export interface ReportCheckConfig {
  /** A house style: which rules run before `rules` adjusts them one by one. */
  preset?: Preset;
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
    if (!['rules', 'placeholders', 'preset', 'words', '$schema'].includes(key)) problems.push(`unknown key "${key}"`);
  }
  if (config.preset !== undefined && !PRESETS.includes(config.preset as Preset)) {
    problems.push(`"preset": expected ${PRESETS.map((p) => `"${p}"`).join(', ')}`);
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
    if (c.preset) out.preset = c.preset;
    Object.assign(out.rules!, c.rules ?? {});
    if (c.placeholders?.patterns) out.placeholders!.patterns!.push(...c.placeholders.patterns);
    if (c.words?.length) out.words = [...new Set([...(out.words ?? []), ...c.words])];
  }
  return out;
}

/**
 * The severity a rule runs at, or null when it is off: its own setting, else what the preset
 * says. `explicit` (a caller naming the rule, as the documentation examples do) ignores the preset.
 */
export function severityFor(
  id: string,
  defaultSeverity: Severity,
  config: ReportCheckConfig | undefined,
  explicit = false,
): Severity | null {
  const setting = config?.rules?.[id];
  if (setting === undefined && !explicit) {
    const preset = config?.preset ?? 'standard';
    if (preset !== 'strict' && STRICT_ONLY_RULES.includes(id)) return null;
    if (preset === 'relaxed' && STYLISTIC_RULES.includes(id)) return null;
  }
  if (setting === undefined || setting === true) return defaultSeverity;
  if (setting === false || setting === 'off') return null;
  return setting;
}
