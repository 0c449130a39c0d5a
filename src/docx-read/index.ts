/**
 * Reads a Word .docx as the text the reader sees, for the report engine:
 * one paragraph per line, with a paragraph table that maps offsets back to
 * Word's paragraphs. Recognises what is not a .docx (Word 97 .doc, WPS .wps,
 * password-protected documents, damaged or other zip files) and says so
 * instead of throwing. Pure: no `vscode`, no Node APIs, so the CLI and both
 * extension hosts share it.
 *
 * Unzipping is fflate's (already bundled for the Word export); the XML parts
 * are read by a small scanner (./xml.ts), since only a few elements matter.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { readDocumentXml, type DocxParagraph, type DocxText } from './document';
import { readStyles } from './numbering';

export type { DocxParagraph, DocxText } from './document';
export { formatNumber } from './numbering';

export type DocxProblemKind = 'encrypted' | 'doc' | 'wps' | 'odt' | 'other-office' | 'corrupt' | 'not-word';

export interface DocxProblem {
  kind: DocxProblemKind;
  /** One line: what the file is and what to do. */
  message: { 'zh-CN': string; en: string };
}

export type DocxReadResult = ({ ok: true } & DocxText) | ({ ok: false } & DocxProblem);

const MESSAGES: Record<DocxProblemKind, DocxProblem['message']> = {
  encrypted: {
    'zh-CN': '这是设置了打开密码的 Word 文档，无法读取。请在 Word 或 WPS 中打开，取消密码后另存为 .docx 再检查。',
    en: 'this Word document is password-protected and cannot be read. Open it in Word or WPS, remove the password, save it as .docx and check again.',
  },
  doc: {
    'zh-CN': '这是旧版 Word 97-2003 文档（.doc），不能直接读取。请在 Word 或 WPS 中打开，另存为 .docx 再检查。',
    en: 'this is a Word 97–2003 document (.doc), which cannot be read directly. Open it in Word or WPS, save it as .docx and check again.',
  },
  wps: {
    'zh-CN': '这是 WPS 文字文档（.wps），不能直接读取。请在 WPS 中打开，另存为 Word 文档（.docx）再检查。',
    en: 'this is a WPS Writer document (.wps), which cannot be read directly. Open it in WPS, save it as a Word document (.docx) and check again.',
  },
  odt: {
    'zh-CN': '这是 OpenDocument 文本（.odt），不是 Word 文档。请另存为 .docx 再检查。',
    en: 'this is an OpenDocument text (.odt), not a Word document. Save it as .docx and check again.',
  },
  'other-office': {
    'zh-CN': '这是 Excel 或 PowerPoint 文件，不是 Word 文档，未检查。',
    en: 'this is an Excel or PowerPoint file, not a Word document; not checked.',
  },
  corrupt: {
    'zh-CN': '文件已损坏或不完整，无法作为 .docx 读取。请在 Word 或 WPS 中打开并重新另存为 .docx 再检查。',
    en: 'the file is damaged or incomplete and cannot be read as .docx. Open it in Word or WPS, save it again as .docx and check again.',
  },
  'not-word': {
    'zh-CN': '这不是 Word 文档（.docx）。请在 Word 或 WPS 中另存为 .docx 再检查。',
    en: 'this is not a Word document (.docx). Save it as .docx from Word or WPS and check again.',
  },
};

function problem(kind: DocxProblemKind): { ok: false } & DocxProblem {
  return { ok: false, kind, message: MESSAGES[kind] };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** Whether the bytes hold `name` as UTF-16LE (how an OLE directory names its streams). */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + name.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** What the bytes are, when they are not a .docx to read; undefined for a zip worth opening. */
export function sniffDocx(bytes: Uint8Array, fileName = ''): DocxProblem | undefined {
  if (startsWith(bytes, OLE)) {
    // An encrypted .docx is an OLE container holding the encrypted package.
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) return problem('encrypted');
    if (/\.wps$/i.test(fileName)) return problem('wps');
    if (hasUtf16(bytes, 'WordDocument')) return problem('doc');
    if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'PowerPoint Document')) return problem('other-office');
    return problem('doc');
  }
  if (/\.wps$/i.test(fileName)) return problem('wps');
  if (/\.doc$/i.test(fileName) && !startsWith(bytes, [0x50, 0x4b])) return problem('doc');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return problem('not-word');
  return undefined;
}

