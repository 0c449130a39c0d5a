/**
 * The page grid, keep-with-next and font fallbacks of the Word export (issue 9,
 * "Word export and preview details"). The sample is written for this test.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/core';
import { CHAR_PITCH_PT, CHAR_SPACING_TWIPS, FONTS, GRID_CHAR_SPACE } from '../../src/export/constants';
import { exportDocx } from '../../src/export';

const REPORT = `关于推进档案数字化工作的报告

各位领导：

一、工作进展

全年完成馆藏档案扫描四万余卷，建成检索平台并向各科室开放。

（一）规范扫描流程。制定操作规程，逐卷登记质检结果。

二、下一步打算

继续推进历史档案抢救性保护。

市档案馆
2025年11月30日
`;

async function parts() {
  const bytes = await exportDocx(parseReport(REPORT, { format: 'plaintext' }));
  const files = unzipSync(bytes);
  return (name: string) => strFromU8(files[name]);
}

function style(xml: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(xml)![1];
}

describe('28 characters × 22 lines', () => {
  it('is a grid of lines and characters with the pitch of 156 mm / 28', async () => {
    expect(CHAR_PITCH_PT).toBeCloseTo(15.793, 3);
    // w:charSpace: the pitch less the 16 pt Normal font, in 1/4096 pt.
    expect(GRID_CHAR_SPACE).toBe(-848);
    expect(16 + GRID_CHAR_SPACE / 4096).toBeCloseTo(CHAR_PITCH_PT, 3);
    const read = await parts();
    expect(read('word/document.xml')).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"\/>/);
  });

  it('paragraphs do not snap to the character grid and set characters 0.3 pt closer, so LibreOffice gives 28 too', async () => {
    const read = await parts();
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(read('word/styles.xml'))![1];
    // The schema puts w:snapToGrid before w:spacing.
    expect(defaults).toMatch(/<w:pPrDefault><w:pPr><w:snapToGrid w:val="0"\/><w:spacing /);
    expect(CHAR_SPACING_TWIPS).toBe(-6);
    expect(defaults).toMatch(/<w:rPrDefault><w:rPr>.*<w:spacing w:val="-6"\/>/);
    const line = (156 / 25.4) * 72;
    expect(28 * (16 + CHAR_SPACING_TWIPS / 20)).toBeLessThanOrEqual(line);
    expect(29 * (16 + CHAR_SPACING_TWIPS / 20)).toBeGreaterThan(line);
  });
});

describe('keep with next', () => {
  it('the signature stays on the page of its date; headings, title and salutation with what follows', async () => {
    const read = await parts();
    const styles = read('word/styles.xml');
    expect(style(styles, 'Signature')).toMatch(/<w:keepNext\/><w:keepLines\/>/);
    expect(style(styles, 'Date')).not.toMatch(/keepNext/);
    for (const id of ['Title', 'Salutation', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      expect(style(styles, id), id).toMatch(/<w:keepNext\/>/);
    }
    const doc = read('word/document.xml');
    const signature = [...doc.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]).find((p) => p.includes('市档案馆'))!;
    expect(signature).toMatch(/<w:pStyle w:val="Signature"\/>/);
    expect(signature).not.toMatch(/<w:keepNext w:val="false"\/>/);
  });
});

describe('font fallbacks stay within the family of shapes', () => {
  it('仿宋 → FangSong → STFangsong → serif CJK faces', () => {
    const chain = [FONTS.body.name, ...FONTS.body.fallbacks];
    expect(chain.slice(0, 6)).toEqual(['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312', 'STFangsong', '华文仿宋']);
    expect(chain).toContain('Noto Serif CJK SC');
    expect(chain).toContain('Source Han Serif SC');
    expect(chain.filter((f) => /Sans|Hei|黑/.test(f))).toEqual([]);
    expect(FONTS.body.generic).toBe('serif');
  });

  it('黑体 → sans CJK faces only', () => {
    const chain = [FONTS.heading1.name, ...FONTS.heading1.fallbacks];
    expect(chain.slice(0, 3)).toEqual(['黑体', 'SimHei', 'STHeiti']);
    expect(chain).toContain('Noto Sans CJK SC');
    expect(chain.filter((f) => /Serif|宋|Song|Kai|楷/.test(f))).toEqual([]);
    expect(FONTS.heading1.generic).toBe('sans-serif');
  });

  it('楷体 → KaiTi → STKaiti → a Kai face of Linux → serif CJK faces', () => {
    const chain = [FONTS.heading2.name, ...FONTS.heading2.fallbacks];
    expect(chain.slice(0, 5)).toEqual(['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312', 'STKaiti']);
    expect(chain.indexOf('AR PL UKai CN')).toBeLessThan(chain.indexOf('Noto Serif CJK SC'));
    expect(chain.filter((f) => /Sans|Hei|黑/.test(f))).toEqual([]);
  });

  it('the font table marks 黑体 as sans (swiss) and 仿宋/楷体 as serif (roman)', async () => {
    const fonts = (await parts())('word/fontTable.xml');
    expect(fonts).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei"\/><w:charset w:val="86"\/><w:family w:val="swiss"\/>/);
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/><w:family w:val="roman"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/><w:charset w:val="86"\/><w:family w:val="roman"\/>/);
  });
});
