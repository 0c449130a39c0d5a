import * as vscode from 'vscode';
import type { OutlineNode } from '../core';
import type { ReportService } from './reportService';
import { languageSelector } from './selector';

export function toFoldingRanges(document: vscode.TextDocument, nodes: readonly OutlineNode[], out: vscode.FoldingRange[] = []): vscode.FoldingRange[] {
  for (const node of nodes) {
    const start = document.positionAt(Math.min(node.span.start, node.sectionSpan.start)).line;
    const end = document.positionAt(node.sectionSpan.end).line;
    if (end > start) out.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
    toFoldingRanges(document, node.children, out);
  }
  return out;
}

/** Each section (and each point that runs over several lines) folds. */
export function registerFolding(context: vscode.ExtensionContext, service: ReportService): void {
  // A setting may turn a file into a report or out of one without a change to its text.
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    service.onDidUpdate(({ reason }) => reason === 'config' && changed.fire()),
    vscode.languages.registerFoldingRangeProvider(languageSelector(service), {
      onDidChangeFoldingRanges: changed.event,
      async provideFoldingRanges(document) {
        if (!service.isReport(document)) return [];
        const { model } = await service.analyze(document);
        return toFoldingRanges(document, model.outline);
      },
    }),
  );
}
