import * as vscode from 'vscode';
import { analyzeReport, createMarkdownCache, mergeConfigs, type Analysis, type Locale, type MarkdownCache, type ReportFormat } from '../core';
import { judgeReportness, SAMPLE_CHARS, type ReportnessDecision } from '../core/reportness';
import { ConfigFileLocator } from './configFile';
import { REPORT_LANGUAGE } from './constants';
import { DOCX_SCHEME, docxSource, docxStructureOf } from './docxDocuments';
import { readEnableMode, readSettings, type Settings } from './settings';

/**
 * Whether the document is the one VS Code holds open under its URI: an analysis or a check that
 * ends after its document closed must not be taken for a document opened since under the same
 * name (untitled documents reuse Untitled-1).
 */
export function isCurrent(document: vscode.TextDocument): boolean {
  const key = document.uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key) === document;
}

export type UpdateReason = 'open' | 'change' | 'save' | 'config' | 'close';

export interface ReportUpdate {
  document: vscode.TextDocument;
  reason: UpdateReason;
}

interface CacheEntry {
  version: number;
  generation: number;
  analysis: Analysis;
}

/**
 * Parses each report document once per version and shares the result with
 * every feature (diagnostics, symbols, folding, outline view, status bar,
 * placeholders, quick fixes). It also turns editor events into debounced
 * `onDidUpdate` notifications, so each feature only says what to redraw.
 */
