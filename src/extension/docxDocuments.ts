import * as vscode from 'vscode';

/**
 * The read-only report view of a Word file is a virtual document of this scheme:
 * `report-docx:/folder/draft.docx?<the .docx file's URI>`. Kept apart from
 * docxView.ts so the ReportService can ask about it without loading the reader.
 */
export const DOCX_SCHEME = 'report-docx';

export interface DocxStructure {
  /** Paragraphs in a heading style without a marker of their own: line → depth. */
  headingHints: ReadonlyMap<number, number>;
  /** Table cells and text boxes: prose, never headings. */
  notStructure: ReadonlySet<number>;
}

/** What the reader found in each open Word view, for the engine. */
const structureByView = new Map<string, DocxStructure>();

export function setDocxStructure(view: vscode.Uri, structure: DocxStructure): void {
  structureByView.set(view.toString(), structure);
}

/** The parse options of a Word view (empty for any other document). */
export function docxStructureOf(uri: vscode.Uri): Partial<DocxStructure> {
  return (uri.scheme === DOCX_SCHEME && structureByView.get(uri.toString())) || {};
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
