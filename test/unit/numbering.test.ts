import { describe, expect, it } from 'vitest';
import { analyzeReport, applyEdits, collectFixes, toChineseNumeral, type OutlineNode, type ReportFormat } from '../../src/core';

const NUMBERING = ['numbering-sequence', 'numbering-hierarchy', 'numbering-punctuation', 'numbering-scheme', 'enumeration-sequence'];

/** Numbering findings as `line:col rule message => fix` (1-based; the fix text when there is one). */
function findings(text: string, format: ReportFormat = 'plaintext'): string[] {
  const { findings } = analyzeReport(text, { format, locale: 'en' });
  return findings
    .filter((f) => NUMBERING.includes(f.ruleId))
    .map((f) => {
      const fix = f.fix ? ` => ${f.fix.map((e) => `${text.slice(e.span.start, e.span.end)}→${e.newText}`).join(' ')}` : '';
      return `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}${fix}`;
    });
}

/** The outline as nested `line marker title` strings. */
function tree(text: string, format: ReportFormat = 'plaintext'): unknown[] {
  const walk = (nodes: OutlineNode[]): unknown[] =>
    nodes
      .filter((n) => n.kind !== 'point')
      .map((n) => {
        const base = `${n.line + 1} ${n.marker}${n.title}`;
        const kids = walk(n.children);
        return kids.length ? [base, kids] : base;
      });
  return walk(analyzeReport(text, { format }).model.outline);
}

/** Applies every safe fix once; a second pass must find nothing more to fix. */
function fixAll(text: string, format: ReportFormat = 'plaintext'): string {
  const once = applyEdits(text, collectFixes(analyzeReport(text, { format }).findings));
  const twice = applyEdits(once, collectFixes(analyzeReport(once, { format }).findings));
  expect(twice).toBe(once);
  return once;
}

const lines = (...l: string[]) => l.join('\n');