export class ReportService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  /** Markdown chunks of each open document, so a keystroke re-tokenizes only the paragraph it touched. */
  private readonly markdownCaches = new Map<string, MarkdownCache>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** When each document's typing pause ended (performance.now()), for the latency test hook. */
  private readonly pauseEnded = new Map<string, number>();
  private readonly updated = new vscode.EventEmitter<ReportUpdate>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly configFiles = new ConfigFileLocator();
  /** Bumped when settings or config files change: every cached analysis is stale. */
  private generation = 0;
  private settingsCache: Settings | undefined;
  /** Whether each document reads as a report, per version (the decision is cheap, but runs on every event). */
  private readonly decisions = new Map<string, { version: number; generation: number; decision: ReportnessDecision }>();
  /** Per-file choices of "Check This File as a Report" / "Stop Checking This File" (URI → on/off). */
  private fileModes: vscode.Memento | undefined;

  /** Fired after a report opens, changes (debounced), is saved, or the configuration changes. */
  readonly onDidUpdate = this.updated.event;

  constructor() {
    this.disposables.push(
      this.updated,
      this.configFiles,
      vscode.workspace.onDidOpenTextDocument((d) => this.isReport(d) && this.updated.fire({ document: d, reason: 'open' })),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // A candidate, not only a report: typing Chinese into an empty note makes it one, pasting English may end it.
        if (e.contentChanges.length && this.isCandidate(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (!this.isCandidate(d)) return;
        this.cancel(d.uri);
        this.updated.fire({ document: d, reason: 'save' });
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d.uri);
        this.cache.delete(d.uri.toString());
        this.markdownCaches.delete(d.uri.toString());
        this.pauseEnded.delete(d.uri.toString());
        this.decisions.delete(d.uri.toString());
        this.updated.fire({ document: d, reason: 'close' });
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('reportDrafter')) this.invalidate();
      }),
      this.configFiles.onDidChange(() => this.invalidate()),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }

  get settings(): Settings {
    return (this.settingsCache ??= readSettings());
  }

  /** The language of messages: Chinese in a Chinese VS Code, English otherwise. */
  get locale(): Locale {
    return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  }

  /** When the debounce of the document's last edit ran out, once: the next call says undefined. */
  takePauseEnd(uri: vscode.Uri): number | undefined {
    const key = uri.toString();
    const at = this.pauseEnded.get(key);
    this.pauseEnded.delete(key);
    return at;
  }

  /** Remembers per-file choices in the workspace's state (set once by activate). */
  useFileModes(memento: vscode.Memento): void {
    this.fileModes = memento;
  }

  /** In a language the extension acts on, whether or not it reads as a report. */
  isCandidate(document: vscode.TextDocument): boolean {
    if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-scm') return false;
    // The read-only view of a Word file is a report whatever language it shows in.
    if (document.uri.scheme === DOCX_SCHEME) return true;
    return this.settings.languages.includes(document.languageId);
  }

  /**
   * A document to check: in one of the languages, and a report — a `.report`
   * file, or Chinese prose (src/core/reportness.ts) unless `reportDrafter.enable`
   * or the per-file choice forces it on or off.
   */
  isReport(document: vscode.TextDocument): boolean {
    return this.isCandidate(document) && this.reportness(document).isReport;
  }

  /** Why the document is (not) checked. */
  reportness(document: vscode.TextDocument): ReportnessDecision {
    const key = document.uri.toString();
    const hit = this.decisions.get(key);
    if (hit && hit.version === document.version && hit.generation === this.generation) return hit.decision;
    const fileMode = this.fileModes?.get<'always' | 'never'>(fileModeKey(document.uri));
    // Only the opening is judged (SAMPLE_CHARS): no copy of a long document's whole text per keystroke.
    const sample = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(SAMPLE_CHARS)));
    const decision = judgeReportness(sample, {
      mode: fileMode ?? readEnableMode(document),
      format: this.formatOf(document),
      reportFile: document.languageId === REPORT_LANGUAGE || /\.report$/i.test(document.uri.path),
    });
    this.decisions.set(key, { version: document.version, generation: this.generation, decision });
    return decision;
  }

  /** The same decision for a file that is not open (the workspace check). */
  reportnessOfText(uri: vscode.Uri, text: string, format: ReportFormat): ReportnessDecision {
    const languageId = /\.report$/i.test(uri.path) ? REPORT_LANGUAGE : format;
    return judgeReportness(text, {
      mode: this.fileMode(uri) ?? readEnableMode({ uri, languageId }),
      format,
      reportFile: languageId === REPORT_LANGUAGE,
    });
  }

  /** The per-file choice, or undefined for the setting's. */
  fileMode(uri: vscode.Uri): 'always' | 'never' | undefined {
    return this.fileModes?.get<'always' | 'never'>(fileModeKey(uri));
  }

  async setFileMode(uri: vscode.Uri, mode: 'always' | 'never' | undefined): Promise<void> {
    await this.fileModes?.update(fileModeKey(uri), mode);
    this.invalidate();
  }

  formatOf(document: vscode.TextDocument): ReportFormat {
    return document.languageId === 'markdown' && document.uri.scheme !== DOCX_SCHEME ? 'markdown' : 'plaintext';
  }

  /** All open report documents. */
  reports(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((d) => this.isReport(d));
  }

  /** The analysis of the document's current version, if it has been computed. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.cache.get(document.uri.toString());
    return entry && entry.version === document.version && entry.generation === this.generation ? entry.analysis : undefined;
  }

  /**
   * More characters than `reportDrafter.maxCharsOnType`: checked on open and
   * save, not as it is typed (see README, Responsiveness).
   */
  isLarge(document: vscode.TextDocument): boolean {
    const limit = this.settings.maxCharsOnType;
    if (limit <= 0) return false;
    // The offset of the end: no copy of the text.
    return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > limit;
  }

  /**
   * The analysis of the document's current version; parses at most once per
   * version. A large document (`isLarge`) being typed in gets its last
   * analysis instead, unless `fresh` is asked for (commands, open, save): the
   * passive features (outline, folding, status bar, highlighting) then never
   * make the extension host parse megabytes on a keystroke.
   */
  async analyze(document: vscode.TextDocument, options: { fresh?: boolean } = {}): Promise<Analysis> {
    const cached = this.peek(document);
    if (cached) return cached;
    if (!options.fresh && this.isLarge(document)) {
      const last = this.cache.get(document.uri.toString());
      if (last && last.generation === this.generation) return last.analysis;
    }
    const generation = this.generation;
    const fileConfig = await this.configFiles.forDocument(docxSource(document.uri));
    const hit = this.peek(document);
    if (hit) return hit;
    return this.analyzeWith(document, fileConfig, generation);
  }

  /** Analyses text that is not (or not yet) an open document, e.g. a file read for the workspace check. */
  async analyzeText(uri: vscode.Uri, text: string, format: ReportFormat): Promise<Analysis> {
    const config = mergeConfigs(await this.configFiles.forDocument(uri), this.settings.config);
    try {
      return analyzeReport(text, { format, config, locale: this.locale });
    } catch {
      return analyzeReport(text, { format, config: { ...config, placeholders: { patterns: [] } }, locale: this.locale });
    }
  }

  private analyzeWith(document: vscode.TextDocument, fileConfig: Parameters<typeof mergeConfigs>[0], generation: number): Analysis {
    const version = document.version;
    // The config file is the project's shared choice; the user's settings refine it.
    const config = mergeConfigs(fileConfig, this.settings.config);
    let analysis: Analysis;
    const format = this.formatOf(document);
    let markdownCache: MarkdownCache | undefined;
    if (format === 'markdown') {
      const key = document.uri.toString();
      markdownCache = this.markdownCaches.get(key);
      if (!markdownCache) this.markdownCaches.set(key, (markdownCache = createMarkdownCache()));
    }
    try {
      analysis = analyzeReport(document.getText(), { format, config, locale: this.locale, markdownCache, ...docxStructureOf(document.uri) });
    } catch (e) {
      // A bad placeholder pattern in the settings: analyse without the custom patterns.
      console.error('[report-drafter]', e);
      analysis = analyzeReport(document.getText(), {
        format,
        config: { ...config, placeholders: { patterns: [] } },
        locale: this.locale,
        markdownCache,
        ...docxStructureOf(document.uri),
      });
    }
    // (Not for a document closed meanwhile: an untitled document opened next takes the same URI and
    // version 1 again, and must not be given the closed one's analysis.)
    if (generation === this.generation && version === document.version && !document.isClosed && isCurrent(document)) {
      this.cache.set(document.uri.toString(), { version, generation, analysis });
    }
    return analysis;
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancel(document.uri);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.pauseEnded.set(key, performance.now());
        this.updated.fire({ document, reason: 'change' });
      }, this.settings.debounceMs),
    );
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
  }

  /** Checks every open report again (e.g. once the language data has loaded). */
  reanalyzeAll(): void {
    this.invalidate();
  }

  private invalidate(): void {
    this.settingsCache = undefined;
    this.decisions.clear();
    this.generation++;
    this.cache.clear();
    // Every open document: one may have stopped (or started) being a report.
    for (const document of vscode.workspace.textDocuments) this.updated.fire({ document, reason: 'config' });
  }
}

function fileModeKey(uri: vscode.Uri): string {
  return `reportDrafter.enable:${uri.toString()}`;
}
