import * as vscode from 'vscode';
import { registerCheckCommands } from './checkCommand';
import { registerCodeActions } from './codeActions';
import { registerCompletions } from './completions';
import { registerDictionary } from './dictionary';
import { registerHover } from './hover';
import { registerLanguageData } from './languageData';
import { registerExport } from './export/exportCommand';
import { registerPreview } from './preview/previewPanel';
import { registerDiagnostics } from './diagnostics';
import { registerDocxView } from './docxView';
import { registerEditorContext } from './editorContext';
import { registerFolding } from './folding';
import { registerInsertSection } from './insertSection';
import { registerOutlineView } from './outlineView';
import { registerPlaceholders } from './placeholders';
import { setExtensionUri } from './constants';
import { ReportService } from './reportService';
import { registerStatusBar } from './statusBar';
import { registerSemanticTokens } from './semanticTokens';
import { registerSymbols } from './symbols';

let service: ReportService | undefined;

/** The one service every feature shares (for features added by other modules). */
export function getReportService(): ReportService {
  if (!service) throw new Error('Report Drafter is not active');
  return service;
}

/** Shared by the desktop (`main`) and web (`browser`) entries: one line per feature. */
export function activate(context: vscode.ExtensionContext): void {
  setExtensionUri(context.extensionUri);
  service = new ReportService();
  context.subscriptions.push(service);
  const diagnostics = registerDiagnostics(context, service);
  registerCheckCommands(context, service, diagnostics);
  registerEditorContext(context, service);
  registerSymbols(context, service);
  registerFolding(context, service);
  registerOutlineView(context, service);
  registerStatusBar(context, service);
  registerPlaceholders(context, service);
  registerInsertSection(context, service);
  registerCodeActions(context, service);
  registerExport(context, service);
  registerPreview(context, service);
  registerLanguageData(context, service);
  registerDictionary(context, service);
  registerCompletions(context, service);
  registerHover(context, service);
  registerDocxView(context, service);
  registerSemanticTokens(context, service);
}

export function deactivate(): void {
  service = undefined;
}
