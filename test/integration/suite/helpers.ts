/// <reference types="mocha" />
// Host-agnostic helpers: no Node APIs, so the suite runs in the web worker host too.
import * as vscode from 'vscode';
import { assert } from 'chai';

export const EXTENSION_ID = 'report-drafter.report-drafter';

export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  await ext!.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder holding test/fixtures/workspace');
  return vscode.Uri.joinPath(folder!.uri, name);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  await activateExtension();
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

export async function openUntitled(content: string, language: string): Promise<vscode.TextEditor> {
  await activateExtension();
  // The host names new untitled documents Untitled-1, Untitled-2 … and gives a name again once its
  // document is closed, while the extension host may still hold the closed one under that name (in
  // the Node host a test once got, under Untitled-1, a closed 300 KB report of 13,561 lines and its
  // diagnostics). Such a name is set aside, kept open so that it is not given again, and the
  // document opened anew.
  for (let attempt = 0; ; attempt++) {
    const document = await vscode.workspace.openTextDocument({ content, language });
    const sameName = vscode.workspace.textDocuments.filter((d) => d.uri.toString() === document.uri.toString());
    if ((document.getText() === content && sameName.every((d) => d === document)) || attempt === 3) return vscode.window.showTextDocument(document);
    console.log(`      (${document.uri.toString()} was still held by an older document: opening another)`);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns something other than undefined. */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeout = 10000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export function reportDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'report-check');
}

/** Waits until the document has exactly `count` report diagnostics (or any, when count is omitted). */
export function waitForDiagnostics(uri: vscode.Uri, count?: number, timeout = 10000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = reportDiagnostics(uri);
    if (count === undefined ? found.length > 0 : found.length === count) return found;
    return undefined;
  }, `${count ?? 'some'} diagnostics on ${uri.toString()}`, timeout);
}

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

export function rangeTuple(r: vscode.Range): [number, number, number, number] {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
