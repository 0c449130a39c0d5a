/**
 * A Word draft as an editable Markdown report: the text the reader sees, with
 * the structure as text markers. Numbered headings keep their marker as text
 * (一、, （一）); headings that carry only a Word heading style become `#`
 * headings; the title becomes the `#` title; bulleted items `- `; tables
 * Markdown tables. Placeholders and every other character are kept as they are.
 * Pure: no Node APIs.
 */
import { parseReport } from '../core/document';
import { docxStructure, type DocxText } from './index';

const TITLE_STYLE = /^title$/i;

export function docxToMarkdown(doc: DocxText): string {
  const { text, paragraphs } = doc;
  const slice = (i: number) => text.slice(paragraphs[i].offset, paragraphs[i].offset + paragraphs[i].length);
  // The engine decides which styled paragraphs are headings without a marker of their own.
  const model = parseReport(text, { format: 'plaintext', ...docxStructure(doc) });
  const styledHeadingLines = new Map<number, number>();
  for (const n of model.nodes) if (n.kind === 'markdown') styledHeadingLines.set(n.line, n.level);
  const hasTitle = paragraphs.some((p) => p.style !== undefined && TITLE_STYLE.test(p.style) && p.length > 0);

  const blocks: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.cell) {
      let j = i;
      while (j + 1 < paragraphs.length && paragraphs[j + 1].cell?.table === p.cell.table) j++;
      blocks.push(table(paragraphs.slice(i, j + 1).map((q, k) => ({ cell: q.cell!, text: slice(i + k) }))));
      i = j;
      continue;
    }
    const s = slice(i);
    if (p.toc || s.trim() === '') continue;
    if (p.style !== undefined && TITLE_STYLE.test(p.style)) blocks.push(`# ${s}`);
    else if (styledHeadingLines.has(p.line)) blocks.push(`${'#'.repeat(Math.min(6, styledHeadingLines.get(p.line)! + (hasTitle ? 1 : 0)))} ${s.trim()}`);
    else if (p.bullet) blocks.push(`- ${s}`);
    else blocks.push(s);
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

function table(cells: { cell: { row: number; column: number }; text: string }[]): string {
  const rows: string[][] = [];
  for (const { cell, text } of cells) {
    const row = (rows[cell.row] ??= []);
    const t = text.replace(/\n/g, ' ').replace(/\|/g, '\\|').trim();
    row[cell.column] = row[cell.column] ? `${row[cell.column]} ${t}` : t;
  }
  const width = Math.max(1, ...rows.map((r) => r?.length ?? 0));
  const line = (r: string[] | undefined) => `| ${Array.from({ length: width }, (_, c) => r?.[c] ?? '').join(' | ')} |`;
  const body = Array.from({ length: rows.length }, (_, i) => line(rows[i]));
  body.splice(1, 0, `| ${Array.from({ length: width }, () => '---').join(' | ')} |`);
  return body.join('\n');
}
