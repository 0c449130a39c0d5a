import * as vscode from 'vscode';

/**
 * The read-only report view of a Word file is a virtual document of this scheme:
 * `report-docx:/folder/draft.docx?<the .docx file's URI>`. Kept apart from
 * docxView.ts so the ReportService can ask about it without loading the reader.
 */
export const DOCX_SCHEME = 'report-docx';

/** What the reader found in each open Word view: heading styles the engine uses as outline hints. */
const hintsByView = new Map<string, ReadonlyMap<number, number>>();

export function setDocxHints(view: vscode.Uri, hints: ReadonlyMap<number, number>): void {
  hintsByView.set(view.toString(), hints);
}

export function docxHints(uri: vscode.Uri): ReadonlyMap<number, number> | undefined {
  return uri.scheme === DOCX_SCHEME ? hintsByView.get(uri.toString()) : undefined;
}

/** The view of a .docx file. */
export function docxViewUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.path, query: file.toString() });
}

/** The .docx file a view shows; any other URI is its own source (for finding config files). */
export function docxSource(uri: vscode.Uri): vscode.Uri {
  if (uri.scheme !== DOCX_SCHEME) return uri;
  try {
    return vscode.Uri.parse(uri.query, true);
  } catch {
    return uri;
  }
}
