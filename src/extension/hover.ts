import * as vscode from 'vscode';
import { findWording, wordingContextOf } from '../core';
import { DIAGNOSTIC_SOURCE } from './constants';
import type { ReportService } from './reportService';
import { languageSelector } from './selector';

/** Hover on a flagged expression: its canonical form and where that form comes from. */
class WordingHover implements vscode.HoverProvider {
  constructor(private readonly service: ReportService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.service.isReport(document)) return undefined;
    const offset = document.offsetAt(position);
    const { findings } = await this.service.analyze(document);
    const finding = findings.find((f) => f.ruleId === 'wording' && f.span.start <= offset && offset <= f.span.end);
    if (!finding) return undefined;
    // The entry behind the finding: found again in the finding's line.
    const line = document.lineAt(position.line);
    const lineStart = document.offsetAt(line.range.start);
    // (With the document's year and era, as the check read it: 今年, and entries such as the
    // principal contradiction, depend on them.)
    const hit = findWording(line.text, wordingContextOf(document.getText())).find((h) => lineStart + h.index === finding.span.start);
    if (!hit) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${vscode.l10n.t('Standard wording')}** · ${DIAGNOSTIC_SOURCE}\n\n`);
    const found = document.getText(rangeOf(document, finding.span));
    // (An empty replacement removes an item too many from a list.)
    md.appendText(hit.replacement === found ? hit.entry.canonical : hit.replacement === '' ? vscode.l10n.t('Remove “{0}”', found) : hit.replacement);
    md.appendMarkdown(`\n\n${vscode.l10n.t('Canonical form')}: `);
    md.appendText(hit.entry.canonical);
    md.appendMarkdown(`\n\n${vscode.l10n.t('Source')}: `);
    md.appendText(hit.entry.source);
    return new vscode.Hover(md, rangeOf(document, finding.span));
  }
}

function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function registerHover(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(languageSelector(service), new WordingHover(service)));
}
