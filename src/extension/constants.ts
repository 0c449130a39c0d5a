/** Identifiers shared by the extension's features. */
export const CONFIG_SECTION = 'reportDrafter';
export const REPORT_LANGUAGE = 'report';
export const DIAGNOSTIC_SOURCE = 'report-check';

import * as vscode from 'vscode';

/** Line (1-based) of each rule's `### id` heading in the bundled README, filled in by scripts/build.mjs. */
declare const __RULE_DOC_LINES__: Record<string, number>;

let extensionUri: vscode.Uri | undefined;

export function setExtensionUri(uri: vscode.Uri): void {
  extensionUri = uri;
}

/**
 * The rule's documentation in the README shipped inside the extension, opened
 * at its heading (`#L120`, which VS Code's opener reads as a line).
 */
export function ruleDocsUri(ruleId: string): vscode.Uri {
  const readme = vscode.Uri.joinPath(extensionUri ?? vscode.Uri.file('/'), 'README.md');
  const line = typeof __RULE_DOC_LINES__ === 'object' ? __RULE_DOC_LINES__[ruleId] : undefined;
  return readme.with({ fragment: line ? `L${line}` : ruleId });
}

export const Commands = {
  checkReport: 'reportDrafter.checkReport',
  checkWorkspace: 'reportDrafter.checkWorkspace',
  insertSection: 'reportDrafter.insertSection',
  nextPlaceholder: 'reportDrafter.nextPlaceholder',
  previousPlaceholder: 'reportDrafter.previousPlaceholder',
  revealRange: 'reportDrafter.revealRange',
  refreshOutline: 'reportDrafter.refreshOutline',
  enableForFile: 'reportDrafter.enableForFile',
  disableForFile: 'reportDrafter.disableForFile',
  resetFileMode: 'reportDrafter.resetFileMode',
  // Test hooks: not in the command palette.
  testStatusText: 'reportDrafter._test.statusText',
  testOutlineItems: 'reportDrafter._test.outlineItems',
  testLastPublish: 'reportDrafter._test.lastPublish',
  testReportness: 'reportDrafter._test.reportness',
  testInsertSectionItems: 'reportDrafter._test.insertSectionItems',
  testLargeNotice: 'reportDrafter._test.largeNotice',
} as const;
