import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, validateConfig, type ReportCheckConfig } from '../core';

/**
 * Finds `.reportcheckrc.json` upward from a document, through
 * `vscode.workspace.fs` so it works in the web host too. Results are cached per
 * folder until a config file changes.
 */
export class ConfigFileLocator implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<ReportCheckConfig | undefined>>();
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Problems found in config files, by file URI, for the user to see once. */
  readonly problems = new Map<string, string[]>();

  constructor() {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    const reset = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this.watcher.onDidChange(reset);
    this.watcher.onDidCreate(reset);
    this.watcher.onDidDelete(reset);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }

  forDocument(uri: vscode.Uri): Promise<ReportCheckConfig | undefined> {
    if (uri.scheme === 'untitled') return Promise.resolve(undefined);
    return this.forFolder(parentOf(uri));
  }

  private forFolder(folder: vscode.Uri | undefined): Promise<ReportCheckConfig | undefined> {
    if (!folder) return Promise.resolve(undefined);
    const key = folder.toString();
    let found = this.cache.get(key);
    if (!found) {
      found = this.lookup(folder);
      this.cache.set(key, found);
    }
    return found;
  }

  /** Tells the user once about each new set of problems in a config file (which is then ignored). */
  private report(file: vscode.Uri, problems: string[]): void {
    const key = file.toString();
    const before = this.problems.get(key);
    this.problems.set(key, problems);
    if (problems.length === 0 || sameProblems(before, problems)) return;
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is ignored: {1}', vscode.workspace.asRelativePath(file), problems.join('; ')),
    );
  }

  private async lookup(folder: vscode.Uri): Promise<ReportCheckConfig | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const file = vscode.Uri.joinPath(folder, name);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(file);
      } catch {
        continue;
      }
      try {
        const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
        const problems = validateConfig(value);
        this.report(file, problems);
        if (problems.length === 0) return value as ReportCheckConfig;
      } catch (e) {
        this.report(file, [(e as Error).message]);
      }
      return undefined;
    }
    // Stop at the workspace folder; outside a workspace, at the file system root.
    const inWorkspace = vscode.workspace.getWorkspaceFolder(folder);
    if (inWorkspace && inWorkspace.uri.toString() === folder.toString()) return undefined;
    return this.forFolder(parentOf(folder));
  }
}

function sameProblems(a: string[] | undefined, b: string[]): boolean {
  return !!a && a.length === b.length && a.every((p, i) => p === b[i]);
}

function parentOf(uri: vscode.Uri): vscode.Uri | undefined {
  const path = uri.path.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  if (slash <= 0 && path.length <= 1) return undefined;
  const parent = slash <= 0 ? '/' : path.slice(0, slash);
  if (parent === path) return undefined;
  return uri.with({ path: parent });
}
