/**
 * The text of word/document.xml as the reader sees it: one paragraph per line,
 * runs joined, fields' results (not their codes), tabs and line breaks kept,
 * tables cell by cell and text boxes after the paragraph that anchors them,
 * automatic numbering written out as its marker. Pure: no Node APIs.
 */
import { Numbering, type Styles } from './numbering';
import { CLOSE, END, Names, OPEN, TEXT, XmlScanner } from './xml';

export interface DocxParagraph {
  /** 0-based, in reading order. */
  index: number;
  /** Offset of the paragraph's first character (its marker, if any) in `text`. */
  offset: number;
  /** Length in `text`, without the line break that ends it. */
  length: number;
  /** 0-based line of `text` the paragraph starts on (a line break inside a paragraph adds a line). */
  line: number;
  /** The paragraph style's name, e.g. `heading 1`, `Title`, `Normal`. */
  style?: string;
  /** Outline level 0–8 from the paragraph, its style or a heading style; absent for body text. */
  outlineLevel?: number;
  /** The automatic number Word shows before the text, written into `text` (e.g. `一、`). */
  marker?: string;
  /** A bulleted list item (the bullet is not written into `text`). */
  bullet?: boolean;
  /** Where the paragraph sits. */
  where: 'body' | 'table' | 'textbox';
  /** In a table: which (outermost) table, row and cell, 0-based. */
  cell?: { table: number; row: number; column: number };
  /** A generated table of contents entry: its text is left out (it repeats the headings). */
  toc?: boolean;
}

export interface DocxText {
  /** The paragraphs' text, one paragraph per line (`\n`). */
  text: string;
  paragraphs: DocxParagraph[];
}

interface Builder {
  parts: string[];
  style?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  where: DocxParagraph['where'];
  cell?: DocxParagraph['cell'];
  toc: boolean;
  /** A page or column break waits for text to follow it in the paragraph. */
  pendingBreak: boolean;
  /** Paragraphs of text boxes anchored in this one, read after it. */
  after: Built[];
}

interface Built {
  text: string;
  style?: string;
  outlineLevel?: number;
  marker?: string;
  bullet?: boolean;
  where: DocxParagraph['where'];
  cell?: DocxParagraph['cell'];
  toc?: boolean;
}

interface Field {
  instr: string;
  result: boolean;
}

const SKIP = new Set([
  'w:pPrChange',
  'w:rPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:delInstrText',
  'mc:Fallback',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
]);

const TOC_STYLE = /^(toc \d|toc heading|目录 ?\d)$/i;

