/**
 * A small pull scanner for the XML parts of a .docx. It reports start tags
 * (name and the raw attribute text, read lazily), end tags and text, and
 * decodes entities only where asked. WordprocessingML parts are machine-written,
 * well-formed and have no DTD, so this is all a reader of their text needs;
 * a full DOM would cost a copy of every node of a several-megabyte document.xml.
 * Pure: no Node APIs.
 */

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;

export class XmlScanner {
  /** Tag name as written (with its prefix). */
  name = '';
  /** Start tag: it ends with `/>`. */
  selfClosing = false;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  private pos = 0;

  constructor(readonly xml: string) {}

  next(): number {
    const xml = this.xml;
    for (;;) {
      const at = this.pos;
      if (at >= xml.length) return END;
      if (xml.charCodeAt(at) !== 60 /* < */) {
        let lt = xml.indexOf('<', at);
        if (lt < 0) lt = xml.length;
        this.textStart = at;
        this.textEnd = lt;
        this.cdata = false;
        this.pos = lt;
        return TEXT;
      }
      const c = xml.charCodeAt(at + 1);
      if (c === 33 /* ! */) {
        if (xml.startsWith('<![CDATA[', at)) {
          const end = xml.indexOf(']]>', at + 9);
          const stop = end < 0 ? xml.length : end;
          this.textStart = at + 9;
          this.textEnd = stop;
          this.cdata = true;
          this.pos = end < 0 ? xml.length : end + 3;
          return TEXT;
        }
        const close = xml.startsWith('<!--', at) ? xml.indexOf('-->', at + 4) : xml.indexOf('>', at + 2);
        this.pos = close < 0 ? xml.length : close + (xml.startsWith('<!--', at) ? 3 : 1);
        continue;
      }
      if (c === 63 /* ? */) {
        const close = xml.indexOf('?>', at + 2);
        this.pos = close < 0 ? xml.length : close + 2;
        continue;
      }
      let gt = xml.indexOf('>', at + 1);
      if (gt < 0) gt = xml.length;
      this.pos = gt + 1;
      if (c === 47 /* / */) {
        this.name = xml.slice(at + 2, gt).trim();
        return CLOSE;
      }
      let nameEnd = at + 1;
      while (nameEnd < gt) {
        const ch = xml.charCodeAt(nameEnd);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) break;
        nameEnd++;
      }
      this.name = xml.slice(at + 1, nameEnd);
      this.selfClosing = xml.charCodeAt(gt - 1) === 47;
      this.attrStart = nameEnd;
      this.attrEnd = this.selfClosing ? gt - 1 : gt;
      return OPEN;
    }
  }

  /** The decoded text of the last TEXT. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return this.cdata ? raw : decodeEntities(raw);
  }

  /** An attribute of the last start tag, decoded; `name` as written (e.g. `w:val`). */
  attr(name: string): string | undefined {
    const xml = this.xml;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      const at = xml.indexOf(name, i);
      if (at < 0 || at >= end) return undefined;
      const before = xml.charCodeAt(at - 1);
      let j = at + name.length;
      while (j < end && isSpace(xml.charCodeAt(j))) j++;
      if (isSpace(before) && xml.charCodeAt(j) === 61 /* = */) {
        j++;
        while (j < end && isSpace(xml.charCodeAt(j))) j++;
        const quote = xml[j];
        if (quote === '"' || quote === "'") {
          const close = xml.indexOf(quote, j + 1);
          return decodeEntities(xml.slice(j + 1, close < 0 ? end : close));
        }
        return undefined;
      }
      i = at + name.length;
    }
    return undefined;
  }

  /** Every attribute of the last start tag (for the root's namespace declarations). */
  attrs(): Map<string, string> {
    const out = new Map<string, string>();
    const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    const s = this.xml.slice(this.attrStart, this.attrEnd);
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) out.set(m[1], decodeEntities(m[2] ?? m[3] ?? ''));
    return out;
  }

  /** Skips to the end tag matching the start tag just read (nested ones included). */
  skipElement(): void {
    if (this.selfClosing) return;
    const name = this.name;
    let depth = 1;
    for (;;) {
      const t = this.next();
      if (t === END) return;
      if (t === OPEN && !this.selfClosing && this.name === name) depth++;
      else if (t === CLOSE && this.name === name && --depth === 0) return;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Namespace URIs of WordprocessingML (transitional and strict) and markup compatibility. */
export const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * Maps tag names to `w:local` / `mc:local` whatever prefixes the part binds
 * (almost every writer uses `w:` and `mc:`, but the prefix is the writer's choice).
 */
export class Names {
  private readonly identity: boolean;
  private readonly w: string | null;
  private readonly mc: string | null;

  constructor(rootAttrs: Map<string, string>) {
    let w: string | null = null;
    let mc: string | null = null;
    for (const [k, v] of rootAttrs) {
      if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
      const prefix = k === 'xmlns' ? '' : k.slice(6);
      if (W_NAMESPACES.has(v)) w = prefix;
      else if (v === MC_NAMESPACE) mc = prefix;
    }
    this.w = w;
    this.mc = mc;
    this.identity = (w === 'w' || w === null) && (mc === 'mc' || mc === null);
  }

  /** The tag name with the WordprocessingML prefix as `w:` (and markup compatibility as `mc:`). */
  norm(name: string): string {
    if (this.identity) return name;
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const local = colon < 0 ? name : name.slice(colon + 1);
    if (prefix === this.w) return `w:${local}`;
    if (prefix === this.mc) return `mc:${local}`;
    return name;
  }

  /** An attribute name in the WordprocessingML namespace, as the part writes it. */
  wAttr(local: string): string {
    return this.w ? `${this.w}:${local}` : local;
  }
}
