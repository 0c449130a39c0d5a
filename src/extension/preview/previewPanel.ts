import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import { renderPreviewBody, renderPreviewPage } from '../../export/html';
import { layoutReport, type LayoutProblem } from '../../export/layout';
import type { ReportService } from '../reportService';

export const PREVIEW_COMMAND = 'reportDrafter.preview';
export const PREVIEW_TEST_STATE_COMMAND = 'reportDrafter._test.previewState';
const VIEW_TYPE = 'reportDrafter.preview';

/** What the integration tests read back from an open preview. */
export interface PreviewState {
  uri: string;
  /** Times the webview swapped in a new body (after the first render). */
  updates: number;
  /** The rendered text and HTML, read from inside the webview. */
  text: string;
  html: string;
  /** A4 sheets shown in page view (0 in the continuous view). */
  pages: number;
}

/**
 * "Preview Report": a webview beside the editor showing the report typeset as
 * the Word export lays it out. It follows edits (through the shared service's
 * debounced updates), scrolls with the editor and back, and marks placeholders
 * and problems. The HTML is built by src/export/html.ts.
 */
export function registerPreview(context: vscode.ExtensionContext, service: ReportService): void {
  const previews = new Map<string, ReportPreview>();
  context.subscriptions.push(
    vscode.commands.registerCommand(PREVIEW_COMMAND, async (uri?: vscode.Uri) => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to preview it.'));
        return;
      }
      const key = document.uri.toString();
      const existing = previews.get(key);
      if (existing) {
        existing.panel.reveal(undefined, true);
        return;
      }
      const preview = new ReportPreview(document, service, () => previews.delete(key));
      previews.set(key, preview);
      await preview.render();
    }),
    vscode.commands.registerCommand(PREVIEW_TEST_STATE_COMMAND, async (uri?: string): Promise<PreviewState | undefined> => {
      const preview = uri ? previews.get(uri) : [...previews.values()].pop();
      return preview?.state();
    }),
    service.onDidUpdate(({ document, reason }) => {
      const preview = previews.get(document.uri.toString());
      if (!preview) return;
      if (reason === 'close') preview.panel.dispose();
      else void preview.update(reason === 'config');
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      previews.get(e.textEditor.document.uri.toString())?.editorScrolled(e.textEditor);
    }),
    { dispose: () => [...previews.values()].forEach((p) => p.panel.dispose()) },
  );
}

class ReportPreview {
  readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private updates = 0;
  private version = -1;
  /** The preview scrolled the editor, or the editor the preview, this recently: ignore the echo. */
  private quietUntil = 0;
  private readonly probes = new Map<number, (v: { text: string; html: string; pages: number }) => void>();
  private probeId = 0;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly service: ReportService,
    onDispose: () => void,
  ) {
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || document.uri.path;
    this.panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      vscode.l10n.t('Preview: {0}', name),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // No local resources: the page is self-contained.
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    this.panel.onDidDispose(() => {
      for (const d of this.disposables) d.dispose();
      onDispose();
    }, null, this.disposables);
    this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m), null, this.disposables);
  }

  private body(analysis: Analysis): string {
    const problems: LayoutProblem[] = analysis.findings
      .filter((f) => f.ruleId !== 'placeholder')
      .map((f) => ({ span: f.span, severity: f.severity, message: `${f.message} (${f.ruleId})` }));
    const layout = layoutReport(analysis.model, { problems, title: this.service.settings.exportTitle });
    return renderPreviewBody(layout, {
      problems,
      placeholderCount: analysis.model.placeholders.length,
      locale: this.service.locale,
      pageView: this.service.settings.previewPageView,
    });
  }

  async render(): Promise<void> {
    const analysis = await this.service.analyze(this.document);
    this.version = this.document.version;
    this.panel.webview.html = renderPreviewPage({
      nonce: nonce(),
      cspSource: this.panel.webview.cspSource,
      title: this.panel.title,
      body: this.body(analysis),
      locale: this.service.locale,
    });
  }

  async update(force = false): Promise<void> {
    if (this.document.isClosed) return;
    const analysis = await this.service.analyze(this.document);
    if (!force && this.document.version === this.version && this.ready) return;
    this.version = this.document.version;
    void this.panel.webview.postMessage({ type: 'update', body: this.body(analysis), version: this.version });
  }

  editorScrolled(editor: vscode.TextEditor): void {
    if (!this.ready || Date.now() < this.quietUntil) return;
    const top = editor.visibleRanges[0]?.start.line ?? 0;
    this.quietUntil = Date.now() + 150;
    void this.panel.webview.postMessage({ type: 'reveal', line: top });
  }

  private onMessage(m: { type?: string; line?: number; id?: number; text?: string; html?: string; pages?: number; on?: boolean }): void {
    if (m.type === 'ready') {
      this.ready = true;
      const editor = this.editor();
      if (editor) this.editorScrolled(editor);
      // An edit may have landed while the page loaded.
      if (this.document.version !== this.version) void this.update();
    } else if (m.type === 'updated') {
      this.updates++;
    } else if (m.type === 'scroll' && typeof m.line === 'number') {
      if (Date.now() < this.quietUntil) return;
      const editor = this.editor();
      if (!editor) return;
      this.quietUntil = Date.now() + 150;
      editor.revealRange(new vscode.Range(m.line, 0, m.line, 0), vscode.TextEditorRevealType.AtTop);
    } else if (m.type === 'open' && typeof m.line === 'number') {
      const line = m.line;
      void vscode.window.showTextDocument(this.document, { viewColumn: this.editor()?.viewColumn }).then((editor) => {
        const position = new vscode.Position(line, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      });
    } else if (m.type === 'pageView') {
      // The page view button: a user setting, so every preview (and the next one) follows it.
      void vscode.workspace.getConfiguration('reportDrafter').update('preview.pageView', m.on === true, vscode.ConfigurationTarget.Global);
    } else if (m.type === 'probe' && typeof m.id === 'number') {
      this.probes.get(m.id)?.({ text: m.text ?? '', html: m.html ?? '', pages: m.pages ?? 0 });
      this.probes.delete(m.id);
    }
  }

  private editor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === this.document);
  }

  /** Reads the rendered page back from the webview (for the integration tests). */
  async state(): Promise<PreviewState> {
    const id = ++this.probeId;
    const content = await new Promise<{ text: string; html: string; pages: number }>((resolve) => {
      this.probes.set(id, resolve);
      void this.panel.webview.postMessage({ type: 'probe', id });
      setTimeout(() => {
        if (this.probes.delete(id)) resolve({ text: '', html: '', pages: 0 });
      }, 3000);
    });
    return { uri: this.document.uri.toString(), updates: this.updates, ...content };
  }
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const values = new Uint32Array(32);
  globalThis.crypto.getRandomValues(values);
  return Array.from(values, (v) => chars[v % chars.length]).join('');
}
