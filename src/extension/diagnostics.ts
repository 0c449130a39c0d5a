import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import { Commands, DIAGNOSTIC_SOURCE, ruleDocsUri } from './constants';
import { isCurrent, type ReportService } from './reportService';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A diagnostic that remembers the finding it came from, for quick fixes. */
export class ReportDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    readonly finding: Finding,
  ) {
    super(range, finding.message, SEVERITY[finding.severity]);
    this.source = DIAGNOSTIC_SOURCE;
    this.code = { value: finding.ruleId, target: ruleDocsUri(finding.ruleId) };
  }
}

export function toDiagnostics(document: vscode.TextDocument, findings: readonly Finding[]): ReportDiagnostic[] {
  return findings.map(
    (f) => new ReportDiagnostic(new vscode.Range(document.positionAt(f.span.start), document.positionAt(f.span.end)), f),
  );
}

export interface DiagnosticsFeature {
  collection: vscode.DiagnosticCollection;
  /** Lints the document now and publishes its diagnostics. */
  refresh(document: vscode.TextDocument): Promise<readonly ReportDiagnostic[]>;
  /** URIs whose problems outlive their editor (set by the workspace check). */
  persistent: Set<string>;
}

/** Live problems: on open and save, and on type (debounced) unless `reportDrafter.run` is `onSave`. */
export function registerDiagnostics(context: vscode.ExtensionContext, service: ReportService): DiagnosticsFeature {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const persistent = new Set<string>();
  context.subscriptions.push(collection);

  // For the integration tests: how long after the typing pause each document's problems were published.
  const published = new Map<string, { version: number; afterPauseMs: number; count: number }>();
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.testLastPublish, (uri: string) => published.get(uri)),
  );

  const refresh = async (document: vscode.TextDocument): Promise<readonly ReportDiagnostic[]> => {
    const pauseEnded = service.takePauseEnd(document.uri);
    if (document.isClosed) {
      // A closed document's late check (a typing pause that ran out as it closed) must not wipe the
      // problems of a document opened since under the same URI (untitled documents reuse names).
      const key = document.uri.toString();
      if (!vscode.workspace.textDocuments.some((d) => !d.isClosed && d.uri.toString() === key)) collection.delete(document.uri);
      return [];
    }
    if (!service.isReport(document)) {
      collection.delete(document.uri);
      return [];
    }
    const version = document.version;
    const { findings } = await service.analyze(document, { fresh: true });
    const diagnostics = toDiagnostics(document, findings);
    // A newer version may have been published meanwhile; and the document must still be the one
    // open under its URI (an untitled document opened since may have taken the name).
    if (document.version === version && !document.isClosed && isCurrent(document)) {
      collection.set(document.uri, diagnostics);
      if (pauseEnded !== undefined) published.set(document.uri.toString(), { version, afterPauseMs: performance.now() - pauseEnded, count: diagnostics.length });
    }
    return diagnostics;
  };

  // Once per document and session: a large report is checked on save, and the writer should know why.
  const noticed = new Set<string>();
  const noticeLarge = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (noticed.has(key)) return;
    noticed.add(key);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('This report is long ({0} characters): Report Drafter checks it when you save, not as you type.', document.getText().length),
    );
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.testLargeNotice, (uri: string) => noticed.has(uri)),
    service.onDidUpdate(({ document, reason }) => {
      if (reason === 'close') {
        // Problems of files found by "Check All Reports in Workspace" stay until the next check.
        if (!persistent.has(document.uri.toString())) collection.delete(document.uri);
        return;
      }
      if (reason === 'change' && service.settings.run === 'onSave') return;
      if (reason === 'change' && service.isLarge(document)) {
        noticeLarge(document);
        return;
      }
      void refresh(document);
    }),
  );
  for (const document of service.reports()) void refresh(document);
  return { collection, refresh, persistent };
}
