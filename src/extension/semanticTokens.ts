import * as vscode from 'vscode';
import type { OutlineNode } from '../core';
import type { ReportService } from './reportService';

/**
 * Structure highlighting in plain text: a `.txt` report has no grammar, so its
 * 一、/（一）/1./（1） headings and 一是… markers look like body text. Semantic
 * tokens mark them; package.json maps the token types to the scopes of the
 * `report` grammar (`semanticTokenScopes`), so a `.txt` report is coloured as a
 * `.report` file is, in any theme with semantic highlighting (VS Code's
 * default themes have it). Markdown and `report` have their grammars.
 */
export const TOKEN_TYPES = ['reportHeading', 'reportPoint'] as const;
export const TOKEN_MODIFIERS = ['level0', 'level1', 'level2', 'level3', 'level4'] as const;
export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

export function registerSemanticTokens(context: vscode.ExtensionContext, service: ReportService): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    // A file may start or stop reading as a report, or the settings change.
    service.onDidUpdate(({ document, reason }) => {
      if (reason === 'config' || (reason !== 'close' && document.languageId === 'plaintext')) changed.fire();
    }),
    vscode.languages.registerDocumentSemanticTokensProvider(
      { language: 'plaintext' },
      {
        onDidChangeSemanticTokens: changed.event,
        async provideDocumentSemanticTokens(document) {
          const builder = new vscode.SemanticTokensBuilder(LEGEND);
          if (!service.isReport(document)) return builder.build();
          const { model } = await service.analyze(document);
          const visit = (nodes: readonly OutlineNode[]) => {
            for (const node of nodes) {
              const start = document.positionAt(node.span.start);
              const end = document.positionAt(node.span.end);
              // Tokens stay within a line; a heading is one.
              if (start.line === end.line && end.character > start.character) {
                if (node.kind === 'section') builder.push(new vscode.Range(start, end), 'reportHeading', [`level${node.level}`]);
                else if (node.kind === 'point') {
                  const markerEnd = document.positionAt(node.markerSpan.end);
                  if (markerEnd.line === start.line) builder.push(new vscode.Range(start, markerEnd), 'reportPoint', []);
                }
              }
              visit(node.children);
            }
          };
          visit(model.outline);
          return builder.build();
        },
      },
      LEGEND,
    ),
  );
}
