/** Identifiers shared by the extension's features. */
export const CONFIG_SECTION = 'reportDrafter';
export const REPORT_LANGUAGE = 'report';
export const DIAGNOSTIC_SOURCE = 'report-check';

/** The README documents each rule under a heading named after its id. */
export const RULE_DOCS_BASE = 'https://github.com/report-drafter/report-drafter/blob/main/README.md';

export function ruleDocsUri(ruleId: string): string {
  return `${RULE_DOCS_BASE}#${ruleId}`;
}

export const Commands = {
  checkReport: 'reportDrafter.checkReport',
  checkWorkspace: 'reportDrafter.checkWorkspace',
  insertSection: 'reportDrafter.insertSection',
  nextPlaceholder: 'reportDrafter.nextPlaceholder',
  previousPlaceholder: 'reportDrafter.previousPlaceholder',
  revealRange: 'reportDrafter.revealRange',
  refreshOutline: 'reportDrafter.refreshOutline',
  // Test hooks: not in the command palette.
  testStatusText: 'reportDrafter._test.statusText',
  testOutlineItems: 'reportDrafter._test.outlineItems',
} as const;
