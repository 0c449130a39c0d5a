import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core';
import { layoutReport, renderPreviewBody, renderPreviewPage } from '../../src/export';
import { previewStyles } from '../../src/export/html';

const layout = layoutReport(parseReport('一、总体情况\n\n全年工作平稳推进。\n', { format: 'plaintext' }));

describe('preview page view', () => {
  it('continuous by default, with a button that offers the page view', () => {
    const body = renderPreviewBody(layout, { locale: 'en' });
    expect(body).toContain('<button type="button" class="rd-toggle" id="rd-page-view" aria-pressed="false"');
    expect(body).toContain('>Page view</button>');
    expect(body).not.toContain('rd-paged');
    expect(body).toContain('<div class="rd-sheet"><div class="rd-text" id="rd-text">');
  });

  it('page view: the first A4 sheet holds the text in a 22-line window, with its `— 1 —` on the right', () => {
    const body = renderPreviewBody(layout, { locale: 'zh-CN', pageView: true });
    expect(body).toContain('aria-pressed="true"');
    expect(body).toContain('>分页视图</button>');
    expect(body).toMatch(/<div class="rd-zoom rd-paged" id="rd-zoom" data-page-view="true"><div class="rd-sheet rd-page" data-page="1"><div class="rd-window"><div class="rd-text" id="rd-text">/);
    expect(body).toContain('<div class="rd-folio rd-folio-odd">— 1 —</div>');
    const css = previewStyles();
    expect(css).toContain('.rd-paged .rd-sheet{position:relative;height:297mm;');
    expect(css).toContain('.rd-paged{--rd-page-h:calc(22 * 28.95pt)}');
    // The page number 7 mm below the 22 lines, one character in from the edge of the text block.
    expect(css).toContain('.rd-folio{position:absolute;top:calc(37mm + 22 * 28.95pt + 7mm);');
    expect(css).toContain('.rd-folio-odd{right:calc(26mm + 1em)}.rd-folio-even{left:calc(28mm + 1em)}');
  });

  it('the script cuts the pages and keeps the scroll sync across them', () => {
    const page = renderPreviewPage({ nonce: 'n', cspSource: '', title: 't', body: '' });
    expect(page).toContain('function paginate()');
    expect(page).toContain("vscode.postMessage({ type: 'pageView'");
  });

  it('has no unexplained bar at the left edge (the scroll-sync marker is gone)', () => {
    expect(previewStyles()).not.toMatch(/rd-active\{/);
  });
});