describe('numbering patterns of real reports: one finding per root cause, the marker meant', () => {
  it('accepts numbering that runs on across sections throughout the document', () => {
    const text = lines(
      '第一部分 综述',
      '一、基本情况',
      '（一）队伍建设',
      '1.完善制度',
      '2.加强培训',
      '（二）业务开展',
      '3.巡查检查',
      '4.案件办理',
      '二、存在不足',
      '（一）能力短板',
      '5.人手偏紧',
      '（二）机制短板',
      '6.协同不畅',
    );
    expect(findings(text)).toEqual([]);
    expect(tree(text)).toEqual([
      [
        '1 第一部分综述',
        [
          ['2 一、基本情况', [['3 （一）队伍建设', ['4 1.完善制度', '5 2.加强培训']], ['6 （二）业务开展', ['7 3.巡查检查', '8 4.案件办理']]]],
          ['9 二、存在不足', [['10 （一）能力短板', ['11 5.人手偏紧']], ['12 （二）机制短板', ['13 6.协同不畅']]]],
        ],
      ],
    ]);
  });

  it('still reports a section that continues the count where the document restarts everywhere else', () => {
    const text = lines('一、甲', '（一）子一', '1.条一', '2.条二', '（二）子二', '1.条三', '2.条四', '（三）子三', '3.条五', '4.条六');
    expect(findings(text)).toEqual(['9:1 numbering-sequence Ordinal out of sequence: expected “1.”, found “3.” (skipped)']);
  });

  it('takes one section that runs on as a slip (Word numbering continued), not a style', () => {
    const text = lines('一、甲', '（一）子一', '（二）子二', '二、乙', '（三）子三', '（四）子四');
    const [f] = analyzeReport(text, { format: 'plaintext', locale: 'en' }).findings;
    expect(findings(text)).toEqual(['5:1 numbering-sequence Ordinal out of sequence: expected “（一）”, found “（三）” (skipped)']);
    expect(f.suggestions?.map((s) => [s.message, s.edits.map((e) => e.newText)])).toEqual([['Renumber the run from here (2 changes)', ['一', '二']]]);
  });

  it('does not take a list of numbered sentences in the opening for headings above 一、', () => {
    const text = lines('各位领导：', '今年以来主要做了以下工作：', '1.完成了年度目标。', '2.推进了重点项目。', '一、主要成效', '（一）经济运行平稳', '二、存在问题');
    expect(findings(text)).toEqual([]);
  });

  it('reads the lines of a list opened inside a line (附件：1.…) as that list, not as headings', () => {
    const text = lines('一、总体情况', '（一）主要做法', '二、下步打算', '（一）强化基础', '', '附件：1.统计表', '      2.人员名单', '      3.经费预算表');
    expect(findings(text)).toEqual([]);
    expect(tree(text)).toEqual([['1 一、总体情况', ['2 （一）主要做法']], ['3 二、下步打算', ['4 （一）强化基础']]]);
  });

  it('reads 1.7月… as item 1. where 2. follows (or 1. came before 2.5倍…), and a lone 1.2亿元… as prose', () => {
    const text = lines('一、质量管理', '（一）质量改善', '1.7月，客户端一批产品出现异常，已完成整改。', '2.塑封工序导入新材料。', '3.5倍于去年的抽检量全部合格。', '二、下步打算');
    expect(findings(text)).toEqual([]);
    expect(tree(text)).toEqual([
      ['1 一、质量管理', [['2 （一）质量改善', ['3 1.7月，客户端一批产品出现异常，已完成整改', '4 2.塑封工序导入新材料', '5 3.5倍于去年的抽检量全部合格']]]],
      '6 二、下步打算',
    ]);
    const md = lines('# 一、质量管理', '', '## （一）质量改善', '', '1.7月，客户端一批产品出现异常。', '', '2.塑封工序导入新材料。');
    expect(findings(md, 'markdown')).toEqual([]);
    expect(tree(md, 'markdown')).toEqual([['1 一、质量管理', [['3 （一）质量改善', ['5 1.7月，客户端一批产品出现异常', '7 2.塑封工序导入新材料']]]]]);
    // Nothing numbered beside it: the amount opens a sentence.
    expect(tree(lines('一、总体情况', '1.2亿元资金已全部到位。', '二、存在问题'))).toEqual(['1 一、总体情况', '3 二、存在问题']);
    // A 3. after an amount (no 2. follows it) is still a skip.
    expect(findings(lines('（一）资金保障', '1.2亿元资金已全部到位。', '3.项目全部开工。'))).toEqual([
      '3:1 numbering-sequence Ordinal out of sequence: expected “1.”, found “3.” (skipped) => 3→1',
    ]);
  });

  it('reads a part heading written as 1. (第二部分 follows) as 第一部分, and nothing on the correct 一、… below it', () => {
    const text = lines('1. 上半年工作回顾', '一、安全生产', '二、经营管理', '三、党的建设', '第二部分 下半年工作安排', '一、目标任务', '二、保障措施');
    expect(findings(text)).toEqual(['1:1 numbering-hierarchy “1.” stands where “第一部分” belongs: write “第一部分” => 1.→第一部分']);
    expect(tree(text)).toEqual([
      ['1 1.上半年工作回顾', ['2 一、安全生产', '3 二、经营管理', '4 三、党的建设']],
      ['5 第二部分下半年工作安排', ['6 一、目标任务', '7 二、保障措施']],
    ]);
    expect(fixAll(text).split('\n')[0]).toBe('第一部分 上半年工作回顾');
  });

  it('reads a top-level 1. followed later by 二、 as 一、', () => {
    const text = lines('1.总体情况', '（一）主要做法', '（二）取得成效', '二、存在问题', '（一）短板弱项', '三、下步打算');
    expect(findings(text)).toEqual(['1:1 numbering-hierarchy “1.” stands where “一、” belongs: write “一、” => 1.→一、']);
    expect(tree(text)).toEqual([
      ['1 1.总体情况', ['2 （一）主要做法', '3 （二）取得成效']],
      ['4 二、存在问题', ['5 （一）短板弱项']],
      '6 三、下步打算',
    ]);
    expect(fixAll(text)).toBe(text.replace('1.总体', '一、总体'));
  });

  it('reads a 3. after （一）（二） as （三）, not as a run that should start at 1.', () => {
    const text = lines('一、工作回顾', '（一）抓学习', '（二）抓落实', '3.抓作风', '二、下步打算', '（一）强基础', '（二）补短板');
    expect(findings(text)).toEqual(['4:1 numbering-hierarchy “3.” stands where “（三）” belongs: write “（三）” => 3.→（三）']);
    expect(tree(text)).toEqual([
      ['1 一、工作回顾', ['2 （一）抓学习', '3 （二）抓落实', '4 3.抓作风']],
      ['5 二、下步打算', ['6 （一）强基础', '7 （二）补短板']],
    ]);
  });

  it('reads a 1. directly followed by （二） as （一）, keeping its own 1. 2. below it', () => {
    const text = lines('一、工作回顾', '1.抓学习', '1.加强理论武装', '2.开展专题培训', '（二）抓落实', '二、下步打算', '（一）强基础');
    expect(findings(text)).toEqual(['2:1 numbering-hierarchy “1.” stands where “（一）” belongs: write “（一）” => 1.→（一）']);
    expect(tree(text)).toEqual([
      ['1 一、工作回顾', [['2 1.抓学习', ['3 1.加强理论武装', '4 2.开展专题培训']], '5 （二）抓落实']],
      ['6 二、下步打算', ['7 （一）强基础']],
    ]);
  });

  it('finds the three wrong lines of a part written 1. / 1. / （二）（三） / 2. / （一）, and only those', () => {
    const text = lines(
      '第一部分 工作回顾',
      '一、总体情况',
      '（一）主要做法',
      '第二部分 重点任务',
      '1. 强化安全基础',
      '1. 健全制度体系',
      '（二）压实安全责任',
      '（三）排查风险隐患',
      '2. 提升服务能力',
      '（一）优化服务流程',
      '（二）拓展服务渠道',
    );
    expect(findings(text)).toEqual([
      // The space after the Arabic marker goes with it: a Chinese marker is set solid.
      '5:1 numbering-hierarchy “1.” stands where “一、” belongs: write “一、” => 1. →一、',
      '6:1 numbering-hierarchy “1.” stands where “（一）” belongs: write “（一）” => 1. →（一）',
      '9:1 numbering-hierarchy “2.” stands where “二、” belongs: write “二、” => 2. →二、',
    ]);
    expect(tree(text)).toEqual([
      ['1 第一部分工作回顾', [['2 一、总体情况', ['3 （一）主要做法']]]],
      [
        '4 第二部分重点任务',
        [
          ['5 1.强化安全基础', ['6 1.健全制度体系', '7 （二）压实安全责任', '8 （三）排查风险隐患']],
          ['9 2.提升服务能力', ['10 （一）优化服务流程', '11 （二）拓展服务渠道']],
        ],
      ],
    ]);
    const fixed = fixAll(text);
    expect(fixed.split('\n').slice(4, 9)).toEqual(['一、强化安全基础', '（一）健全制度体系', '（二）压实安全责任', '（三）排查风险隐患', '二、提升服务能力']);
    expect(findings(fixed)).toEqual([]);
  });

  it('notes a consistent （一）-above-一、 scheme once, at info, and checks the document by its own order', () => {
    const text = lines(
      '（一）当前形势',
      '今年经济运行总体平稳。',
      '（二）主要任务',
      '一、发展农业',
      '农业是基础。',
      '二、振兴工业',
      '工业要升级。',
      '（三）远景展望',
      '一、近期目标',
      '二、长远目标',
    );
    expect(findings(text)).toEqual([
      '1:1 numbering-scheme This document places “（一）” above “一、” throughout; GB/T 9704 orders the levels 一、 → （一） → 1. → （1）',
    ]);
    expect(analyzeReport(text, { format: 'plaintext' }).findings.map((f) => f.severity)).toEqual(['info']);
    expect(analyzeReport(text, { format: 'plaintext', config: { rules: { 'numbering-scheme': 'off' } } }).findings).toEqual([]);
    expect(tree(text)).toEqual([
      '1 （一）当前形势',
      ['3 （二）主要任务', ['4 一、发展农业', '6 二、振兴工业']],
      ['8 （三）远景展望', ['9 一、近期目标', '10 二、长远目标']],
    ]);
  });

  it('nests a short embedded list under its section, and the outer run goes on after it', () => {
    const text = lines(
      '一、主要工作',
      '二、重点改革',
      '改革要抓好以下三件事：',
      '一、理顺价格；',
      '二、完善税制；',
      '三、健全金融。',
      '以上改革要稳步推进。',
      '三、对外开放',
      '（一）扩大出口',
      '四、政府建设',
    );
    expect(findings(text)).toEqual([]);
    expect(tree(text)).toEqual([
      '1 一、主要工作',
      ['2 二、重点改革', ['4 一、理顺价格；', '5 二、完善税制；', '6 三、健全金融']],
      ['8 三、对外开放', ['9 （一）扩大出口']],
      '10 四、政府建设',
    ]);
  });

  it('takes a title after an embedded list of sentences as the outer run going on', () => {
    const text = lines('一、主要工作', '二、重点改革', '本年度重点是：', '一、理顺价格；', '二、完善税制。', '三、对外开放');
    expect(findings(text)).toEqual([]);
    expect(tree(text)).toEqual(['1 一、主要工作', ['2 二、重点改革', ['4 一、理顺价格；', '5 二、完善税制']], '6 三、对外开放']);
  });

  it('takes a run that starts again at 一、 after body text as a new group', () => {
    const text = lines('一、甲', '二、乙', '三、丙', '下面谈几点意见。', '一、丁', '二、戊');
    expect(findings(text)).toEqual([]);
  });

  it('reports a run that skips once, with renumbering as a suggestion, and a lone slip with its fix', () => {
    expect(findings(lines('一、甲', '三、乙', '四、丙'))).toEqual(['2:1 numbering-sequence Ordinal out of sequence: expected “二、”, found “三、” (skipped)']);
    expect(findings(lines('一、甲', '二、乙', '二、丙', '四、丁'))).toEqual([
      '3:1 numbering-sequence Ordinal out of sequence: expected “三、”, found “二、” (repeated) => 二→三',
    ]);
    expect(findings(lines('（一）甲', '（二）乙', '（五）丙'))).toEqual([
      '3:1 numbering-sequence Ordinal out of sequence: expected “（三）”, found “（五）” (skipped) => 五→三',
    ]);
  });

  it('rewrites a misspelt marker whole in one fix, without a second punctuation finding on it', () => {
    const text = lines('一、甲', '三，乙');
    expect(findings(text)).toEqual(['2:1 numbering-sequence Ordinal out of sequence: expected “二、”, found “三，” (skipped) => 三，→二、']);
    expect(fixAll(text)).toBe(lines('一、甲', '二、乙'));
  });
});