export function readDocumentXml(xml: string, styles: Styles, numberingXml: string | undefined): DocxText {
  const numbering = new Numbering(numberingXml, styles);
  const s = new XmlScanner(xml);
  let names: Names | null = null;
  const out: Built[] = [];
  const stack: Builder[] = [];
  const fields: Field[] = [];
  let tableDepth = 0;
  /** The outermost open table: its number, current row and cell. */
  let tables = 0;
  let cell: { table: number; row: number; column: number } | undefined;
  let boxDepth = 0;
  let inRun = 0;
  let inT = false;
  let inInstr = false;
  let hidden = false;
  let inPPr = false;
  let inRPr = false;

  const top = () => stack[stack.length - 1] as Builder | undefined;
  const emitting = () => fields.every((f) => f.result);
  const push = (p: Builder, chunk: string) => {
    if (p.pendingBreak) {
      p.pendingBreak = false;
      if (p.parts.length) p.parts.push('\n');
    }
    p.parts.push(chunk);
  };

  for (let t = s.next(); t !== END; t = s.next()) {
    if (t === TEXT) {
      if (inInstr) {
        const f = fields[fields.length - 1];
        if (f && !f.result) f.instr += s.text();
        continue;
      }
      if (inT && !hidden && emitting()) {
        const p = top();
        if (p) push(p, s.text());
      }
      continue;
    }
    if (t === OPEN) {
      if (!names) {
        names = new Names(s.attrs());
        continue;
      }
      const n = names.norm(s.name);
      if (SKIP.has(n)) {
        s.skipElement();
        continue;
      }
      const a = (local: string) => s.attr(names!.wAttr(local));
      const p = top();
      switch (n) {
        case 'w:p':
          if (s.selfClosing) {
            finish({ parts: [], where: where(), cell: cellNow(), toc: false, pendingBreak: false, after: [] });
          } else {
            stack.push({ parts: [], where: where(), cell: cellNow(), toc: false, pendingBreak: false, after: [] });
          }
          break;
        case 'w:pPr':
          if (!s.selfClosing) inPPr = true;
          break;
        case 'w:rPr':
          if (!s.selfClosing) inRPr = true;
          break;
        case 'w:pStyle':
          if (p && inPPr && !inRPr) p.style = a('val');
          break;
        case 'w:numId':
          if (p && inPPr) p.numId = a('val');
          break;
        case 'w:ilvl':
          if (p && inPPr) p.ilvl = parseInt(a('val') ?? '0', 10) || 0;
          break;
        case 'w:outlineLvl':
          if (p && inPPr) p.outlineLevel = parseInt(a('val') ?? '9', 10);
          break;
        case 'w:r':
          if (!s.selfClosing) {
            inRun++;
            hidden = false;
          }
          break;
        case 'w:vanish':
        case 'w:webHidden':
          if (inRPr && inRun && !inPPr) hidden = a('val') !== '0' && a('val') !== 'false';
          break;
        case 'w:t':
          if (!s.selfClosing) inT = true;
          break;
        case 'w:instrText':
          if (!s.selfClosing) inInstr = true;
          break;
        case 'w:tab':
        case 'w:ptab':
          if (p && inRun && !inPPr && !hidden && emitting()) push(p, '\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (p && inRun && !hidden && emitting()) {
            const type = a('type');
            if (type === 'page' || type === 'column') p.pendingBreak = true;
            else push(p, '\n');
          }
          break;
        case 'w:noBreakHyphen':
          if (p && inRun && !hidden && emitting()) push(p, '-');
          break;
        case 'w:sym': {
          // Symbol-font characters live in the private use area; others are real characters.
          const code = parseInt(a('char') ?? '', 16);
          if (p && inRun && !hidden && emitting() && code >= 0x20 && !(code >= 0xe000 && code <= 0xf8ff)) push(p, String.fromCharCode(code));
          break;
        }
        case 'w:fldChar': {
          const type = a('fldCharType');
          if (type === 'begin') fields.push({ instr: '', result: false });
          else if (type === 'separate') {
            const f = fields[fields.length - 1];
            if (f) f.result = true;
            if (p && inToc()) p.toc = true;
          } else if (type === 'end') {
            if (p && inToc()) p.toc = true;
            fields.pop();
          }
          break;
        }
        case 'w:tbl':
          if (!s.selfClosing && tableDepth++ === 0 && boxDepth === 0) cell = { table: tables++, row: -1, column: -1 };
          break;
        case 'w:tr':
          if (cell && tableDepth === 1) (cell.row++, (cell.column = -1));
          break;
        case 'w:tc':
          if (cell && tableDepth === 1) cell.column++;
          break;
        case 'w:txbxContent':
          if (!s.selfClosing) boxDepth++;
          break;
      }
      continue;
    }
    if (t === CLOSE && names) {
      const n = names.norm(s.name);
      switch (n) {
        case 'w:p': {
          const p = stack.pop();
          if (p) finish(p);
          break;
        }
        case 'w:pPr':
          inPPr = false;
          break;
        case 'w:rPr':
          inRPr = false;
          break;
        case 'w:r':
          inRun = Math.max(0, inRun - 1);
          hidden = false;
          break;
        case 'w:t':
          inT = false;
          break;
        case 'w:instrText':
          inInstr = false;
          break;
        case 'w:tbl':
          tableDepth = Math.max(0, tableDepth - 1);
          if (tableDepth === 0 && boxDepth === 0) cell = undefined;
          break;
        case 'w:txbxContent':
          boxDepth = Math.max(0, boxDepth - 1);
          break;
      }
    }
  }
  // An unclosed paragraph (a truncated part) still counts.
  while (stack.length) finish(stack.pop()!);

  function cellNow(): DocxParagraph['cell'] {
    return cell && boxDepth === 0 ? { ...cell } : undefined;
  }

  function where(): DocxParagraph['where'] {
    return boxDepth > 0 ? 'textbox' : tableDepth > 0 ? 'table' : 'body';
  }

  /** A field in its result whose code is TOC: the paragraph is a table of contents entry. */
  function inToc(): boolean {
    return fields.some((f) => f.result && /^\s*TOC\b/i.test(f.instr));
  }

  function finish(p: Builder): void {
    const style = p.style ?? styles.defaultParagraph;
    const info = style !== undefined ? resolveStyle(styles, style) : undefined;
    let numId = p.numId;
    let ilvl = p.ilvl;
    if (numId === undefined && info?.numId !== undefined) {
      numId = info.numId;
      ilvl ??= info.ilvl;
    }
    if (numId !== undefined && ilvl === undefined && style !== undefined) ilvl = numbering.levelForStyle(numId, style);
    const outlineLevel = p.outlineLevel ?? info?.outlineLevel;
    const built: Built = { text: p.parts.join(''), where: p.where };
    if (p.cell) built.cell = p.cell;
    if (info?.name) built.style = info.name;
    if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 8) built.outlineLevel = outlineLevel;
    if (p.toc || inToc() || (info?.name && TOC_STYLE.test(info.name))) {
      built.toc = true;
      built.text = '';
    } else if (numId !== undefined) {
      const number = numbering.next(numId, ilvl ?? 0);
      if (number?.bullet) built.bullet = true;
      else if (number) {
        built.marker = number.marker;
        built.text = number.marker + built.text;
      }
    }
    const anchor = top();
    if (anchor) {
      // A paragraph inside a text box: read after the paragraph that holds the box.
      anchor.after.push(built, ...p.after);
    } else {
      out.push(built, ...p.after);
    }
  }

  // Assemble the text and the paragraph table in one pass.
  const paragraphs: DocxParagraph[] = [];
  const chunks: string[] = [];
  let offset = 0;
  let line = 0;
  out.forEach((b, index) => {
    const text = b.text.replace(/\r\n?/g, '\n');
    const para: DocxParagraph = { index, offset, length: text.length, line, where: b.where };
    if (b.style) para.style = b.style;
    if (b.outlineLevel !== undefined) para.outlineLevel = b.outlineLevel;
    if (b.marker) para.marker = b.marker;
    if (b.bullet) para.bullet = true;
    if (b.cell) para.cell = b.cell;
    if (b.toc) para.toc = true;
    paragraphs.push(para);
    chunks.push(text);
    offset += text.length + 1;
    line += 1 + countBreaks(text);
  });
  return { text: chunks.join('\n'), paragraphs };
}

function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A style with what it inherits through `w:basedOn` filled in. */
function resolveStyle(styles: Styles, id: string): { name: string; numId?: string; ilvl?: number; outlineLevel?: number } | undefined {
  const first = styles.byId.get(id);
  if (!first) return undefined;
  const out: { name: string; numId?: string; ilvl?: number; outlineLevel?: number } = { name: first.name };
  const seen = new Set<string>();
  for (let s: typeof first | undefined = first; s && !seen.has(s.id); s = s.basedOn ? styles.byId.get(s.basedOn) : undefined) {
    seen.add(s.id);
    if (out.numId === undefined && s.numId !== undefined) {
      out.numId = s.numId;
      out.ilvl = s.ilvl;
    }
    if (out.outlineLevel === undefined && s.outlineLevel !== undefined) out.outlineLevel = s.outlineLevel;
  }
  if (out.outlineLevel === undefined) {
    const m = /^heading ([1-9])$/i.exec(first.name);
    if (m) out.outlineLevel = Number(m[1]) - 1;
  }
  return out;
}
