import * as vscode from 'vscode';
import type { ReportCheckConfig, RuleSetting } from '../core';
import { isTitleMode, type TitleMode } from '../export/layout';
import { isReportnessMode, type ReportnessMode } from '../core/reportness';
import { CONFIG_SECTION } from './constants';

export type RunMode = 'onType' | 'onSave';

/** The extension's settings, read fresh each time (VS Code caches them). */
export interface Settings {
  languages: string[];
  run: RunMode;
  debounceMs: number;
  highlightPlaceholders: boolean;
  /** Which lines the Word export and the preview treat as the title. */
  exportTitle: TitleMode;
  /** Rule settings and placeholder patterns, in the shape of `.reportcheckrc.json`. */
  config: ReportCheckConfig;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const rules = c.get<Record<string, RuleSetting>>('rules', {}) ?? {};
  const patterns = c.get<string[]>('placeholderPatterns', []) ?? [];
  const words = (c.get<unknown[]>('words', []) ?? []).filter((w): w is string => typeof w === 'string' && w !== '');
  return {
    languages: c.get<string[]>('languages', ['markdown', 'plaintext', 'report']),
    run: c.get<RunMode>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: Math.max(0, c.get<number>('debounceMs', 300)),
    highlightPlaceholders: c.get<boolean>('highlightPlaceholders', true),
    exportTitle: exportTitle(c.get<unknown>('export.title')),
    config: { rules: { ...rules }, placeholders: { patterns: [...patterns] }, words },
  };
}

function exportTitle(value: unknown): TitleMode {
  return isTitleMode(value) ? value : 'auto';
}

/**
 * `reportDrafter.enable` for one document: resource- and language-scoped, so a
 * folder's `.vscode/settings.json` or `"[markdown]": {…}` can force it.
 */
export function readEnableMode(document: { uri: vscode.Uri; languageId: string }): ReportnessMode {
  const value = vscode.workspace.getConfiguration(CONFIG_SECTION, document).get<unknown>('enable');
  return isReportnessMode(value) ? value : 'auto';
}