describe('numbering fixes are safe for fix-all (one pass, nothing new, nothing outside the finding)', () => {
  it('never writes an ordinal past 99 (一百、 is not a heading)', () => {
    const text = '一、\n'.repeat(120);
    const { findings } = analyzeReport(text, { format: 'plaintext', locale: 'en' });
    const fixes = findings.filter((f) => f.fix).map((f) => f.fix![0].newText);
    expect(fixes.slice(0, 98)).toEqual(Array.from({ length: 98 }, (_, k) => toChineseNumeral(k + 2)));
    expect(fixes.every((t) => /^[一二三四五六七八九十]+$/.test(t))).toBe(true);
    expect(findings.some((f) => /\d/.test(f.message))).toBe(false);
  });

  it('changes only the finding\'s own marker', () => {
    const text = '一、工作回顾\n（一）抓学习\n（二）抓落实\n3.抓作风\n二、下步打算';
    const [f] = analyzeReport(text, { format: 'plaintext' }).findings;
    expect(f.fix).toEqual([{ span: f.span, newText: '（三）' }]);
  });

  const cases: [string, string, ReportFormat][] = [
    ['百，\n一、', '百，\n一、', 'plaintext'],
    ['1.\n，、\n1.', '1.\n，\n2.', 'plaintext'],
    ['一、\n一、\n一、\n一、', '一、\n二、\n三、\n四、', 'plaintext'],
    ['：、四是', '：四是', 'plaintext'],
    ['1. 加强学习。\n\n主要做法如下，\n2. 完善制度。\n---', '1. 加强学习。\n\n主要做法如下，\n2. 完善制度。\n---', 'markdown'],
    ['1. 加强学习。\n\n主要做法如下，\n1. 完善制度。\n---', '1. 加强学习。\n\n主要做法如下，\n2. 完善制度。\n---', 'markdown'],
    ['1. 加强学习。\n\n主要做法如下，\n2. 完善制度。\n---', '1. 加强学习。\n\n主要做法如下，\n2. 完善制度。\n---', 'plaintext'],
    ['一、甲\n三、乙\n四、丙', '一、甲\n三、乙\n四、丙', 'plaintext'],
    ['一、甲\n二、乙\n一、丙\n二、丁\n一、戊', '一、甲\n二、乙\n一、丙\n二、丁\n三、戊', 'plaintext'],
  ];
  for (const [input, output, format] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      const before = analyzeReport(input, { format }).findings;
      const fixed = fixAll(input, format);
      expect(fixed).toBe(output);
      const after = analyzeReport(fixed, { format }).findings;
      const key = (f: { ruleId: string; message: string }) => `${f.ruleId}|${f.message}`;
      for (const f of after) expect(before.map(key)).toContain(key(f));
    });
  }
});

