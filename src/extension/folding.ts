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
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider(languageSelector(service), {
      async provideFoldingRanges(document) {
        if (!service.isReport(document)) return [];
        const { model } = await service.analyze(document);
        return toFoldingRanges(document, model.outline);
      },
    }),
  );
}
