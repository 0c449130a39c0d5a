/**
 * Word files in the editor (desktop and web): opening a .docx shows a read-only
 * report view, a virtual document of the text the reader sees (one paragraph
 * per line), with the squiggles, the Report Outline, the status bar and the
 * preview like any report; **Convert to Editable Report** writes NAME.md beside
 * the .docx and opens it. Nothing here throws on a bad file: a .doc, .wps,
 * encrypted or damaged file gets one message saying what it is and what to do.
 */
import * as vscode from 'vscode';
import type { DocxReadResult } from '../docx-read';
import { REPORT_LANGUAGE } from './constants';
import { DOCX_SCHEME, docxSource, docxViewUri, setDocxStructure } from './docxDocuments';
import type { ReportService } from './reportService';

export const DOCX_EDITOR = 'reportDrafter.docx';
export const OPEN_DOCX_COMMAND = 'reportDrafter.openDocx';
export const CONVERT_DOCX_COMMAND = 'reportDrafter.convertDocx';

export interface DocxViewResult {
  /** The view's URI (`report-docx:`), when it opened. */
  uri?: string;
  /** The message shown instead, for a file that is not a readable .docx. */
  error?: string;
}

export interface ConvertResult {
  /** The Markdown file written and opened. */
  uri?: string;
  error?: string;
}

/** The reader is loaded on first use: activation does not pay for it. */
const reader = () => import('../docx-read');

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function readWord(file: vscode.Uri): Promise<DocxReadResult | { ok: false; message: { 'zh-CN': string; en: string } }> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(file);
  } catch (e) {
    const why = (e as Error).message;
    return { ok: false, message: { 'zh-CN': `无法读取：${why}`, en: `cannot read: ${why}` } };
  }
  const { readDocx } = await reader();
  return readDocx(bytes, file.path);
}

function problemText(file: vscode.Uri, message: { 'zh-CN': string; en: string }, service: ReportService): string {
  return `${fileName(file)}: ${message[service.locale]}`;
}

/** The Word file a command is about: its argument, the active Word view, or one the user picks. */
async function targetFile(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return docxSource(arg);
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === DOCX_SCHEME) return docxSource(active);
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Word documents')]: ['docx', 'docm'] },
    openLabel: vscode.l10n.t('Open'),
  });
  return picked?.[0];
}

class DocxContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly service: ReportService) {}

  /** The .docx changed on disk: its open view reads it again. */
  sourceChanged(file: vscode.Uri): void {
    const view = docxViewUri(file).toString();
    for (const d of vscode.workspace.textDocuments) if (d.uri.toString() === view) this.changed.fire(d.uri);
  }

  dispose(): void {
    this.changed.dispose();
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = docxSource(uri);
    const read = await readWord(file);
    if (!read.ok) {
      void vscode.window.showErrorMessage(problemText(file, read.message, this.service));
      return '';
    }
    const { docxStructure } = await reader();
    setDocxStructure(uri, docxStructure(read));
    return read.text;
  }
}

async function openView(file: vscode.Uri, service: ReportService, column?: vscode.ViewColumn): Promise<DocxViewResult> {
  // Read first: a file that is not a .docx gets its message, and no empty view.
  const read = await readWord(file);
  if (!read.ok) {
    const error = problemText(file, read.message, service);
    void vscode.window.showErrorMessage(error);
    return { error };
  }
  let document = await vscode.workspace.openTextDocument(docxViewUri(file));
  // The report language: its highlighting, and word wrap for long paragraphs.
  if (document.languageId !== REPORT_LANGUAGE) document = await vscode.languages.setTextDocumentLanguage(document, REPORT_LANGUAGE);
  await vscode.window.showTextDocument(document, { preview: false, viewColumn: column });
  return { uri: document.uri.toString() };
}

function page(title: string, body: string): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';"><title>${esc(title)}</title></head><body style="font-family: var(--vscode-font-family); padding: 1em 2em"><h3>${esc(title)}</h3><p>${esc(body)}</p></body></html>`;
}

/** Opening a .docx from the Explorer: shows the read-only report view in its place. */
class DocxEditorProvider implements vscode.CustomReadonlyEditorProvider {
  constructor(private readonly service: ReportService) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false };
    panel.webview.html = page(fileName(document.uri), vscode.l10n.t('Opening as a report…'));
    const result = await openView(document.uri, this.service, panel.viewColumn);
    if (result.error) {
      // Stay open with the message: the user sees what the file is and what to do.
      panel.webview.html = page(fileName(document.uri), result.error);
      return;
    }
    panel.dispose();
  }
}

/** Unused `NAME.md`, else `NAME (2).md`, …: a conversion never overwrites a file. */
async function freeSibling(file: vscode.Uri): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(file, '..');
  const base = fileName(file).replace(/\.(docx|docm|dotx|dotm)$/i, '');
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(dir, n === 1 ? `${base}.md` : `${base} (${n}).md`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

async function convert(arg: unknown, service: ReportService): Promise<ConvertResult> {
  const file = await targetFile(arg);
  if (!file) return {};
  const read = await readWord(file);
  if (!read.ok) {
    const error = problemText(file, read.message, service);
    void vscode.window.showErrorMessage(error);
    return { error };
  }
  const { docxToMarkdown } = await reader();
  const target = await freeSibling(file);
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(docxToMarkdown(read)));
  } catch (e) {
    const error = vscode.l10n.t('Could not write {0}: {1}', fileName(target), (e as Error).message);
    void vscode.window.showErrorMessage(error);
    return { error };
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
  return { uri: target.toString() };
}

export function registerDocxView(context: vscode.ExtensionContext, service: ReportService): void {
  const content = new DocxContentProvider(service);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{docx,docm}', true, false, true);
  context.subscriptions.push(
    content,
    watcher,
    watcher.onDidChange((file) => content.sourceChanged(file)),
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, content),
    vscode.window.registerCustomEditorProvider(DOCX_EDITOR, new DocxEditorProvider(service), { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand(OPEN_DOCX_COMMAND, async (arg?: unknown): Promise<DocxViewResult> => {
      const file = await targetFile(arg);
      return file ? openView(file, service) : {};
    }),
    vscode.commands.registerCommand(CONVERT_DOCX_COMMAND, (arg?: unknown) => convert(arg, service)),
  );
}