describe('numbering fix-all on generated documents (fixed seed)', () => {
  // Random mixes of headings at every level and ordinal, body lines, enumeration runs and the
  // punctuation slips of the issue-13 reproducers. For every document, in both syntaxes: one
  // fix-all pass leaves no numbering or enumeration fix to make, and no finding of those rules on
  // a line that had none.
  let seed = 20261127;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const CN = ['一', '二', '三', '四', '五'];
  const marker = (level: number, n: number) => [`第${CN[n - 1]}部分 `, `${CN[n - 1]}、`, `（${CN[n - 1]}）`, `${n}.`, `（${n}）`][level];
  const bodies = ['完善制度。', '全年开展检查12次。', '主要做法如下：', '一是加强领导，二是完善机制。', '其次，要看到成绩。', '第一，提高认识；第二，落实责任。', '', '，、', '：、四是', '百，', '加强学习'];
  const ours = /^(numbering|enumeration)-/;
  it('settle in one pass with nothing new, 150 documents', () => {
    for (let d = 0; d < 150; d++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(rnd() * 14);
      for (let i = 0; i < count; i++) {
        lines.push(rnd() < 0.35 ? pick(bodies) : marker(Math.floor(rnd() * 5), 1 + Math.floor(rnd() * 5)) + pick(['甲', '丙丁。', '加强。正文']));
      }
      const text = lines.join(pick(['\n', '\r\n']));
      for (const format of ['plaintext', 'markdown'] as const) {
        const before = analyzeReport(text, { format }).findings;
        const fixed = applyEdits(text, collectFixes(before));
        const after = analyzeReport(fixed, { format }).findings.filter((f) => ours.test(f.ruleId));
        const had = new Set(before.map((f) => `${f.ruleId}:${f.range.start.line}`));
        const context = `${format} ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`;
        expect(after.filter((f) => f.fix).map((f) => f.message), context).toEqual([]);
        expect(after.filter((f) => !had.has(`${f.ruleId}:${f.range.start.line}`)).map((f) => f.message), context).toEqual([]);
      }
    }
  }, 60_000);
});

describe('numbering-hierarchy: a list of numbered sentences is one list', () => {
  it('gives no skipped-level hint for an item after a numbered sentence at its level, though the item runs to two sentences', () => {
    const text = '一、总体情况\n（一）主要做法\n二、成果\n1.出版专著3部。\n2.新立项课题5项。举办公众活动12场。\n';
    expect(findings(text)).toEqual([]);
  });
  it('still hints where the points under a section are headings', () => {
    expect(findings('一、总体情况\n（一）主要做法\n二、成果\n1.加强学习\n2.强化落实\n')).toEqual([
      '4:1 numbering-hierarchy “1.” directly under “二、” skips the “（一）” level the document uses elsewhere: keep the levels consistent',
    ]);
  });
});
