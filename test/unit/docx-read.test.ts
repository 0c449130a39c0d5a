import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeReport, formatForFileName, formatOutline, parseReport } from '../../src/core';
import { docxStructure, docxToMarkdown, headingHints, paragraphAt, readDocx, formatNumber, type DocxReadResult } from '../../src/docx-read';
import { exportDocx, layoutReport, plainText } from '../../src/export';

const FIXTURES = join(__dirname, '../fixtures/docx');
const corpus = join(__dirname, '../../../shared/corpus');
const MASKED = join(corpus, '000_party-building-report-2022-masked.txt');

function ok(result: DocxReadResult) {
  if (!result.ok) throw new Error(`not read: ${result.kind}`);
  return result;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx around hand-written parts, the way Word lays out the package. */
function buildDocx(body: string, parts: { numbering?: string; styles?: string; rootAttrs?: string; prefix?: string } = {}): Uint8Array {
  const p = parts.prefix ?? 'w';
  const ns = p === 'w' ? W : `xmlns:${p}="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${p}:document ${ns} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ${parts.rootAttrs ?? ''}><${p}:body>${body}</${p}:body></${p}:document>`,
    ),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  return zipSync(files);
}

const para = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

/** Word's own way: 公文 numbering on Heading 1–4 through the styles, chineseCounting for 一、 and （一）. */
const GONGWEN_NUMBERING =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/>')}` +
  `${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/>')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '\uF0B7')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
  '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>';

const GONGWEN_STYLES =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>';

describe('readDocx: a document written by LibreOffice', () => {
  const result = ok(readDocx(readFileSync(join(FIXTURES, 'libreoffice-report.docx')), 'libreoffice-report.docx'));

  it('reads paragraphs in order: field result, text box after its anchor, numbering written out, table cells, line break', () => {
    expect(result.text.split('\n')).toEqual([
      '社区食堂试点工作小结',
      '现将试点情况报告如下。',
      '注：数据截至XX月底。',
      '一、基本情况',
      '（一）选址到位。\t共设点3处。',
      '（二）经费到位。',
      '1.区级补助已拨付。',
      '2.街道配套**万元。',
      '二、存在问题',
      '（一）人手不足。',
      '项目',
      '数量',
      '就餐人次',
      '1200',
      '下一步打算',
      '扩大覆盖面',
      '一、加强管理',
      '城东街道',
      '2025年4月1日',
    ]);
  });

  it('keeps a paragraph table that maps offsets back to Word paragraphs', () => {
    const { paragraphs, text } = result;
    expect(paragraphs).toHaveLength(18);
    expect(paragraphs.map((p) => p.where).join(',')).toBe('body,body,textbox,body,body,body,body,body,body,body,table,table,table,table,body,body,body,body');
    expect(paragraphs.filter((p) => p.marker).map((p) => p.marker)).toEqual(['一、', '（一）', '（二）', '1.', '2.', '二、', '（一）', '一、']);
    expect(paragraphs[15].bullet).toBe(true);
    expect(paragraphs[14]).toMatchObject({ style: 'Heading 1', outlineLevel: 0, line: 14 });
    // The last paragraph holds a line break: it starts on line 17 and spans two lines.
    expect(paragraphs[17]).toMatchObject({ index: 17, line: 17, length: '城东街道\n2025年4月1日'.length });
    for (const p of paragraphs) expect(text.slice(p.offset, p.offset + p.length)).not.toContain('\r');
    expect(paragraphAt(paragraphs, text.indexOf('2025年'))?.index).toBe(17);
    expect(paragraphAt(paragraphs, text.indexOf('人手'))?.index).toBe(9);
  });

  it('checks like text: the placeholders, the numbered outline and the heading style', () => {
    const { model } = analyzeReport(result.text, { format: 'plaintext', headingHints: headingHints(result.paragraphs) });
    expect(model.placeholders.map((p) => p.text)).toEqual(['XX', '**']);
    expect(formatOutline(model.outline).map((l) => l.replace(/\s+\[\d+ 字\]$/, ''))).toEqual([
      '    4  一、基本情况',
      '    5    （一）选址到位',
      '    6    （二）经费到位',
      '    7      1.区级补助已拨付',
      '    8      2.街道配套**万元',
      '    9  二、存在问题',
      '   10    （一）人手不足',
      '   15  下一步打算',
      '   17    一、加强管理',
    ]);
  });
});

describe('readDocx: Word-style parts written by hand', () => {
  it('numbers Heading 1/2 through their styles in Chinese counting, restarts （一） under each 一、, and counts lists', () => {
    const body =
      para('关于试点工作的报告', '<w:pStyle w:val="Title"/>') +
      para('总体情况', '<w:pStyle w:val="Heading1"/>') +
      para('组织领导', '<w:pStyle w:val="Heading2"/>') +
      para('制度建设', '<w:pStyle w:val="Heading2"/>') +
      para('主要做法', '<w:pStyle w:val="Heading1"/>') +
      para('摸清底数', '<w:pStyle w:val="Heading2"/>') +
      para('第一项', numPr(2)) +
      para('第二项', numPr(2)) +
      para('另起一列', numPr(3)) +
      para('要点', numPr(4)) +
      para('不再编号', '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      para('无编号小标题', '<w:pStyle w:val="Heading3"/>');
    const r = ok(readDocx(buildDocx(body, { numbering: GONGWEN_NUMBERING, styles: GONGWEN_STYLES })));
    expect(r.text.split('\n')).toEqual([
      '关于试点工作的报告',
      '一、总体情况',
      '（一）组织领导',
      '（二）制度建设',
      '二、主要做法',
      '（一）摸清底数',
      '1.第一项',
      '2.第二项',
      '1.另起一列',
      '要点',
      '不再编号',
      '无编号小标题',
    ]);
    expect(r.paragraphs.map((p) => p.outlineLevel ?? '-').join(' ')).toBe('0 0 1 1 0 1 - - - - 0 2');
    // The title has an outline level in this template, but it is not a section; numbered headings read from their marker.
    expect([...headingHints(r.paragraphs)]).toEqual([
      [1, 1], [2, 2], [3, 2], [4, 1], [5, 2], [10, 1], [11, 3],
    ]);
    const { model } = analyzeReport(r.text, { format: 'plaintext', headingHints: headingHints(r.paragraphs) });
    expect(model.sections.map((s) => s.marker)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '1.', '2.', '1.']);
    expect(model.nodes.filter((n) => n.kind === 'markdown').map((n) => [n.title, n.level])).toEqual([
      ['不再编号', 1],
      ['无编号小标题', 3],
    ]);
  });

  it('reads a table of contents as empty lines, drops hidden and deleted text, keeps insertions, fields and symbols', () => {
    const tocPara = (text: string, extra = '') => `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${extra}<w:r><w:t>${text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>1</w:t></w:r></w:p>`;
    const body =
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、总体情况</w:t></w:r></w:p>` +
      tocPara('二、主要做法') +
      `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      '<w:p><w:r><w:t>截至</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2025年3月1日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部备注）</w:t></w:r>' +
      '<w:del w:id="1" w:author="A"><w:r><w:tab/><w:delText>已删除</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>，新增</w:t></w:r></w:ins>' +
      '<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>网址</w:t></w:r></w:hyperlink>' +
      '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple>' +
      '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>&lt;完&gt;&amp;</w:t></w:r></w:p>';
    const r = ok(readDocx(buildDocx(body, { styles: GONGWEN_STYLES })));
    expect(r.text.split('\n')).toEqual(['', '', '', '截至2025年3月1日，新增网址3<完>&']);
    expect(r.paragraphs.map((p) => !!p.toc)).toEqual([true, true, true, false]);
  });

  it('reads a text box once (not its VML fallback copy), after the paragraph that anchors it; a table in reading order', () => {
    const box = (text: string) => `<w:txbxContent>${para(text)}</w:txbxContent>`;
    const body =
      '<w:p><w:r><w:t>正文开头</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>' +
      `<wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box('框内文字')}</wps:txbx>` +
      `</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${box('框内文字')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
      '<w:r><w:t>，正文继续。</w:t></w:r></w:p>' +
      `<w:tbl><w:tblPr/><w:tr><w:tc>${para('甲')}</w:tc><w:tc>${para('乙')}${para('乙二')}</w:tc></w:tr><w:tr><w:tc>${para('丙')}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>` +
      para('结尾');
    const r = ok(readDocx(buildDocx(body)));
    expect(r.text.split('\n')).toEqual(['正文开头，正文继续。', '框内文字', '甲', '乙', '乙二', '丙', '', '结尾']);
    expect(r.paragraphs.map((p) => p.where)).toEqual(['body', 'textbox', 'table', 'table', 'table', 'table', 'table', 'body']);
  });

  it('table cells and text boxes are prose, never the report\'s sections: no false numbering alarm', () => {
    const body =
      para('一、总体情况') +
      para('二、主要做法') +
      `<w:tbl><w:tr><w:tc>${para('一、设备XX台')}</w:tc><w:tc>${para('1.已到位')}</w:tc></w:tr></w:tbl>` +
      `<w:p><w:r><w:t>正文。</w:t></w:r><w:r><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent>${para('一是备注')}</w:txbxContent></v:textbox></w:pict></w:r></w:p>` +
      para('三、下一步打算');
    const r = ok(readDocx(buildDocx(body)));
    expect(r.text.split('\n')).toEqual(['一、总体情况', '二、主要做法', '一、设备XX台', '1.已到位', '正文。', '一是备注', '三、下一步打算']);
    expect([...docxStructure(r).notStructure]).toEqual([2, 3, 5]);
    const { model, findings } = analyzeReport(r.text, { format: 'plaintext', ...docxStructure(r) });
    expect(model.sections.map((s) => s.marker)).toEqual(['一、', '二、', '三、']);
    expect(model.points).toHaveLength(0);
    expect(findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}`)).toEqual(['placeholder 2:4']);
  });

  it('reads any prefix bound to the WordprocessingML namespace, and breaks and tabs as text', () => {
    const body = '<x:p><x:r><x:t>第一行</x:t><x:br/><x:t>第二行</x:t><x:tab/><x:t>末</x:t><x:br x:type="page"/></x:r></x:p><x:p><x:r><x:br x:type="page"/><x:t>新页</x:t></x:r></x:p>';
    const r = ok(readDocx(buildDocx(body, { prefix: 'x' })));
    expect(r.text).toBe('第一行\n第二行\t末\n新页');
    expect(r.paragraphs.map((p) => [p.index, p.line, p.offset])).toEqual([
      [0, 0, 0],
      [1, 2, 10],
    ]);
  });

  it('formats Word number formats', () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 101, 110, 1005].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一', '九', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千零五',
    ]);
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('拾贰');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'decimalFullWidth')).toBe('２');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
  });
});

describe('readDocx: what is not a .docx gets a one-line message, never an exception', () => {
  const cases: [string, Uint8Array, string, string][] = [];
  const doc = readFileSync(join(FIXTURES, 'libreoffice-report.doc'));
  cases.push(['a Word 97 .doc (written by LibreOffice)', doc, 'old.doc', 'doc']);
  cases.push(['a .doc renamed .docx', doc, 'renamed.docx', 'doc']);
  cases.push(['a .wps (OLE)', doc, 'draft.wps', 'wps']);
  // An encrypted .docx is an OLE container whose directory names EncryptionInfo and EncryptedPackage.
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  [...'EncryptionInfo'].forEach((c, i) => (ole[512 + 2 * i] = c.charCodeAt(0)));
  cases.push(['a password-protected .docx', ole, 'secret.docx', 'encrypted']);
  const good = readFileSync(join(FIXTURES, 'libreoffice-report.docx'));
  cases.push(['a truncated .docx', good.subarray(0, 3000), 'cut.docx', 'corrupt']);
  cases.push(['a zip of something else', zipSync({ 'readme.txt': strToU8('hello') }), 'other.docx', 'not-word']);
  cases.push(['an Excel workbook', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), '_rels/.rels': strToU8('<Relationships/>') }), 'book.docx', 'other-office']);
  cases.push(['an OpenDocument text', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), 'a.docx', 'odt']);
  cases.push(['a text file', strToU8('一、总体情况'), 'a.docx', 'not-word']);
  cases.push(['an empty file', new Uint8Array(0), 'a.docx', 'not-word']);

  for (const [title, bytes, name, kind] of cases) {
    it(title, () => {
      const r = readDocx(bytes, name);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.kind).toBe(kind);
      expect(r.message.en).not.toContain('\n');
      expect(r.message['zh-CN']).not.toContain('\n');
    });
  }

  it('says what to do', () => {
    const r = readDocx(doc, 'old.doc');
    expect(r.ok ? '' : r.message.en).toBe('this is a Word 97–2003 document (.doc), which cannot be read directly. Open it in Word or WPS, save it as .docx and check again.');
    expect(r.ok ? '' : r.message['zh-CN']).toBe('这是旧版 Word 97-2003 文档（.doc），不能直接读取。请在 Word 或 WPS 中打开，另存为 .docx 再检查。');
  });
});

/** What the export writes, one entry per Word paragraph: a table gives one per cell. */
function exportedParagraphs(text: string, format: 'markdown' | 'plaintext'): string[] {
  const layout = layoutReport(parseReport(text, { format }));
  const out: string[] = [];
  for (const b of layout.blocks) {
    if (b.kind === 'table') for (const row of b.rows ?? []) for (const cell of row) out.push(plainText(cell));
    else out.push(plainText(b.inlines).replace(/\n$/, ''));
  }
  return out.length ? out : [''];
}

async function roundTrip(text: string, format: 'markdown' | 'plaintext') {
  const bytes = await exportDocx(parseReport(text, { format }));
  const read = ok(readDocx(bytes, 'export.docx'));
  const paragraphs = read.paragraphs.map((p) => read.text.slice(p.offset, p.offset + p.length));
  return { expected: exportedParagraphs(text, format), paragraphs };
}

describe('round trip: the project’s export read back gives the same text, paragraph for paragraph', () => {
  it('examples/sample-report.md', async () => {
    const file = join(__dirname, '../../examples/sample-report.md');
    const { expected, paragraphs } = await roundTrip(readFileSync(file, 'utf8'), 'markdown');
    expect(paragraphs).toEqual(expected);
    expect(paragraphs[3]).toBe('一、2025年度工作开展情况');
  });

  it('a Markdown report with a table, a code block, a quote and lists', async () => {
    const md = '# 防汛准备情况\n\n## 一、主要做法\n\n今年开展了**三轮排查**。\n\n> 须在预警后30分钟内到岗。\n\n- 检查管网\n- 清理箅子\n\n| 物资 | 数量 |\n| --- | --- |\n| 沙袋 | XX只 |\n\n```\n值班电话 1234\n备用 5678\n```\n\n二、下一步工作\n';
    const { expected, paragraphs } = await roundTrip(md, 'markdown');
    expect(paragraphs).toEqual(expected);
    expect(paragraphs).toEqual(['防汛准备情况', '一、主要做法', '今年开展了三轮排查。', '须在预警后30分钟内到岗。', '检查管网', '清理箅子', '物资', '数量', '沙袋', 'XX只', '值班电话 1234\n备用 5678', '二、下一步工作']);
  });

  const reports = existsSync(corpus) ? readdirSync(corpus).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md') : [];
  it.skipIf(reports.length === 0).each(reports.length ? reports : ['-'])('../shared/corpus/%s', async (name) => {
    const file = join(corpus, name);
    const { expected, paragraphs } = await roundTrip(readFileSync(file, 'utf8'), formatForFileName(file));
    expect(paragraphs).toEqual(expected);
  });
});

describe('docxToMarkdown: an editable report with the structure as text markers', () => {
  it('writes the LibreOffice document: markers as text, the styled heading as #, the bullet, the table, placeholders kept', () => {
    const r = ok(readDocx(readFileSync(join(FIXTURES, 'libreoffice-report.docx'))));
    expect(docxToMarkdown(r)).toBe(
      [
        '社区食堂试点工作小结',
        '现将试点情况报告如下。',
        '注：数据截至XX月底。',
        '一、基本情况',
        '（一）选址到位。\t共设点3处。',
        '（二）经费到位。',
        '1.区级补助已拨付。',
        '2.街道配套**万元。',
        '二、存在问题',
        '（一）人手不足。',
        '| 项目 | 数量 |\n| --- | --- |\n| 就餐人次 | 1200 |',
        '# 下一步打算',
        '- 扩大覆盖面',
        '一、加强管理',
        '城东街道\n2025年4月1日',
      ].join('\n\n') + '\n',
    );
  });

  it('the Title style becomes the # title and unnumbered styled headings go one level below it', () => {
    const body = para('年度报告', '<w:pStyle w:val="Title"/>') + para('总体情况', '<w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr>') + para('正文。');
    expect(docxToMarkdown(ok(readDocx(buildDocx(body, { styles: GONGWEN_STYLES }))))).toBe('# 年度报告\n\n## 总体情况\n\n正文。\n');
  });

  it.skipIf(!existsSync(MASKED))('the masked corpus report, exported and converted back, keeps its 42 placeholders and its outline', async () => {
    const text = readFileSync(MASKED, 'utf8');
    const model = parseReport(text, { format: 'plaintext' });
    const md = docxToMarkdown(ok(readDocx(await exportDocx(model))));
    const back = parseReport(md, { format: 'markdown' });
    expect(back.placeholders.map((p) => p.text)).toEqual(model.placeholders.map((p) => p.text));
    expect(back.placeholders).toHaveLength(42);
    expect(back.sections.map((s) => s.marker + s.title)).toEqual(model.sections.map((s) => s.marker + s.title));
  });
});
