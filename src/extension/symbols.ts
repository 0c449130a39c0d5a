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
 * In Markdown, VS Code's own provider already lists the `#` headings, and two
 * providers make two groups in the Outline view and an extra breadcrumb level.
 * So only what Markdown does not see is contributed: numbered sections written
 * as plain lines (a `#` heading's children move up to its place), with their
 * 一是… points. When nothing of that kind is left — every section is a `#`
 * heading — nothing is contributed and VS Code shows Markdown's outline alone
 * (empty groups are dropped). The Report Outline view shows the whole tree.
 */
export function beyondMarkdown(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const node of nodes) {
    const own = node.kind === 'markdown' || (node.kind === 'section' && node.markdownDepth !== null);
    if (own) out.push(...beyondMarkdown(node.children));
    else out.push({ ...node, children: beyondMarkdown(node.children) } as OutlineNode);
  }
  return out;
}

function hasPlainSection(nodes: readonly OutlineNode[]): boolean {
  return nodes.some((n) => n.kind === 'section' || hasPlainSection(n.children));
}

/** The symbols to contribute for `nodes` of a document in `format`. */
export function contributedNodes(nodes: readonly OutlineNode[], format: 'markdown' | 'plaintext'): OutlineNode[] {
  if (format !== 'markdown') return [...nodes];
  const rest = beyondMarkdown(nodes);
  // Points alone, cut from the `#` sections they belong to, would only repeat those sections badly.
  return hasPlainSection(rest) ? rest : [];
}

/**
 * Outline, breadcrumbs, sticky scroll and Go to Symbol: the 一、/（一）/1./（1）
 * tree and its 一是… points.
 */
export function registerSymbols(context: vscode.ExtensionContext, service: ReportService): void {
  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    registration = vscode.languages.registerDocumentSymbolProvider(
      languageSelector(service),
      {
        async provideDocumentSymbols(document) {
          if (!service.isReport(document)) return [];
          const { model } = await service.analyze(document);
          return toSymbols(document, contributedNodes(model.outline, service.formatOf(document)));
        },
      },
      { label: vscode.l10n.t('Report Outline') },
    );
  };
  register();
  // Symbol providers have no change event and VS Code keeps a document's outline until its text
  // changes: when a setting turns a file into a report or out of one, registering anew drops that cache.
  let pending: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    service.onDidUpdate(({ reason }) => {
      if (reason !== 'config') return;
      if (pending !== undefined) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = undefined;
        register();
      }, 50);
    }),
    { dispose: () => { if (pending !== undefined) clearTimeout(pending); registration?.dispose(); } },
  );
}
