import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from './tempDirs';
import { runCli } from '../../src/cli/main';
import { parseReport, type ReportFormat } from '../../src/core';
import { exportDocx, layoutReport, plainText, renderPreviewBody, renderPreviewPage } from '../../src/export';
import { buildDocument } from '../../src/export/docx';

// Sample reports written for these tests.
const PLAIN = `关于开展2025年度社区志愿服务工作的报告

各位领导、同志们：

现将本年度社区志愿服务工作情况报告如下。

一、基本情况

全年共组织志愿服务活动48场，参与群众达到3200人次，志愿服务时长累计超过1.2万小时。

（一）完善组织体系。建立街道、社区、楼栋三级志愿服务网络，新招募志愿者156名，其中青年志愿者占比超过四成。

（二）丰富服务内容

围绕助老、助学、环保三个方向开展服务，形成了“周末课堂”“邻里厨房”等特色项目。

1.助老服务。为独居老人上门送餐XX次，开展健康义诊12场。

（1）建立探访台账

每月更新一次，确保重点对象不漏一户。

二、下一步打算

继续扩大志愿者队伍，力争明年新增志愿者200名，并与辖区学校共建实践基地。

特此报告。

滨江街道
2025年12月20日
`;

const MARKDOWN = `# 城西片区防汛准备情况汇报

同志们：

## 一、主要做法

今年汛前我们开展了**三轮隐患排查**，重点检查了低洼小区和地下车库。排查标准见[防汛手册](https://example.org/manual)，编号为 \`FX-2025\`。

**（一）强化物资储备。**新购置抽水泵20台、沙袋5000只。

> 各网格员须在暴雨预警发布后30分钟内到岗。

- 检查排水管网
- 清理雨水箅子
  - 重点路段加密巡查

| 物资 | 数量 | 存放地点 |
| --- | ---: | --- |
| 抽水泵 | 20台 | 城西仓库 |
| 沙袋 | 5000只 | 各社区 |

\`\`\`
值班电话 0571-1234
\`\`\`

## 二、下一步工作

继续做好值班值守，确保信息畅通，关注 *AQI* 指数。

城西街道防汛办
2025年6月3日
`;

function parse(text: string, format: ReportFormat) {
  return parseReport(text, { format });
}

async function docxParts(text: string, format: ReportFormat) {
  const bytes = await exportDocx(parse(text, format));
  const files = unzipSync(bytes);
  const read = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`${name} missing from the .docx`);
    return strFromU8(f);
  };
  return { bytes, files, read };
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of every `w:t`, in document order. */
function wordText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) out += unescapeXml(m[1]);
  return out;
}

