import type * as vscode from 'vscode';
import type { ReportService } from './reportService';

/**
 * The documents providers register for: every language the setting lists at
 * activation (and the defaults). Each provider also checks `service.isReport`,
 * so a later change of the setting is honoured.
 */
export function languageSelector(service: ReportService): vscode.DocumentSelector {
  const languages = new Set(['markdown', 'plaintext', 'report', ...service.settings.languages]);
  return [...languages].map((language) => ({ language }));
}
