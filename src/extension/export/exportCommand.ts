import * as vscode from 'vscode';
import type { ReportService } from '../reportService';

export const EXPORT_DOCX_COMMAND = 'reportDrafter.exportDocx';

/** Arguments for scripted use (tests, other extensions): skip the dialogs. */
export interface ExportArgs {
  /** Where to write; without it a save dialog asks. */
  target?: vscode.Uri;
  /** Export even with unfilled placeholders or numbering problems, without asking. */
  allowPlaceholders?: boolean;
  /** No notification after the export. */
  silent?: boolean;
}

export interface ExportResult {
  /** `written`, or why nothing was written. */
  outcome: 'written' | 'cancelled' | 'placeholders' | 'no-report' | 'failed';
  target?: string;
  bytes?: number;
  placeholders: number;
  /** Numbering problems (numbering-*, enumeration-sequence findings) when exported or asked about. */
  numbering?: number;
  error?: string;
}

const NUMBERING_RULES = new Set(['numbering-sequence', 'numbering-hierarchy', 'numbering-punctuation', 'enumeration-sequence']);

/**
 * "Export to Word (GB/T 9704)": warns about unfilled placeholders and
 * numbering problems (cancel, go to the first one, or export anyway), asks where to save, writes the .docx
 * with progress, then offers Open and Reveal in folder (desktop only).
 */
export function registerExport(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_DOCX_COMMAND, async (resource?: vscode.Uri | ExportArgs, maybeArgs?: ExportArgs): Promise<ExportResult> => {
      const args: ExportArgs = (resource instanceof vscode.Uri ? maybeArgs : resource) ?? {};
      const document = resource instanceof vscode.Uri ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to export it.'));
        return { outcome: 'no-report', placeholders: 0 };
      }
      const { model, findings } = await service.analyze(document, { fresh: true });
      const count = model.placeholders.length;
      // A skipped （三） or a 一、 under （一） goes into the Word file as it is: say so, as for placeholders.
      const numberingFindings = service.isReport(document) ? findings.filter((f) => NUMBERING_RULES.has(f.ruleId)) : [];
      const numbering = numberingFindings.length;
      if ((count > 0 || numbering > 0) && !args.allowPlaceholders) {
        const exportAnyway = vscode.l10n.t('Export Anyway');
        const goFirst = count > 0 ? vscode.l10n.t('Go to First Placeholder') : vscode.l10n.t('Go to First Problem');
        const message =
          count > 0 && numbering > 0
            ? vscode.l10n.t('{0} unfilled placeholder(s) and {1} numbering problem(s) remain in this report.', count, numbering)
            : count > 0
              ? vscode.l10n.t('{0} unfilled placeholder(s) remain in this report.', count)
              : vscode.l10n.t('{0} numbering problem(s) remain in this report.', numbering);
        const details: string[] = [];
        if (count > 0) details.push(vscode.l10n.t('They will be highlighted in yellow in the Word document.'));
        if (numbering > 0) details.push(vscode.l10n.t('First numbering problem, line {0}: {1}', numberingFindings[0].range.start.line + 1, numberingFindings[0].message));
        const choice = await vscode.window.showWarningMessage(message, { modal: true, detail: details.join('\n') }, exportAnyway, goFirst);
        if (choice === goFirst) {
          const span = count > 0 ? model.placeholders[0].span : numberingFindings[0].span;
          const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
          const editor = await vscode.window.showTextDocument(document);
          editor.selection = new vscode.Selection(range.start, range.end);
          editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
          return { outcome: 'placeholders', placeholders: count, numbering };
        }
        if (choice !== exportAnyway) return { outcome: 'cancelled', placeholders: count, numbering };
      }

      const target = args.target ?? (await vscode.window.showSaveDialog({
        defaultUri: defaultTarget(document),
        filters: { [vscode.l10n.t('Word Document')]: ['docx'] },
        saveLabel: vscode.l10n.t('Export'),
        title: vscode.l10n.t('Export to Word (GB/T 9704)'),
      }));
      if (!target) return { outcome: 'cancelled', placeholders: count };

      try {
        const bytes = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to Word…', baseName(target)) },
          async () => {
            // The Word writer (the `docx` package, half the bundle) loads on first export, not at activation.
            const { exportDocx } = await import('../../export/docx');
            const data = await exportDocx(model, { title: service.settings.exportTitle });
            await vscode.workspace.fs.writeFile(target, data);
            return data.length;
          },
        );
        if (!args.silent) void notifyDone(target);
        return { outcome: 'written', target: target.toString(), bytes, placeholders: count, numbering };
      } catch (e) {
        const message = (e as Error).message ?? String(e);
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not export {0}: {1}', baseName(target), message));
        return { outcome: 'failed', target: target.toString(), placeholders: count, error: message };
      }
    }),
  );
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Beside the report, with its name and `.docx`; untitled reports go to the first workspace folder. */
function defaultTarget(document: vscode.TextDocument): vscode.Uri | undefined {
  if (document.isUntitled) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const title = document.getText().split(/\r?\n/).find((l) => l.trim())?.replace(/^#+\s*/, '').trim().slice(0, 40) || 'report';
    const safe = title.replace(/[\\/:*?"<>|]/g, '');
    return folder ? vscode.Uri.joinPath(folder, `${safe}.docx`) : undefined;
  }
  const path = document.uri.path.replace(/\.[^./]*$/, '') + '.docx';
  return document.uri.with({ path });
}

async function notifyDone(target: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Folder');
  // Opening a .docx in Word and showing it in the file manager need the desktop.
  const desktop = vscode.env.uiKind === vscode.UIKind.Desktop && target.scheme === 'file';
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0}.', baseName(target)),
    ...(desktop ? [open, reveal] : []),
  );
  if (choice === open) await vscode.env.openExternal(target);
  else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
}