/** The paragraphs of document.xml with their style and runs. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? 'Normal';
    const runs = [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
      xml: r[1],
      text: wordText(r[1]),
      eastAsia: /w:eastAsia="([^"]+)"/.exec(r[1])?.[1] ?? null,
    }));
    return { xml: body, style, runs, text: runs.map((r) => r.text).join('') };
  });
}

function style(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`style ${id} missing`);
  return m[1];
}

const noSpace = (s: string) => s.replace(/\s/g, '');

describe('Word export: GB/T 9704 page', () => {
  it('is A4 with the 37/35/28/26 mm margins and a 22-line grid', async () => {
    const { read } = await docxParts(PLAIN, 'plaintext');
    const doc = read('word/document.xml');
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(doc)![0];
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = Object.fromEntries([...(/<w:pgMar ([^>]*)\/>/.exec(sect)![1]).matchAll(/w:(\w+)="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
    expect(margin).toMatchObject({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
    // The text block is 156 × 225 mm.
    expect(Math.round(((11906 - margin.left - margin.right) / 1440) * 25.4)).toBe(156);
    expect(Math.round(((16838 - margin.top - margin.bottom) / 1440) * 25.4)).toBe(225);
    expect(sect).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"\/>/);
    // 22 lines of 579 twips fit the 225 mm block.
    expect(22 * 579).toBeLessThanOrEqual(16838 - margin.top - margin.bottom);
  });

  it('sets body text in 仿宋 16 pt, justified, indented two characters, exact 28.95 pt lines, 28 characters a line', async () => {
    const { read } = await docxParts(PLAIN, 'plaintext');
    const styles = read('word/styles.xml');
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"\/>/);
    expect(defaults).toMatch(/<w:sz w:val="32"\/>/);
    // 0.3 pt closer: 28 × 15.7 pt fits the 442.2 pt line (see export-grid.test.ts).
    expect(defaults).toMatch(/<w:spacing w:val="-6"\/>/);
    expect(28 * (16 - 0.3)).toBeLessThanOrEqual((156 / 25.4) * 72);
    const normal = style(styles, 'Normal');
    expect(normal).toMatch(/<w:jc w:val="both"\/>/);
    expect(normal).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
    expect(normal).toMatch(/<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
  });

  it('styles the title and the four heading levels with their fonts, sizes and outline levels', async () => {
    const { read } = await docxParts(PLAIN, 'plaintext');
    const styles = read('word/styles.xml');
    const title = style(styles, 'Title');
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(title).toMatch(/<w:sz w:val="44"\/>/);
    expect(title).toMatch(/<w:jc w:val="center"\/>/);
    const expected = [
      ['Heading1', '黑体', 0],
      ['Heading2', '楷体_GB2312', 1],
      ['Heading3', '仿宋_GB2312', 2],
      ['Heading4', '仿宋_GB2312', 3],
    ] as const;
    for (const [id, font, level] of expected) {
      const s = style(styles, id);
      expect(s, id).toMatch(new RegExp(`w:eastAsia="${font}"`));
      expect(s, id).toMatch(/<w:sz w:val="32"\/>/);
      expect(s, id).toMatch(new RegExp(`<w:outlineLvl w:val="${level}"/>`));
      expect(s, id).toMatch(/<w:b w:val="false"\/>/);
    }
    // Fallbacks for missing fonts are in the font table.
    const fonts = read('word/fontTable.xml');
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="FZXiaoBiaoSong-B05S"\/>/);
  });

  it('puts `— 1 —` page numbers in 宋体 14 pt on the right of odd pages and the left of even ones', async () => {
    const { read, files } = await docxParts(PLAIN, 'plaintext');
    expect(read('word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
    const doc = read('word/document.xml');
    const rels = read('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"/>`).exec(doc)![1];
      return 'word/' + new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    };
    const odd = read(target('default'));
    const even = read(target('even'));
    for (const footer of [odd, even]) {
      expect(footer).toMatch(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>/);
      expect(wordText(footer).replace(/\s/g, '')).toBe('——');
      expect(footer).toMatch(/w:eastAsia="宋体"/);
      expect(footer).toMatch(/<w:sz w:val="28"\/>/);
    }
    expect(odd).toMatch(/<w:jc w:val="right"\/>/);
    expect(odd).toMatch(/<w:ind w:right="280"/);
    expect(even).toMatch(/<w:jc w:val="left"\/>/);
    expect(even).toMatch(/<w:ind w:left="280"/);
    expect(Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f))).toHaveLength(2);
  });
});

describe('Word export: structure from the engine', () => {
  it('maps title, salutation, headings, body, signature and date to their styles', async () => {
    const { read } = await docxParts(PLAIN, 'plaintext');
    const ps = paragraphs(read('word/document.xml'));
    const byText = (start: string) => ps.find((p) => p.text.startsWith(start))!;
    expect(byText('关于开展').style).toBe('Title');
    expect(byText('各位领导').style).toBe('Salutation');
    expect(byText('现将本年度').style).toBe('Normal');
    expect(byText('一、基本情况').style).toBe('Heading1');
    expect(byText('（一）完善').style).toBe('Heading2');
    expect(byText('（二）丰富').style).toBe('Heading2');
    expect(byText('1.助老').style).toBe('Heading3');
    expect(byText('（1）建立').style).toBe('Heading4');
    expect(byText('二、下一步').style).toBe('Heading1');
    expect(byText('特此报告').style).toBe('Normal');
    const signature = byText('滨江街道');
    const date = byText('2025年12月20日');
    expect(signature.style).toBe('Signature');
    expect(date.style).toBe('Date');
    // The date four characters from the right; the signature centred over it: 4 + (7 − 4) / 2 characters.
    expect(date.xml).toMatch(/<w:ind w:right="1280"/);
    expect(signature.xml).toMatch(/<w:ind w:right="1760"/);
    expect(signature.xml).toMatch(/<w:spacing w:after="0" w:before="579"/);
    const styles = read('word/styles.xml');
    expect(style(styles, 'Salutation')).toMatch(/<w:ind w:left="0" w:firstLine="0" w:firstLineChars="0"\/>/);
    expect(style(styles, 'Date')).toMatch(/<w:jc w:val="right"\/>/);
    expect(style(styles, 'Signature')).toMatch(/<w:jc w:val="right"\/>/);
  });

  it('splits a run-in heading: the heading sentence in the heading style, the rest in 仿宋', async () => {
    const { read } = await docxParts(PLAIN, 'plaintext');
    const p = paragraphs(read('word/document.xml')).find((x) => x.text.startsWith('（一）完善'))!;
    expect(p.runs[0].text).toBe('（一）完善组织体系。');
    expect(p.runs[0].eastAsia).toBeNull(); // 楷体 from Heading2
    expect(p.runs[1].text.startsWith('建立街道')).toBe(true);
    expect(p.runs[1].eastAsia).toBe('仿宋_GB2312');
    expect(p.runs.slice(1).every((r) => r.eastAsia === '仿宋_GB2312')).toBe(true);
    // A run-in heading does not drag the next paragraph along.
    expect(p.xml).toMatch(/<w:keepNext w:val="false"\/>/);
    // A heading on a line of its own is one run in the heading style.
    const whole = paragraphs(read('word/document.xml')).find((x) => x.text.startsWith('（二）丰富'))!;
    expect(whole.runs.map((r) => r.eastAsia)).toEqual([null]);
  });

  it('keeps every character of a plain-text report, in order', async () => {
    const { read } = await docxParts(PLAIN, 'plaintext');
    expect(wordText(read('word/document.xml'))).toBe(noSpace(PLAIN).replace(/\s/g, ''));
  });

  it('keeps every character of a Markdown report, in order, without the markup', async () => {
    const { read } = await docxParts(MARKDOWN, 'markdown');
    const expected = noSpace(
      MARKDOWN.replace(/^#+ /gm, '')
        .replace(/\*\*/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/`{3}/g, '')
        .replace(/`/g, '')
        .replace(/^> /gm, '')
        .replace(/^\s*- /gm, '')
        .replace(/^\|.*-.*\|$/gm, (line) => (/^[|\s:-]+$/.test(line) ? '' : line))
        .replace(/\|/g, '')
        .replace(/\*AQI\*/, 'AQI'),
    );
    expect(noSpace(wordText(read('word/document.xml')))).toBe(expected);
  });

  it('maps Markdown emphasis, quotes, lists, tables and code sensibly', async () => {
    const { read } = await docxParts(MARKDOWN, 'markdown');
    const doc = read('word/document.xml');
    const ps = paragraphs(doc);
    expect(ps[0].style).toBe('Title');
    expect(ps[0].text).toBe('城西片区防汛准备情况汇报');
    expect(ps.find((p) => p.text === '同志们：')!.style).toBe('Salutation');
    expect(ps.find((p) => p.text === '一、主要做法')!.style).toBe('Heading1');
    const bold = ps.find((p) => p.text.startsWith('今年汛前'))!;
    expect(bold.runs.find((r) => r.text === '三轮隐患排查')!.xml).toMatch(/<w:b\/>/);
    expect(bold.runs.find((r) => r.text === 'FX-2025')!.xml).toMatch(/w:ascii="Courier New"/);
    // The engine's run-in heading inside bold markup: split, and the markup is gone.
    const runIn = ps.find((p) => p.text.startsWith('（一）强化'))!;
    expect(runIn.style).toBe('Heading2');
    expect(runIn.runs[0].text).toBe('（一）强化物资储备。');
    expect(runIn.runs[1].eastAsia).toBe('仿宋_GB2312');
    expect(ps.find((p) => p.text.startsWith('各网格员'))!.style).toBe('Quote');
    const items = ps.filter((p) => p.style === 'ListParagraph');
    expect(items.map((p) => p.text)).toEqual(['检查排水管网', '清理雨水箅子', '重点路段加密巡查']);
    expect(items[0].xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/>/);
    expect(items[2].xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect([...table.matchAll(/<w:tr>/g)]).toHaveLength(3);
    expect(wordText(table)).toBe('物资数量存放地点抽水泵20台城西仓库沙袋5000只各社区');
    expect(ps.find((p) => p.text.includes('值班电话'))!.style).toBe('CodeBlock');
    const italic = ps.find((p) => p.text.startsWith('继续做好'))!.runs.find((r) => r.text === 'AQI')!;
    expect(italic.xml).toMatch(/<w:i\/>/);
    expect(ps.find((p) => p.text === '2025年6月3日')!.style).toBe('Date');
    expect(ps.find((p) => p.text === '城西街道防汛办')!.style).toBe('Signature');
  });

  it('gives 第一部分 dividers Heading 1 and moves 一、 to Heading 2', async () => {
    const text = '第一部分 总体思路\n\n一、指导思想\n\n坚持问题导向。\n\n第二部分 重点任务\n\n一、抓好落实\n\n（一）压实责任。明确分工。\n';
    const { read } = await docxParts(text, 'plaintext');
    const ps = paragraphs(read('word/document.xml'));
    expect(ps.map((p) => p.style)).toEqual(['Heading1', 'Heading2', 'Normal', 'Heading1', 'Heading2', 'Heading3']);
    const styles = read('word/styles.xml');
    expect(style(styles, 'Heading1')).toMatch(/<w:jc w:val="center"\/>/);
    expect(style(styles, 'Heading2')).toMatch(/w:eastAsia="黑体"[\s\S]*|<w:outlineLvl w:val="1"\/>/);
    expect(style(styles, 'Heading3')).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(style(styles, 'Heading3')).toMatch(/<w:outlineLvl w:val="2"\/>/);
  });

  it('highlights unfilled placeholders', async () => {
    const { read } = await docxParts(PLAIN, 'plaintext');
    const run = paragraphs(read('word/document.xml'))
      .flatMap((p) => p.runs)
      .find((r) => r.text === 'XX')!;
    expect(run.xml).toMatch(/<w:highlight w:val="yellow"\/>/);
  });

  it('does not take a first line that ends a sentence for a title', () => {
    const layout = layoutReport(parse('今年工作总体平稳。\n\n一、主要成效\n', 'plaintext'));
    expect(layout.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading']);
    expect(layoutReport(parse('今年工作总体平稳。\n', 'plaintext'), { title: 'first-line' }).blocks[0].kind).toBe('title');
    expect(layoutReport(parse('工作汇报\n\n正文。\n', 'plaintext'), { title: 'none' }).blocks[0].kind).toBe('paragraph');
  });

  it('reads a subtitle and a two-line title', () => {
    const layout = layoutReport(parse('关于推进老旧小区改造\n工作情况的汇报\n——在区政府常务会议上\n\n同志们：\n\n正文。\n', 'plaintext'));
    expect(layout.blocks.map((b) => b.kind)).toEqual(['title', 'title', 'subtitle', 'salutation', 'paragraph']);
    expect(layout.title).toBe('关于推进老旧小区改造工作情况的汇报');
  });
});