function decodeXml(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return strFromU8(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
}

/** The target of the first relationship of a type ending in `typeSuffix`, resolved against `base`. */
function relationshipTarget(rels: string | undefined, typeSuffix: string, base: string): string | undefined {
  if (!rels) return undefined;
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1];
    const type = /\bType\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1] ?? '';
    if (!type.endsWith(typeSuffix)) continue;
    if (/\bTargetMode\s*=\s*["']External["']/i.test(attrs)) continue;
    const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (!target) continue;
    return resolvePath(base, target);
  }
  return undefined;
}

function resolvePath(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Reads a .docx (or .docm, .dotx) into the text the reader sees. Never throws:
 * anything that is not a readable Word document comes back as `{ ok: false }`
 * with a one-line message saying what it is and what to do.
 */
export function readDocx(bytes: Uint8Array, fileName = ''): DocxReadResult {
  const bad = sniffDocx(bytes, fileName);
  if (bad) return { ok: false, ...bad };
  let files: Record<string, Uint8Array>;
  const names: string[] = [];
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return /\.(xml|rels)$/i.test(f.name) && !/^word\/media\//i.test(f.name) || f.name === 'mimetype';
      },
    });
  } catch {
    return problem('corrupt');
  }
  try {
    const main = relationshipTarget(decodeXml(files['_rels/.rels']), '/officeDocument', '') ?? 'word/document.xml';
    const documentXml = decodeXml(files[main]);
    if (documentXml === undefined) {
      if (files['mimetype'] && strFromU8(files['mimetype']).startsWith('application/vnd.oasis.opendocument')) return problem('odt');
      if (names.some((n) => /^(xl|ppt)\//.test(n))) return problem('other-office');
      return problem(names.some((n) => n.startsWith('word/')) ? 'corrupt' : 'not-word');
    }
    if (!/<(?:\w+:)?document\b/.test(documentXml.slice(0, 4096))) return problem('not-word');
    const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/')) : '';
    const rels = decodeXml(files[`${dir ? `${dir}/` : ''}_rels/${main.slice(dir.length ? dir.length + 1 : 0)}.rels`]);
    const stylesPath = relationshipTarget(rels, '/styles', dir) ?? `${dir}/styles.xml`;
    const numberingPath = relationshipTarget(rels, '/numbering', dir) ?? `${dir}/numbering.xml`;
    const styles = readStyles(decodeXml(files[stylesPath]));
    const text = readDocumentXml(documentXml, styles, decodeXml(files[numberingPath]));
    return { ok: true, ...text };
  } catch {
    return problem('corrupt');
  }
}

/** The paragraph that holds an offset of `text` (the last one for the end of the text). */
export function paragraphAt(paragraphs: readonly DocxParagraph[], offset: number): DocxParagraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo];
}

/**
 * Outline hints for the engine: paragraphs in a heading style or with an outline
 * level, by the line they start on and a depth 1–9. The engine uses a hint only
 * when the paragraph's text carries no numbering marker of its own. A title is
 * not a section (Word gives the Title style an outline level in some templates).
 */
export function headingHints(paragraphs: readonly DocxParagraph[]): Map<number, number> {
  const hints = new Map<number, number>();
  for (const p of paragraphs) {
    if (p.outlineLevel !== undefined && p.length > 0 && !p.toc && p.where === 'body' && !/^(title|subtitle)$/i.test(p.style ?? '')) hints.set(p.line, p.outlineLevel + 1);
  }
  return hints;
}

/**
 * Lines the engine reads as prose only, never as headings or enumeration points:
 * table cells and text boxes (a `一、` in a table cell is not the report's next
 * section; in a Markdown report a table row starts with `|` and is not read as one either).
 */
export function notStructureLines(paragraphs: readonly DocxParagraph[], text: string): Set<number> {
  const lines = new Set<number>();
  for (const p of paragraphs) {
    if (p.where === 'body') continue;
    let breaks = 0;
    for (let i = text.indexOf('\n', p.offset); i >= 0 && i < p.offset + p.length; i = text.indexOf('\n', i + 1)) breaks++;
    for (let k = 0; k <= breaks; k++) lines.add(p.line + k);
  }
  return lines;
}

/** The parse options that carry a Word document's structure to the engine. */
export function docxStructure(doc: DocxText): { headingHints: Map<number, number>; notStructure: Set<number> } {
  return { headingHints: headingHints(doc.paragraphs), notStructure: notStructureLines(doc.paragraphs, doc.text) };
}

export { docxToMarkdown } from './markdown';
