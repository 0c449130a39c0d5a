import { describe, expect, it } from 'vitest';
import { analyzeReport, parseReport, type OutlineNode, type ReportFormat } from '../../src/core';
import { isCjkIdeograph, TextStats } from '../../src/core/stats';
import { rng } from './random';

const outline = (text: string, format: ReportFormat = 'plaintext') => parseReport(text, { format }).outline;

function tree(nodes: OutlineNode[]): unknown[] {
  return nodes.map((n) => {
    const base = `${n.kind}:${n.kind === 'point' ? '' : n.level}:${n.marker}|${n.title}@${n.line + 1}`;
    return n.children.length ? [base, tree(n.children)] : base;
  });
}

describe('headings at the four GB/T 9704 levels', () => {
  it('reads 一、（一）1.（1） and their common variants', () => {
    const text = ['一、总体情况', '（一）主要做法', '1.加强学习', '（1）集中学习', '（２）个人自学', '2．强化落实', '3、完善制度', '（二）取得成效', '１．成效一'].join('\n');
    expect(tree(outline(text))).toEqual([
      [
        'section:1:一、|总体情况@1',
        [
          [
            'section:2:（一）|主要做法@2',
            [
              ['section:3:1.|加强学习@3', ['section:4:（1）|集中学习@4', 'section:4:（２）|个人自学@5']],
              'section:3:2．|强化落实@6',
              'section:3:3、|完善制度@7',
            ],
          ],
          ['section:2:（二）|取得成效@8', ['section:3:１．|成效一@9']],
        ],
      ],
    ]);
  });

  it('splits a run-in heading at its first 。 and keeps exact spans', () => {
    const text = '（一）坚持统筹谋划，压实工作责任。一是健全机制。二是细化分工。';
    const [node] = outline(text);
    expect(node.kind).toBe('section');
    if (node.kind !== 'section') return;
    expect(node.runIn).toBe(true);
    expect(node.title).toBe('坚持统筹谋划，压实工作责任');
    expect(node.markerSpan).toEqual({ start: 0, end: 3 });
    expect(node.titleSpan).toEqual({ start: 3, end: 16 });
    expect(node.children.map((c) => [c.marker, c.title, c.span.start, c.span.end])).toEqual([
      ['一是', '健全机制', 17, 23],
      ['二是', '细化分工', 24, 30],
    ]);
  });

  it('puts 第一部分 above 一、 and restarts 一、 under each part', () => {
    const text = ['第一部分 工作总结', '一、甲', '二、乙', '第二部分 工作计划', '一、丙'].join('\n');
    expect(tree(outline(text))).toEqual([
      ['section:0:第一部分|工作总结@1', ['section:1:一、|甲@2', 'section:1:二、|乙@3']],
      ['section:0:第二部分|工作计划@4', ['section:1:一、|丙@5']],
    ]);
    expect(analyzeReport(text, { format: 'plaintext' }).findings).toEqual([]);
  });

  it('does not take numbers, dates or words for headings', () => {
    const text = ['1.5亿元资金已到位。', '2024年工作总结', '一方面加强领导', '十分重要', '2、3号线已开通。'].join('\n');
    expect(outline(text)).toEqual([]);
  });

  it('keeps Markdown # headings and reads ordinals inside them', () => {
    const text = '# 年度工作汇报\n\n## 一、工作情况\n\n**（一）加强学习。**全年组织学习12次。\n\n## 附件\n';
    expect(tree(outline(text, 'markdown'))).toEqual([
      [
        'markdown:1:#|年度工作汇报@1',
        [['section:1:一、|工作情况@3', ['section:2:（一）|加强学习@5']], 'markdown:2:##|附件@7'],
      ],
    ]);
  });

  it('ignores headings inside code blocks', () => {
    const text = '一、甲\n\n```\n二、不是标题\n```\n\n二、乙\n';
    expect(tree(outline(text, 'markdown'))).toEqual(['section:1:一、|甲@1', 'section:1:二、|乙@7']);
  });

  it('gives each section its span for folding and its character counts', () => {
    const text = '一、甲乙\n正文内容。\n\n二、丙\n正文。\n';
    const [first, second] = outline(text);
    expect(first.sectionSpan).toEqual({ start: 0, end: 10 });
    expect(first.stats).toEqual({ chineseChars: 7, chars: 9 });
    expect(second.sectionSpan).toEqual({ start: 12, end: 19 });
  });
});

describe('enumerations', () => {
  it('reads 一是 at paragraph starts and chained in a paragraph, and 第一，', () => {
    const text = '（一）做法\n一是健全机制。\n二是细化分工，明确责任。三是强化考核。\n第一，加强学习；第二，推动落实。';
    const points = parseReport(text, { format: 'plaintext' }).points.map((p) => `${p.marker}:${p.line + 1}:${p.atParagraphStart}`);
    expect(points).toEqual(['一是:2:true', '二是:3:true', '三是:3:false', '第一:4:true', '第二:4:false']);
  });

  it('does not read 统一是 or 第一时间 as points', () => {
    const text = '思想统一是前提，第一时间部署，第一议题制度。';
    expect(parseReport(text, { format: 'plaintext' }).points).toEqual([]);
  });
});

describe('section character counts (TextStats)', () => {
  it('counts Chinese and visible characters of any span as a scan of it does', () => {
    const { int, pick } = rng(43);
    const pieces = ['甲', '乙丙', '〇', '㐀', '豈', 'a', '1', '，', ' ', '\u3000', '\n', '\r\n', '\t', '\u00a0', '\ufeff', '𠀀', '😀', 'ｘ'];
    for (let d = 0; d < 300; d++) {
      let text = '';
      for (let k = int(200); k > 0; k--) text += pick(pieces);
      const stats = new TextStats(text);
      for (let q = 0; q < 20; q++) {
        const a = int(text.length + 1);
        const b = a + int(text.length + 1 - a);
        let chineseChars = 0;
        let chars = 0;
        for (let i = a; i < b; i++) {
          const c = text.charCodeAt(i);
          if (isCjkIdeograph(c)) chineseChars++;
          if (!/[ \t\n\r\u3000\u00a0\ufeff\v\f]/.test(text[i]) && !(c >= 0xdc00 && c <= 0xdfff)) chars++;
        }
        expect(stats.count({ start: a, end: b }), JSON.stringify([text, a, b])).toEqual({ chineseChars, chars });
      }
    }
  });
});
