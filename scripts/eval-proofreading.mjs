// Measures the proofreading rules (GB/T 15834 / 15835 / 9704): false alarms per 10,000 characters on
// the official texts in ../shared/official (when present) and ../shared/corpus, and recall and
// precision on the test sentences below, each with one slip injected by hand. Needs dist/core.cjs
// (`npm run eval:proofreading` builds it first).
//   node scripts/eval-proofreading.mjs [--show] [--dir DIR]
// --show prints every finding on the real texts with its context, to be read one by one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { analyzeReport, applyEdits, collectFixes, proofreadingRules } = require('../dist/core.cjs');

export const PROOF_RULES = proofreadingRules.map((r) => r.meta.id);

const args = process.argv.slice(2);
const show = args.includes('--show');
const extraDir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : null;

/** The proofreading rules' findings, as a user with `config` gets them (presets apply). */
function lint(text, format, config) {
  const { model, findings } = analyzeReport(text, { format, locale: 'en', config });
  return { model, findings: findings.filter((f) => PROOF_RULES.includes(f.ruleId)) };
}

/** The year a text was written, from the official file names; null when unknown. */
const CONGRESS_YEARS = { 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022 };
function yearOf(file) {
  const gov = /work-report-(\d{4})/.exec(file);
  if (gov) return Number(gov[1]);
  const cpc = /congress-report-(\d+)/.exec(file);
  return cpc ? CONGRESS_YEARS[Number(cpc[1])] ?? null : null;
}

/** Findings per rule over every .txt/.md file of `dir`, per 10,000 non-space characters. */
function measureDir(label, dir, config, keep = () => true) {
  if (!existsSync(dir)) {
    console.log(`\n${label}: ${dir} not present, skipped`);
    return null;
  }
  const perRule = Object.fromEntries(PROOF_RULES.map((id) => [id, 0]));
  let chars = 0;
  let total = 0;
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !/^README/i.test(f) && keep(f)).sort();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const { model, findings } = lint(text, file.endsWith('.md') ? 'markdown' : 'plaintext', config);
    chars += model.stats.chars;
    for (const f of findings) {
      perRule[f.ruleId]++;
      total++;
      if (show) {
        const line = model.lineIndex.lines[f.range.start.line].text;
        const c = f.range.start.character;
        const context = line.slice(Math.max(0, c - 15), c) + '⟦' + line.slice(c, f.range.end.line === f.range.start.line ? f.range.end.character : c + 1) + '⟧' + line.slice(f.range.end.character, f.range.end.character + 15);
        console.log(`  ${file}:${f.range.start.line + 1}:${c + 1} ${f.ruleId}: ${context}`);
      }
    }
  }
  const per10k = (n) => ((n * 10000) / chars).toFixed(2);
  console.log(`\n${label}: ${files.length} files, ${chars} characters, ${total} findings, ${per10k(total)} per 10,000 characters`);
  console.log('| rule | findings | per 10,000 characters |\n| --- | --- | --- |');
  for (const id of PROOF_RULES) if (perRule[id]) console.log(`| ${id} | ${perRule[id]} | ${per10k(perRule[id])} |`);
  return { chars, total };
}

