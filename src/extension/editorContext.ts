import * as vscode from 'vscode';
import { Commands } from './constants';
import type { ReportService } from './reportService';

/**
 * The `reportDrafter.isReport` and `reportDrafter.isCandidate` context keys
 * (menus, keybindings), and the per-file switch: "Check This File as a
 * Report" for a Markdown or text file that does not read as one, "Stop
 * Checking This File" for one that does.
 */
export function registerEditorContext(context: vscode.ExtensionContext, service: ReportService): void {
  service.useFileModes(context.workspaceState);
  let last: string | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const isReport = !!document && service.isReport(document);
    const isCandidate = !!document && service.isCandidate(document);
    const key = `${isReport}/${isCandidate}`;
    if (key === last) return;
    last = key;
    void vscode.commands.executeCommand('setContext', 'reportDrafter.isReport', isReport);
    void vscode.commands.executeCommand('setContext', 'reportDrafter.isCandidate', isCandidate);
  };
  const target = (uri?: unknown) => (uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    // A document may start or stop reading as a report as it is typed.
    service.onDidUpdate(({ document, reason }) => {
      if (reason === 'config' || document === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.commands.registerCommand(Commands.enableForFile, async (uri?: vscode.Uri) => {
      const file = target(uri);
      if (file) await service.setFileMode(file, 'always');
    }),
    vscode.commands.registerCommand(Commands.disableForFile, async (uri?: vscode.Uri) => {
      const file = target(uri);
      if (file) await service.setFileMode(file, 'never');
    }),
    vscode.commands.registerCommand(Commands.resetFileMode, async (uri?: vscode.Uri) => {
      const file = target(uri);
      if (file) await service.setFileMode(file, undefined);
    }),
    vscode.commands.registerCommand(Commands.testReportness, (uri?: string) => {
      const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : vscode.window.activeTextEditor?.document;
      return document && { ...service.reportness(document), isReport: service.isReport(document), fileMode: service.fileMode(document.uri) ?? null };
    }),
  );
  update();
}
