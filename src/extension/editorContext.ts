import * as vscode from 'vscode';
import type { ReportService } from './reportService';

/** The `reportDrafter.isReport` context key, for menus and keybindings. */
export function registerEditorContext(context: vscode.ExtensionContext, service: ReportService): void {
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'reportDrafter.isReport', !!document && service.isReport(document));
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    service.onDidUpdate(({ reason }) => reason === 'config' && update()),
  );
  update();
}