// Test sentences written for this evaluation: [rule that must fire (null: none), text, text after fix-all (or null: no certain fix)].
const CASES = [
  // clean sentences: nothing may fire
  [null, '全年完成投资12.5亿元，同比增长8.3%，建成5G基站1200个。', null],
  [null, '坚持“两个一以贯之”，推进“放管服”改革，学习《条例》。', null],
  [null, '第一，加强组织领导；第二，健全工作机制；第三，强化督促检查。', null],
  [null, '二〇二四年是实现“十四五”规划目标任务的关键一年。', null],
  [null, '2024年5月8日，召开第一季度经济运行分析会，一、二季度持续向好。', null],
  [null, '根据《关于进一步加强安全生产工作的通知》（国办发〔2024〕12号）要求。', null],
  [null, '近十几天来，走访企业三五家，受理诉求二十余件。', null],
  [null, '　　建局30年来，累计投入资金50～80万元。', null],
  [null, '配套建设GB/T 9704-2012规范的模板，网址为 https://example.gov.cn/a-b 。', null],
  [null, 'The team met on Monday; 会议由办公室主持。', null],
  [null, '主持人：张　三', null],
  [null, '吸取“7·20”特大暴雨灾害教训，开展“3·15”宣传活动。', null],
  [null, '报告期内，共召开党委会12次，研究“三重一大”事项45项。', null],
  [null, '预计2025—2027年投资规模保持稳定，电话010-12345678。', null],
  [null, '附件：1.2024年工作要点\n      2.任务分工表', null],
  [null, '拨打0571-88888888转人工服务，1—6月完成投资，会议于9:00—11:30举行。', null],
  [null, '第一部分 总体情况\n一、主要工作\n全年工作平稳，增长5.2个百分点。', null],
  [null, '国务院总理　李　强\n【内部资料 妥善保管】', null],
  [null, '覆盖一、二季度，七、八月份雨水偏多，评出一、二、三等奖。', null],
  [null, '加强八小时以外的管理，整改期限为七天。', null],
  [null, '落款单位                    2024年5月8日', null],
  // spacing
  ['spacing', '全年共办理 352 件，办结率98%。', '全年共办理352件，办结率98%。'],
  ['spacing', '推广使用 WPS 办公平台。', '推广使用WPS办公平台。'],
  ['spacing', '同比增长12.4% 。', '同比增长12.4%。'],
  ['spacing', '受理信访、 投诉事项。', '受理信访、投诉事项。'],
  ['spacing', '办公室　2025年工作要点', '办公室2025年工作要点'],
  ['spacing-separator', '坚持讲政治 重实干 促发展。', null],
  // full-width
  ['fullwidth-alnum', '完成投资１２亿元。', '完成投资12亿元。'],
  ['fullwidth-alnum', '建成ＡＩ算力中心。', '建成AI算力中心。'],
  // quotes
  ['ascii-quotes', '落实"三重一大"决策制度。', '落实“三重一大”决策制度。'],
  ['ascii-quotes', "推进'最多跑一次'改革。", '推进‘最多跑一次’改革。'],
  // ordinal comma
  ['ordinal-comma', '第一、强化理论武装。第二、压实工作责任。', '第一，强化理论武装。第二，压实工作责任。'],
  // numbers
  ['numeral-zero', '二零二四年工作总结', '二〇二四年工作总结'],
  ['year-full', '23年6月完成验收。', null],
  ['estimate-numbers', '用了20几天时间。', '用了二十几天时间。'],
  ['estimate-numbers', '每月走访七、八家企业。', '每月走访七八家企业。'],
  ['connector-marks', '单笔金额控制在50-80万元。', null],
  ['connector-marks', '开通广州-深圳城际线路。', null],
  ['interpunct', '吸取“7・20”灾害教训。', '吸取“7·20”灾害教训。'],
  // GB/T 9704 elements
  ['date-form', '2024年03月05日召开会议。', '2024年3月5日召开会议。'],
  ['date-form', '某某市人民政府\n二〇二四年五月八日', '某某市人民政府\n2024年5月8日'],
  ['document-number', '依据国发[2024]7号文件。', '依据国发〔2024〕7号文件。'],
  ['document-number', '依据京政发〔2023〕第07号文件。', '依据京政发〔2023〕7号文件。'],
  ['addressee-colon', '关于做好年度考核工作的通知\n各部门、各单位\n现将有关事项通知如下。', '关于做好年度考核工作的通知\n各部门、各单位：\n现将有关事项通知如下。'],
  ['attachment-note', '附件：1.考核办法。\n      2.考核表。', '附件：1.考核办法\n      2.考核表'],
  ['number-form-consistency', '整改期限为7天，复查在3个月内完成，公示期为七天。', null],
];

function evaluateCases() {
  let slips = 0;
  let caught = 0;
  let findingsTotal = 0;
  let findingsRight = 0;
  let fixesOk = 0;
  let fixesExpected = 0;
  const problems = [];
  for (const [rule, text, fixed] of CASES) {
    const config = { preset: 'strict' };
    const { findings } = lint(text, 'plaintext', config);
    findingsTotal += findings.length;
    const right = findings.filter((f) => f.ruleId === rule);
    findingsRight += right.length;
    if (findings.length > right.length) problems.push(`unexpected ${findings.filter((f) => f.ruleId !== rule).map((f) => f.ruleId).join(', ')} in ${JSON.stringify(text)}`);
    if (rule) {
      slips++;
      if (right.length) caught++;
      else problems.push(`missed ${rule} in ${JSON.stringify(text)}`);
    }
    if (fixed) {
      fixesExpected++;
      const out = applyEdits(text, collectFixes(findings));
      const again = lint(out, 'plaintext', config).findings;
      if (out === fixed && again.length === 0) fixesOk++;
      else problems.push(`fix of ${JSON.stringify(text)} gave ${JSON.stringify(out)} (${again.length} findings after)`);
    }
  }
  console.log(`\nTest sentences: ${CASES.length} (${CASES.length - slips} clean, ${slips} with one slip each)`);
  console.log(`recall ${caught}/${slips} = ${((100 * caught) / slips).toFixed(0)}%, precision ${findingsRight}/${findingsTotal} = ${((100 * findingsRight) / Math.max(1, findingsTotal)).toFixed(0)}%, fix-all right and clean afterwards ${fixesOk}/${fixesExpected}`);
  for (const p of problems) console.log(`  ${p}`);
  return problems.length;
}

const shared = new URL('../../shared/', import.meta.url).pathname;
console.log('Proofreading rules, default configuration (quote-enumeration-comma is off unless "preset": "strict")');
measureDir('Official texts (../shared/official)', join(shared, 'official'), undefined);
measureDir('Official texts written since the standards (2012 and later)', join(shared, 'official'), undefined, (f) => (yearOf(f) ?? 0) >= 2012);
if (!show) measureDir('All official texts, with "preset": "strict"', join(shared, 'official'), { preset: 'strict' });
measureDir('Real reports (../shared/corpus)', join(shared, 'corpus'), undefined);
if (extraDir) measureDir(extraDir, extraDir, undefined);
const failures = evaluateCases();
process.exitCode = failures ? 1 : 0;
