/**
 * The preview's HTML: the same blocks as the Word export, typeset on a sheet
 * the width of an A4 page with the GB/T 9704 margins, fonts (with fallbacks),
 * sizes and line pitch. Pure string building: no DOM, no `vscode`, so it is
 * unit-tested and runs in the web extension host.
 *
 * The page carries no inline `style` attributes and one nonce'd script, so the
 * webview's content security policy can forbid everything else.
 */
import {
  BODY_SIZE_PT,
  CHAR_SPACING_TWIPS,
  FONTS,
  LINE_PITCH_TWIPS,
  LINES_PER_PAGE,
  MARGIN_BOTTOM_MM,
  MARGIN_LEFT_MM,
  MARGIN_RIGHT_MM,
  MARGIN_TOP_MM,
  PAGE_HEIGHT_MM,
  PAGE_NUMBER_DASH,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_SIZE_PT,
  PAGE_WIDTH_MM,
  TABLE_SIZE_PT,
  TEXT_WIDTH_MM,
  TITLE_SIZE_PT,
  type FontChoice,
} from './constants';
import { plainText, type Block, type Inline, type LayoutProblem, type ReportLayout } from './layout';

export interface PreviewOptions {
  /** The problems the layout's inlines point at (`Inline.problems`), for their messages. */
  problems?: readonly LayoutProblem[];
  /** Unfilled placeholders in the whole report (shown in the status line). */
  placeholderCount?: number;
  locale?: 'zh-CN' | 'en';
  /** Page view: A4 sheets of 22 lines with `— 1 —` page numbers, instead of one long sheet. */
  pageView?: boolean;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A CSS font-family list: Times New Roman first for Latin letters and digits, then the CJK chain. */
export function cssFontFamily(choice: FontChoice, latin = true): string {
  const names = [...(latin ? [FONTS.latin.name, ...FONTS.latin.fallbacks] : []), choice.name, ...choice.fallbacks];
  return [...new Set(names)].map((n) => `"${n}"`).join(', ') + `, ${choice.generic}`;
}

const pt = (twips: number) => `${twips / 20}pt`;

/** The stylesheet of the preview: every number from constants.ts. */
export function previewStyles(): string {
  const line = pt(LINE_PITCH_TWIPS);
  const page = `${(LINE_PITCH_TWIPS * LINES_PER_PAGE) / 20}pt`;
  const rightIndents: string[] = [];
  for (let half = 0; half <= 40; half++) rightIndents.push(`.rd-ri-${half}{padding-right:${half / 2}em}`);
  return `
:root{color-scheme:light}
body{margin:0;padding:16px 0;background:var(--vscode-editor-background,#e8e8e8);}
.rd-status{font:12px var(--vscode-font-family,sans-serif);color:var(--vscode-descriptionForeground,#555);text-align:center;margin:0 0 8px}
.rd-status .rd-count{margin:0 .75em}
.rd-zoom{transform-origin:top center}
.rd-sheet{box-sizing:border-box;width:${PAGE_WIDTH_MM}mm;margin:0 auto;padding:${MARGIN_TOP_MM}mm ${MARGIN_RIGHT_MM}mm ${MARGIN_BOTTOM_MM}mm ${MARGIN_LEFT_MM}mm;background:#fff;color:#000;box-shadow:0 1px 6px rgba(0,0,0,.3)}
.rd-text{width:${TEXT_WIDTH_MM}mm;font-family:${cssFontFamily(FONTS.body)};font-size:${BODY_SIZE_PT}pt;line-height:${line};letter-spacing:${CHAR_SPACING_TWIPS / 20}pt;
  background-image:repeating-linear-gradient(to bottom,transparent 0,transparent calc(${page} - 1px),rgba(0,90,200,.35) calc(${page} - 1px),rgba(0,90,200,.35) ${page});}
.rd-text p,.rd-text pre,.rd-text table,.rd-text h1,.rd-text h2,.rd-text h3,.rd-text h4,.rd-text h5,.rd-text h6{margin:0}
.rd-p{text-align:justify;text-indent:2em}
.rd-title{font-family:${cssFontFamily(FONTS.title)};font-size:${TITLE_SIZE_PT}pt;text-align:center;text-indent:0;font-weight:normal}
.rd-subtitle{font-family:${cssFontFamily(FONTS.heading2)};text-align:center;text-indent:0}
.rd-after-1{margin-bottom:${line}!important}
.rd-before-1{margin-top:${line}!important}
.rd-salutation{text-indent:0;text-align:left}
.rd-signature,.rd-date{text-align:right;text-indent:0}
.rd-h{font-size:${BODY_SIZE_PT}pt;font-weight:normal;margin:0;text-align:justify;text-indent:2em}
.rd-h0{font-family:${cssFontFamily(FONTS.heading1)};text-align:center;text-indent:0}
.rd-h1{font-family:${cssFontFamily(FONTS.heading1)}}
.rd-h2{font-family:${cssFontFamily(FONTS.heading2)}}
.rd-h3,.rd-h4{font-family:${cssFontFamily(FONTS.body)}}
.rd-h .rd-rest{font-family:${cssFontFamily(FONTS.body)}}
.rd-quote{font-family:${cssFontFamily(FONTS.heading2)};padding-left:2em}
.rd-li{text-indent:0;padding-left:2em;text-align:justify}
.rd-li.rd-bullet::before{content:"•";display:inline-block;width:1em;margin-left:-1em}
.rd-depth-1{padding-left:4em}.rd-depth-2{padding-left:6em}.rd-depth-3{padding-left:8em}
.rd-code{font-family:${cssFontFamily(FONTS.code, false)};font-size:12pt;white-space:pre-wrap;letter-spacing:0}
.rd-text code{font-family:${cssFontFamily(FONTS.code, false)};letter-spacing:0}
.rd-table{border-collapse:collapse;width:100%;font-size:${TABLE_SIZE_PT}pt;line-height:20pt;text-indent:0}
.rd-table td,.rd-table th{border:1px solid #000;padding:0 4px;vertical-align:top;text-align:left}
.rd-table th{text-align:center;font-weight:bold}
.rd-em-cjk{font-family:${cssFontFamily(FONTS.heading2)};font-style:normal}
.rd-ph{background:#ffe58a;outline:1px solid #c77c00;border-radius:2px}
.rd-problem{text-decoration:underline wavy;text-decoration-skip-ink:none;text-underline-offset:3px}
.rd-error{text-decoration-color:#e51400}.rd-warning{text-decoration-color:#bf8803}.rd-info{text-decoration-color:#1a85ff}
.rd-toggle{font:inherit;margin-left:.75em;padding:0 .5em;border:1px solid var(--vscode-button-border,#999);border-radius:2px;background:var(--vscode-button-secondaryBackground,#eee);color:var(--vscode-button-secondaryForeground,#333);cursor:pointer}
.rd-toggle[aria-pressed="true"]{background:var(--vscode-button-background,#0e639c);color:var(--vscode-button-foreground,#fff)}
.rd-paged .rd-sheet{position:relative;height:${PAGE_HEIGHT_MM}mm;margin-bottom:16px;overflow:hidden}
.rd-paged{--rd-page-h:calc(${LINES_PER_PAGE} * ${line})}
.rd-paged .rd-window{height:var(--rd-page-h);overflow:hidden}
.rd-paged .rd-text{background-image:none}
.rd-folio{position:absolute;top:calc(${MARGIN_TOP_MM}mm + ${LINES_PER_PAGE} * ${line} + ${PAGE_NUMBER_GAP_MM}mm);font-family:${cssFontFamily(FONTS.pageNumber)};font-size:${PAGE_NUMBER_SIZE_PT}pt;line-height:1;white-space:pre}
.rd-folio-odd{right:calc(${MARGIN_RIGHT_MM}mm + 1em)}.rd-folio-even{left:calc(${MARGIN_LEFT_MM}mm + 1em)}
${rightIndents.join('')}
`;
}

function inlineHtml(inline: Inline, problems: readonly LayoutProblem[], restOfHeading: boolean): string {
  let html = esc(inline.text);
  if (inline.code) html = `<code>${html}</code>`;
  if (inline.italic) html = /[\u2e80-\u9fff]/.test(inline.text) ? `<em class="rd-em-cjk">${html}</em>` : `<em>${html}</em>`;
  if (inline.bold) html = `<strong>${html}</strong>`;
  if (inline.placeholder) html = `<mark class="rd-ph" title="${esc('未填写的占位符 / unfilled placeholder')}">${html}</mark>`;
  if (inline.problems?.length) {
    const list = inline.problems.map((i) => problems[i]).filter(Boolean);
    const worst = list.some((p) => p.severity === 'error') ? 'error' : list.some((p) => p.severity === 'warning') ? 'warning' : 'info';
    html = `<span class="rd-problem rd-${worst}" title="${esc(list.map((p) => p.message).join('\n'))}">${html}</span>`;
  }
  if (restOfHeading) html = `<span class="rd-rest">${html}</span>`;
  return html;
}

function inlinesHtml(inlines: readonly Inline[], problems: readonly LayoutProblem[], heading = false): string {
  let html = '';
  for (const inline of inlines) html += inlineHtml(inline, problems, heading && !inline.heading);
  return html;
}

const CLASS: Record<Block['kind'], string> = {
  title: 'rd-title',
  subtitle: 'rd-subtitle',
  salutation: 'rd-p rd-salutation',
  heading: 'rd-h',
  paragraph: 'rd-p',
  quote: 'rd-p rd-quote',
  'list-item': 'rd-li',
  code: 'rd-code',
  table: 'rd-table',
  signature: 'rd-signature',
  date: 'rd-date',
};

function blockHtml(block: Block, problems: readonly LayoutProblem[]): string {
  const classes = ['rd-block', CLASS[block.kind]];
  if (block.kind === 'heading') classes.push(`rd-h${block.level}`);
  if (block.kind === 'list-item') {
    if (!block.ordered) classes.push('rd-bullet');
    if (block.depth) classes.push(`rd-depth-${Math.min(3, block.depth)}`);
  }
  if (block.rightIndentChars !== undefined) classes.push(`rd-ri-${Math.max(0, Math.min(40, Math.round(block.rightIndentChars * 2)))}`);
  if (block.spaceBeforeLines) classes.push('rd-before-1');
  if (block.spaceAfterLines) classes.push('rd-after-1');
  const attrs = `class="${classes.join(' ')}" data-line="${block.line}" data-end-line="${block.endLine}"`;
  switch (block.kind) {
    case 'title':
      return `<h1 ${attrs}>${inlinesHtml(block.inlines, problems)}</h1>`;
    case 'heading': {
      const tag = `h${Math.min(6, (block.wordLevel ?? 1) + 1)}`;
      return `<${tag} ${attrs} data-level="${block.level}"${block.runIn ? ' data-run-in="true"' : ''}>${inlinesHtml(block.inlines, problems, true)}</${tag}>`;
    }
    case 'code':
      return `<pre ${attrs}>${inlinesHtml(block.inlines, problems)}</pre>`;
    case 'table': {
      const rows = (block.rows ?? []).map((cells, r) => {
        const tag = r === 0 ? 'th' : 'td';
        return `<tr>${cells.map((c) => `<${tag}>${inlinesHtml(c, problems)}</${tag}>`).join('')}</tr>`;
      });
      return `<table ${attrs}><thead>${rows[0] ?? ''}</thead><tbody>${rows.slice(1).join('')}</tbody></table>`;
    }
    default:
      return `<p ${attrs}>${inlinesHtml(block.inlines, problems)}</p>`;
  }
}

/** The typeset report: a status line and the sheet. */
export function renderPreviewBody(layout: ReportLayout, options: PreviewOptions = {}): string {
  const problems = options.problems ?? [];
  const zh = (options.locale ?? 'zh-CN') === 'zh-CN';
  const placeholders = options.placeholderCount ?? 0;
  const headings = layout.blocks.filter((b) => b.kind === 'heading').length;
  const status = zh
    ? `<span class="rd-count">标题 ${headings} 个</span><span class="rd-count" data-placeholders="${placeholders}">未填写的占位符 ${placeholders} 处</span><span class="rd-count" data-problems="${problems.length}">问题 ${problems.length} 个</span>`
    : `<span class="rd-count">${headings} heading(s)</span><span class="rd-count" data-placeholders="${placeholders}">${placeholders} unfilled placeholder(s)</span><span class="rd-count" data-problems="${problems.length}">${problems.length} problem(s)</span>`;
  const body = layout.blocks.map((b) => blockHtml(b, problems)).join('\n');
  const paged = options.pageView === true;
  const toggle = `<button type="button" class="rd-toggle" id="rd-page-view" aria-pressed="${paged}" title="${esc(zh ? 'A4 分页显示，带页码' : 'A4 pages with page numbers')}">${zh ? '分页视图' : 'Page view'}</button>`;
  if (!paged) {
    return `<div class="rd-status">${status}${toggle}</div><div class="rd-zoom" id="rd-zoom"><div class="rd-sheet"><div class="rd-text" id="rd-text">${body}</div></div></div>`;
  }
  // The first page holds the text; the script adds a page per 22 lines, each a window onto the same text.
  const folio = `<div class="rd-folio rd-folio-odd">${PAGE_NUMBER_DASH} 1 ${PAGE_NUMBER_DASH}</div>`;
  return `<div class="rd-status">${status}${toggle}</div><div class="rd-zoom rd-paged" id="rd-zoom" data-page-view="true"><div class="rd-sheet rd-page" data-page="1"><div class="rd-window"><div class="rd-text" id="rd-text">${body}</div></div>${folio}</div></div>`;
}

export interface PreviewPageOptions {
  /** A fresh random string per page load. */
  nonce: string;
  /** The webview's `cspSource` (empty in tests). */
  cspSource: string;
  title: string;
  body: string;
  locale?: 'zh-CN' | 'en';
}

/**
 * The whole webview page. Its script keeps the sheet scaled to the panel's
 * width, cuts it into A4 pages in page view, swaps in new bodies
 * (`{type:'update', body}`), scrolls to a source
 * line (`{type:'reveal', line}`), and reports the line at the top when the
 * user scrolls (`{type:'scroll', line}`) or double-clicks (`{type:'open', line}`),
 * and asks for page view on or off (`{type:'pageView', on}`).
 */
export function renderPreviewPage(o: PreviewPageOptions): string {
  const csp = [
    `default-src 'none'`,
    `style-src ${o.cspSource ? o.cspSource + ' ' : ''}'nonce-${o.nonce}'`,
    `script-src 'nonce-${o.nonce}'`,
    `img-src ${o.cspSource ? o.cspSource + ' ' : ''}data:`,
    `font-src ${o.cspSource || `'none'`}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${o.locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.title)}</title>
<style nonce="${o.nonce}">${previewStyles()}</style>
</head>
<body>
<div id="rd-root">${o.body}</div>
<script nonce="${o.nonce}">${PREVIEW_SCRIPT}</script>
</body>
</html>`;
}

/** The webview's script (plain ES2020, no imports). */
export const PREVIEW_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('rd-root');
  let ignoreScrollUntil = 0;
  let lastReported = -1;
  function blocks() { return Array.from(document.querySelectorAll('#rd-text [data-line]')); }
  function pages() { return Array.from(document.querySelectorAll('.rd-page')); }
  function paged() { const z = document.getElementById('rd-zoom'); return !!z && z.dataset.pageView === 'true'; }
  // Page view: one sheet per 22 lines, each a window onto a copy of the text moved up by the pages before it.
  function paginate() {
    if (!paged()) return;
    const first = pages()[0];
    const text = document.getElementById('rd-text');
    const win = first && first.querySelector('.rd-window');
    if (!first || !text || !win) return;
    for (const extra of pages().slice(1)) extra.remove();
    const height = win.getBoundingClientRect().height;
    const count = height > 0 ? Math.max(1, Math.ceil(text.getBoundingClientRect().height / height - 0.01)) : 1;
    const dash = first.querySelector('.rd-folio').textContent.trim().charAt(0);
    for (let k = 2; k <= count; k++) {
      const page = first.cloneNode(true);
      page.dataset.page = String(k);
      const copy = page.querySelector('.rd-text');
      copy.removeAttribute('id');
      copy.setAttribute('aria-hidden', 'true');
      copy.style.marginTop = 'calc(' + (1 - k) + ' * var(--rd-page-h))';
      for (const el of copy.querySelectorAll('[data-line]')) { el.dataset.copyLine = el.dataset.line; el.removeAttribute('data-line'); }
      const folio = page.querySelector('.rd-folio');
      folio.textContent = dash + ' ' + k + ' ' + dash;
      folio.className = 'rd-folio ' + (k % 2 ? 'rd-folio-odd' : 'rd-folio-even');
      first.parentElement.appendChild(page);
    }
  }
  // Where a point of the text (offset from its top) is on screen, and back, across the pages.
  function textToScreen(offset) {
    const list = pages(), win = list[0].querySelector('.rd-window').getBoundingClientRect();
    const k = Math.min(list.length - 1, Math.max(0, Math.floor(offset / win.height)));
    return list[k].querySelector('.rd-window').getBoundingClientRect().top + offset - k * win.height;
  }
  function screenToText(y) {
    const list = pages();
    for (let k = 0; k < list.length; k++) {
      const r = list[k].querySelector('.rd-window').getBoundingClientRect();
      if (r.bottom > y) return k * r.height + Math.max(0, y - r.top);
    }
    return Infinity;
  }
  function fit() {
    const zoom = document.getElementById('rd-zoom');
    const sheet = zoom && zoom.firstElementChild;
    if (!sheet) return;
    const scale = Math.min(1, (document.documentElement.clientWidth - 16) / sheet.offsetWidth);
    zoom.style.zoom = String(scale > 0 ? scale : 1);
  }
  function blockAt(line) {
    let best = null;
    for (const el of blocks()) { if (Number(el.dataset.line) <= line) best = el; else break; }
    return best;
  }
  function reveal(line) {
    const el = blockAt(line);
    ignoreScrollUntil = Date.now() + 300;
    for (const a of document.querySelectorAll('.rd-active')) a.classList.remove('rd-active');
    if (!el) { window.scrollTo(0, 0); return; }
    el.classList.add('rd-active');
    const start = Number(el.dataset.line), end = Number(el.dataset.endLine);
    const rect = el.getBoundingClientRect();
    const part = end > start ? (line - start) / (end - start + 1) : 0;
    if (paged()) {
      const top = document.getElementById('rd-text').getBoundingClientRect().top;
      window.scrollTo(0, window.scrollY + textToScreen(rect.top - top + rect.height * part) - 8);
      return;
    }
    window.scrollTo(0, window.scrollY + rect.top + rect.height * part - 8);
  }
  function topLine() {
    if (paged()) {
      const at = screenToText(8), top = document.getElementById('rd-text').getBoundingClientRect().top;
      for (const el of blocks()) { if (el.getBoundingClientRect().bottom - top > at) return Number(el.dataset.line); }
      return -1;
    }
    for (const el of blocks()) { if (el.getBoundingClientRect().bottom > 8) return Number(el.dataset.line); }
    return -1;
  }
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'update') {
      const y = window.scrollY;
      root.innerHTML = m.body;
      fit();
      paginate();
      ignoreScrollUntil = Date.now() + 300;
      window.scrollTo(0, y);
      vscode.postMessage({ type: 'updated', version: m.version, blocks: blocks().length });
    } else if (m.type === 'reveal') {
      reveal(m.line);
    } else if (m.type === 'probe') {
      vscode.postMessage({ type: 'probe', id: m.id, text: document.getElementById('rd-text')?.innerText ?? '', html: root.innerHTML, pages: pages().length });
    }
  });
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil) return;
    const line = topLine();
    if (line >= 0 && line !== lastReported) { lastReported = line; vscode.postMessage({ type: 'scroll', line }); }
  }, { passive: true });
  document.addEventListener('dblclick', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-line],[data-copy-line]') : null;
    if (el) vscode.postMessage({ type: 'open', line: Number(el.dataset.line ?? el.dataset.copyLine) });
  });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('#rd-page-view') : null;
    if (button) vscode.postMessage({ type: 'pageView', on: button.getAttribute('aria-pressed') !== 'true' });
  });
  window.addEventListener('resize', () => { fit(); paginate(); });
  fit();
  paginate();
  // The fonts decide the heights: cut the pages again once they are in.
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(paginate);
  vscode.postMessage({ type: 'ready' });
})();`;

/** The plain text of a layout, as the preview shows it (for tests and the status). */
export function layoutText(layout: ReportLayout): string {
  return layout.blocks.map((b) => (b.rows ? b.rows.map((r) => r.map(plainText).join('\t')).join('\n') : plainText(b.inlines))).join('\n');
}
