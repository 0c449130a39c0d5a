import * as vscode from 'vscode';
import type { OutlineNode } from '../core';
import type { ReportService } from './reportService';
import { languageSelector } from './selector';

const SECTION_KINDS = [
  vscode.SymbolKind.Package, // 第一部分
  vscode.SymbolKind.Module, // 一、
  vscode.SymbolKind.Class, // （一）
  vscode.SymbolKind.Method, // 1.
  vscode.SymbolKind.Field, // （1）
];

export function symbolName(node: OutlineNode): string {
  if (node.kind === 'markdown') return `${node.marker} ${node.title}`.trim();
  return `${node.marker}${node.title}`.trim() || node.marker;
}

function kindOf(node: OutlineNode): vscode.SymbolKind {
  if (node.kind === 'section') return SECTION_KINDS[node.level];
  if (node.kind === 'point') return vscode.SymbolKind.EnumMember;
  return vscode.SymbolKind.String; // what VS Code's Markdown support uses for # headings
}

export function toSymbols(document: vscode.TextDocument, nodes: readonly OutlineNode[]): vscode.DocumentSymbol[] {
  return nodes.map((node) => {
    const start = Math.min(node.sectionSpan.start, node.span.start);
    const end = Math.max(node.sectionSpan.end, node.span.end);
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const selection = new vscode.Range(document.positionAt(node.span.start), document.positionAt(node.span.end));
    const symbol = new vscode.DocumentSymbol(symbolName(node), vscode.l10n.t('{0} chars', node.stats.chineseChars), kindOf(node), range, selection);
    symbol.children = toSymbols(document, node.children);
    return symbol;
  });
}

/**
 * Outline, breadcrumbs, sticky scroll and Go to Symbol: the 一、/（一）/1./（1）
 * tree and its 一是… points. In Markdown the engine's tree also holds the `#`
 * headings, so none is lost.
 */
export function registerSymbols(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(
      languageSelector(service),
      {
        async provideDocumentSymbols(document) {
          if (!service.isReport(document)) return [];
          const { model } = await service.analyze(document);
          return toSymbols(document, model.outline);
        },
      },
      { label: vscode.l10n.t('Report Outline') },
    ),
  );
}