describe('Preview HTML', () => {
  const model = parse(PLAIN, 'plaintext');

  it('renders the blocks with their source lines, heading levels and the run-in split', () => {
    const html = renderPreviewBody(layoutReport(model), { placeholderCount: model.placeholders.length });
    expect(html).toMatch(/<h1 class="rd-block rd-title rd-after-1" data-line="0" data-end-line="0">关于开展2025年度社区志愿服务工作的报告<\/h1>/);
    expect(html).toMatch(/<h2 class="rd-block rd-h rd-h1" data-line="6" data-end-line="6" data-level="1">一、基本情况<\/h2>/);
    expect(html).toMatch(/data-level="2" data-run-in="true">（一）完善组织体系。<span class="rd-rest">建立街道/);
    expect(html).toMatch(/<p class="rd-block rd-date rd-ri-8" data-line="\d+" data-end-line="\d+">2025年12月20日<\/p>/);
    expect(html).toMatch(/<mark class="rd-ph"[^>]*>XX<\/mark>/);
    expect(html).toContain('data-placeholders="1"');
  });

  it('marks problems with their severity and message, and escapes the text', () => {
    const text = '一、总体情况\n\n<script>alert(1)</script>今年完成任务,效果良好。\n';
    const m = parse(text, 'plaintext');
    const offset = text.indexOf(',');
    const problems = [{ span: { start: offset, end: offset + 1 }, severity: 'warning' as const, message: 'Use "，" & not ","' }];
    const html = renderPreviewBody(layoutReport(m, { problems }), { problems, locale: 'en' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toMatch(/<span class="rd-problem rd-warning" title="Use &#34;，&#34; &#38; not &#34;,&#34;">,<\/span>/);
    expect(html).toContain('1 problem(s)');
  });

  it('is a page with a strict content security policy and only nonce scripts and styles', () => {
    const page = renderPreviewPage({ nonce: 'abc123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', title: '<预览>', body: '<p>x</p>' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'nonce-abc123'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const scripts = [...page.matchAll(/<script([^>]*)>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toBe(' nonce="abc123"');
    expect(page).toMatch(/<style nonce="abc123">/);
    expect(page).not.toMatch(/ style="/);
    // No remote resources: the only URL is the webview's own source in the policy.
    expect(page.replace(csp, '')).not.toMatch(/https?:\/\//);
    expect(page).toContain('<title>&#60;预览&#62;</title>');
  });

  it('sets the sheet in the GB/T 9704 measures with font fallbacks', () => {
    const page = renderPreviewPage({ nonce: 'n', cspSource: '', title: 't', body: '' });
    expect(page).toContain('width:210mm');
    expect(page).toContain('padding:37mm 26mm 35mm 28mm');
    expect(page).toContain('width:156mm');
    expect(page).toContain('font-size:16pt;line-height:28.95pt');
    expect(page).toMatch(/\.rd-title\{font-family:"Times New Roman", [^}]*"方正小标宋简体", "FZXiaoBiaoSong-B05S"[^}]*serif;font-size:22pt/);
    expect(page).toMatch(/\.rd-h1\{font-family:[^}]*"黑体", "SimHei"/);
    expect(page).toMatch(/\.rd-h2\{font-family:[^}]*"楷体_GB2312", "楷体", "KaiTi"/);
  });

  it('shows the same text as the Word export', () => {
    const layout = layoutReport(model);
    expect(layout.blocks.map((b) => plainText(b.inlines)).join('')).toBe(noSpace(PLAIN));
  });
});

describe('report-check --docx', () => {
  function run(args: string[], cwd: string) {
    let stdout = '';
    let stderr = '';
    return Promise.resolve(runCli(args, { cwd, env: { LANG: 'en_US.UTF-8' }, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })).then((code) => ({ code, stdout, stderr }));
  }

  it('refuses to export while placeholders remain, and says where they are', async () => {
    const dir = makeTempDir('report-docx-');
    writeFileSync(join(dir, 'r.txt'), PLAIN);
    const r = await run(['--docx', 'out.docx', 'r.txt'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 unfilled placeholder(s); nothing was exported');
    expect(r.stderr).toContain('--allow-placeholders');
    expect(r.stderr).toMatch(/r\.txt:\d+:\d+ XX/);
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('exports with --allow-placeholders, and without it when nothing is left to fill', async () => {
    const dir = makeTempDir('report-docx-');
    writeFileSync(join(dir, 'r.txt'), PLAIN);
    writeFileSync(join(dir, 'done.md'), MARKDOWN);
    const r = await run(['--docx', 'out/r.docx', '--allow-placeholders', 'r.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exported out/r.docx');
    const bytes = readFileSync(join(dir, 'out', 'r.docx'));
    expect(Object.keys(unzipSync(new Uint8Array(bytes)))).toContain('word/document.xml');
    const done = await run(['--docx=done.docx', 'done.md'], dir);
    expect(done.code).toBe(0);
    expect(existsSync(join(dir, 'done.docx'))).toBe(true);
  });

  it('--title decides whether the first line is set as the title', async () => {
    const dir = makeTempDir('report-docx-');
    writeFileSync(join(dir, 'r.txt'), PLAIN);
    const titleParagraphs = (file: string) => {
      const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, file))))['word/document.xml']);
      return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Title"\/>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    };
    expect((await run(['--docx', 'auto.docx', '--allow-placeholders', 'r.txt'], dir)).code).toBe(0);
    expect(titleParagraphs('auto.docx')).toEqual(['关于开展2025年度社区志愿服务工作的报告']);
    expect((await run(['--docx', 'none.docx', '--title', 'none', '--allow-placeholders', 'r.txt'], dir)).code).toBe(0);
    expect(titleParagraphs('none.docx')).toEqual([]);
    expect((await run(['--docx', 'x.docx', '--title', 'centred', 'r.txt'], dir)).code).toBe(2);
  });

  it('is a usage error with several inputs or a name not ending in .docx', async () => {
    const dir = makeTempDir('report-docx-');
    writeFileSync(join(dir, 'a.txt'), '正文。\n');
    writeFileSync(join(dir, 'b.txt'), '正文。\n');
    expect((await run(['--docx', 'o.docx', 'a.txt', 'b.txt'], dir)).code).toBe(2);
    expect((await run(['--docx', 'o.pdf', 'a.txt'], dir)).code).toBe(2);
    expect((await run(['--docx', 'o.docx', 'missing.txt'], dir)).code).toBe(2);
  });

  it('fails with one line when the target folder cannot be made (it used to hang on /proc/nope)', async () => {
    const dir = makeTempDir('report-docx-');
    writeFileSync(join(dir, 'a.txt'), '正文。\n');
    const r = await run(['--docx', '/proc/nope/x.docx', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^report-check: \/proc\/nope\/x\.docx: cannot write \(ENOENT\)\n$/);
    const file = await run(['--docx', 'a.txt/x.docx', 'a.txt'], dir);
    expect(file.stderr).toBe('report-check: a.txt/x.docx: cannot write (ENOTDIR)\n');
    expect((await run(['--docx', 'new/deeper/x.docx', 'a.txt'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'new', 'deeper', 'x.docx'))).toBe(true);
  });
});

describe('export never loses text', () => {
  const previewText = (text: string, format: ReportFormat) => layoutReport(parse(text, format)).blocks.map((b) => (b.rows ? b.rows.flat(2) : b.inlines).map((i) => i.text).join('')).join('|');

  it('keeps the lines above a `---` (Markdown takes them for a setext heading)', async () => {
    const text = '一、总体情况\n今年我们做了很多工作。\n取得了显著成效。\n---\n二、存在问题';
    expect(previewText(text, 'markdown')).toBe('一、总体情况|今年我们做了很多工作。|取得了显著成效。|二、存在问题');
    const { read } = await docxParts(text, 'markdown');
    expect(wordText(read('word/document.xml'))).toBe('一、总体情况今年我们做了很多工作。取得了显著成效。二、存在问题');
    // A one-line setext heading is still a heading, its underline markup.
    const blocks = layoutReport(parse('总体情况\n===\n\n正文。', 'markdown')).blocks;
    expect(blocks.map((b) => [b.kind, plainText(b.inlines)])).toEqual([['title', '总体情况'], ['paragraph', '正文。']]);
  });

  it('reads ```中文` as text (a backtick fence has no backtick in its info string) and keeps a fence info that is not a language tag', () => {
    expect(previewText('```中文`\n正文', 'markdown')).toBe('```中文`|正文');
    expect(previewText('```说明文字\n代码\n```', 'markdown')).toBe('说明文字\n代码\n');
    expect(previewText('```js\n代码\n```', 'markdown')).toBe('代码\n');
  });

  it('keeps text after a comment on its line (an HTML block runs to the end of that line)', () => {
    expect(previewText('<!-- 注 -->正文一\n<!-- report-check-disable placeholder -->\n正文二', 'markdown')).toBe('正文一|正文二');
  });

  it('writes no character XML forbids into document.xml or core.xml', async () => {
    const text = '标题\uffff甲\n\n正文\ufffe乙\u0001丙\ud800丁。';
    const { read } = await docxParts(text, 'plaintext');
    const doc = read('word/document.xml');
    const core = read('docProps/core.xml');
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    expect(forbidden.test(doc)).toBe(false);
    expect(forbidden.test(core)).toBe(false);
    expect(wordText(doc)).toBe('标题\ufffd甲正文\ufffd乙\ufffd丙\ufffd丁。');
    expect(core).toContain('标题\ufffd甲');
  });

  it('lays out ~126,000 un-numbered headings without running out of stack', () => {
    const many = 126000;
    // The model of one heading, its node repeated: what a layout of that many headings reads.
    const one = parse('# 标题\n', 'markdown');
    const layout = layoutReport({ ...one, nodes: Array.from({ length: many }, () => one.nodes[0]) });
    expect(layout.blocks.map((b) => [b.kind, b.level])).toEqual([['title', undefined]]);
  });

  // ~10 s (the docx package builds an object per cell): run with REPORT_FUZZ_LONG=1.
  it.skipIf(!process.env.REPORT_FUZZ_LONG)('builds a table of ~126,000 rows without running out of stack', () => {
    const rows = Array.from({ length: 126000 }, (_, i) => [[{ text: String(i), start: 0 }]]);
    expect(() => buildDocument({ blocks: [{ kind: 'table', line: 0, endLine: rows.length, inlines: [], rows }], title: '', hasParts: false })).not.toThrow();
  }, 300_000);
});
