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
  /** Documents longer than this (characters) are checked on open and save only; 0: no limit. */
  maxCharsOnType: number;
  /** The preview shows A4 pages with page numbers instead of one long sheet. */
  previewPageView: boolean;
  /** Rule settings and placeholder patterns, in the shape of `.reportcheckrc.json`. */
  config: ReportCheckConfig;
}

/**
 * Above this many characters a report is checked on save, not as it is typed.
 * Measured (README, Responsiveness): a whole analysis costs about 0.4 ms per
 * thousand characters of plain text on a loaded two-core machine (1.9 ms for
 * Markdown without its per-document cache), so 500,000 characters is about a
 * quarter of a second there, which each keystroke's pause would block the
 * extension host for; typical reports are 5,000–30,000 characters.
 */
export const MAX_CHARS_ON_TYPE = 500_000;

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
    maxCharsOnType: Math.max(0, c.get<number>('maxCharsOnType', MAX_CHARS_ON_TYPE) ?? MAX_CHARS_ON_TYPE),
    previewPageView: c.get<boolean>('preview.pageView', false) === true,
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
