import * as vscode from 'vscode';
import { Commands } from './constants';
import type { DiagnosticsFeature } from './diagnostics';
import { toDiagnostics } from './diagnostics';
import type { ReportService } from './reportService';
import { countFindings, summarize, type CheckCounts } from './summary';
import { LineIndex, type ReportFormat } from '../core';

export interface CheckResult extends CheckCounts {
  uri: string;
  message: string;
  /** The first problem, as `line:character` (0-based), if any. */
  first: { line: number; character: number } | null;
  /** Where the summary was shown (for the tests). */
  shown: { notification: 'info' | 'warning'; problemsPanel: boolean };
}

export interface WorkspaceCheckResult extends CheckCounts {
  files: number;
  filesWithProblems: number;
  cancelled: boolean;
  message: string;
}

/** File globs of the languages a report can be written in. */
const LANGUAGE_GLOBS: Record<string, string[]> = {
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
  report: ['report'],
};

/** "Check Report" on the active document and "Check All Reports in Workspace". */
export function registerCheckCommands(context: vscode.ExtensionContext, service: ReportService, diagnostics: DiagnosticsFeature): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.checkReport, async (uri?: vscode.Uri): Promise<CheckResult | undefined> => {
      const document = uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to check it.'));
        return undefined;
      }
      if (service.isCandidate(document) && !service.isReport(document)) {
        // Asked for explicitly: say why nothing is checked rather than "no problems".
        const checkIt = vscode.l10n.t('Check This File as a Report');
        const message = vscode.l10n.t('This file does not read as a Chinese report, so Report Drafter does not check it.');
        void vscode.window.showInformationMessage(message, checkIt).then(async (choice) => {
          if (choice === checkIt) {
            await service.setFileMode(document.uri, 'always');
            await vscode.commands.executeCommand(Commands.checkReport, document.uri);
          }
        });
        return { problems: 0, placeholders: 0, numbering: 0, other: 0, byRule: {}, uri: document.uri.toString(), message, first: null, shown: { notification: 'info', problemsPanel: false } };
      }
      const found = await diagnostics.refresh(document);
      const counts = countFindings(found.map((d) => d.finding));
      const message = summarize(counts);
      const first = found[0]?.range.start ?? null;
      const result: CheckResult = {
        ...counts,
        uri: document.uri.toString(),
        message,
        first: first && { line: first.line, character: first.character },
        shown: { notification: counts.problems ? 'warning' : 'info', problemsPanel: counts.problems > 0 },
      };
      // The summary goes where the user looks: the status bar at once, a notification toast, and,
      // when something was found, the Problems panel (opened without taking the focus from the text).
      vscode.window.setStatusBarMessage(`$(checklist) ${message}`, 8000);
      if (counts.problems === 0) {
        void vscode.window.showInformationMessage(message);
      } else {
        await openProblemsPanel();
        const goFirst = vscode.l10n.t('Go to First Problem');
        // Not awaited: the command returns its result while the message stays up.
        void vscode.window.showWarningMessage(message, goFirst).then(async (choice) => {
          if (choice === goFirst && first) {
            const shown = await vscode.window.showTextDocument(document);
            shown.selection = new vscode.Selection(found[0].range.start, found[0].range.end);
            shown.revealRange(found[0].range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
          }
        });
      }
      return result;
    }),

    vscode.commands.registerCommand(Commands.checkWorkspace, async (): Promise<WorkspaceCheckResult> => {
      const languages = service.settings.languages;
      const extensions = languages.flatMap((l) => LANGUAGE_GLOBS[l] ?? []);
      const total: WorkspaceCheckResult = {
        problems: 0, placeholders: 0, numbering: 0, other: 0, byRule: {},
        files: 0, filesWithProblems: 0, cancelled: false, message: '',
      };
      if (extensions.length) {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking reports'), cancellable: true },
          async (progress, token) => {
            let files = await vscode.workspace.findFiles(`**/*.{${extensions.join(',')}}`, '**/node_modules/**', undefined, token);
            // Some hosts (a virtual workspace without a search provider) find nothing: walk the folders instead.
            if (files.length === 0) files = await walk(extensions, token);
            files.sort((a, b) => a.toString().localeCompare(b.toString()));
            for (const uri of files) {
              if (token.isCancellationRequested) {
                total.cancelled = true;
                break;
              }
              progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
              const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
              let found;
              if (open) {
                if (!service.isReport(open)) continue;
                found = await diagnostics.refresh(open);
              } else {
                const text = await readText(uri);
                if (text === undefined) continue;
                const format: ReportFormat = /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext';
                if (!service.reportnessOfText(uri, text, format).isReport) continue;
                const { findings } = await service.analyzeText(uri, text, format);
                found = toDiagnostics(lineMapper(text), findings);
                diagnostics.collection.set(uri, found);
                diagnostics.persistent.add(uri.toString());
              }
              total.files++;
              if (found.length) total.filesWithProblems++;
              countFindings(found.map((d) => d.finding), total);
            }
          },
        );
      }
      total.message = total.cancelled
        ? vscode.l10n.t('Check cancelled after {0} files.', total.files)
        : vscode.l10n.t('{0} reports checked. {1}', total.files, summarize(total));
      void vscode.window.showInformationMessage(total.message);
      if (total.problems) await openProblemsPanel();
      return total;
    }),
  );
}

/**
 * Shows the Problems panel and gives the focus back to the editor, so the
 * writer can keep typing. The view's own focus command always opens it
 * (`workbench.actions.view.problems` toggles it closed when it has the focus).
 */
async function openProblemsPanel(): Promise<void> {
  const hadEditorFocus = !!vscode.window.activeTextEditor;
  try {
    await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
    if (hadEditorFocus) await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  } catch {
    // A host without the Problems view: the notification still says it all.
  }
}

/** Report files under the workspace folders, through `vscode.workspace.fs`. */
async function walk(extensions: string[], token: vscode.CancellationToken, limit = 5000): Promise<vscode.Uri[]> {
  const wanted = new RegExp(`\\.(${extensions.join('|')})$`, 'i');
  const out: vscode.Uri[] = [];
  const queue = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  while (queue.length && out.length < limit && !token.isCancellationRequested) {
    const dir = queue.shift()!;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) queue.push(uri);
      else if (wanted.test(name)) out.push(uri);
    }
  }
  return out;
}

/** Reads a file as UTF-8, or GB18030 when it is not valid UTF-8. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return undefined;
    }
  }
}

/** Just enough of a TextDocument for `toDiagnostics`: offsets to positions, as the engine counts them. */
function lineMapper(text: string): vscode.TextDocument {
  const index = new LineIndex(text);
  return {
    positionAt(offset: number) {
      const p = index.positionAt(offset);
      return new vscode.Position(p.line, p.character);
    },
  } as vscode.TextDocument;
}
