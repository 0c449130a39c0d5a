import { describe, expect, it } from 'vitest';
import { analyzeReport, mergeConfigs, setTypoData, typoModel, validateConfig } from '../../src/core';
import { Bloom } from '../../src/core/language/bloom';
import { OrdinaryPairs, SequenceFilter } from '../../src/core/language/knownSequences';
import { targetRecords } from '../../src/core/language/typo';
import { loadLanguageDataSync } from '../../src/node/languageData';
import { answerCorrected } from '../../scripts/slip-answers.mjs';
import * as fs from 'node:fs';

/** The entries of one of the project's own lists in data/sources/ (one a line, `#` starting a comment). */
function projectList(name: string): string[] {
  return fs.readFileSync(new URL(`../../data/sources/${name}`, import.meta.url), 'utf8')
    .split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
}

/** `from-to message | suggestion` of each typo finding (0-based columns on the first line). */
function typos(text: string, config?: Parameters<typeof analyzeReport>[1]['config'], format: 'plaintext' | 'markdown' = 'plaintext') {
  const { findings } = analyzeReport(text, { format, locale: 'en', only: ['typo'], config });
  return findings.map((f) => `${f.span.start}-${f.span.end} ${f.message} | ${f.suggestions?.map((s) => s.edits.map((e) => e.newText).join()).join(';')}${f.fix ? ' FIX' : ''}`);
}

/** The result of f with the typo check given other data, the shipped data put back after. */
function withData<T>(json: unknown, f: () => T): T {
  const model = typoModel();
  setTypoData(json as Parameters<typeof setTypoData>[0]);
  try {
    return f();
  } finally {
    setTypoData(model);
  }
}

describe('typo: each kind, in sentences of our own', () => {
  it('is loaded for the tests as for the CLI', () => {
    expect(loadLanguageDataSync()).toBe(true);
    expect(typoModel()).toBeDefined();
  });

  it.each([
    ['same sound, non-word', '编制发展规化。', ['4-6 “规化” may be a typo for “规划” (sounds alike) | 规划']],
    ['same sound, rare dictionary misspelling', '认真做好工作布署。', ['6-8 “布署” may be a typo for “部署” (sounds alike) | 部署']],
    ['same sound in a four-character expression', '这项工作要持之以衡。', ['5-9 “持之以衡” may be a typo for “持之以恒” (sounds alike) | 持之以恒']],
    ['same sound, a character rarer than pycorrector\'s list (缮)', '进一步完缮服务流程。', ['3-5 “完缮” may be a typo for “完善” (sounds alike) | 完善']],
    ['same sound, a rare character in a word the dictionary lists as a misspelling (札实)', '工作作风札实。', ['4-6 “札实” may be a typo for “扎实” (sounds alike) | 扎实']],
    ['look-alike', '我们要面向末来。', ['5-7 “末来” may be a typo for “未来” (looks alike) | 未来']],
    ['look-alike in a word', '不断提高政冶站位。', ['4-6 “政冶” may be a typo for “政治” (looks alike) | 政治']],
    ['characters swapped', '要坚不定移推进改革。', ['1-5 “坚不定移” may be a typo for “坚定不移” (characters swapped) | 坚定不移']],
    ['characters swapped, where changing one character would also make a word (和军工)', '做好优抚安置和军共民建工作。', ['7-11 “军共民建” may be a typo for “军民共建” (characters swapped) | 军民共建']],
    ['characters swapped, where a one-character change mends only half of the stretch (建设成产)', '加快重点项目建投成产。', ['6-10 “建投成产” may be a typo for “建成投产” (characters swapped) | 建成投产']],
    ['one slip told once, not as each word that holds it (信系, 信系化)', '加快信系化部门建设。', ['2-4 “信系” may be a typo for “信息” (sounds alike) | 信息']],
    ['real word in context: 截至', '截止目前已完成。', ['0-2 “截止” may be a typo for “截至” (easily confused) | 截至']],
    ['real word in context: 累计', '全年累积培训1200人次。', ['2-4 “累积” may be a typo for “累计” (easily confused) | 累计']],
    ['real word in context: 累计, before a masked count', '全年累积培训**余人次。', ['2-4 “累积” may be a typo for “累计” (easily confused) | 累计']],
    ['real word in context: 机制', '健全长效机智。', ['4-6 “机智” may be a typo for “机制” (easily confused) | 机制']],
    ['real word in context: 反映', '及时反应问题。', ['2-4 “反应” may be a typo for “反映” (easily confused) | 反映']],
    ['real word in context: 作为', '把安全做为底线。', ['3-5 “做为” may be a typo for “作为” (easily confused) | 作为']],
    ['real word in context: the adverbial 地 before a verb and its object', '我们要认真的做好各项工作。', ['3-6 “认真的” may be a typo for “认真地” (easily confused) | 认真地']],
    ['real word in context: the adverbial 地 before 学习 and its object', '我们要认真的学习党的理论。', ['3-6 “认真的” may be a typo for “认真地” (easily confused) | 认真地']],
    ['real word in context: the adverbial 地 before 提高 and its object', '要不断的提高服务水平。', ['1-4 “不断的” may be a typo for “不断地” (easily confused) | 不断地']],
    ['real word in context: 地 after a degree adverb', '更加积极的推进改革。', ['2-5 “积极的” may be a typo for “积极地” (easily confused) | 积极地']],
    ['real word in context: the complement marker 得 before the degree a verb reaches', '今年的工作做的很扎实。', ['5-7 “做的” may be a typo for “做得” (easily confused) | 做得']],
    ['real word in context: 地 after a four-character adverbial', '要坚持不懈的抓好落实。', ['1-6 “坚持不懈的” may be a typo for “坚持不懈地” (easily confused) | 坚持不懈地']],
    ['real word in context: the preposition 在 before 此 and a frame (在此基础上)', '再此基础上，我们修订了办法。', ['0-2 “再此” may be a typo for “在此” (easily confused) | 在此']],
    ['real word in context: 再次 before a verb of saying', '在次感谢各位同事的支持。', ['0-2 “在次” may be a typo for “再次” (easily confused) | 再次']],
    ['real word in context: 及时 before the handling of a matter', '发现问题要即时报送。', ['5-7 “即时” may be a typo for “及时” (easily confused) | 及时']],
    ['real word in context: a verb standing alone, known phrases on both sides (领到 → 领导)', '加强领到班子建设。', ['2-4 “领到” may be a typo for “领导” (easily confused) | 领导']],
    ['a near sound (can for chan), the pair seen nowhere, in a known phrase', '抓好安全生惨工作。', ['4-6 “生惨” may be a typo for “生产” (sounds alike) | 生产']],
    ['a misspelling of a word every report uses (一但)', '一但发现问题要立即整改。', ['0-2 “一但” may be a typo for “一旦” (sounds alike) | 一旦']],
    ['a misspelling of a word every report uses (必竟)', '我们必竟要面对。', ['2-4 “必竟” may be a typo for “毕竟” (sounds alike) | 毕竟']],
    ['a misspelling of a word every report uses (按装)', '完成设备按装调试。', ['4-6 “按装” may be a typo for “安装” (sounds alike) | 安装']],
    ['a misspelling of a set phrase no dictionary lists (滥芋充数, a look-alike)', '不能滥芋充数。', ['2-6 “滥芋充数” may be a typo for “滥竽充数” (looks alike) | 滥竽充数']],
    ['a misspelling no dictionary counts as a word (峻工)', '项目已峻工验收。', ['3-5 “峻工” may be a typo for “竣工” (sounds alike) | 竣工']],
    ['real word in context: 副 before a title', '由付主任主持会议。', ['1-2 “付” may be a typo for “副” (sounds alike) | 副']],
    ['real word in context: 融入 of a society, not of a solute', '积极溶入新发展格局。', ['2-4 “溶入” may be a typo for “融入” (easily confused) | 融入']],
    ['a name a report must not get wrong (中国共产当)', '庆祝中国共产当成立一百周年。', ['6-7 “当” may be a typo for “党” (sounds alike) | 党']],
    ['a name a report must not get wrong (总里)', '李强总里作政府工作报告。', ['2-4 “总里” may be a typo for “总理” (sounds alike) | 总理']],
    ['a name a report must not get wrong (党的全面领到)', '坚持党的全面领到。', ['6-8 “领到” may be a typo for “领导” (sounds alike) | 领导']],
    ['a formula a report must not get wrong (人民至上、生命至上)', '坚持人民至上、生命之上。', ['9-11 “之上” may be a typo for “至上” (easily confused) | 至上']],
    ['the same formula, the other half', '坚持人民之上、生命至上。', ['4-6 “之上” may be a typo for “至上” (easily confused) | 至上']],
    ['real word in context: 启事 of a notice', '发布招聘启示。', ['4-6 “启示” may be a typo for “启事” (easily confused) | 启事']],
    ['real word in context: 辩证 of dialectics', '坚持辨证唯物主义。', ['2-4 “辨证” may be a typo for “辩证” (easily confused) | 辩证']],
    ['real word in context: 登录 of a system or an account', '用户可通过账号登陆系统。', ['7-9 “登陆” may be a typo for “登录” (easily confused) | 登录']],
    ['real word in context: 以至 between two spans of time', '这项改革要坚持五年以致十年。', ['9-11 “以致” may be a typo for “以至” (easily confused) | 以至']],
    ['real word in context: 以至 between now and the future', '这是当前以致今后一个时期的重点。', ['4-6 “以致” may be a typo for “以至” (easily confused) | 以至']],
    ['real word in context: 必须 before a verb', '我们必需坚持问题导向。', ['2-4 “必需” may be a typo for “必须” (easily confused) | 必须']],
    ['real word in context: 既要…又要', '即要抓好发展，又要守住底线。', ['0-2 “即要” may be a typo for “既要” (easily confused) | 既要']],
    ['real word in context: 即使…也', '既使任务再重，也要按期完成。', ['0-2 “既使” may be a typo for “即使” (easily confused) | 即使']],
    ['real word in context: 过渡期', '给予企业两年过度期。', ['6-8 “过度” may be a typo for “过渡” (easily confused) | 过渡']],
    ['real word in context: 过度 before what is overdone', '坚决防止过渡开发。', ['4-6 “过渡” may be a typo for “过度” (easily confused) | 过度']],
    ['real word in context: 形势 (the situation)', '当前形式严峻复杂，任务艰巨。', ['2-4 “形式” may be a typo for “形势” (easily confused) | 形势']],
    ['the same as a misspelt set phrase (新形势下)', '在新形式下，要加强学习。', ['1-5 “新形式下” may be a typo for “新形势下” (sounds alike) | 新形势下']],
    ['real word in context: 形式 (the form)', '坚决反对形势主义。', ['4-6 “形势” may be a typo for “形式” (easily confused) | 形式']],
    ['a misspelling jieba lists as a word (自已)', '要严格要求自已。', ['5-7 “自已” may be a typo for “自己” (looks alike) | 自己']],
    ['己 for 已 (己经)', '我们己经完成任务。', ['2-4 “己经” may be a typo for “已经” (looks alike) | 已经']],
    ['以 for 已 before what has happened (以经完成)', '我们以经完成全年任务。', ['2-4 “以经” may be a typo for “已经” (sounds alike) | 已经']],
    ['即 for 既 (即然)', '即然定了目标，就要完成。', ['0-2 “即然” may be a typo for “既然” (sounds alike) | 既然']],
    ['words typed twice (a copy pasted twice)', '要进一步进一步加强党的建设。', ['1-7 “进一步进一步” may be a typo for “进一步” (typed twice) | 进一步']],
    ['words typed twice after other repeated characters in the paragraph (the scan remembers where each was seen)', '各地各部门要要认真落实，推动推动，坚持人民至上坚持人民至上。', ['17-29 “坚持人民至上坚持人民至上” may be a typo for “坚持人民至上” (typed twice) | 坚持人民至上']],
    ['a formula typed twice', '推进全面从严治党全面从严治党向纵深发展。', ['2-14 “全面从严治党全面从严治党” may be a typo for “全面从严治党” (typed twice) | 全面从严治党']],
    ['the old form jieba still lists (部份)', '大部份同志表现良好。', ['1-3 “部份” may be a typo for “部分” (sounds alike) | 部分']],
    ['即 for 既 before what was set (即定目标)', '按照即定目标推进。', ['2-4 “即定” may be a typo for “既定” (sounds alike) | 既定']],
    ['but not 即 “namely” before a list of 定 items', '备课做到“四定”，即定时间、定地点、定内容。', []],
    ['misspellings no dictionary lists (凑效, 脉博)', '措施凑效，把握时代脉博。', ['2-4 “凑效” may be a typo for “奏效” (looks alike) | 奏效', '9-11 “脉博” may be a typo for “脉搏” (sounds alike) | 脉搏']],
    ['于 for 予 (给于)', '对先进个人给于表彰。', ['5-7 “给于” may be a typo for “给予” (sounds alike) | 给予']],
    ['real word in context: 权利 that is defended', '切实维护职工合法权力。', ['8-10 “权力” may be a typo for “权利” (easily confused) | 权利']],
    ['real word in context: 形势 that is grim or complex', '当前经济形式依然复杂严峻。', ['4-6 “形式” may be a typo for “形势” (easily confused) | 形势']],
    ['real word in context: 意义 that something has', '这次活动具有重要异议。', ['8-10 “异议” may be a typo for “意义” (easily confused) | 意义']],
    ['real word in context: 报道 of the news', '全年发表新闻报到20篇。', ['6-8 “报到” may be a typo for “报道” (easily confused) | 报道']],
    ['real word in context: 实施 since it was issued', '方案印发实时以来成效明显。', ['4-6 “实时” may be a typo for “实施” (easily confused) | 实施']],
    ['real word in context: 公示 before an appointment', '对拟任人选进行了为期五天的公式，公式期满无异议。', ['13-15 “公式” may be a typo for “公示” (easily confused) | 公示', '16-18 “公式” may be a typo for “公示” (easily confused) | 公示']],
    ['real word in context: 上线 of a system', '新系统已于本月正式上限运行。', ['9-11 “上限” may be a typo for “上线” (easily confused) | 上线']],
    ['real word in context: 终端 of a device', '配备智能中断设备300台。', ['4-6 “中断” may be a typo for “终端” (easily confused) | 终端']],
    ['real word in context: 病历 that is written and filed', '加强电子病例管理，规范病例书写。', ['4-6 “病例” may be a typo for “病历” (easily confused) | 病历', '11-13 “病例” may be a typo for “病历” (easily confused) | 病历']],
    ['real word in context: 公示 for a number of days', '名单已在官网公式五个工作日。', ['6-8 “公式” may be a typo for “公示” (easily confused) | 公示']],
    ['real word in context: 形势 that is grim, after 的', '面对复杂严峻的外部形式，集团坚持稳中求进。', ['9-11 “形式” may be a typo for “形势” (easily confused) | 形势']],
    ['real word in context: 指标 of a business', '分行各项经营治标全面完成。', ['6-8 “治标” may be a typo for “指标” (easily confused) | 指标']],
    ['real word in context: 试点 county', '作为省级数字乡村时点县。', ['8-10 “时点” may be a typo for “试点” (easily confused) | 试点']],
    ['real word in context: 贷款 a bank grants', '对流动资金货款实行受托支付。', ['5-7 “货款” may be a typo for “贷款” (looks alike) | 贷款']],
    ['末 of a year, 已 of what is done (look-alikes)', '预计到年未，17个项目中己有15个完成验收。', ['4-5 “未” may be a typo for “末” (looks alike) | 末', '12-13 “己” may be a typo for “已” (looks alike) | 已']],
    ['未 of what did not happen (a look-alike), where 末 ends no time', '全年末发生一起较大事故，各项任务均末按期完成的有2项。', ['2-3 “末” may be a typo for “未” (looks alike) | 未', '17-18 “末” may be a typo for “未” (looks alike) | 未']],
    ['real word in context: 暴发 of an infection or an epidemic', '全年未发生医院感染爆发事件，严防爆发聚集性疫情。', ['9-11 “爆发” may be a typo for “暴发” (easily confused) | 暴发', '16-18 “爆发” may be a typo for “暴发” (easily confused) | 暴发']],
    ['real word in context: 期中 of a school term', '11月组织全校其中考试，参加考试的学生中，其中考试合格的占98%。', ['7-9 “其中” may be a typo for “期中” (easily confused) | 期中']],
    ['real word in context: 权利 of a party to a lawsuit', '依法保障当事人诉讼权力。', ['9-11 “权力” may be a typo for “权利” (easily confused) | 权利']],
    ['misspellings no dictionary lists (布署, 拔付)', '对项目进行再布署，资金已拔付到位。', ['6-8 “布署” may be a typo for “部署” (sounds alike) | 部署', '12-14 “拔付” may be a typo for “拨付” (looks alike) | 拨付']],
    ['real word in context: 权力 that is listed and regulated', '推行权利清单制度，规范权利运行。', ['2-4 “权利” may be a typo for “权力” (easily confused) | 权力', '11-13 “权利” may be a typo for “权力” (easily confused) | 权力']],
  ])('%s', (_kind, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it.each([
    ['after a verb that takes it as a noun (得到)', '群众反映的问题得到有效的解决。'],
    ['before the noun it heads (推动作用)', '对全局起到积极的推动作用。'],
    ['before a localizer (推动下)', '在各方共同努力的推动下，任务如期完成。'],
    ['after a degree adverb and a verb that takes it as a noun', '对违法行为进行更加坚决的打击。'],
    ['before a noun that is no verb (组织纪律性)', '保持严格的组织纪律性。'],
    ['before a verb heading a noun (学习态度, 参与意识), and 宣传 as a noun (宣传教育)', '保持认真的学习态度，形成积极的参与意识，通过有效的宣传教育提高认识。'],
    ['before a verb heading a noun phrase (落实情况)', '全面的落实情况良好。'],
    ['between a verb and its result when the phrase qualifies a noun (比较好的市场)', '已经出现的比较好的市场局面要巩固。'],
    ['after a verb whose object is dropped (说的对: what was said)', '大家都觉得他说的对。'],
    ['before a result that is also a noun (建设的成功)', '这关系到整个建设的成功。'],
    ['a pest-control trade\'s 防制 (有害生物防制), a hoof\'s 趾间 (趾间皮炎): modern words of their trades', '委托有害生物防制公司开展检查，奶牛趾间皮炎发病率下降。'],
    ['a 于 kept before a date, after the noun it dates (C型罐于9月10日): no half of 关于', 'LNG燃料舱C型罐于9月10日吊装到位。'],
    ['a trunk sewer, 干管: a modern word of its trade', '在主要进水干管增设在线水质监测点2个。'],
    ['a bank’s self-service branch away from it (离行式), a document drawn up and issued (制发), a lake’s inflow (入湖河流), a furnace’s slag (清渣): modern words', '支行现有离行式自助银行2个。纪检监察机关制发监察建议书19份。主要入湖河流水质稳定。窑炉定期清渣。'],
    ['an instrument’s 计 before a count (液位计共16套), a report system’s 即时报告制度, an airport’s 航显系统', '更换雷达液位计共16套。严格执行重大险情即时报告制度。通过航显系统推送延误信息。'],
    ['a sand mould’s 紧实度, the hotel-rating 全国星评委, a business park’s 入驻率, 投资量, 假设思路: none a slip', '砂型紧实度进行了系统测量。顺利通过全国星评委复核检查。园区企业入驻率达到95%。全年投资量稳步增长。按照假设思路开展研究。'],
    ['a demister (除雾器), a pipeline’s 输量, a current collector (集电器), a water-injection well (为注水井), a wellhead’s 防溢装置, a dose limit (管理限值): terms of their trades', '完成除雾器的清理维护。根据压力和输量变化调整运行。更换滑触线集电器42组。金15-9井为注水井。使用井口防溢装置。无人员超过公司年度管理限值。'],
    ['a guarantor’s risk shared (纳入分险业务), 收接 of 接收, a touch that moves (触动心灵): none a slip', '纳入分险业务余额占比提高。案例深深触动了党员干部。'],
    ['意思 as meaning (这个意思), 暴 of 暴雨, 实时 of a system, 帐 of accounts: none a slip', '会议传达了上级的意思。防范暴雨引发山洪。平台实时监测水位。做好帐目核对。'],
    ['a time word ending a clause’s first part before the preposition of the next (购房时|按首套, 签约后|在三日内): no 按时 swapped', '职工购房时按首套住房执行贷款政策。签约后在三日内付款。'],
    ['a limit as a limit (限制宅基地使用), 退换 of goods, 复合 of a composite, 家庭成员生活自理: none a slip', '严格限制宅基地使用范围。商品七日无理由退换。推广复合材料。老人生活自理能力评估。'],
    ['a count’s range (分两到三次, 一至两名), seed for the field (大田用种要求), a slitting machine (划口机划口), a dam’s 管理房, 知责、明责、履责, 及时剔除, 实行即时报告: none a slip', '在见穗时分两到三次喷施。每班配备一至两名安全员。符合大田用种要求。采用划口机划口。更换管理房照明线路。确保责任人知责、明责、履责。及时剔除污染菌棒。多重耐药菌实行即时报告。'],
    ['an appeal (提起上诉), a shop opening (门店开张), a neutralizer (酸碱中和), 调节 of a valve, a candid talk (坦诚交流): none a slip', '被告人不服判决提起上诉。新门店正式开张营业。废水经酸碱中和后达标排放。调节阀门开度。班子成员之间坦诚交流。'],
    ['回报消费者, 报消 of 情报|消息, a sign (标志), a vaccine’s 灵 of 灵活, 老 of 老年人: none a slip', '以更好的服务回报消费者。及时通报消息。设置安全警示标志。灵活安排门诊时间。关爱老年人健康。'],
    ['a line naming a company (锦程针织服饰有限公司外贸部), the big state banks (国有大行), a gas-electric hybrid bus (气电混合动力): none a slip', '锦程针织服饰有限公司外贸部\n国有大行下沉县域开展普惠业务。新增气电混合动力公交车64辆。'],
    ['rods counted before 进行 (取样12根进行), 审合 of 预审合格 and 多审合一: no 跟进 or 审核', '割管取样12根进行金相分析。档案经预审合格率100%。按照“多审合一、多证合一”改革要求。'],
    ['the day after (在次日), the needed goods (必需品, 所必需的)', '在次日的会上，大家谈到生活必需品和生产所必需的条件。'],
    ['既使…又使 (both makes … and makes), 即要求 (namely requires), 必需要素 (needed elements)', '这样既使企业受益，又使群众满意，即要求各方协同，也要保障生产必需要素。'],
    ['末 where it ends a time (去年年末发生, 期末完成, 粉末出现)', '去年年末发生的火灾已查明原因。期末完成全部考核。粉末出现结块的已清理。'],
    ['治标治本, a 时点 of statistics, 支付货款, 本月未完成, 严于律己 and 知己, power that is supervised', '坚持治标治本相结合。统计时点为年末。按期支付货款。本月未完成的任务顺延。严于律己，知己知彼。加强对权力的监督。'],
    ['异议 that is raised, 报到 for duty, 实时 data, a formula, an upper limit, an interruption, and cases of a disease', '诈骗形式日趋复杂。对结果有异议的可申诉。新生报到工作顺利。实时监测数据。运用数学公式计算。达到上限后禁止超上限运行。服务中断时间不超过2小时。新增确诊病例3例。'],
    ['形式 where it is the form (以文件形式下发, 探索新形式, 经济形式, 复杂形式), and 过度期待', '以文件形式下发，探索新形式，发展多种经济形式，问题以更复杂形式出现。不要过度期待。'],
  ])('keeps 的 %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });

  it('offers the correction as a suggestion, never as an automatic fix', () => {
    const { findings } = analyzeReport('编制发展规化。', { format: 'plaintext', locale: 'zh-CN', only: ['typo'] });
    expect(findings[0].message).toBe('“规化”疑为“规划”（音近）');
    expect(findings[0].fix).toBeUndefined();
    expect(findings[0].suggestions).toEqual([{ message: '改为“规划”', edits: [{ span: { start: 4, end: 6 }, newText: '规划' }] }]);
  });
});

describe('typo: slips that make another real word, found from context', () => {
  it.each([
    ['a word made by a same-sounding slip, in the context of a longer known phrase', '加快建设工业互连网平台。', ['6-9 “互连网” may be a typo for “互联网” (easily confused) | 互联网']],
    ['a word official prose does not use, where a commoner one fits the context', '健全应激管理体系。', ['2-4 “应激” may be a typo for “应急” (easily confused) | 应急']],
    ['a non-word the first search leaves, settled by the known phrase around it', '我们紧密团结在以习近平统志为核心的党中央周围。', ['11-13 “统志” may be a typo for “同志” (sounds alike) | 同志']],
    ['the same for a two-character word', '减免各类行政事业性受费。', ['9-11 “受费” may be a typo for “收费” (sounds alike) | 收费']],
    ['a look-alike seen confused the other way round (目 typed 日)', '加快重点项日建设。', ['4-6 “项日” may be a typo for “项目” (looks alike) | 项目']],
    ['a rarer two-character word that completes a known four-character phrase (吊销)', '情节严重的，依法吊孝其许可证。', ['8-10 “吊孝” may be a typo for “吊销” (easily confused) | 吊销']],
    ['a measure word that no counter precedes (件 of 构件)', '共同构件人类命运共同体。', ['2-4 “构件” may be a typo for “构建” (easily confused) | 构建']],
    // (单行 loses 行 to 行政, a far commoner word, so the non-word search finds it first: 单 reads shàn too.)
    ['a word common in general prose, whose other half begins no word (单行 of 改单行政)', '加强和改单行政执法。', ['3-5 “改单” may be a typo for “改善” (sounds alike) | 改善']],
  ])('flags %s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it.each([
    ['a word of official prose (调解 beside 调节)', '及时正确地调解民间纠纷。'],
    ['a word of official prose (合力 beside 合理)', '上下同心，形成合力。'],
    ['a word of official prose inside the phrase (检察 of 执法检察)', '严格执法检察监督。'],
    ['a character belonging to a word beyond the correction (行业)', '在同一行业内开展比武。'],
    ['support that is only a particle (电石等 beside 电视等)', '钢铁、焦炭、电石等行业。'],
    ['an enumeration (二是 beside 而是)', '二是强化作风建设。'],
    ['a one-character word (大 beside 带)', '开展安全大整顿。'],
    ['a numeral and what it counts (一人 beside 一大)', '确保每户至少有一人稳定就业。'],
    ['a demonstrative and a measure word (这群 beside 这样)', '有了这群人，活动就办起来了。'],
    ['a degree adverb (太大的 beside 大大的)', '太大的变化会影响进度。'],
    ['the word used in its own sense (机智地)', '他机智地化解了矛盾。'],
    ['a three-character correction that cuts a word (监督质效)', '监督质效不断提升。'],
    ['two words as written, one common in general prose (半径|过长 beside 经过)', '部分线路供电半径过长，末端电压偏低。'],
    ['two words as written, one common in official prose (命案|全部 beside 安全)', '今年发生的命案全部告破。'],
    ['what a numeral counts, in a longer window too (第一课 beside 第一颗)', '主要负责人为新员工讲授安全生产第一课。'],
    ['a seldom word beside a common word the correction makes no known phrase with (执业|药师 beside 职业)', '开展执业药师挂证专项整治。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: a seam between two known stretches, and rarer words that complete a known phrase', () => {
  it.each([
    ['a slip at the seam of two known stretches, mended by a word across it', '本周召开部门联席会义制度协调会。', ['8-10 “会义” may be a typo for “会议” (sounds alike) | 会议']],
    ['a term of today’s reports misspelt by one character, corrected whole (多式联运, a word of modern-words.txt)', '加强多式联云体系建设。', ['2-6 “多式联云” may be a typo for “多式联运” (sounds alike) | 多式联运']],
    ['a word official prose seldom uses, replaced by a far commoner one in a known phrase', '完善最低工资制毒，保障劳动者权益。', ['6-8 “制毒” may be a typo for “制度” (easily confused) | 制度']],
    ['a rarer word completing a known phrase, though the slip is a word of its own (想)', '核实有关事实真想。', ['6-8 “真想” may be a typo for “真相” (sounds alike) | 真相']],
    ['a function character beside a pair seen nowhere, read as a non-word (或 of 领或)', '推进关键领或攻坚。', ['4-6 “领或” may be a typo for “领域” (looks alike) | 领域']],
    ['the same for a same-sounding function character (及 of 积及)', '鼓励群众积及参与。', ['4-6 “积及” may be a typo for “积极” (sounds alike) | 积极']],
    ['a three-character word before a function character (董事费|或者)', '重大事项须经董事费或者股东会审议。', ['6-9 “董事费” may be a typo for “董事会” (looks alike) | 董事会']],
    ['a pair with an adverb that is seen nowhere, into a word of official prose (更家)', '推动工作更家扎实有效。', ['4-6 “更家” may be a typo for “更加” (sounds alike) | 更加']],
    ['a fragment no prose uses as a word (实实 of 实实在在), replaced in a known phrase', '全面实实乡村振兴战略。', ['2-4 “实实” may be a typo for “实施” (easily confused) | 实施']],
    ['a word standing alone (中), in a pair official prose never uses, into one it uses often', '有效化解中点领域风险。', ['4-6 “中点” may be a typo for “重点” (easily confused) | 重点']],
    ['a numeral the same way (十场化 → 市场化)', '持续深化要素十场化配置改革。', ['6-8 “十场” may be a typo for “市场” (easily confused) | 市场']],
    ['a set phrase misspelt inside a short quotation', '文艺工作坚持“白花齐放”。', ['7-9 “白花” may be a typo for “百花” (easily confused) | 百花']],
  ])('flags %s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it.each([
    ['half of a reduplicated verb (想一想)', '你可以想一想一下再决定。'],
    ['a seldom word whose other half is an adverb (不快)', '今年收入增长不快，压力较大。'],
    ['a pair with a particle, however well the change would fit (人得 of 很多人得了)', '很多人得了流感，正在康复。'],
    ['a pair with an adverb (新账不欠)', '做到旧账还清、新账不欠。'],
    ['a seldom word whose other half is an adjective (大兴)', '要大兴水利建设，补齐短板。'],
    ['a word rare in general prose, used in its own sense (保户 of an insurer)', '保险公司应维护保户合法权益。'],
    ['a word standing alone, in a word that is commoner than official prose knows (高小)', '他高小毕业后参加工作。'],
    ['a verb standing alone, in a word official prose uses less than the correction (查出 | 查处)', '审计查出的问题已整改到位。'],
    ['a coinage in a short quotation, however close to a set phrase', '推进“平急两用”设施建设。'],
    ['a coinage in a short quotation close to a policy term of today (一网统管)', '推行学生评教“一网通管”。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: a set phrase of four characters misspelt by one character', () => {
  it.each([
    ['a rare dictionary entry beside the idiom (再接再励)', '各单位要再接再励，争取更大成绩。', ['4-8 “再接再励” may be a typo for “再接再厉” (sounds alike) | 再接再厉']],
    ['a misspelling whose halves read as words (迫不|急待)', '群众迫不急待地盼望项目开工。', ['2-6 “迫不急待” may be a typo for “迫不及待” (sounds alike) | 迫不及待']],
    ['a misspelling every character of which known sequences cover (按步就班)', '工作要按步就班，稳扎稳打。', ['3-7 “按步就班” may be a typo for “按部就班” (sounds alike) | 按部就班']],
    ['two words side by side, one misspelt, after the word-level searches (中失委员会)', '由中失委员会决定。', ['1-3 “中失” may be a typo for “中央” (looks alike) | 中央']],
    ['a word the word-level search mends before a phrase one character away (科学院, not 中国科协)', '中国科鞋院的专家参加会议。', ['2-4 “科鞋” may be a typo for “科学” (looks alike) | 科学']],
  ])('flags %s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it.each([
    ['two words side by side (严格|执纪, not 严格执法)', '严格执纪执法，维护公平正义。'],
    ['a window cutting a word at its edge (适|当的领导, not 党的领导)', '担任适当的领导工作。'],
    ['a word of three characters and a verb (共产党|愿, not 共产党员)', '中国共产党愿同各国政党加强交流。'],
    ['two words of official prose (剩余|劳力, not 剩余劳动)', '做好剩余劳力转移就业。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: a verb after an adverb (共, 已, 再 …), whatever pair the two make', () => {
  it('corrects a non-word there into a word official prose uses', () => {
    expect(typos('今年我局共授理信访事项43件。')).toEqual(['5-7 “授理” may be a typo for “受理” (sounds alike) | 受理']);
    expect(typos('机房已布署双路供电。')).toEqual(['3-5 “布署” may be a typo for “部署” (sounds alike) | 部署']);
  });
  it('not into a word official prose never uses (已拔付 is 拨付, not 托付), nor a real word after one (均优于)', () => {
    expect(typos('省财政已拔付高标准农田建设补助资金。')).toEqual(['4-6 “拔付” may be a typo for “拨付” (looks alike) | 拨付']);
    expect(typos('各项指标均优于全国平均水平。')).toEqual([]);
  });
});

describe('typo: a correction that reads on into a known phrase before a number', () => {
  it('is no pair of one-character words (政务处份29人 → 处分: 政务处分 is a term of today)', () => {
    expect(typos('给予党纪政务处份29人。')).toEqual(['6-8 “处份” may be a typo for “处分” (sounds alike) | 处分']);
  });
});

describe('typo: a pair seen nowhere, corrected into a common word without context', () => {
  it('flags a look-alike pair no text has, when the correction is a word of official prose', () => {
    expect(typos('发挥好辅肋作用。')).toEqual(['3-5 “辅肋” may be a typo for “辅助” (looks alike) | 辅助']);
  });

  it('keeps a function character beside the slip only for one of the commonest words of official prose', () => {
    expect(typos('要充分认识这阁问题的重要性。')).toEqual(['5-7 “这阁” may be a typo for “这个” (sounds alike) | 这个']);
  });

  it.each([
    ['a coinage with a localizer (疫后)', '加快疫后经济恢复。'],
    ['a function character (由先证后照)', '由先证后照改为先照后证。'],
    ['a character that begins a word beyond the pair (反|围猎)', '深化反围猎工作。'],
    ['a character the document uses often (航 of 航前, 航后, 航线)', '做实航前准备，航前检查到位，航后讲评及时，航线保障有力。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: both characters of a word slipped', () => {
  it('flags a pair seen nowhere that same-sounding characters make a common word in its context', () => {
    expect(typos('创新墙画监督管理方式。')).toEqual(['2-4 “墙画” may be a typo for “强化” (sounds alike) | 强化']);
  });

  it.each([
    ['a dictionary word official prose never uses, known phrases on both sides', '加强网络摄氏建设。', ['4-6 “摄氏” may be a typo for “设施” (easily confused) | 设施']],
    ['an ordinary pair no known sequence covers', '召开联席悔意研究部署。', ['4-6 “悔意” may be a typo for “会议” (easily confused) | 会议']],
    ['a pair holding a measure word no numeral precedes', '支持民营起夜做大做强。', ['4-6 “起夜” may be a typo for “企业” (easily confused) | 企业']],
  ])('flags %s that same-sounding characters make a common word in a known phrase', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it.each([
    ['a rare given name', '由邓晞瑶同志负责联络。'],
    ['a word official prose uses (答复 beside 大幅)', '对能够当场答复的，应当当场答复。'],
    ['a pair across two words (广泛|融入 beside 繁荣)', '数字经济广泛融入生产生活各领域。'],
    ['a pair ending in a suffix (行时, a slip for 行使, is no 形式)', '依法保障企业行时的职权。'],
    ['a word in its own sense (起夜)', '晚上起夜照顾老人。'],
    ['a word common in general prose, with a known phrase on one side only (蒸发 beside 政法系统)', '配套建设MVR蒸发系统。'],
    ['a word common in general prose at the end of a sentence (作出绝顶 stays: it needs phrases on both sides)', '经党组研究后作出绝顶。'],
    ['a place name', '赴婺源县、弋阳县调研。'],
    ['a pair whose second character begins a word of a trade beyond it (卷取机|助卷辊: 助卷 is a rolling mill’s word, 机助 no 技术)', '更换卷取机助卷辊两套。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: a word written for a commoner one of the same sound (the input method picked the wrong word)', () => {
  it.each([
    ['both characters of the word (实物 for 事务)', '完善机关实物管理制度。', ['4-6 “实物” may be a typo for “事务” (easily confused) | 事务']],
    ['both characters, a word official prose uses (贬值 for 编制)', '做好机构贬值工作。', ['4-6 “贬值” may be a typo for “编制” (easily confused) | 编制']],
    ['one character (体质 for 体制)', '进一步深化体质机制改革。', ['5-7 “体质” may be a typo for “体制” (easily confused) | 体制']],
    ['one character (回复 for 恢复)', '坚持保护优先、自然回复为主。', ['9-11 “回复” may be a typo for “恢复” (easily confused) | 恢复']],
  ])('flags %s where known phrases hold the correction on both sides', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it('flags a function character before a word when known phrases hold the correction on both sides (与 of 给与)', () => {
    expect(typos('相关政策要给与倾斜。')).toEqual(['5-7 “给与” may be a typo for “给予” (easily confused) | 给予']);
  });

  it.each([
    ['a word official prose uses often (制订, 实验), though known phrases hold the other on both sides', '抓紧制订改革方案，加大研究与实验发展投入。'],
    ['a word held by a known phrase on one side only (职称)', '做好专业技术职称评审工作。'],
    ['the same words in their own sense', '开展学生体质健康监测，对群众来信及时回复，规范设备租赁和维修。'],
    ['an adverb between a word of three characters and a verb (常委会|已|审议, not 常委会议)', '常委会已审议通过。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: the document itself', () => {
  it('leaves a word the statistical search would read as a slip when the document uses it twice (a term of its own)', () => {
    expect(typos('做好机构贬值工作。')).toHaveLength(1);
    expect(typos('做好机构贬值工作。加强机构贬值工作。')).toEqual([]);
  });

  it('leaves a change that would break a pair no ordinary text has, when the document uses that pair again (信智 of 信智化, 信智工厂: a coinage)', () => {
    expect(typos('建设信智工厂。')).toEqual(['0-3 “建设信” may be a typo for “建设性” (looks alike) | 建设性']);
    expect(typos('推动数字化转型，建设信智工厂。')).toEqual(['8-11 “建设信” may be a typo for “建设性” (looks alike) | 建设性']);
    expect(typos('推动信智化转型，建设信智工厂。')).toEqual([]);
  });

  it('leaves a character official prose seldom uses where the document uses it four times or more (箱 of a port: 重箱, 空箱, 冷藏箱, 放箱)', () => {
    expect(typos('推行无纸化放箱，效率提升。')).toEqual(['5-7 “放箱” may be a typo for “方向” (sounds alike) | 方向']);
    expect(typos('重箱、空箱、冷藏箱作业有序，推行无纸化放箱，效率提升。')).toEqual([]);
  });

  it('never changes a character of the non-metallic elements, which only chemistry writes (氟离子, 有效氯)', () => {
    expect(typos('出水中氯离子、氟离子含量均低于限值。')).toEqual([]);
    expect(typos('次氯酸钠投加量按有效氯计。')).toEqual([]);
  });

  it('still flags a slip into a character official prose uses often, however often the document uses it (化 of 规化)', () => {
    expect(typos('编制发展规化，强化统筹，深化改革，优化服务。')).toEqual(['4-6 “规化” may be a typo for “规划” (sounds alike) | 规划']);
  });

  it('still flags a confusion decided by its context each time it recurs (a writer who confuses the pair does so every time)', () => {
    expect(typos('完善长效机智，健全长效机智。')).toEqual([
      '4-6 “机智” may be a typo for “机制” (easily confused) | 机制',
      '11-13 “机智” may be a typo for “机制” (easily confused) | 机制',
    ]);
  });
});

describe('typo: a whole report draft of our own with three slips (test/fixtures/drafts)', () => {
  it('finds the three, each with its correction, and nothing else (安全生产第一课, 王志远 ×2 stay)', () => {
    const text = fs.readFileSync('test/fixtures/drafts/safety-report-three-slips.txt', 'utf8');
    const { findings } = analyzeReport(text, { format: 'plaintext', locale: 'en', only: ['typo', 'wording'] });
    expect(findings.map((f) => `${f.range.start.line + 1}: ${text.slice(f.span.start, f.span.end)} → ${f.suggestions?.[0]?.edits[0].newText}`)).toEqual([
      '11: 返弹 → 反弹',
      '13: 演炼 → 演练',
      '23: 王志原 → 王志远',
    ]);
  });

  it('finds the director’s name written once 陈国化, beside 局长陈国华 and 陈国华同志, and nothing else', () => {
    const text = fs.readFileSync('test/fixtures/drafts/leadership-review-name-slip.txt', 'utf8');
    const { findings } = analyzeReport(text, { format: 'plaintext', locale: 'en', only: ['typo', 'wording'] });
    expect(findings.map((f) => `${f.range.start.line + 1}: ${text.slice(f.span.start, f.span.end)} → ${f.suggestions?.[0]?.edits[0].newText}`)).toEqual(['19: 陈国化 → 陈国华']);
  });
});

describe('typo: a name known as one by its title, misspelt once (src/core/language/titledNames.ts)', () => {
  it('flags the name written once beside the form the document writes twice after a title (明化 is an ordinary pair, so the term check alone misses it)', () => {
    expect(typos('县长李明华主持会议。县长李明华强调，要压实责任。会后，县长李明化深入乡镇检查。')).toEqual([
      '29-32 “李明化” may be a typo for “李明华” (sounds alike; the document writes “李明华” twice) | 李明华',
    ]);
  });
  it('flags a titled name written once more, one similar character away, where no title marks it (1 against 1: the message says so)', () => {
    expect(typos('董事长王建峰出席签约仪式，王建锋在致辞中表示将深化合作。')).toEqual([
      '13-16 The name “王建锋” differs by one character from “王建峰” elsewhere in the document (sounds alike): check which is right | 王建峰;王建锋',
    ]);
  });
  it('reads a role as a title: 负责人, 联系人, a word ending in 员 (测试负责人葛晓岚 … 推荐葛晓兰)', () => {
    const text = '测试负责人葛晓岚带领测试组完成回归测试。年底推荐葛晓兰参加公司评优。';
    const at = text.indexOf('葛晓兰');
    expect(typos(text)).toEqual([
      `${at}-${at + 3} The name “葛晓兰” differs by one character from “葛晓岚” elsewhere in the document (sounds alike): check which is right | 葛晓岚;葛晓兰`,
    ]);
    // (Not after 人员, 成员, 党员: groups, not one person's role.)
    expect(typos('社区党员王建峰带头捐款。王建锋在发言中表示支持。')).toEqual([]);
  });
  it('flags a rare character of a name for a commoner one of its syllable, the name a known sequence that holds no word (王秀兰: 岚 is in no same-sound list of 兰)', () => {
    expect(typos('站长王秀兰深入各村辅导。培训中王秀岚获奖。由王秀兰同志负责。')).toEqual([
      '15-18 “王秀岚” may be a typo for “王秀兰” (sounds alike; the document writes “王秀兰” twice) | 王秀兰',
    ]);
  });
  it('flags the unmarked form before a pair only the dictionary’s rarest entries hold (民负 of 农民负担 is no word after 陈力民)', () => {
    expect(typos('科室副主任陈立民开展工作。由陈力民负责的项目进展顺利。支持陈立民申报课题。')).toEqual([
      '14-17 “陈力民” may be a typo for “陈立民” (sounds alike; the document writes “陈立民” twice) | 陈立民',
    ]);
  });
  it.each([
    ['a list of names, each a person (王建峰同志、王建锋同志)', '授予王建峰同志、王建锋同志先进个人称号。'],
    ['two people joined by 和', '表彰了董事长王建峰和王建锋。'],
    ['a name in a list with a title of its own in brackets', '出席：局长张晓燕，孙丽华、张小燕（县教育局局长）。'],
  ])('leaves the unmarked form in %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
  it('reads names before 同志 too, and names of two characters', () => {
    expect(typos('刘建华同志主持会议。刘建华同志指出，要抓好落实。刘建化同志要求各单位认真执行。')).toEqual([
      '24-27 “刘建化” may be a typo for “刘建华” (sounds alike; the document writes “刘建华” twice) | 刘建华',
    ]);
    expect(typos('县长赵刚主持会议。县长赵刚指出，要抓好落实。县长赵钢要求各单位认真执行。')).toEqual([
      '24-26 “赵钢” may be a typo for “赵刚” (sounds alike; the document writes “赵刚” twice) | 赵刚',
    ]);
  });
  it('flags the later of two spellings each written once where one sentence names the same person twice, in two clauses, asking which is right and offering either', () => {
    expect(typos('张晓明同志在防汛抢险中冲锋在前，建议授予张晓民同志先进个人称号。')).toEqual([
      '20-23 The name “张晓民” differs by one character from “张晓明” elsewhere in the document (sounds alike): check which is right | 张晓明;张晓民',
    ]);
  });
  it('so in two sentences, for a name of three characters (a writer introduces a name with care and slips later)', () => {
    expect(typos('张晓明同志在防汛抢险中冲锋在前。建议授予张晓民同志先进个人称号。')).toEqual([
      '20-23 The name “张晓民” differs by one character from “张晓明” elsewhere in the document (sounds alike): check which is right | 张晓明;张晓民',
    ]);
    // The second suggestion changes the other spelling, where it stands.
    const [finding] = analyzeReport('副局长周文斌牵头排查。由周文彬同志具体负责。', { format: 'plaintext', locale: 'zh-CN', only: ['typo'] }).findings;
    expect(finding.message).toBe('人名“周文彬”与文中另一处“周文斌”只差一字（音近），请核对哪一处正确');
    expect(finding.suggestions?.map((x) => [x.message, x.edits.map((e) => [e.span.start, e.span.end, e.newText])])).toEqual([
      ['改为“周文斌”', [[12, 15, '周文斌']]],
      ['把另一处改为“周文彬”', [[3, 6, '周文斌'.replace('斌', '彬')]]],
    ]);
    expect(finding.fix).toBeUndefined();
  });
  it('reads names before a title too (郑婉青护士长), not a unit before its head’s title (修复室主任)', () => {
    expect(typos('急诊科护士长郑婉清带领团队优化流程。以郑婉青护士长命名的创新工作室全年完成课题3项。')).toEqual([
      '19-22 The name “郑婉青” differs by one character from “郑婉清” elsewhere in the document (sounds alike): check which is right | 郑婉清;郑婉青',
    ]);
    expect(typos('修复室主任组织专题培训。修复室全年完成修复120件。修复室承担省级课题。修复师均持证上岗。')).toEqual([]);
  });
  it.each([
    ['two people named in one sentence (王芳同志、王方同志)', '授予王芳同志、王方同志先进个人称号。王芳同志带领志愿者开展服务。王芳同志表现突出。'],
    ['each form written twice (张伟, 张炜)', '张伟同志负责安全。张伟同志经验丰富。张炜同志负责运维。张炜同志技术过硬。'],
    ['a title followed by a verb, not a name (书记强调)', '书记强调要抓落实。书记强调要转作风。书记墙上挂着地图。'],
    ['two titles and none shared (县长赵刚, 副县长赵钢)', '县长赵刚主持会议。县长赵刚指出，要抓好落实。副县长赵钢要求各单位认真执行。'],
    ['two people in parallel short clauses, each once (王芳同志负责宣传工作，王方同志负责组织工作)', '王芳同志负责宣传工作，王方同志负责组织工作。'],
    ['a name of two characters each once, in two sentences (王芳, 王方)', '王芳同志在防汛抢险中冲锋在前。建议授予王方同志先进个人称号。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: a place or a company marked by its suffix (村, 镇, 街道, 工业园区, 化工 …), misspelt once (src/core/language/titledNames.ts)', () => {
  it('flags the spelling written once where the document writes the other twice, a dictionary entry or not (柳河, 东岗)', () => {
    expect(typos('公司位于柳河村。公司扎根柳河村，带动就业。大会上，柳和村村民代表发言。')).toEqual([
      '25-27 The name “柳和” differs by one character from “柳河”, written twice in the document (sounds alike): if both name one place or company, write it one way | 柳河',
    ]);
    expect(typos('水厂至东岗镇的主管道竣工，东港镇及沿线村实现同网同价。推进东岗镇以外乡镇供水。')).toEqual([
      '13-15 The name “东港” differs by one character from “东岗”, written twice in the document (sounds alike): if both name one place or company, write it one way | 东岗',
    ]);
  });
  it('and a company’s, before 化工, 集团, 公司 …, though its variant is a word (宏大)', () => {
    expect(typos('宏达化工有限公司成立于2008年。宏达化工全年降本1200万元。技改项目为宏大化工赢得荣誉。')).toEqual([
      '37-39 The name “宏大” differs by one character from “宏达”, written twice in the document (sounds alike): if both name one place or company, write it one way | 宏达',
    ]);
  });
  it.each([
    ['each written once (two villages may be named alike)', '走访柳河村。走访柳和村。'],
    ['two places in a list', '东港镇、东岗镇两镇合作。东岗镇负责供水，东岗镇负责排水。'],
    ['the half of a word the suffix ends (城乡, 农村)', '推进城乡融合，实施乡村振兴，统筹城乡发展。建设美丽乡村，推动城乡一体。'],
    ['two levels side by side (镇村 after a word: 实行|镇村, not a place 行镇)', '全镇共有行政村12个。行政村均设立便民服务站。实行镇村干部包片制度。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: set phrases of official prose the dictionary lacks (data/sources/official-phrases.txt)', () => {
  it.each([
    ['保驾护航 (jieba lists it as rare)', '为民营企业发展保架护航。', ['7-9 “保架” may be a typo for “保驾” (sounds alike) | 保驾']],
    ['驰而不息 (not in jieba)', '驰而不熄纠治四风。', ['0-4 “驰而不熄” may be a typo for “驰而不息” (sounds alike) | 驰而不息']],
    ['踔厉奋发', '踔历奋发、勇毅前行。', ['0-4 “踔历奋发” may be a typo for “踔厉奋发” (sounds alike) | 踔厉奋发']],
    ['统一部署 (布署 where 一部 would cut the correction alone)', '各单位要按照统一布署抓好落实。', ['8-10 “布署” may be a typo for “部署” (sounds alike) | 部署']],
    ['统一部署 (部属, a real word, for 部署)', '按照市委的统一部属全面启动。', ['7-9 “部属” may be a typo for “部署” (easily confused) | 部署']],
    ['一如既往 (继往 is a word only inside 继往开来: two known pairs side by side still read as a slip)', '电视台将一如继往支持本土赛事转播。', ['6-8 “继往” may be a typo for “既往” (sounds alike) | 既往']],
    ['久久为功 after 坚持 (持久 across the edge: 持 ends 坚持, a commoner word)', '要坚持久久为攻，一张蓝图绘到底。', ['3-7 “久久为攻” may be a typo for “久久为功” (sounds alike) | 久久为功']],
    ['刀刃向内, a formula of today\'s official prose the dictionary lacks (data/sources/official-phrases.txt)', '要以刀韧向内的勇气推进自我革命。', ['2-6 “刀韧向内” may be a typo for “刀刃向内” (sounds alike) | 刀刃向内']],
  ])('corrects %s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it('ships every phrase of the list as a correction target (the data was rebuilt after the list changed)', () => {
    const listed = projectList('official-phrases.txt');
    expect(listed.length).toBeGreaterThan(40);
    expect(listed.filter((w) => !typoModel()!.isTarget(w))).toEqual([]);
  });

  it('leaves the phrases as written, and words that only look like a swap of one (信心|凝聚力量 beside 凝心聚力)', () => {
    expect(typos('为民营企业发展保驾护航，驰而不息纠治四风，踔厉奋发、勇毅前行。')).toEqual([]);
    expect(typos('各位代表！信心凝聚力量，实干创造未来。')).toEqual([]);
    expect(typos('领导要关心爱护部属，这是上级的统一布置。')).toEqual([]);
  });
});

describe('typo: sequences every work report uses that the official texts lack (data/sources/report-phrases.txt)', () => {
  it.each([
    ['a drill (应急演练: the official texts never say it)', '组织开展防汛应急演炼。', ['8-10 “演炼” may be a typo for “演练” (sounds alike) | 演练']],
    ['the end of a chain (末端治理)', '完善未端治理体系。', ['2-4 “未端” may be a typo for “末端” (looks alike) | 末端']],
  ])('corrects a slip in %s with their support', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it('knows every sequence of the list (the data was rebuilt after the list changed)', () => {
    const listed = projectList('report-phrases.txt');
    expect(listed.length).toBeGreaterThan(80);
    const model = typoModel()!;
    expect(listed.filter((w) => !(w.length <= 4 ? model.isKnown(w) : model.isKnown(w.slice(0, 4)) && model.isKnown(w.slice(-4))))).toEqual([]);
  });
});

describe('typo: words younger than the dictionary (data/sources/modern-words.txt)', () => {
  it.each([
    ['a retail term (单品 beside 产品)', '推出的单品年均销售额超过千万元。'],
    ['a financing term (垫资 beside 电子)', '政企项目垫资比例较高，回款压力大。'],
    ['a coinage of digital policy (数智 beside 职工)', '建设数智工厂。'],
    ['a construction term (危大工程 beside 伟大工程)', '加强危大工程安全管理。'],
    ['a laboratory term (室间质量评价 beside 时间)', '参加省临床检验中心组织的室间质量评价。'],
    ['黏, the standard character for sticky since 2013 (黏度 beside 年度)', '纺丝原液特性黏度波动控制在范围以内。'],
    ['a farming word (春耕用肥 beside 用费)', '保障春耕用肥需求。'],
    ['an anti-fraud term (止付 beside 支付)', '及时止付冻结涉诈资金。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });

  it('still flags a slip beside such a word', () => {
    expect(typos('发展预制菜产业，加强规化。')).toEqual(['10-12 “规化” may be a typo for “规划” (sounds alike) | 规划']);
  });

  it('leaves a correction that would cut such a word off (量产|效率 is no 产销率; 授信|用信 no 守信用)', () => {
    expect(typos('新产线的量产效率稳步提升。')).toEqual([]);
    expect(typos('（二）授信用信稳步增长。')).toEqual([]);
  });

  it('flags a slip right beside such a word where the corrected text reads on into it (完成龙村|集体经济 → 农村: 农村集体 is known)', () => {
    expect(typos('年内完成龙村集体经济组织换届。')).toEqual(['4-6 “龙村” may be a typo for “农村” (sounds alike) | 农村']);
  });

  it('ships every word of the list in the data, or the data knows it already (the data was rebuilt after the list changed)', () => {
    const listed = projectList('modern-words.txt');
    const data = JSON.parse(fs.readFileSync(new URL('../../data/language/typo.json', import.meta.url), 'utf8'));
    const modern = new Set<string>(data.modern);
    expect(listed.length).toBeGreaterThan(200);
    const missing = listed.filter((w) => !modern.has(w) && !(w.length <= 4 && typoModel()!.isKnown(w)));
    expect(missing).toEqual([]);
  });
});

describe('typo: an older form beside the standard one the same document writes (src/core/language/variantForms.ts)', () => {
  it('flags 帐 for accounts where the document also writes 账, and 好象, 渡汛 beside 好像, 度汛', () => {
    expect(typos('建立工作台帐。规范账户管理。')).toEqual(['4-6 “台帐” should be “台账” (an older form; the document writes “账户” elsewhere) | 台账']);
    expect(typos('看起来好象没有问题，好像也不难。确保安全渡汛，做好度汛准备。')).toEqual([
      '3-5 “好象” should be “好像” (an older form; the document writes “好像” elsewhere) | 好像',
      '20-22 “渡汛” should be “度汛” (an older form; the document writes “度汛” elsewhere) | 度汛',
    ]);
  });

  it('leaves an older form the document writes consistently (the official reports up to 2001 do), and 好象 inside another word', () => {
    expect(typos('建立工作台帐，清理呆帐坏帐。看起来好象没有问题。确保安全渡汛。')).toEqual([]);
    expect(typos('这是友好象征，好像如此。')).toEqual([]);
  });
});

describe('typo: the names of the state’s leaders before the titles only they hold (src/core/language/leaders.ts)', () => {
  it.each([
    ['李墙总理作政府工作报告。', '0-2 “李墙” may be a typo for “李强” (sounds alike) | 李强'],
    ['赵乐计委员长出席会议。', '0-3 “赵乐计” may be a typo for “赵乐际” (sounds alike) | 赵乐际'],
    ['张国庆副总理主持会议。', '0-3 “张国庆” may be a typo for “张国清” (sounds alike) | 张国清'],
    ['会见前，韩政副主席会见外宾。', '4-6 “韩政” may be a typo for “韩正” (sounds alike) | 韩正'],
  ])('%s', (text, expected) => {
    expect(typos(text)).toEqual([expected]);
  });

  it('leaves the right names, other people with the same titles, and a namesake without the title', () => {
    expect(typos('李强总理作报告，丁薛祥副总理出席。李克强总理、李鹏总理、回良玉副总理、王岐山副主席、李先念主席。张国庆同志主持会议，王建国主席出席。')).toEqual([]);
  });
});

describe('typo: a term of the writer’s own, misspelt once where the document writes it right elsewhere', () => {
  // Names, places, units and projects no dictionary knows: the document is the reference.
  const report = [
    '区委书记陈振华同志带队调研桂湾新区建设。在陈振华同志的推动下，桂湾新区完成土地收储。',
    '“湾芯谷”产业园一期投入运营，“湾芯谷”产业园二期完成主体结构。',
    '桂弯新区综合管廊完成建设，“湾心谷”产业园配套道路同步建成。',
    '在陈振化同志的带领下，持续推进桂湾新区发展。',
    // (A company's name statistics cannot judge: 鸿达精蜜 of 鸿达精密 is found by them since 精密 is a word
    // of the project's reports, and a finding of its paragraph comes before the document's.)
    '瑞丰达科技有限公司完成技改投资。瑞丰达科技有限公司新增生产线4条，瑞风达科技有限公司获评专精特新企业。',
  ].join('\n');

  it('flags the variant with the form the document uses, for names, places, projects and companies', () => {
    const at = (s: string) => report.indexOf(s);
    expect(typos(report)).toEqual([
      `${at('桂弯新区')}-${at('桂弯新区') + 4} “桂弯新区” may be a typo for “桂湾新区” (sounds alike; the document writes “桂湾新区” several times) | 桂湾新区`,
      `${at('湾心谷')}-${at('湾心谷') + 3} “湾心谷” may be a typo for “湾芯谷” (sounds alike; the document writes “湾芯谷” twice) | 湾芯谷`,
      `${at('陈振化')}-${at('陈振化') + 3} “陈振化” may be a typo for “陈振华” (sounds alike; the document writes “陈振华” twice) | 陈振华`,
      `${at('瑞风达')}-${at('瑞风达') + 3} “瑞风达” may be a typo for “瑞丰达” (sounds alike; the document writes “瑞丰达” twice) | 瑞丰达`,
    ]);
  });

  it('says so in Chinese too', () => {
    const { findings } = analyzeReport(report, { format: 'plaintext', locale: 'zh-CN', only: ['typo'] });
    expect(findings.find((f) => f.message.includes('陈振化'))?.message).toBe('“陈振化”疑为“陈振华”（音近；文中另有两处作“陈振华”）');
  });

  it('says nothing of which is right where each form is written once: it asks the writer to check', () => {
    expect(typos('陈振华同志出席会议。陈振化同志作总结讲话。')).toEqual([
      '10-13 The name “陈振化” differs by one character from “陈振华” elsewhere in the document (sounds alike): check which is right | 陈振华;陈振化',
    ]);
  });

  it('leaves two words meeting where a word of three characters ends (青年人|租房 beside 个人|住房 ×2)', () => {
    expect(typos('发放个人住房公积金贷款3亿元。个人住房贷款率提高。减轻新市民、青年人租房负担。')).toEqual([]);
  });

  it('leaves an adverb of order before a word (先评审 beside 风险|评审 ×3)', () => {
    expect(typos('开展项目风险评审。风险评审意见作为决策依据。完善风险评审机制。坚持“先评审、后决策”。')).toEqual([]);
  });

  it('leaves a verb of classing at a clause\'s start (，属通风容易矿井 beside 主通风机 ×2)', () => {
    expect(typos('主通风机运行正常。检修主通风机两次。该矿等积孔3.42平方米，属通风容易矿井。')).toEqual([]);
  });

  it('leaves a preposition before a number (供热至3月 beside 供热质量 ×2)', () => {
    expect(typos('供热质量总体稳定。寒潮期间保障供热质量。今年延长供热至3月18日。')).toEqual([]);
  });

  it('leaves a variant the document itself repeats (two names, two terms of its own)', () => {
    expect(typos('陈振华同志出席会议。陈振华同志讲话。陈振化同志主持。陈振化同志总结。')).toEqual([]);
  });

  it('leaves variants that read as ordinary pairs or known words (我想去 and 我先去, 张伟 and 张炜, 市委 and 市卫健委, 数字化 and 数智化)', () => {
    expect(typos('我想去基层走访。我想去企业调研。我想去社区座谈。这次我先去基层。')).toEqual([]);
    const text = '授予张伟同志、张炜同志先进个人称号。张伟同志扎根基层，张伟同志所在班组安全生产无事故。张炜同志负责运维。市卫健委、市委组织部联合督查，市委办公室牵头，市委组织部配合。推进数字化转型，数字化水平提升，建设数智化车间。';
    expect(typos(text)).toEqual([]);
  });

  it('leaves a pair seen nowhere that lies between two words (局长|先去: 长先 is no slip inside a term)', () => {
    expect(typos('局长想去基层走访，局长想去企业调研。局长先去了基层。')).toEqual([]);
  });

  it('leaves a sequence the document repeats only as the end of a word and the next word (开|展查验 ×2 beside ，占查验)', () => {
    const text = '科室每月开展查验质量抽查，定期开展查验结果研判。线上预约查验2.1万票，占查验总量的74%。';
    expect(typos(text)).toEqual([]);
    // (Nor a longer term's tail: 西|岭填埋场 ×2 beside “零填埋”, zero landfill.)
    expect(typos('西岭填埋场于2009年建成。原生垃圾实现“零填埋”。西岭填埋场运行平稳。')).toEqual([]);
    // (The same edge of a name the document repeats is still read: 青山湖 ×2 beside 清山湖.)
    const names = '青山湖街道开展巡查。青山湖街道完成整治。清山湖街道上报数据。';
    expect(typos(names).some((f) => f.includes('清山湖'))).toBe(true);
  });

  it('leaves a measure word after a number (15种稀土 beside 重稀土 ×2)', () => {
    expect(typos('重稀土分离线投产。重稀土产品纯度提升。检测单一产品中15种稀土杂质。')).toEqual([]);
  });

  it('leaves a sequence whose changed character goes on in a word beyond it (实施|职工 is no 实施制 misspelt)', () => {
    expect(typos('全面实施制度化管理，实施制度创新，实施制度评估。实施职工技能提升计划。')).toEqual([]);
  });

  it('leaves a term in the user dictionary, and in Markdown reads the term as in plain text', () => {
    expect(typos(report, { words: ['陈振化'] }).some((f) => f.includes('陈振化'))).toBe(false);
    expect(typos(report, undefined, 'markdown')).toEqual(typos(report));
  });
});

describe('language rules: clean report text of our own (test/fixtures/clean-reports)', () => {
  const dir = 'test/fixtures/clean-reports';
  // The false alarms measured and left (known-false-alarms.tsv: file, flagged text, correction).
  const known = fs
    .readFileSync(`${dir}/known-false-alarms.tsv`, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'));
  it.each(fs.readdirSync(dir).filter((f) => f.endsWith('.txt')))('finds nothing in %s but its known false alarms, trade jargon and young words included', (file) => {
    const text = fs.readFileSync(`${dir}/${file}`, 'utf8');
    expect(text.length).toBeGreaterThan(300);
    const { findings } = analyzeReport(text, { format: 'plaintext', locale: 'en', only: ['typo', 'wording'] });
    const expected = known.filter(([f]) => f === file).map(([, found, fix]) => `${found} → ${fix}`);
    expect(findings.map((f) => `${text.slice(f.span.start, f.span.end)} → ${f.fix?.[0]?.newText ?? f.suggestions?.[0]?.edits[0]?.newText ?? ''}`)).toEqual(expected);
  });
});

describe('typo: a slip beside the character nothing covers, itself covered by a known sequence', () => {
  it('严格按|排: 按 sits in 严格按(照), yet 安排 covers 排, which nothing did', () => {
    expect(typos('严格按排学习任务。')).toEqual(['2-4 “按排” may be a typo for “安排” (sounds alike) | 安排']);
  });
  it('not beside a function character or a word standing alone (人会 is no 大会; 学不道的 is 学不到的, not 道德)', () => {
    expect(typos('有的人会觉得这样做没有必要。')).toEqual([]);
    expect(typos('这些是书本上学不道的知识。')).toEqual([]);
  });
});

describe('typo: the everyday words of work reports (data/sources/report-words.txt) are corrections as common words of official prose are', () => {
  it.each([
    ['各乡镇要按时申抱年度项目资金。', '6-8 “申抱” may be a typo for “申报” (sounds alike) | 申报'],
    ['对辖区水库开展排察，建立清单。', '7-9 “排察” may be a typo for “排查” (sounds alike) | 排查'],
    ['对辖区开展夜间巡罗。', '7-9 “巡罗” may be a typo for “巡逻” (sounds alike) | 巡逻'],
    ['开展核技术利用单位幅射安全检查。', '9-11 “幅射” may be a typo for “辐射” (sounds alike) | 辐射'],
    ['乡镇召开防讯工作会议。', '4-6 “防讯” may be a typo for “防汛” (sounds alike) | 防汛'],
    ['认真研渎党章党规。', '2-4 “研渎” may be a typo for “研读” (looks alike) | 研读'],
    ['对沿街商捕开展检查。', '3-5 “商捕” may be a typo for “商铺” (looks alike) | 商铺'],
    ['设备故幛停机时间同比下降。', '2-4 “故幛” may be a typo for “故障” (sounds alike) | 故障'],
    ['开展危险源辩识和风险评估。', '5-7 “辩识” may be a typo for “辨识” (sounds alike) | 辨识'],
  ])('%s', (text, expected) => {
    expect(typos(text)).toEqual([expected]);
  });
});

describe('typo: a pair opening an organisation’s name', () => {
  it('is never changed in both its characters (县|金穗种业有限公司 is no 先进)', () => {
    expect(typos('委托县金穗种业有限公司储备种子。')).toEqual([]);
  });
  it('while a double slip elsewhere is still found', () => {
    expect(typos('创新墙画监督管理方式。')).toEqual(['2-4 “墙画” may be a typo for “强化” (sounds alike) | 强化']);
  });
});

describe('typo: the thirty-eighth blind enterprise set and the thirty-fifth slips sitting', () => {
  it('reads 车 after a verb as the vehicle that does it (撒布车, a spreader truck: no 布局)', () => {
    expect(typos('计出动推雪铲车、融雪剂撒布车等机械设备142台。')).toEqual([]);
  });
  it('leaves a bound word alone where its companion is missing (高脂配方 is no 高质, which stands in 高质量; 进店量 no 电量)', () => {
    expect(typos('满足客户对膨化料的高脂配方需求。')).toEqual([]);
    expect(typos('自然进店量1.28万人次。')).toEqual([]);
    expect(typoModel()!.boundHolds('高质量', 0)).toBe(true);
    expect(typoModel()!.boundHolds('高质配方', 0)).toBe(false);
  });
  it('still corrects into a bound word beside its companion (一如继往 → 既往)', () => {
    expect(typos('将一如继往地支持地方发展。')).toEqual(['3-5 “继往” may be a typo for “既往” (sounds alike) | 既往']);
  });
  it('reads the slogans of a verb and a unit as words (服务兴企: no 服务性)', () => {
    expect(typos('坚持质量立厂、服务兴企、人才强企。')).toEqual([]);
  });
  it('reads 到账 as a word of finance (到账时间: no 长时间)', () => {
    expect(typos('退税平均到账时间为3个工作日。')).toEqual([]);
  });
  it('reads the flood season\'s phrases (进入汛期) as known, so its same-sound slip is found', () => {
    expect(typos('进入讯期后，加强值守。')).toEqual(['2-4 “讯期” may be a typo for “汛期” (sounds alike) | 汛期']);
  });
  it('reads 经集体研究 as decided collectively (no 经济体) and a hotel\'s 直订 as a word (no 制定)', () => {
    expect(typos('重大事项一律经集体研究决定。')).toEqual([]);
    expect(typos('上线微信小程序直订功能。')).toEqual([]);
  });
  it('reads a court\'s 发回重审 as it stands (no 发挥)', () => {
    expect(typos('经二审发回重审和改判33件。')).toEqual([]);
  });
  it('reads 做 and the quality it gives as a word (统筹好|做优 is no swap of 统筹做好; 做实|航前 no 实行)', () => {
    expect(typos('统筹好做优增量和盘活存量的关系。')).toEqual([]);
    expect(typos('做实航前准备与放行工作。')).toEqual([]);
  });
  it('lets a corrected word end before a one-character verb (经费|到账)', () => {
    expect(typos('全年科研经废到账2.8亿元。')).toEqual(['4-6 “经废” may be a typo for “经费” (sounds alike) | 经费']);
  });
});

describe('typo: a hydrate\'s count (the thirty-seventh blind enterprise set)', () => {
  it('leaves the numeral before 水 and a compound\'s name (七水硫酸亚铁 is no 汽水)', () => {
    expect(typos('副产七水硫酸亚铁21万吨，脱水后制成一水硫酸亚铁；外购六水氯化镁和一水合氨。')).toEqual([]);
  });
});

describe('typo: terms of the twentieth blind enterprise set', () => {
  it.each([
    ['a preposition before a number (增至9处: no 增值)', '全市献血屋增至9处。'],
    ['the two ends of one scale, 上 and 下, in a term the document writes (下榨季 beside 上榨季 ×2: the next season, no variant)', '榨季入榨甘蔗42万吨，出糖率比上榨季提高0.3个百分点，吨糖耗煤比上榨季下降。下榨季工作打算如下。'],
    ['自 making a term with the verb after it (自产蔗渣: no 资产)', '锅炉全部燃用自产蔗渣。'],
    ['抗 making a term with what follows (抗空蚀焊条: no 航空)', '对空蚀区域采用抗空蚀焊条堆焊。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: a common word typed the wrong way round where the pair as written is met across words', () => {
  it('corrects it where both its junctions are seen nowhere and the swap makes them ordinary (日|动活|6, 量|查抽|合)', () => {
    expect(typos('学校举办家长开放日动活6次。')).toEqual(['9-11 “动活” may be a typo for “活动” (characters swapped) | 活动']);
    expect(typos('全县数据质量查抽合格率达98%。')).toEqual(['6-8 “查抽” may be a typo for “抽查” (characters swapped) | 抽查']);
  });
  it('leaves the pair between two words (劳动|活力)', () => {
    expect(typos('组织劳动活力竞赛。')).toEqual([]);
  });
});

describe('typo: a swap inside a word of three characters any prose uses often (满意度)', () => {
  it('corrects it where the window as written holds no word of two characters', () => {
    expect(typos('游客意满度达到96%。')).toEqual(['2-5 “意满度” may be a typo for “满意度” (characters swapped) | 满意度']);
    expect(typos('深化网化格管理。')).toEqual(['2-5 “网化格” may be a typo for “网格化” (characters swapped) | 网格化']);
  });
  it('leaves one that holds such a word (车险|保费, 干|实事上)', () => {
    expect(typos('车险保费收入增长。把力气用到干实事上。')).toEqual([]);
  });
  it('leaves a court’s term (执源治理)', () => {
    expect(typos('（四）推进执源治理')).toEqual([]);
  });
});

describe('typo: terms of the seventeenth blind enterprise set', () => {
  it.each([
    ['a conjunction after a rare dictionary entry, before a word (内审|和|管理评审: no 审核)', '质量部完成内审和管理评审各一次。'],
    ['a rare entry that goes on into a longer one, a term (医源|性 of 医源性感染: no 医院)', '全年未发生医源性感染。'],
    ['a preposition before a number at a run’s end (我自|2021年: no 自我)', '我自2021年起担任车间主任。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });

  it('still corrects 审和 where no word ends before it, and 我自 where no number follows', () => {
    expect(typos('加强对申报材料的审和把关。')).toEqual(['8-10 “审和” may be a typo for “审核” (sounds alike) | 审核']);
    expect(typos('我们认真我自检查。')).toEqual(['4-6 “我自” may be a typo for “自我” (characters swapped) | 自我']);
  });
});

describe('typo: a conjunction after a term no data knows (the twenty-fourth blind enterprise set)', () => {
  it('leaves 和 between two characters no known sequence covers and a word (微水|和|分解物: no 水火)', () => {
    expect(typos('对SF6气体开展微水和分解物测试。')).toEqual([]);
  });
  it('still corrects 综和 where a known character ends no word before it', () => {
    expect(typos('采用综和评分法确定中标人。')).toEqual(['2-4 “综和” may be a typo for “综合” (sounds alike) | 综合']);
  });
});

describe('typo: a correction after a rare dictionary entry of three characters, a word of its own (common slips sitting 27)', () => {
  it('年级组|按排 → 安排', () => {
    expect(typos('高三年级组按排骨干教师开展辅导。')).toEqual(['5-7 “按排” may be a typo for “安排” (sounds alike) | 安排']);
  });
});

describe('typo: two known words are not read as one word across them (common slips sitting 27)', () => {
  it('leaves 邮政|支局 (a post office branch), no 政治 or 政治局', () => {
    expect(typos('邮政支局开通农村电商寄递服务点23个。')).toEqual([]);
  });
  it('still corrects a real word that a known phrase holds (机智 → 机制)', () => {
    expect(typos('健全村级事务管理长效机智。')).toEqual(['10-12 “机智” may be a typo for “机制” (easily confused) | 机制']);
  });
});

describe('typo: 爆发 of what erupts stays (only an epidemic, an infection or a flash flood 暴发)', () => {
  it('leaves a war, a crisis and an athlete’s power', () => {
    expect(typos('防止战争爆发，化解金融危机爆发的风险，提升运动员爆发力。')).toEqual([]);
  });
});

describe('typo: 副 before a title is a deputy’s (the twenty-seventh blind enterprise set)', () => {
  it('leaves 副工班长, a deputy work-team leader (no 复工)', () => {
    expect(typos('工班长赵磊、副工班长孙晓东带队参加技能竞赛。')).toEqual([]);
  });
  it('still corrects 副工 where no title follows (副工复产 → 复工)', () => {
    expect(typos('全面推进副工复产。')).toEqual(['4-6 “副工” may be a typo for “复工” (sounds alike) | 复工']);
  });
});

describe('typo: 带 is a one-character verb, a word of its own (the twenty-sixth blind enterprise set)', () => {
  it('reads 至 (to) as a word of its own, like 到: from one stage to the next (投料|至|成品: no 制成)', () => {
    expect(typos('实现从原料投放至成品出库全过程追溯。')).toEqual([]);
    expect(typos('加工致成品后统一出售。')).toEqual(['2-4 “致成” may be a typo for “制成” (sounds alike) | 制成']);
  });

  it('leaves it before a word, and no other word standing alone replaces it (加带|光源放大镜: no 加大)', () => {
    expect(typos('采用目测加带光源放大镜检查器械。')).toEqual([]);
  });
  it('still corrects a non-word made with it or for it (带表, 代动)', () => {
    expect(typos('召开职工带表大会。')).toEqual(['4-6 “带表” may be a typo for “代表” (sounds alike) | 代表']);
    expect(typos('发挥示范代动作用。')).toEqual(['4-6 “代动” may be a typo for “带动” (sounds alike) | 带动']);
  });
});

describe('typo: terms of the twenty-first, twenty-third and twenty-fifth blind enterprise sets', () => {
  it.each([
    ['a conjunction joining two terms, a one-character verb after it (加注量和|卸剂量: no 和谐)', '车间按周核定催化剂加注量和卸剂量。'],
    ['a term written with one of two common words its twin uses the other of (压载水|检测 beside 压载水|监测)', '压载水监测站负责压载水监测工作，今年新招压载水检测人员两名。'],
    ['a rare entry before a trade’s word that official prose never uses, nor its halves (体视|显微镜: no 体现)', '在体视显微镜下逐片检查焊点。'],
    ['typhoon prevention beside flood control (防汛防台: no 防治)', '汛前开展防汛防台专项检查。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });

  it('still corrects 和协 where the corrected character reads on (和谐|发展), and a term slip into no word (坚测)', () => {
    expect(typos('坚持稳定与和协发展。')).toEqual(['5-7 “和协” may be a typo for “和谐” (sounds alike) | 和谐']);
    expect(typos('压载水监测站负责压载水监测工作，今年新招压载水坚测人员两名。')).toEqual(['23-25 “坚测” may be a typo for “监测” (sounds alike) | 监测']);
    // (A compound of words official prose uses is no trade's word: 幅射|安全检查 is still 辐射.)
    expect(typos('开展幅射安全检查两次。')).toEqual(['2-4 “幅射” may be a typo for “辐射” (sounds alike) | 辐射']);
  });
});

describe('typo: look-alikes of the proofreading guides that pycorrector does not group (data/sources/look-alikes.txt)', () => {
  it.each([
    ['疑 for 凝', '本月浇筑混疑土1200立方米。', ['4-7 “混疑土” may be a typo for “混凝土” (looks alike) | 混凝土']],
    ['武 for 式', '积极推广日间手术模武。', ['8-10 “模武” may be a typo for “模式” (looks alike) | 模式']],
    ['衰 for 表', '认真办理人大代衰建议。', ['6-8 “代衰” may be a typo for “代表” (looks alike) | 代表']],
    ['人 for 入 (one way: 人>入)', '全年实现营业收人3.2亿元。', ['6-8 “收人” may be a typo for “收入” (looks alike) | 收入']],
    ['人 for 入 before a verb', '要深人推进作风建设。', ['1-3 “深人” may be a typo for “深入” (looks alike) | 深入']],
    ['人 for 入, not read as a swap (投人资 is no 投资人)', '加大研发投人，全年新增专利12项。', ['4-6 “投人” may be a typo for “投入” (looks alike) | 投入']],
    ['惠 for 患', '开展安全隐惠排查整治。', ['4-6 “隐惠” may be a typo for “隐患” (looks alike) | 隐患']],
  ])('corrects %s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });
  it('leaves 人 where it makes words on both sides, and never reads 入 as a slip for 人', () => {
    expect(typos('接收人员12名，引人注目，深入人心，列入计划。')).toEqual([]);
    expect(typoModel()!.shape['入'] ?? '').not.toContain('人');
  });

  it('merges every group of the list into the look-alike sets (the data was rebuilt after the list changed)', () => {
    const shape = typoModel()!.shape;
    for (const group of projectList('look-alikes.txt')) {
      if (group.includes('>')) {
        const [from, to] = group.split('>');
        for (const b of to) expect(shape[from] ?? '', group).toContain(b);
        continue;
      }
      // (`A~B`: A and B are no look-alikes of each other.)
      if (group.includes('~')) {
        const [a, b] = group.split('~');
        expect(shape[a] ?? '', group).not.toContain(b);
        expect(shape[b] ?? '', group).not.toContain(a);
        continue;
      }
      // (`!A`: A is no look-alike of anything.)
      if (group.startsWith('!')) {
        for (const a of group.slice(1)) expect(Object.entries(shape).filter(([c, set]) => c === a || set.includes(a)), group).toEqual([]);
        continue;
      }
      const chars = [...group];
      for (const a of chars) for (const b of chars) if (a !== b) expect((shape[a] ?? '').includes(b) || (shape[b] ?? '').includes(a), group).toBe(true);
    }
  });
});

describe('typo: a swap and a same-sound slip that read equally well over the same two characters', () => {
  it('takes the swap, which changes no character (责令改整 is 整改 the wrong way round, not 改正)', () => {
    expect(typos('对违规网点责令改整。')).toEqual(['7-9 “改整” may be a typo for “整改” (characters swapped) | 整改']);
  });

  it('leaves the other reading as written (责令改正)', () => {
    expect(typos('依法责令改正违法行为。')).toEqual([]);
  });
});

describe('typo: the orders an inspection gives (data/sources/report-phrases.txt)', () => {
  it('corrects a slip that breaks one (立即整该, 责今整改)', () => {
    expect(typos('发现隐患后要求立即整该。')).toEqual(['9-11 “整该” may be a typo for “整改” (sounds alike) | 整改']);
    expect(typos('监督检查后责今整改。')).toEqual(['5-7 “责今” may be a typo for “责令” (looks alike) | 责令']);
  });
});

describe('typo: a word that loses its character to a far commoner one beside it', () => {
  it('reads 完|成龙|村 as 完成 and a slip for 农村 (成龙 is a dictionary word official prose never uses; 龙村 a pair seen nowhere)', () => {
    expect(typos('年内完成龙村集体产权制度改革。')).toEqual(['4-6 “龙村” may be a typo for “农村” (sounds alike) | 农村']);
  });

  it.each([
    ['the word where the next pair is ordinary (龙头)', '督促完成龙头企业认定。'],
    ['the word in a set phrase (成龙配套)', '配套设施成龙配套。'],
    ['the word with no commoner one beside it (望子成龙)', '望子成龙村民心愿。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: a near sound where a known phrase holds the correction and the pair as written is only a rare dictionary entry', () => {
  it('同比争长 → 增长 (同比增长 a phrase of work reports, 争长 a rare entry)', () => {
    expect(typos('全市社会消费品零售总额同比争长5.2%。')).toEqual(['13-15 “争长” may be a typo for “增长” (sounds alike) | 增长']);
  });
});

describe('typo: a reduplicated phrase whose doubled character slipped both times', () => {
  it.each([
    ['她竞竞业业扎根基层三十年。', '1-5 “竞竞业业” may be a typo for “兢兢业业” (sounds alike) | 兢兢业业'],
    ['他们勤勤肯肯，任劳任怨。', '2-6 “勤勤肯肯” may be a typo for “勤勤恳恳” (sounds alike) | 勤勤恳恳'],
  ])('%s', (text, expected) => {
    expect(typos(text)).toEqual([expected]);
  });
  it('leaves the phrases as they should be', () => {
    expect(typos('工作兢兢业业，踏踏实实，认认真真。')).toEqual([]);
  });
});

describe('typo: words the input method offers for each other, decided by a known phrase around the meant one', () => {
  it.each([
    ['各单位要取得明显时效。', '8-10 “时效” may be a typo for “实效” (easily confused) | 实效'],
    ['全年收益群众达3万人。', '2-4 “收益” may be a typo for “受益” (easily confused) | 受益'],
  ])('%s', (text, expected) => {
    expect(typos(text)).toEqual([expected]);
  });
  it('leaves the written word where a known phrase holds it (时效 of 诉讼时效, 收益 of 投资收益)', () => {
    expect(typos('注意诉讼时效，提高投资收益。')).toEqual([]);
  });
});

describe('typo: a paragraph with a slip found is read again, less strictly', () => {
  it('a word official prose uses now and then gives way there, held by known phrases on both sides (市场主题|退出 → 主体)', () => {
    expect(typos('要健全市场主题退出机制，加快布署改革任务。')).toEqual(['5-7 “主题” may be a typo for “主体” (easily confused) | 主体', '14-16 “布署” may be a typo for “部署” (sounds alike) | 部署']);
  });
  it('not in a paragraph where nothing else is found', () => {
    expect(typos('要健全市场主题退出机制，加快部署改革任务。')).toEqual([]);
  });
});

describe('typo: precision guards', () => {
  it.each([
    // (结垢 and 校院, words of a trade the dictionary lists as rare or not at all.)
    '解决流浆箱唇板结垢问题，组织校院两级督导听课。',
    // (支行, a bank's branch, a word of reports the official texts seldom use: no 执行.)
    '农商银行城东支行全力支持小微企业。',
    // (官网, a word younger than the dictionary, which lists it as a rare entry: no 管网.)
    '其事迹将在局官网和视频号同步宣传。',
    // (库, a store, ends a word of its own: 专用|库, not 专用车.)
    '建成2～8℃医药专用库6000平方米。',
    // (A number and its unit, then 时: 时|出水, not 付出, which the check once read there.)
    '确保水温低于12℃时出水稳定。',
    '进水浓度高于5mg/L时出水依然稳定达标。',
    '参加市防指会商38次，提升数值预报释用能力。',
    '截止日期为五月底，累积经验，反应速度快，机智应对。',
    '把人民利益放在至高无上的位置，生命之上还有信仰。',
    '截止到11月底，已完成全年计划的九成。',
    '加强药品不良反应情况监测。',
    '把他当做为人民服务的榜样。',
    '支持即时通讯、即时到账，建设数据即时处理平台。',
    '领到工资后，我们要到基层去。',
    '标准统一但执行不力，这是原因之一但不是全部。',
    '坚持以经济建设为中心，以经营促发展；自己经营的企业，知己经验谈。',
    '各单位自已经开展自查；立即然后报告。',
    '会议即定于明日召开，方案即定稿。',
    '一个一个地解决，一步一步地推进；我们要研究研究，大家走着走着就到了，哈哈哈哈哈哈。',
    '把材料交给于主任；依法行使权力，保障公民权利。',
    '这未必竟是坏事，要按装修标准执行。',
    '台风登陆我省沿海。',
    '总结经验启示，坚持辨证施治。',
    '转移支付总额增加，交付总经理审批，将药物溶入水中。',
    '高速公路总里程达到五千公里，他领到了工资。',
    '你想去哪里，总要有个目标；省发展改革委牵头。',
    '检查监督不严，以致问题长期得不到解决；项目过多，以至许多工程不能按期完成。',
    '落实河长制，配齐网格员，推行接诉即办，上线ERP 系统。',
    '蹄疾步稳推进改革，坚忍不拔，久久为功。',
    '提升监督质效，推进“平急两用”设施建设。',
    '依据京经信发〔2022〕87号文件执行。',
    '张建国同志任办公室主任，李晓红同志任副主任。',
    '坚持“快进、严出、稳出”的要求。',
    '全年新增1.1亿门电话。',
    // 拟 stands as a word before the verb it governs (拟|上市), like 应 and 须: no 以上.
    '对接辖内上市公司及拟上市企业14家，拟于下月召开推介会。',
    // The character before a number is its preposition (降至), whatever it looks like.
    '公共供水管网漏损率降至9.2%，分拣差错率降至万分之一点二。',
    // 体积 is a word of everyday prose (the official texts never use it): no 体系 where 体系重量 is no known phrase.
    '推广应用六面扫描和DWS体积重量测量一体化设备。',
    // So is 银杏 (a tree, dictionary bucket 9): no 银行 where only 银行经 is a known sequence.
    '古寺千年银杏经过两年复壮，长势良好。',
    // A duration every service report counts (report-words.txt), a hydrologist's term (modern-words.txt).
    '服务器平均响应时长低于80毫秒，开展水位流量关系单值化分析。',
    // An airport's departure system (modern-words.txt): no 离岗.
    '完成离港系统升级，旅客值机效率明显提升。',
    // A unit naming itself (modern-words.txt): no 现在, no 我们.
    '我县在国家和省的支持下建成新馆。',
    '今年我盟坚持问题导向，该组共完成项目12个。',
  ])('leaves alone: %s', (text) => {
    expect(typos(text)).toEqual([]);
  });

  it('still corrects 拟上 where 拟 governs no verb (县级拟上人民政府 → 以上)', () => {
    expect(typos('县级拟上人民政府负责组织实施。')).toEqual(['2-4 “拟上” may be a typo for “以上” (looks alike) | 以上']);
  });

  it('a term used again in the document is the writer’s own', () => {
    expect(typos('编制发展规化。')).toHaveLength(1);
    expect(typos('编制发展规化。\n\n规化工作由办公室牵头。')).toEqual([]);
  });

  it('the user dictionary (`words`) silences a term', () => {
    expect(typos('认真做好工作布署。', { words: ['布署'] })).toEqual([]);
    expect(typos('认真做好工作布署。', { words: ['工作布署安排'] })).toHaveLength(1);
    expect(typos('认真做好工作布署。', mergeConfigs({ words: ['布'] }, { words: ['布署'] }))).toEqual([]);
  });

  it('validates `words`', () => {
    expect(validateConfig({ words: ['河长制', '网格员'] })).toEqual([]);
    expect(validateConfig({ words: '河长制' })).toEqual(['"words" must be an array of non-empty strings']);
    expect(validateConfig({ words: ['', 3] })).toEqual(['"words" must be an array of non-empty strings']);
  });

  it('never flags inside code, URLs or Latin text', () => {
    const text = '认真做好工作布署。\n\n`编制发展规化`\n\n```\n这项工作要持之以衡\n```\n\n见 https://example.com/政冶站位 。\n\nThe plan is fine.\n';
    expect(typos(text, undefined, 'markdown')).toEqual(['6-8 “布署” may be a typo for “部署” (sounds alike) | 部署']);
  });

  it('never flags inside a URL in plain text', () => {
    expect(typos('详见 https://example.com/编制发展规化 。')).toEqual([]);
    expect(typos('编制发展规化，见 https://example.com/a 。')).toEqual(['4-6 “规化” may be a typo for “规划” (sounds alike) | 规划']);
  });

  it('reads no corrections into text that is no prose, and still checks the prose beside it', () => {
    // Text decoded with the wrong encoding, and common characters in random order: more than half
    // of the characters lie in no known sequence.
    const mojibake = new TextDecoder('gb18030').decode(new TextEncoder().encode('关于进一步加强基层组织建设的实施意见，请各单位认真贯彻落实。'));
    const common = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经';
    let seed = 3;
    let shuffled = '';
    for (let i = 0; i < 600; i++) shuffled += common[(seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % common.length];
    const text = `${mojibake}\n${shuffled}\n编制发展规化。`;
    const at = text.indexOf('规化');
    expect(typos(text)).toEqual([`${at}-${at + 2} “规化” may be a typo for “规划” (sounds alike) | 规划`]);
  });

  it('is silent without its data, and never throws on odd input', () => {
    const model = typoModel();
    setTypoData(undefined);
    expect(typos('编制发展规化。')).toEqual([]);
    setTypoData(model);
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 200; i++) {
      let s = '';
      for (let j = 0; j < 40; j++) s += String.fromCharCode(rand() < 0.7 ? 0x4e00 + Math.floor(rand() * 0x5000) : Math.floor(rand() * 0x3100));
      expect(() => analyzeReport(s, { format: i % 2 ? 'markdown' : 'plaintext', only: ['typo', 'wording'] })).not.toThrow();
    }
  });

  it('gives a character rare in any prose its syllable\'s commonest characters, apart (缮: 善; not 她, common outside official prose)', () => {
    const json = JSON.parse(fs.readFileSync('data/language/typo.json', 'utf8'));
    expect(json.rareSounds['缮']).toContain('善');
    expect(json.rareSounds['她']).toBeUndefined();
    expect(json.rareSounds['是']).toBeUndefined();
    expect(typos('她们积极参与志愿服务。')).toEqual([]);
    // (Not where the character kept begins a longer word: an element and a word of chemistry.)
    expect(typos('检测砷化合物含量。')).toEqual([]);
  });

  it('corrects a non-word into a word many of the project\'s reports use and official prose seldom (reportCounted: 偏低), not into a place name they share', () => {
    const json = JSON.parse(fs.readFileSync('data/language/typo.json', 'utf8'));
    const words: string[] = json.reportCounted.match(/../g);
    expect(words).toEqual(expect.arrayContaining(['偏低', '缩短', '缺陷', '采集']));
    // (Not a word official prose uses often, nor 青溪 and 滨江, places the reports made up.)
    expect(words.filter((w) => ['工作', '发展', '青溪', '滨江'].includes(w))).toEqual([]);
    expect(typos('夏季用电高峰电压偏底。')).toEqual(['8-10 “偏底” may be a typo for “偏低” (sounds alike) | 偏低']);
    expect(withData({ ...json, reportCounted: '' }, () => typos('夏季用电高峰电压偏底。'))).toEqual([]);
  });

  it('knows the sequences many of the project\'s reports hold (reportSequences: 利润总额), and finds a slip beside them', () => {
    const json = JSON.parse(fs.readFileSync('data/language/typo.json', 'utf8'));
    const fours: string[] = json.reportSequences[4].match(/..../g);
    expect(fours).toContain('利润总额');
    expect(json.reportSequences[3].length % 3).toBe(0);
    // (Not the names of people and places the reports share: a name known would hide its slip.)
    const threes: string[] = json.reportSequences[3].match(/.../g);
    expect(threes.filter((w) => ['王建华', '陈志刚', '江州市', '石桥镇'].includes(w))).toEqual([]);
    expect(typos('全年利闰总额达到3200万元。')).toEqual(['2-4 “利闰” may be a typo for “利润” (sounds alike) | 利润']);
    expect(withData({ ...json, reportSequences: undefined }, () => typos('全年利闰总额达到3200万元。'))).toEqual([]);
  });

  it('lists as sounding alike only characters of the same or a near syllable (pycorrector lists 征 for 直)', () => {
    const json = JSON.parse(fs.readFileSync('data/language/typo.json', 'utf8'));
    expect(json.pinyin['直']).not.toContain('征');
    expect(json.pinyin['于']).not.toContain('务');
    expect(json.pinyin['直']).toContain('执');
    // (A near sound the file lists stays: yin and ying.)
    expect(json.pinyin['因']).toContain('应');
    expect(typos('推广玉米籽粒直收技术。')).toEqual([]);
  });

  it('reads the built Bloom filters as the build wrote them', () => {
    const json = JSON.parse(fs.readFileSync('data/language/typo.json', 'utf8'));
    const known = new Bloom(json.known);
    for (const w of ['规划', '部署', '坚定不移', '实事求是']) expect(known.has(w)).toBe(true);
    expect(['规化', '坚不定移', '实事求事'].filter((w) => known.has(w))).toEqual([]);
  });

  it('hashes as the build does, for any code units (the reader keeps its hashes in int32)', async () => {
    const { bloomAdd, bloomCreate, bloomEncode } = await import('../../scripts/language-bloom.mjs');
    let seed = 11;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const words: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let w = '';
      for (let j = 0, n = 2 + Math.floor(rand() * 3); j < n; j++) w += String.fromCharCode(Math.floor(rand() * 0x10000));
      words.push(w);
    }
    const built = bloomCreate(words.length, 0.001);
    for (const w of words) bloomAdd(built, w);
    const bloom = new Bloom(bloomEncode(built));
    expect(words.filter((w) => !bloom.has(w))).toEqual([]);
    expect(words.filter((w) => !bloom.hasPair(w.charCodeAt(0), w.charCodeAt(1)) && w.length === 2)).toEqual([]);
    const swapped = words.filter((w) => w.length === 4).map((w) => w[1] + w[0] + w.slice(2));
    expect(swapped.filter((w) => !bloom.hasSwapped(w, 0, 4, 0))).toEqual([]);
  });

  it('adds a word at load time exactly as the build would have (the young words)', async () => {
    const { bloomAdd, bloomCreate, bloomEncode } = await import('../../scripts/language-bloom.mjs');
    const words = ['客服', '劫机', '坚定不移', '\uffff\u0001', '规划'];
    const all = bloomCreate(words.length, 0.001);
    for (const w of words) bloomAdd(all, w);
    const some = bloomCreate(words.length, 0.001);
    for (const w of words.slice(2)) bloomAdd(some, w);
    const loaded = new Bloom(bloomEncode(some));
    expect(loaded.has('客服')).toBe(false);
    for (const w of words.slice(0, 2)) loaded.add(w);
    expect(loaded).toEqual(new Bloom(bloomEncode(all)));
  });

  it('takes a known sequence holding a pair no ordinary text has for a false answer of the filter (SequenceFilter)', async () => {
    const { bloomAdd, bloomCreate, bloomEncode } = await import('../../scripts/language-bloom.mjs');
    const sequences = bloomCreate(8, 0.001);
    // 易瓶台 stands for a collision: the sequences' filter answers "present", its pair 瓶台 is none.
    for (const w of ['交易平台', '易平台', '易瓶台', '视频监控']) bloomAdd(sequences, w);
    const pairs = bloomCreate(8, 0.001);
    for (const w of ['交易', '易平', '平台', '易瓶', '视频', '监控']) bloomAdd(pairs, w);
    const known = new SequenceFilter(new Bloom(bloomEncode(sequences)), new OrdinaryPairs(new Bloom(bloomEncode(pairs))));
    expect(['交易平台', '易平台'].map((w) => known.has(w))).toEqual([true, true]);
    expect(known.has('易瓶台')).toBe(false);
    expect(known.hasRange('公共资源交易瓶台', 5, 8)).toBe(false);
    expect(known.hasRange('公共资源交易平台', 4, 8)).toBe(true);
    // Swapped in place: 台平 → 平台.
    expect(known.hasSwapped('易台平', 0, 3, 1)).toBe(true);
    expect(known.hasSwapped('易台瓶', 0, 3, 1)).toBe(false);
    // A report sequence across two words (频监 of 视频|监控) is known once added as such.
    expect(known.has('视频监控')).toBe(false);
    known.addUnpaired('视频监控');
    expect(known.has('视频监控')).toBe(true);
    // A pair too: one no ordinary text has is no word either (a collision: 罚展 was taken for
    // known, and 经济罚展 corrected into 经济法 instead of 发展).
    known.add('瓶台');
    expect(known.has('瓶台')).toBe(false);
    known.add('交易');
    expect(known.has('交易')).toBe(true);
  });

  it('finds a slip the filter once covered with a false "known" (交易瓶台 → 平台)', () => {
    expect(typos('区公共资源交易瓶台全年完成进场交易项目430个。')).toEqual(['7-9 “瓶台” may be a typo for “平台” (sounds alike) | 平台']);
  });

  it('knows the young words of the data: rare jieba entries that make longer entries (客服 of 客服部, 客服群) are no misspellings', () => {
    const json = JSON.parse(fs.readFileSync('data/language/typo.json', 'utf8'));
    expect(json.young.length % 2).toBe(0);
    expect(json.young).toContain('客服');
    expect(json.young).not.toContain('布署');
    expect(typoModel()!.isKnown('客服')).toBe(true);
    expect(typos('提升客服水平。')).toEqual([]);
    expect(typos('认真做好工作布署。')).toHaveLength(1);
  });

  it('knows every pair of neighbours inside a target word (the superset the candidate search trusts)', () => {
    const json = JSON.parse(fs.readFileSync('data/language/typo.json', 'utf8'));
    const model = typoModel()!;
    const missing: string[] = [];
    for (const n of [2, 3, 4]) {
      const s: string = targetRecords(json.targets[n], n);
      for (let i = 0; i + n + 2 <= s.length; i += n + 2) {
        for (let j = i; j + 1 < i + n; j++) if (!model.inTargetPair(s.charCodeAt(j), s.charCodeAt(j + 1))) missing.push(s.slice(i, i + n));
      }
    }
    expect(missing).toEqual([]);
    // And it is a filter: most pairs of characters are in no target word.
    let inTargets = 0;
    for (let a = 0x4e00; a < 0x4e00 + 200; a++) for (let b = 0x6000; b < 0x6000 + 200; b++) if (model.inTargetPair(a, b)) inTargets++;
    expect(inTargets / 40000).toBeLessThan(0.1);
  });
});

describe('typo: a flagged pair that reads as two words across a boundary', () => {
  it.each([
    ['word + localizer', '在防汛抢险的战斗里，党员冲在前面。'],
    ['word + one-character verb', '群众有意见有地方说。'],
    ['word + one-character verb at the end of a clause', '村里的事情地方管。'],
    ['word + suffix', '新建一批公益型养老机构。'],
    ['word + measure word', '区里的二级批发站已经撤销。'],
    ['before a number', '全市有一个近3000亩的产业园。'],
    ['the unchanged character begins a word of its own', '学史力行，不断进步。'],
    ['word + 时 (when)', '在修编城市规划时，要广泛听取意见。'],
    ['word + 稿 (a draft)', '请于周五前报送汇报稿。'],
  ])('%s: %s', (_kind, text) => {
    expect(typos(text)).toEqual([]);
  });

  it('still flags a slip that leaves a piece that is no word', () => {
    expect(typos('要面向末来。')).toEqual(['3-5 “末来” may be a typo for “未来” (looks alike) | 未来']);
    expect(typos('在防汛抢险的战斗里不断提高政冶站位。')).toEqual(['13-15 “政冶” may be a typo for “政治” (looks alike) | 政治']);
    expect(typos('学习党史，学史力行，走向末来。')).toEqual(['12-14 “末来” may be a typo for “未来” (looks alike) | 未来']);
  });

  it.each([
    ['a verb and a suffix are no two words (管|里 for 管理)', '加强城市管里工作。', ['4-6 “管里” may be a typo for “管理” (sounds alike) | 管理']],
    ['a word that is a piece of the corrected phrase (大数 of 大数据)', '推动大数局中心建设。', ['3-5 “数局” may be a typo for “数据” (sounds alike) | 数据']],
    ['the same, on the other side (互联 of 互联网)', '发展互联王经济。', ['3-5 “联王” may be a typo for “联网” (sounds alike) | 联网']],
    ['the word the unchanged character begins gives its far character to a commoner word (年招|开支|部: 支部 keeps 支)', '全年招开支部党员大会12次。', ['2-4 “招开” may be a typo for “召开” (sounds alike) | 召开']],
  ])('still flags: %s', (_case, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });

  it('a word and a suffix do not excuse a commoner word that was meant (自制|县 for 自治县)', () => {
    expect(typos('恭城自制县召开大会。')).toEqual(['2-5 “自制县” may be a typo for “自治县” (sounds alike) | 自治县']);
  });
});

describe('typo: a function character after a character that ends no word', () => {
  it('is half of a misspelt word, not a conjunction (综和评分法 → 综合)', () => {
    expect(typos('本次招标采用综和评分法，全程接受监督。')).toEqual(['6-8 “综和” may be a typo for “综合” (sounds alike) | 综合']);
  });
  it.each([
    ['a conjunction after a word', '坚持问题导向和目标导向。'],
    ['a conjunction after a one-character word', '把人和事结合起来。'],
    ['a preposition after the name of an office the dictionary lacks (检察部对 is no 部队)', '第三检察部对辖区看守所开展巡回检察。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

patternTable('typo: slips in words of everyday report prose, by the words they are met beside (confusables.ts)', [
    ["门诊大厅增设侯诊座椅120个，缩短患者等侯时间。", ["6-7 “侯” may be a typo for “候” (looks alike) | 候", "20-21 “侯” may be a typo for “候” (looks alike) | 候"]],
    ["财务部门加强应收账款摧收，逾期款项回收率提高到92%。", ["10-11 “摧” may be a typo for “催” (looks alike) | 催"]],
    ["当事人对一审判决不服，已依法提起上述。", ["16-18 “上述” may be a typo for “上诉” (easily confused) | 上诉"]],
    ["经抽检，该批次产品各项指标均复合国家标准。", ["14-16 “复合” may be a typo for “符合” (easily confused) | 符合"]],
    ["双方经协商达成一直意见，签订了补充协议。", ["7-9 “一直” may be a typo for “一致” (easily confused) | 一致"]],
    ["推行执法全称录像，确保执法过程可追溯。", ["4-6 “全称” may be a typo for “全程” (easily confused) | 全程"]],
    ["引导农户规范开展土地流传，签订流转合同3200份。", ["10-12 “流传” may be a typo for “流转” (easily confused) | 流转"]],
    ["储备防护物质一批，保障一线人员需要。", ["4-6 “物质” may be a typo for “物资” (easily confused) | 物资"]],
    ["个别干部法治观念淡泊，履职不够规范。", ["8-10 “淡泊” may be a typo for “淡薄” (easily confused) | 淡薄"]],
    ["在新系统中重新配制审批流程和岗位权限。", ["7-9 “配制” may be a typo for “配置” (easily confused) | 配置"]],
    ["人力资源部重新合算加班工资并补发到位。", ["7-9 “合算” may be a typo for “核算” (easily confused) | 核算"]],
    ["受原材料短缺影响，生产线停工代料三天。", ["14-16 “代料” may be a typo for “待料” (easily confused) | 待料"]],
    ["提醒纳税人按时完成个人所得税年度会算。", ["16-18 “会算” may be a typo for “汇算” (sounds alike) | 汇算"]],
    ["账实之间存在差议的，由仓储部门查明原因。", ["6-8 “差议” may be a typo for “差异” (sounds alike) | 差异"]],
    ["严禁化整为零、规壁公开招标。", ["7-9 “规壁” may be a typo for “规避” (looks alike) | 规避"]],
    ["全面推行分时段预约挂好，减少患者排队时间。", ["9-11 “挂好” may be a typo for “挂号” (sounds alike) | 挂号"]],
    ["病区患者服药依丛率达到98%。", ["6-8 “依丛” may be a typo for “依从” (looks alike) | 依从"]],
    ["对密切接触者实施集中格离观察。", ["10-12 “格离” may be a typo for “隔离” (sounds alike) | 隔离"]],
    ["依法化解劳动合同纠分45件。", ["8-10 “纠分” may be a typo for “纠纷” (sounds alike) | 纠纷"]],
    ["对检查发现的问题，要求相关车间立即整该。", ["17-19 “整该” may be a typo for “整改” (sounds alike) | 整改"]],
    ["通过笔试的考生进入面视环节。", ["9-11 “面视” may be a typo for “面试” (sounds alike) | 面试"]],
    ["对逾期缴纳的，依法加收带纳金。", ["11-12 “带” may be a typo for “滞” (looks alike) | 滞"]],
], [
    "侯某某系本案被告。古代诸侯王墓葬群。侯爵府旧址开放。",
    "摧毁犯罪团伙3个，无坚不摧。",
    "对上述问题提出整改意见。针对上述，提出如下建议。",
    "新型复合材料标准化生产线建成投产。",
    "一直以来，我们始终坚持人民至上。",
    "公司全称为华星科技股份有限公司。",
    "这首民歌在当地广为流传。",
    "物质文化遗产保护。防护物质基础扎实。",
    "淡泊名利，甘于奉献。",
    "医院药剂科配制药品须经审批。",
    "这笔买卖不合算。",
    "代料加工合同。",
    "今晚的会算了，改天再开。",
    "出差议程已经确定。",
    "规格离谱的产品不得销售。价格离谱。严格离岗审批。",
    "挂好了电话。",
    "调整该项目的预算。完整该记录。",
    "面视前方。",
    "带纳米涂层的产品。",
]);

describe('typo: sets of sound and shape the data fills in (build-language-data.mjs)', () => {
  it.each([
    ['a same-sound pair pycorrector lists one way only (心 lists 新, 新 not 心), in a formula of today', '全体党员要不忘初新、牢记使命。', ['5-9 “不忘初新” may be a typo for “不忘初心” (sounds alike) | 不忘初心']],
    ['a look-alike pair of the project’s own list (已/己)', '领导干部要严以律已、廉洁用权。', ['5-9 “严以律已” may be a typo for “严以律己” (looks alike) | 严以律己']],
    ['浙/渐 in an idiom', '切实防微杜浙，坚持抓早抓小。', ['2-6 “防微杜浙” may be a typo for “防微杜渐” (looks alike) | 防微杜渐']],
    ['追/迫', '增强责任感和紧追感。', ['6-9 “紧追感” may be a typo for “紧迫感” (looks alike) | 紧迫感']],
  ])('%s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });
  it('leaves the function character 是 its short list (不干是失职 is no 不干事)', () => {
    expect(typos('为人民干事是天职、不干是失职。')).toEqual([]);
  });
});

patternTable('typo: confusions every proofreading guide for official documents lists, in their company (confusables.ts)', [
    ["各部门要按照专题会议记要抓好落实。", ["10-12 “记要” may be a typo for “纪要” (easily confused) | 纪要"]],
    ["借款人愈期未还的，按合同约定计收罚息。", ["3-4 “愈” may be a typo for “逾” (sounds alike) | 逾"]],
    ["始终坚持全心全意为人民服务的根本宗指。", ["16-18 “宗指” may be a typo for “宗旨” (sounds alike) | 宗旨"]],
    ["全体干部职工戳力同心，确保完成全年目标。", ["6-7 “戳” may be a typo for “戮” (looks alike) | 戮"]],
    ["要有的放失地开展专项整治。", ["1-5 “有的放失” may be a typo for “有的放矢” (looks alike) | 有的放矢"]],
    ["大力弘扬求真实务的优良作风。", ["4-8 “求真实务” may be a typo for “求真务实” (easily confused) | 求真务实"]],
    ["新建的污水处理厂既将投入运行。", ["8-10 “既将” may be a typo for “即将” (easily confused) | 即将"]],
    ["按新的统计口经，全年完成投资86亿元。", ["5-7 “口经” may be a typo for “口径” (sounds alike) | 口径"]],
    ["全年项目资金执行律达到97.5%。", ["8-9 “律” may be a typo for “率” (sounds alike) | 率"]],
    ["邀请省委党校教授集中受课两次。", ["10-12 “受课” may be a typo for “授课” (sounds alike) | 授课"]],
    ["聚焦审批缓解，压缩办理时限。", ["4-6 “缓解” may be a typo for “环节” (easily confused) | 环节"]],
    ["深入开展农村人居环境专项政治行动。", ["12-14 “政治” may be a typo for “整治” (easily confused) | 整治"]],
    ["对群众举报的问题线索逐一合适。", ["12-14 “合适” may be a typo for “核实” (easily confused) | 核实"]],
    ["统筹用好人力和设备自愿，保障工期。", ["9-11 “自愿” may be a typo for “资源” (easily confused) | 资源"]],
    ["严格执行差旅费报消制度。", ["7-9 “报消” may be a typo for “报销” (sounds alike) | 报销"]],
    ["节前安全检察中发现隐患12处。", ["4-6 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["针对群众反应强烈的噪声扰民问题，开展专项执法。", ["4-6 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["坚持把权利关进制度的笼子里。", ["3-5 “权利” may be a typo for “权力” (easily confused) | 权力"]],
    ["当前安全生产形式依然严峻复杂。", ["6-8 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["各级干部必需带头遵守廉洁纪律。", ["4-6 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["我们必需清醒认识到面临的困难。", ["2-4 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["新招聘的5名教师已全部按时报道。", ["13-15 “报道” may be a typo for “报到” (easily confused) | 报到"]],
    ["新建的档案馆库房于9月正式起用。", ["13-15 “起用” may be a typo for “启用” (easily confused) | 启用"]],
    ["及时处理群众反应的问题。", ["6-8 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["居民反应的路灯损坏问题已全部修复。", ["2-4 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["完善矛盾纠纷多元化解机智。", ["10-12 “机智” may be a typo for “机制” (easily confused) | 机制"]],
    ["健全家校共育机智。", ["6-8 “机智” may be a typo for “机制” (easily confused) | 机制"]],
    ["配合人大常委会开展《档案法》执法检察。", ["16-18 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["全年发展党员46名，其中35岁一下青年党员占比超过六成。", ["15-17 “一下” may be a typo for “以下” (sounds alike) | 以下"]],
    ["我们将近一步加强队伍建设。", ["3-4 “近” may be a typo for “进” (sounds alike) | 进"]],
    ["组织人员到现场进行失地走访。", ["9-11 “失地” may be a typo for “实地” (easily confused) | 实地"]],
    ["技术人员上门开展业务知道。", ["10-12 “知道” may be a typo for “指导” (easily confused) | 指导"]],
    ["全年未发生交大及以上生产安全事故。", ["5-7 “交大” may be a typo for “较大” (easily confused) | 较大"]],
    ["资产负责率控制在60%以内。", ["2-4 “负责” may be a typo for “负债” (easily confused) | 负债"]],
    ["本科学力人员占比提高。", ["2-4 “学力” may be a typo for “学历” (easily confused) | 学历"]],
    ["诊所全年接诊患着1.6万人次。", ["6-8 “患着” may be a typo for “患者” (sounds alike) | 患者"]],
    ["公司共有直营门点137家。", ["6-8 “门点” may be a typo for “门店” (sounds alike) | 门店"]],
    ["全年未发生较大以上道路交通故事。", ["13-15 “故事” may be a typo for “事故” (easily confused) | 事故"]],
    ["开展文物保户专项检查。", ["4-6 “保户” may be a typo for “保护” (sounds alike) | 保护"]],
    ["发放餐饮消费卷800万元。", ["6-7 “卷” may be a typo for “券” (looks alike) | 券"]],
    ["新购自动化分检设备3套。", ["5-7 “分检” may be a typo for “分拣” (sounds alike) | 分拣"]],
    ["制定课后服务实时方案。", ["6-8 “实时” may be a typo for “实施” (sounds alike) | 实施"]],
    ["办理增殖税留抵退税1.4亿元。", ["2-4 “增殖” may be a typo for “增值” (easily confused) | 增值"]],
    ["主体工程精度比计划滞后。", ["4-6 “精度” may be a typo for “进度” (easily confused) | 进度"]],
    ["全区新增市场主题1.1万户。", ["6-8 “主题” may be a typo for “主体” (sounds alike) | 主体"]],
    ["对公路桥粱进行定期检测。", ["4-5 “粱” may be a typo for “梁” (looks alike) | 梁"]],
    ["新租凭仓库面积1.2万平方米。", ["1-3 “租凭” may be a typo for “租赁” (looks alike) | 租赁"]],
    ["投资建设的链冷仓储中心投入运营。", ["5-7 “链冷” may be a typo for “冷链” (easily confused) | 冷链"]],
    ["依法提起公述。", ["4-6 “公述” may be a typo for “公诉” (sounds alike) | 公诉"]],
    ["妇联举办巾国家政技能培训班。", ["4-6 “巾国” may be a typo for “巾帼” (sounds alike) | 巾帼"]],
    ["严查中秋国庆等重要结点的违规行为。", ["9-11 “结点” may be a typo for “节点” (sounds alike) | 节点"]],
    ["全年未发生人生伤害事件。", ["5-7 “人生” may be a typo for “人身” (sounds alike) | 人身"]],
    ["我们智力于关键核心技术攻关。", ["2-4 “智力” may be a typo for “致力” (sounds alike) | 致力"]],
    ["召开第三次回忆，审议通过章程。", ["5-7 “回忆” may be a typo for “会议” (sounds alike) | 会议"]],
    ["扎实开展主体教育。", ["4-6 “主体” may be a typo for “主题” (sounds alike) | 主题"]],
    ["举办先进典型实际宣讲80余场。", ["6-8 “实际” may be a typo for “事迹” (easily confused) | 事迹"]],
    ["加强施工现场杨尘治理。", ["6-8 “杨尘” may be a typo for “扬尘” (looks alike) | 扬尘"]],
    ["每餐菜品流样时间不少于48小时。", ["4-6 “流样” may be a typo for “留样” (sounds alike) | 留样"]],
    ["开展占道经营转向整治。", ["6-8 “转向” may be a typo for “专项” (sounds alike) | 专项"]],
    ["职工的操作机能明显提高。", ["5-7 “机能” may be a typo for “技能” (sounds alike) | 技能"]],
    ["全年立案贞办走私案件12起。", ["4-6 “贞办” may be a typo for “侦办” (looks alike) | 侦办"]],
    ["召开生产调度议会，通报进度。", ["6-8 “议会” may be a typo for “会议” (easily confused) | 会议"]],
    ["营求被困人员9名。", ["0-2 “营求” may be a typo for “营救” (sounds alike) | 营救"]],
    ["均符合操作规呈要求。", ["5-7 “规呈” may be a typo for “规程” (looks alike) | 规程"]],
    ["通关时间压宿至30小时。", ["4-6 “压宿” may be a typo for “压缩” (sounds alike) | 压缩"]],
    ["对学生进行心里疏导。", ["5-7 “心里” may be a typo for “心理” (sounds alike) | 心理"]],
    ["开展辖区河道自理。", ["6-8 “自理” may be a typo for “治理” (sounds alike) | 治理"]],
    ["填朴了本院空白。", ["0-2 “填朴” may be a typo for “填补” (looks alike) | 填补"]],
    ["瓦丝监测系统运行正常。", ["0-2 “瓦丝” may be a typo for “瓦斯” (sounds alike) | 瓦斯"]],
    ["老旧小区改造，会及居民1200户。", ["7-9 “会及” may be a typo for “惠及” (sounds alike) | 惠及"]],
    ["将主要经历放在提升质量上。", ["3-5 “经历” may be a typo for “精力” (sounds alike) | 精力"]],
    ["做好经济运行形式分析。", ["6-8 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["对此作出了专门部属。", ["7-9 “部属” may be a typo for “部署” (sounds alike) | 部署"]],
    ["项目投资汇报率不低于8%。", ["4-6 “汇报” may be a typo for “回报” (easily confused) | 回报"]],
    ["不动产登基实现一窗受理。", ["3-5 “登基” may be a typo for “登记” (sounds alike) | 登记"]],
    ["严格执行三重一大绝策制度。", ["8-10 “绝策” may be a typo for “决策” (sounds alike) | 决策"]],
    ["召开专题会意，研究部署。", ["4-6 “会意” may be a typo for “会议” (sounds alike) | 会议"]],
    ["全面事实预算绩效管理。", ["2-4 “事实” may be a typo for “实施” (sounds alike) | 实施"]],
    ["落实耕地保户责任。", ["4-6 “保户” may be a typo for “保护” (sounds alike) | 保护"]],
    ["住房公积金题取额达到2亿元。", ["5-7 “题取” may be a typo for “提取” (sounds alike) | 提取"]],
    ["医保基经运行总体平稳。", ["3-4 “经” may be a typo for “金” (sounds alike) | 金"]],
    ["新增入库筹备项目31个。", ["4-6 “筹备” may be a typo for “储备” (sounds alike) | 储备"]],
    ["查处土地旷产违法案件。", ["4-6 “旷产” may be a typo for “矿产” (looks alike) | 矿产"]],
    ["建立问题清淡，实行挂图作战。", ["4-6 “清淡” may be a typo for “清单” (sounds alike) | 清单"]],
    ["加强重要商品价格检测。", ["8-10 “检测” may be a typo for “监测” (sounds alike) | 监测"]],
    ["面对复杂的市场形式，销售部积极应对。", ["7-9 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["在领导支持下，我元满完成了全年任务。", ["8-10 “元满” may be a typo for “圆满” (sounds alike) | 圆满"]],
    ["做好会计核箅和资金监管。", ["5-6 “箅” may be a typo for “算” (looks alike) | 算"]],
    ["本人认真旅行科长岗位职责。", ["4-6 “旅行” may be a typo for “履行” (sounds alike) | 履行"]],
    ["进一步简化报销审批程流。", ["9-11 “程流” may be a typo for “流程” (easily confused) | 流程"]],
    ["审核各类货款资料430份。", ["4-6 “货款” may be a typo for “贷款” (looks alike) | 贷款"]],
    ["及时化解矛循纠纷。", ["4-6 “矛循” may be a typo for “矛盾” (looks alike) | 矛盾"]],
    ["为现实全年生产目标打下基础。", ["1-3 “现实” may be a typo for “实现” (easily confused) | 实现"]],
    ["指标层层解分落实到人。", ["4-6 “解分” may be a typo for “分解” (easily confused) | 分解"]],
    ["通过发放问券、召开座谈会征求意见。", ["4-6 “问券” may be a typo for “问卷” (looks alike) | 问卷"]],
    ["这次教训给了我们深刻的启事。", ["11-13 “启事” may be a typo for “启示” (sounds alike) | 启示"]],
    ["课后及时披改作业。", ["4-6 “披改” may be a typo for “批改” (looks alike) | 批改"]],
    ["准确算计各项税费。", ["2-4 “算计” may be a typo for “计算” (easily confused) | 计算"]],
    ["为群众换回经济损失20万元。", ["3-5 “换回” may be a typo for “挽回” (sounds alike) | 挽回"]],
    ["全年参于投标项目26个。", ["2-4 “参于” may be a typo for “参与” (sounds alike) | 参与"]],
    ["加强校园安全防犯。", ["6-8 “防犯” may be a typo for “防范” (sounds alike) | 防范"]],
    ["密切观察患者病清变化。", ["6-8 “病清” may be a typo for “病情” (sounds alike) | 病情"]],
    ["及时清理往来款向。", ["6-8 “款向” may be a typo for “款项” (sounds alike) | 款项"]],
    ["审核各类同合460余份。", ["4-6 “同合” may be a typo for “合同” (easily confused) | 合同"]],
    ["跟据学科评估需要，调整馆藏结构。", ["0-2 “跟据” may be a typo for “根据” (sounds alike) | 根据"]],
    ["对重点企业实行跟综管理。", ["7-9 “跟综” may be a typo for “跟踪” (sounds alike) | 跟踪"]],
    ["我院认真实落家庭医生签约服务。", ["4-6 “实落” may be a typo for “落实” (easily confused) | 落实"]],
    ["持续完善安全生产管理体质。", ["10-12 “体质” may be a typo for “体制” (sounds alike) | 体制"]],
    ["重视农田水力基础设施建设。", ["4-6 “水力” may be a typo for “水利” (sounds alike) | 水利"]],
    ["部分职工安全生产意思不强。", ["8-10 “意思” may be a typo for “意识” (sounds alike) | 意识"]],
    ["严格规范学藉管理。", ["5-6 “藉” may be a typo for “籍” (looks alike) | 籍"]],
    ["全年未有此类现象发声。", ["8-10 “发声” may be a typo for “发生” (sounds alike) | 发生"]],
    ["把责任落实到山头地快。", ["8-10 “地快” may be a typo for “地块” (sounds alike) | 地块"]],
    ["开展一次粮清检查。", ["4-6 “粮清” may be a typo for “粮情” (sounds alike) | 粮情"]],
    ["学校食糖严格落实食品安全制度。", ["2-4 “食糖” may be a typo for “食堂” (sounds alike) | 食堂"]],
    ["依法保护农户土地承包权力。", ["10-12 “权力” may be a typo for “权利” (easily confused) | 权利"]],
    ["储备粮换轮工作按计划推进。", ["3-5 “换轮” may be a typo for “轮换” (easily confused) | 轮换"]],
    ["面对持续干汗天气。", ["4-6 “干汗” may be a typo for “干旱” (sounds alike) | 干旱"]],
    ["完成农户侧所改造312户。", ["4-6 “侧所” may be a typo for “厕所” (sounds alike) | 厕所"]],
    ["师资力量薄落的问题得到缓解。", ["4-6 “薄落” may be a typo for “薄弱” (sounds alike) | 薄弱"]],
    ["林业站必需在每月5日前上报。", ["3-5 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["严格执行林木采代限额制度。", ["6-8 “采代” may be a typo for “采伐” (looks alike) | 采伐"]],
    ["对逾期企业依法加收治纳金8.6万元。", ["9-10 “治” may be a typo for “滞” (sounds alike) | 滞"]],
    ["落实小微企业疏困政策。", ["6-8 “疏困” may be a typo for “纾困” (sounds alike) | 纾困"]],
    ["新录用的公务员已于9月1日到岗报道。", ["15-17 “报道” may be a typo for “报到” (easily confused) | 报到"]],
    ["为脱贫龙户购买防返贫保险。", ["3-5 “龙户” may be a typo for “农户” (sounds alike) | 农户"]],
    ["消除视频监控肓区12处。", ["6-7 “肓” may be a typo for “盲” (looks alike) | 盲"]],
    ["网格员逐户摸牌空巢老人信息。", ["5-7 “摸牌” may be a typo for “摸排” (sounds alike) | 摸排"]],
    ["家庭医生约签率达到76%。", ["4-6 “约签” may be a typo for “签约” (characters swapped) | 签约"]],
    ["全年实现投资受益2.3亿元。", ["6-8 “受益” may be a typo for “收益” (sounds alike) | 收益"]],
    ["全年明生支出占比达到78%。", ["2-4 “明生” may be a typo for “民生” (sounds alike) | 民生"]],
    ["每季度研盼意识形态形势。", ["3-5 “研盼” may be a typo for “研判” (sounds alike) | 研判"]],
    ["做好研发费用加计扣除森报。", ["10-12 “森报” may be a typo for “申报” (sounds alike) | 申报"]],
    ["人民调节委员会化解纠纷81件，调节成功率98%。", ["2-4 “调节” may be a typo for “调解” (sounds alike) | 调解","15-17 “调节” may be a typo for “调解” (sounds alike) | 调解"]],
    ["为农户发放贴息货款1200万元。", ["7-9 “货款” may be a typo for “贷款” (looks alike) | 贷款"]],
    ["依法增收城镇土地使用税。", ["2-4 “增收” may be a typo for “征收” (sounds alike) | 征收"]],
    ["国庆期间景区待接游客8.2万人次。", ["6-8 “待接” may be a typo for “接待” (characters swapped) | 接待"]],
    ["建设施政示范课程5门。", ["2-4 “施政” may be a typo for “思政” (sounds alike) | 思政"]],
    ["帮助农民工追讨歉薪130万元。", ["7-9 “歉薪” may be a typo for “欠薪” (sounds alike) | 欠薪"]],
    ["筹集保障性租货住房800套。", ["6-7 “货” may be a typo for “赁” (looks alike) | 赁"]],
    ["发展壮大村级机体经济。", ["6-8 “机体” may be a typo for “集体” (sounds alike) | 集体"]],
    ["城镇调查实业率为5.2%。", ["4-6 “实业” may be a typo for “失业” (sounds alike) | 失业"]],
    ["县防指时及启动应急响应。", ["3-5 “时及” may be a typo for “及时” (characters swapped) | 及时"]],
    ["签订意象订单3000万元。", ["2-4 “意象” may be a typo for “意向” (sounds alike) | 意向"]],
    ["降雨量较长年同期偏多三成。", ["4-6 “长年” may be a typo for “常年” (sounds alike) | 常年"]],
    ["开展建筑工地扬程治理。", ["7-8 “程” may be a typo for “尘” (sounds alike) | 尘"]],
    ["入河排污口政治完成率95%。", ["5-7 “政治” may be a typo for “整治” (sounds alike) | 整治"]],
    ["电梯做到应尽检检。", ["5-7 “尽检” may be a typo for “检尽” (characters swapped) | 检尽"]],
    ["修复明代璧画12平方米。", ["4-5 “璧” may be a typo for “壁” (looks alike) | 壁"]],
    ["工业增加值比同增长6%。", ["5-7 “比同” may be a typo for “同比” (characters swapped) | 同比"]],
    ["三四级手述占比提高到41%。", ["4-5 “述” may be a typo for “术” (sounds alike) | 术"]],
    ["全年为发生安全事故。", ["2-3 “为” may be a typo for “未” (sounds alike) | 未"]],
    ["完成水库航渗墙施工。", ["4-5 “航” may be a typo for “防” (sounds alike) | 防"]],
    ["对巡察反溃问题立行立改。", ["3-5 “反溃” may be a typo for “反馈” (looks alike) | 反馈"]],
    ["衡向科研经费增长12%。", ["0-2 “衡向” may be a typo for “横向” (sounds alike) | 横向"]],
    ["学升深造率达到36%。", ["0-2 “学升” may be a typo for “升学” (characters swapped) | 升学"]],
    ["推动商圈提字升级。", ["5-6 “字” may be a typo for “质” (sounds alike) | 质"]],
    ["查处价格违反等案件12件。", ["4-6 “违反” may be a typo for “违法” (easily confused) | 违法"]],
    ["开展食品安全监督检察120次。", ["8-10 “检察” may be a typo for “检查” (sounds alike) | 检查"]],
    ["推进人居环境治整行动。", ["6-8 “治整” may be a typo for “整治” (characters swapped) | 整治"]],
    ["坚持质量次序改进。", ["4-6 “次序” may be a typo for “持续” (sounds alike) | 持续"]],
    ["推动土地扭转3200亩。", ["4-6 “扭转” may be a typo for “流转” (sounds alike) | 流转"]],
    ["村民入股分洪12万元。", ["4-6 “分洪” may be a typo for “分红” (sounds alike) | 分红"]],
    ["排查中压网管隐患8处。", ["4-6 “网管” may be a typo for “管网” (characters swapped) | 管网"]],
    ["清理阀并积水12处。", ["2-4 “阀并” may be a typo for “阀井” (looks alike) | 阀井"]],
    ["完成管道跟新改造5公里。", ["4-6 “跟新” may be a typo for “更新” (sounds alike) | 更新"]],
    ["依托食品追塑平台上传数据。", ["4-6 “追塑” may be a typo for “追溯” (sounds alike) | 追溯"]],
    ["全部调查单位按季完成联网报直。", ["12-14 “报直” may be a typo for “直报” (characters swapped) | 直报"]],
    ["扎实做好第五次全国经济晋查。", ["11-13 “晋查” may be a typo for “普查” (looks alike) | 普查"]],
    ["开展谈星谈话120人次。", ["2-4 “谈星” may be a typo for “谈心” (sounds alike) | 谈心"]],
    ["惠及龙户1200户。", ["2-4 “龙户” may be a typo for “农户” (sounds alike) | 农户"]],
    ["抵压物评估价值3.2亿元。", ["0-2 “抵压” may be a typo for “抵押” (sounds alike) | 抵押"]],
    ["对档案进行类容复核。", ["5-7 “类容” may be a typo for “内容” (sounds alike) | 内容"]],
    ["全矿警瓦斯抽采率达到60%。", ["2-3 “警” may be a typo for “井” (sounds alike) | 井"]],
    ["更换道叉12组。", ["3-4 “叉” may be a typo for “岔” (looks alike) | 岔"]],
    ["配合驻监检查室开展检查。", ["5-6 “查” may be a typo for “察” (sounds alike) | 察"]],
    ["召开座谈会争集意见建议。", ["5-7 “争集” may be a typo for “征集” (sounds alike) | 征集"]],
    ["光伏并往装机容量4万千瓦。", ["3-4 “往” may be a typo for “网” (sounds alike) | 网"]],
    ["党支部认证落实三会一课制度。", ["4-5 “证” may be a typo for “真” (sounds alike) | 真"]],
    ["完成注录条目8万条。", ["2-4 “注录” may be a typo for “著录” (sounds alike) | 著录"]],
    ["保障航班起降5.2万驾次。", ["10-12 “驾次” may be a typo for “架次” (sounds alike) | 架次"]],
    ["乡镇测监覆盖率达到100%。", ["2-4 “测监” may be a typo for “监测” (characters swapped) | 监测"]],
    ["依法处理罪犯申述12件。", ["6-8 “申述” may be a typo for “申诉” (sounds alike) | 申诉"]],
    ["加强森林火灾防患。", ["6-8 “防患” may be a typo for “防范” (sounds alike) | 防范"]],
    ["全年未发生罪犯托逃事件。", ["7-9 “托逃” may be a typo for “脱逃” (sounds alike) | 脱逃"]],
    ["清退违规津补帖12万元。", ["5-7 “补帖” may be a typo for “补贴” (sounds alike) | 补贴"]],
    ["完成地震监测台战升级。", ["7-8 “战” may be a typo for “站” (sounds alike) | 站"]],
    ["查处病死促禽案件3起。", ["4-6 “促禽” may be a typo for “畜禽” (sounds alike) | 畜禽"]],
    ["抽检种子静度不合格2批。", ["4-6 “静度” may be a typo for “净度” (sounds alike) | 净度"]],
    ["程序规范严紧。", ["4-6 “严紧” may be a typo for “严谨” (sounds alike) | 严谨"]],
    ["海事部门定制了管理细则。", ["4-6 “定制” may be a typo for “制定” (characters swapped) | 制定"]],
    ["清理三无船舶21搜。", ["8-9 “搜” may be a typo for “艘” (sounds alike) | 艘"]],
    ["省级下拔补助资金200万元。", ["3-4 “拔” may be a typo for “拨” (looks alike) | 拨"]],
    ["立案真办电信诈骗案件12起。", ["2-4 “真办” may be a typo for “侦办” (sounds alike) | 侦办"]],
    ["完成强制免役8万头。", ["4-6 “免役” may be a typo for “免疫” (sounds alike) | 免疫"]],
    ["清理松才线虫病疫木2万株。", ["3-4 “才” may be a typo for “材” (sounds alike) | 材"]],
    ["建成村级既递物流站36个。", ["4-6 “既递” may be a typo for “寄递” (sounds alike) | 寄递"]],
    ["县卫生院副园长带队检查。", ["5-7 “园长” may be a typo for “院长” (easily confused) | 院长"]],
    ["本季度完成爆管等枪修作业15次。", ["8-10 “枪修” may be a typo for “抢修” (sounds alike) | 抢修"]],
    ["拓宽企业的溶资渠道。", ["5-7 “溶资” may be a typo for “融资” (sounds alike) | 融资"]],
    ["完成土壤样品检侧86份。", ["6-8 “检侧” may be a typo for “检测” (sounds alike) | 检测"]],
    ["按时足额发放劳动报筹。", ["8-10 “报筹” may be a typo for “报酬” (sounds alike) | 报酬"]],
    ["开展燃气安全专向整治行动。", ["6-8 “专向” may be a typo for “专项” (easily confused) | 专项"]],
    ["新建冷连物流中心一座。", ["3-4 “连” may be a typo for “链” (sounds alike) | 链"]],
    ["新增公务车俩3台。", ["5-6 “俩” may be a typo for “辆” (sounds alike) | 辆"]],
    ["建成快递分捡场地。", ["5-6 “捡” may be a typo for “拣” (looks alike) | 拣"]],
    ["对群众反映的问题即使处置到位。", ["8-10 “即使” may be a typo for “及时” (sounds alike) | 及时"]],
    ["管网露损率下降2个百分点。", ["2-3 “露” may be a typo for “漏” (sounds alike) | 漏"]],
    ["电工全部持正上岗。", ["5-6 “正” may be a typo for “证” (sounds alike) | 证"]],
    ["推行患者级分诊疗。", ["4-6 “级分” may be a typo for “分级” (characters swapped) | 分级"]],
    ["推广病虫害统防统制。", ["7-9 “统制” may be a typo for “统治” (easily confused) | 统治"]],
    ["改革要循序渐近。", ["6-7 “近” may be a typo for “进” (sounds alike) | 进"]],
    ["组织公义讲座12场。", ["3-4 “义” may be a typo for “益” (sounds alike) | 益"]],
    ["深入农户湿地走访。", ["4-5 “湿” may be a typo for “实” (sounds alike) | 实"]],
    ["共查货走私香烟200条。", ["2-3 “货” may be a typo for “获” (sounds alike) | 获"]],
    ["完成集中采构项目5个。", ["4-6 “采构” may be a typo for “采购” (sounds alike) | 采购"]],
    ["落实防控错失到位。", ["4-6 “错失” may be a typo for “措施” (sounds alike) | 措施"]],
    ["发放临时求助资金20万元。", ["4-5 “求” may be a typo for “救” (sounds alike) | 救"]],
    ["推广膜下滴罐技术。", ["5-6 “罐” may be a typo for “灌” (looks alike) | 灌"]],
    ["村民分洪每户800元。", ["3-4 “洪” may be a typo for “红” (sounds alike) | 红"]],
    ["敷设电揽3公里。", ["3-4 “揽” may be a typo for “缆” (looks alike) | 缆"]],
    ["清点臧品1200件。", ["2-3 “臧” may be a typo for “藏” (looks alike) | 藏"]],
    ["完成中幼林扶育800亩。", ["5-6 “扶” may be a typo for “抚” (sounds alike) | 抚"]],
    ["委托司法坚定机构出具意见。", ["4-5 “坚” may be a typo for “鉴” (sounds alike) | 鉴"]],
    ["检查市政消防拴46个。", ["6-7 “拴” may be a typo for “栓” (looks alike) | 栓"]],
    ["明确改整时限。", ["2-4 “改整” may be a typo for “整改” (characters swapped) | 整改"]],
    ["提升公路达通水平。", ["4-6 “达通” may be a typo for “通达” (characters swapped) | 通达"]],
    ["新建屋顶光伙电站。", ["5-6 “伙” may be a typo for “伏” (looks alike) | 伏"]],
    ["配合海关辑私部门。", ["4-5 “辑” may be a typo for “缉” (sounds alike) | 缉"]],
    ["矢志不逾为人民服务。", ["3-4 “逾” may be a typo for “渝” (sounds alike) | 渝"]],
    ["两者相辅相承。", ["5-6 “承” may be a typo for “成” (sounds alike) | 成"]],
    ["新建厂房目前以竣工。", ["6-7 “以” may be a typo for “已” (sounds alike) | 已"]],
    ["病区全面实时责任制护理。", ["4-6 “实时” may be a typo for “实施” (sounds alike) | 实施"]],
    ["开展危重病人抢就演练。", ["7-8 “就” may be a typo for “救” (sounds alike) | 救"]],
    ["粮食水分、杂志均符合标准。", ["6-7 “志” may be a typo for “质” (sounds alike) | 质"]],
    ["配齐粮库报关员。", ["4-6 “报关” may be a typo for “保管” (sounds alike) | 保管"]],
    ["整理案券560卷。", ["3-4 “券” may be a typo for “卷” (looks alike) | 卷"]],
    ["今年新生报道率达到98%。", ["4-6 “报道” may be a typo for “报到” (easily confused) | 报到"]],
    ["开展专项检察5轮。", ["4-6 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["完成执法检察120家。", ["4-6 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["加强纳税人权力保护。", ["5-7 “权力” may be a typo for “权利” (easily confused) | 权利"]],
    ["检查室内消火拴20个。", ["6-7 “拴” may be a typo for “栓” (looks alike) | 栓"]],
    ["发放惠普贷款1.2亿元。", ["2-4 “惠普” may be a typo for “普惠” (characters swapped) | 普惠"]],
    ["新修应化道路3.5公里。", ["2-3 “应” may be a typo for “硬” (sounds alike) | 硬"]],
    ["监测尘挨粒子浓度。", ["3-4 “挨” may be a typo for “埃” (looks alike) | 埃"]],
    ["成功成办全市运动会。", ["2-3 “成” may be a typo for “承” (sounds alike) | 承"]],
    ["职工勤出率达到98%。", ["2-4 “勤出” may be a typo for “出勤” (characters swapped) | 出勤"]],
    ["供水管网漏损律下降。", ["6-7 “律” may be a typo for “率” (sounds alike) | 率"]],
    ["公交准点律达到95%。", ["4-5 “律” may be a typo for “率” (sounds alike) | 率"]],
    ["签订投资意象书3份。", ["4-6 “意象” may be a typo for “意向” (sounds alike) | 意向"]],
    ["绿色建筑比占提高到60%。", ["4-6 “比占” may be a typo for “占比” (characters swapped) | 占比"]],
    ["发电媒耗持续下降。", ["2-3 “媒” may be a typo for “煤” (looks alike) | 煤"]],
    ["思路清淅，措施有力。", ["3-4 “淅” may be a typo for “晰” (looks alike) | 晰"]],
    ["建立食品朔源体系。", ["4-5 “朔” may be a typo for “溯” (looks alike) | 溯"]],
    ["推动图书管免费开放。", ["4-5 “管” may be a typo for “馆” (sounds alike) | 馆"]],
    ["存款余额较年出增加2亿元。", ["6-7 “出” may be a typo for “初” (sounds alike) | 初"]],
    ["项目年涉及产能5万吨。", ["3-5 “涉及” may be a typo for “设计” (sounds alike) | 设计"]],
    ["全年水供总量达到800万吨。", ["2-4 “水供” may be a typo for “供水” (characters swapped) | 供水"]],
    ["督促商户名码标价。", ["4-5 “名” may be a typo for “明” (sounds alike) | 明"]],
    ["新员工必需经培训后上岗。", ["3-5 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["涉水作业人员必需穿戴救生衣。", ["6-8 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["请大家罐于此事多提意见。", ["3-5 “罐于” may be a typo for “关于” (sounds alike) | 关于"]],
    ["请大家时按完成任务。", ["3-5 “时按” may be a typo for “按时” (characters swapped) | 按时"]],
    ["规化编制工作有序推进，公司上下齐心。", ["0-2 “规化” may be a typo for “规划” (sounds alike) | 规划"]],
    ["查露补缺，完善台账。", ["1-2 “露” may be a typo for “漏” (sounds alike) | 漏"]],
    ["坚持每日茶房制度。", ["4-5 “茶” may be a typo for “查” (sounds alike) | 查"]],
    ["推动整该落实到位。", ["2-4 “整该” may be a typo for “整改” (sounds alike) | 整改"]],
    ["新增授性额度5000万元。", ["3-4 “性” may be a typo for “信” (sounds alike) | 信"]],
    ["产品和格率达到99%。", ["2-3 “和” may be a typo for “合” (sounds alike) | 合"]],
    ["推广理材产品。", ["2-4 “理材” may be a typo for “理财” (sounds alike) | 理财"]],
    // The context patterns of sittings 155–156.
    ["已连续八年无本地麻诊病例报告。",["9-10 “诊” may be a typo for “疹” (looks alike) | 疹"]],
    ["本季度共接诊急门诊患者21.4万人次。",["6-8 “急门” may be a typo for “门急” (characters swapped) | 门急"]],
    ["我们与山甲医院组建紧密型医联体。",["3-4 “山” may be a typo for “三” (sounds alike) | 三"]],
    ["灵床路径管理病种数增至186个。",["0-2 “灵床” may be a typo for “临床” (sounds alike) | 临床"]],
    ["医院开展了为期三个月的做风整顿。",["11-13 “做风” may be a typo for “作风” (sounds alike) | 作风"]],
    ["为行动不变的老年人提供上门换药、导尿等服务1400余次。",["3-5 “不变” may be a typo for “不便” (sounds alike) | 不便"]],
    ["分级诊疗格局未尚完全形成。",["6-8 “未尚” may be a typo for “尚未” (characters swapped) | 尚未"]],
    ["医保基金监管专项行动共追会违规资金1380万元。",["11-13 “追会” may be a typo for “追回” (sounds alike) | 追回"]],
    ["老卒中患者入院到溶栓时间缩短至38分钟。",["0-1 “老” may be a typo for “脑” (sounds alike) | 脑"]],
    ["药品和耗材陈本得到有效控制。",["5-7 “陈本” may be a typo for “成本” (looks alike) | 成本"]],
    ["全年为1100余名骨折术后患者提供康护治疗。",["17-19 “康护” may be a typo for “康复” (sounds alike) | 康复"]],
    ["累计为3200名失能人员支付代遇。",["14-16 “代遇” may be a typo for “待遇” (sounds alike) | 待遇"]],
    ["把老年健康触进行动纳入了年度重点工作。",["5-7 “触进” may be a typo for “促进” (sounds alike) | 促进"]],
    ["我校作为第一完成单位获省科学技术奖一等将3项。",["19-20 “将” may be a typo for “奖” (sounds alike) | 奖"]],
    ["我们对3起学术不端举报进行了调查和实并依规作出处理。",["16-17 “和” may be a typo for “核” (sounds alike) | 核"]],
    ["针对科研经费报消难的问题。",["6-8 “报消” may be a typo for “报销” (sounds alike) | 报销"]],
    ["进一步严格了博士论文预答辩和忙审程序。",["14-16 “忙审” may be a typo for “盲审” (sounds alike) | 盲审"]],
    ["今年全校共组织森报国家社科基金项目143项。",["7-9 “森报” may be a typo for “申报” (sounds alike) | 申报"]],
    ["研究院牵头制定的工业互联网标志解析行业标准已正式发布实施。",["13-15 “标志” may be a typo for “标识” (sounds alike) | 标识"]],
    ["学校建成了统一的科研数据纯储平台。",["12-14 “纯储” may be a typo for “存储” (sounds alike) | 存储"]],
    ["整改高危露洞41个。",["4-6 “露洞” may be a typo for “漏洞” (sounds alike) | 漏洞"]],
    ["邀请两院院是等知名专家来校讲学31人次。",["4-6 “院是” may be a typo for “院士” (sounds alike) | 院士"]],
    ["校园网主干带款升级至100G。",["5-7 “带款” may be a typo for “带宽” (sounds alike) | 带宽"]],
    ["学科部局进一步优化。",["2-4 “部局” may be a typo for “布局” (sounds alike) | 布局"]],
    ["带动就业干位4600余个。",["4-6 “干位” may be a typo for “岗位” (sounds alike) | 岗位"]],
    ["省重点实验室顺利通过五年一次的运行平估。",["17-19 “平估” may be a typo for “评估” (sounds alike) | 评估"]],
    ["资注总经费达1860万元。",["0-2 “资注” may be a typo for “资助” (sounds alike) | 资助"]],
    ["今年护化器新增在孵企业52家。",["2-4 “护化” may be a typo for “孵化” (sounds alike) | 孵化"]],
    ["全市数字经济核心产业增加直达到1270亿元。",["12-13 “直” may be a typo for “值” (sounds alike) | 值"]],
    ["学校连度科研经费到账5.4亿元。",["2-4 “连度” may be a typo for “年度” (sounds alike) | 年度"]],
    ["研究所全年承办国际术学会议3次。",["9-11 “术学” may be a typo for “学术” (characters swapped) | 学术"]],
    ["着力解决人才招不来、流不住的问题。",["10-11 “流” may be a typo for “留” (sounds alike) | 留"]],
    // The context patterns of sittings 153–154.
    ["针对上诉问题。",["2-4 “上诉” may be a typo for “上述” (sounds alike) | 上述"]],
    ["位于滨江新区的高层住宅项目主体结构已全部峰顶。",["20-22 “峰顶” may be a typo for “封顶” (sounds alike) | 封顶"]],
    ["年产5万吨环氧丙烷装置于9月28日一次头料试车成功。",["19-21 “头料” may be a typo for “投料” (sounds alike) | 投料"]],
    ["危险化学品仓库严格实行双人双琐管理。",["13-15 “双琐” may be a typo for “双锁” (looks alike) | 双锁"]],
    ["利润空间受到积压。",["4-8 “受到积压” may be a typo for “受到挤压” (sounds alike) | 受到挤压"]],
    ["7月份发生一起轻微设备损怀事件。",["11-13 “损怀” may be a typo for “损坏” (looks alike) | 损坏"]],
    ["全年共开张应急演练26次。",["3-5 “开张” may be a typo for “开展” (sounds alike) | 开展"]],
    ["企业吨钢中和能耗下降至548千克标准煤。",["4-6 “中和” may be a typo for “综合” (sounds alike) | 综合"]],
    ["据粗步统计。",["1-3 “粗步” may be a typo for “初步” (sounds alike) | 初步"]],
    ["水泥熟科生产线余热发电系统年发电量达4100万千瓦时。",["2-4 “熟科” may be a typo for “熟料” (looks alike) | 熟料"]],
    ["铜精矿收回率同比提高了1.8个百分点。",["3-5 “收回” may be a typo for “回收” (characters swapped) | 回收"]],
    ["化工园区内12家企业已全部完成泄露检测与修复工作。",["15-17 “泄露” may be a typo for “泄漏” (sounds alike) | 泄漏"]],
    ["安全监察部依归进行了处罚。",["5-7 “依归” may be a typo for “依规” (sounds alike) | 依规"]],
    ["部分脑旧装置设备腐蚀严重。",["2-4 “脑旧” may be a typo for “老旧” (sounds alike) | 老旧"]],
    ["我们严格落实矿领导代班下井制度。",["9-11 “代班” may be a typo for “带班” (sounds alike) | 带班"]],
    ["设备自动化水品显著提升。",["5-7 “水品” may be a typo for “水平” (sounds alike) | 水平"]],
    ["电厂2号机组脱硫系统改造工程按其投运。",["15-16 “其” may be a typo for “期” (sounds alike) | 期"]],
    ["获得受权9项。",["2-4 “受权” may be a typo for “授权” (sounds alike) | 授权"]],
    ["社区新时代文明实践站全年开展自愿服务活动92场次。",["14-16 “自愿” may be a typo for “志愿” (sounds alike) | 志愿"]],
    ["因家庭收入增加推出低保19户。",["7-9 “推出” may be a typo for “退出” (sounds alike) | 退出"]],
    ["我们坚持以党建领引基层治理。",["7-9 “领引” may be a typo for “引领” (characters swapped) | 引领"]],
    ["对居民提出的述求不能及时回应。",["6-8 “述求” may be a typo for “诉求” (sounds alike) | 诉求"]],
    ["主要用于设置公益港位和开展小型公益事业。",["8-9 “港” may be a typo for “岗” (sounds alike) | 岗"]],
    ["相互推委扯皮。",["2-4 “推委” may be a typo for “推诿” (sounds alike) | 推诿"]],
    ["镇司法所会同村委会多次组织调节。",["13-15 “调节” may be a typo for “调解” (sounds alike) | 调解"]],
    ["通过开展“先贤回归”活动。",["5-7 “先贤” may be a typo for “乡贤” (sounds alike) | 乡贤"]],
    ["更踪到底。",["0-2 “更踪” may be a typo for “跟踪” (sounds alike) | 跟踪"]],
    ["拆除残垣断臂86处。",["5-6 “臂” may be a typo for “壁” (looks alike) | 壁"]],
    ["对排查出的问题逐一明确责任人和化解限时。",["17-19 “限时” may be a typo for “时限” (characters swapped) | 时限"]],
    ["社区协调辖区单位措时开放停车位210个。",["8-10 “措时” may be a typo for “错时” (sounds alike) | 错时"]],
    ["息诉罢仿。",["3-4 “仿” may be a typo for “访” (looks alike) | 访"]],
    ["越级访等疑难按件。",["6-8 “按件” may be a typo for “案件” (sounds alike) | 案件"]],
    ["支部书记述职时坦诚，本人在发展党员方面办法不多。",["7-9 “坦诚” may be a typo for “坦承” (sounds alike) | 坦承"]],
    ["全年共开张应急演练26次。",["3-5 “开张” may be a typo for “开展” (sounds alike) | 开展"]],
    // The context patterns of sittings 151–152 and slip reports 199–202.
    ["累计腾退限制宅基地1200余宗。",["4-6 “限制” may be a typo for “闲置” (sounds alike) | 闲置"]],
    ["全县村级集体经济收如全部超过10万元。",["8-10 “收如” may be a typo for “收入” (sounds alike) | 收入"]],
    ["一般登记业务压缩至5个工作日内半结。",["15-17 “半结” may be a typo for “办结” (sounds alike) | 办结"]],
    ["藏粮于计。",["3-4 “计” may be a typo for “技” (sounds alike) | 技"]],
    ["我们把农村饮水安全作为重要明生工程来抓。",["13-15 “明生” may be a typo for “民生” (sounds alike) | 民生"]],
    ["在12个乡镇建设生态沟渠和氮磷栏截设施。",["15-17 “栏截” may be a typo for “拦截” (looks alike) | 拦截"]],
    ["持续推进草原生态保护修护。",["10-12 “修护” may be a typo for “修复” (sounds alike) | 修复"]],
    ["森林火灾受害律控制在0.9‰以内。",["6-7 “律” may be a typo for “率” (sounds alike) | 率"]],
    ["全力保障城乡人蓄饮水安全。",["6-8 “人蓄” may be a typo for “人畜” (sounds alike) | 人畜"]],
    ["样品检测工作有续推进。",["6-8 “有续” may be a typo for “有序” (sounds alike) | 有序"]],
    ["全县共查出违法用地案件47宗。",["3-5 “查出” may be a typo for “查处” (sounds alike) | 查处"]],
    ["严格执行生态环境准人清单。",["8-10 “准人” may be a typo for “准入” (looks alike) | 准入"]],
    ["加大畜禽养殖废弃物资源话利用力度。",["11-12 “话” may be a typo for “化” (sounds alike) | 化"]],
    ["限额以上商茂企业入库纳统128家。",["4-6 “商茂” may be a typo for “商贸” (sounds alike) | 商贸"]],
    ["都促平台下架违规商品信息3200余条。",["0-2 “都促” may be a typo for “督促” (sounds alike) | 督促"]],
    ["全年发放创业当保贷款3.2亿元。",["6-8 “当保” may be a typo for “担保” (sounds alike) | 担保"]],
    ["完成年出预算的102%。",["2-4 “年出” may be a typo for “年初” (sounds alike) | 年初"]],
    ["推出5大类17项便明办税措施。",["8-10 “便明” may be a typo for “便民” (sounds alike) | 便民"]],
    ["罚末款128万元。",["1-2 “末” may be a typo for “没” (looks alike) | 没"]],
    ["市级产业引导基金认交规模达到50亿元。",["8-10 “认交” may be a typo for “认缴” (sounds alike) | 认缴"]],
    ["加强会财监督。",["2-4 “会财” may be a typo for “财会” (characters swapped) | 财会"]],
    ["对会计师事务所职业质量开展检查。",["7-9 “职业” may be a typo for “执业” (sounds alike) | 执业"]],
    ["利润增速高于赢收增速。",["6-8 “赢收” may be a typo for “营收” (sounds alike) | 营收"]],
    ["推动市属国企完成主页整合和资产重组。",["8-10 “主页” may be a typo for “主业” (sounds alike) | 主业"]],
    ["全市金融机构本外市各项贷款余额达到3125亿元。",["8-9 “市” may be a typo for “币” (looks alike) | 币"]],
    ["督促退换企业违规收取的费用860万元。",["2-4 “退换” may be a typo for “退还” (sounds alike) | 退还"]],
    ["全年共办理居民生份证4,236张、户口迁移1,180件、新生儿落户41。",["7-10 “生份证” may be a typo for “身份证” (sounds alike) | 身份证"]],
    ["馆里联合县教育局发布了中小学生年度推荐树木。",["19-21 “树木” may be a typo for “书目” (sounds alike) | 书目"]],
    ["35千伏Ⅰ段母线开关柜局部防电检测及柜内加热除湿装置改造。",["13-15 “防电” may be a typo for “放电” (sounds alike) | 放电"]],
    ["介质损耗因数及缘绝电阻试验。",["7-9 “缘绝” may be a typo for “绝缘” (characters swapped) | 绝缘"]],
    ["去年迎峰度夏高峰复合期间。",["8-10 “复合” may be a typo for “负荷” (sounds alike) | 负荷"]],
    ["新增完成治理的行政村23个，自理率提高到41%。",["14-17 “自理率” may be a typo for “治理率” (sounds alike) | 治理率"]],
    ["杀菌公益重新进行了热穿透试验。",["2-4 “公益” may be a typo for “工艺” (sounds alike) | 工艺"]],
    // The context patterns of sittings 149–150.
    ["我县已主建综合性救援队伍1支。",["3-5 “主建” may be a typo for “组建” (sounds alike) | 组建"]],
    ["实现了对重点行业企业风险点的分级管空和实时预警。",["16-18 “管空” may be a typo for “管控” (sounds alike) | 管控"]],
    ["全年共拆出沿线违章建筑1.8万平方米。",["3-5 “拆出” may be a typo for “拆除” (sounds alike) | 拆除"]],
    ["暴光等措施。",["0-2 “暴光” may be a typo for “曝光” (sounds alike) | 曝光"]],
    ["目前已整改消号21项。",["5-7 “消号” may be a typo for “销号” (sounds alike) | 销号"]],
    ["全县设立零时检查站41个。",["4-6 “零时” may be a typo for “临时” (sounds alike) | 临时"]],
    ["社区网格员逐户上门劝到。",["9-11 “劝到” may be a typo for “劝导” (sounds alike) | 劝导"]],
    ["施工单位严格执行操前地质预报制度。",["8-10 “操前” may be a typo for “超前” (sounds alike) | 超前"]],
    ["井下作业实现时实动态监管。",["6-8 “时实” may be a typo for “实时” (characters swapped) | 实时"]],
    ["商场等重点场所实行全天后巡逻。",["11-12 “后” may be a typo for “候” (sounds alike) | 候"]],
    ["对全区127家人员密级场所开展了消防安全评估。",["9-11 “密级” may be a typo for “密集” (sounds alike) | 密集"]],
    ["提高对突发事件的快速反映和协同处置能力。",["10-12 “反映” may be a typo for “反应” (easily confused) | 反应"]],
    ["紧钉“九小场所”和出租屋等薄弱环节。",["0-2 “紧钉” may be a typo for “紧盯” (looks alike) | 紧盯"]],
    ["群众消防安全意思明显增强。",["6-8 “意思” may be a typo for “意识” (sounds alike) | 意识"]],
    ["各级防指坚持关口钱移。",["8-9 “钱” may be a typo for “前” (sounds alike) | 前"]],
    ["储备帐蓬、棉被、折叠床等救灾物资3.6万件。",["2-4 “帐蓬” may be a typo for “帐篷” (looks alike) | 帐篷"]],
    ["督促物业单位落实防火寻查。",["10-12 “寻查” may be a typo for “巡查” (sounds alike) | 巡查"]],
    ["对预期未整改的单位依法从严查处。",["1-3 “预期” may be a typo for “逾期” (sounds alike) | 逾期"]],
    ["死亡人书同比分别下降14.6%和9.3%。",["2-4 “人书” may be a typo for “人数” (sounds alike) | 人数"]],
    ["为中小企业提供安全诊段服务。",["9-11 “诊段” may be a typo for “诊断” (sounds alike) | 诊断"]],
    ["塔掉司机实行人脸识别上岗。",["1-2 “掉” may be a typo for “吊” (sounds alike) | 吊"]],
    ["公路部门对辖区内危桥显段进行了全面排查。",["10-12 “显段” may be a typo for “险段” (sounds alike) | 险段"]],
    ["劳疲驾驶等严重违法行为的查处力度。",["0-2 “劳疲” may be a typo for “疲劳” (characters swapped) | 疲劳"]],
    ["深入开展宾葬领域突出问题专项整治。",["4-6 “宾葬” may be a typo for “殡葬” (looks alike) | 殡葬"]],
    ["对3起医疗纠风依法依规进行了调处。",["5-7 “纠风” may be a typo for “纠纷” (sounds alike) | 纠纷"]],
    ["很抓传染病防控。",["0-2 “很抓” may be a typo for “狠抓” (sounds alike) | 狠抓"]],
    ["推处了“古镇寻味”“红色研学”等8条精品旅游线路。",["0-2 “推处” may be a typo for “推出” (sounds alike) | 推出"]],
    ["并督促其按期到医院互查。",["9-11 “互查” may be a typo for “复查” (sounds alike) | 复查"]],
    ["坚持五育并具。",["5-6 “具” may be a typo for “举” (sounds alike) | 举"]],
    ["县中医院新开设针炙推拿、康复理疗等特色专科。",["8-9 “炙” may be a typo for “灸” (looks alike) | 灸"]],
    ["对长期握床的失能老人开展上门护理服务。",["3-5 “握床” may be a typo for “卧床” (sounds alike) | 卧床"]],
    ["全年粗动执法人员3100人次。",["2-4 “粗动” may be a typo for “出动” (sounds alike) | 出动"]],
    ["本人作为分光副校长。",["4-6 “分光” may be a typo for “分管” (sounds alike) | 分管"]],
    ["但个别景区存在高峰时段涌堵、排队时间过长等问题。",["11-13 “涌堵” may be a typo for “拥堵” (sounds alike) | 拥堵"]],
    ["记念馆免费开放。",["0-2 “记念” may be a typo for “纪念” (sounds alike) | 纪念"]],
    ["全市共有孤儿和事实无人扶养儿童782名。",["11-13 “扶养” may be a typo for “抚养” (sounds alike) | 抚养"]],
    ["龙舟等品牌塞事15项。",["5-7 “塞事” may be a typo for “赛事” (looks alike) | 赛事"]],
    ["部分乡镇卫生院专业技术人才流逝严重。",["13-15 “流逝” may be a typo for “流失” (sounds alike) | 流失"]],
    ["老年人餐助服务点覆盖城区所有街道。",["3-5 “餐助” may be a typo for “助餐” (characters swapped) | 助餐"]],
    ["新建健身布道62公里、笼式足球场11块。",["4-6 “布道” may be a typo for “步道” (sounds alike) | 步道"]],
    ["评估监测三味一体。",["5-6 “味” may be a typo for “位” (sounds alike) | 位"]],
    // The context patterns of sittings 147–148 and slip reports 195–198.
    ["全年开展意识形态领域分险研判4次。",["10-12 “分险” may be a typo for “风险” (sounds alike) | 风险"]],
    ["党建与业务结合不够精密。",["9-10 “精” may be a typo for “紧” (sounds alike) | 紧"]],
    ["“较好”次等占16.5%。",["4-6 “次等” may be a typo for “等次” (characters swapped) | 等次"]],
    ["全年共提拨调整干部31人。",["3-5 “提拨” may be a typo for “提拔” (looks alike) | 提拔"]],
    ["专职思正课教师与学生比例达到1:350的要求。",["2-4 “思正” may be a typo for “思政” (sounds alike) | 思政"]],
    ["组织部门对新提任的19名科级干部开展了人前廉政谈话和履职能力培训。",["19-21 “人前” may be a typo for “任前” (sounds alike) | 任前"]],
    ["浅尝则止的问题。",["2-3 “则” may be a typo for “辄” (sounds alike) | 辄"]],
    ["围绕党的二十大精深开展专题研讨4次。",["7-9 “精深” may be a typo for “精神” (sounds alike) | 精神"]],
    ["党员责任区在疫情防控和急难显重任务中发挥了示范带动作用。",["13-14 “显” may be a typo for “险” (sounds alike) | 险"]],
    ["建立重点岗位人员轮岗交流机智。",["12-14 “机智” may be a typo for “机制” (sounds alike) | 机制"]],
    ["学校党委产委会全年研究“三重一大”事项87项。",["4-7 “产委会” may be a typo for “常委会” (sounds alike) | 常委会"]],
    ["签定党风廉政建设责任书312份。",["0-2 “签定” may be a typo for “签订” (easily confused) | 签订"]],
    ["全年共收接预备党员47名。",["3-5 “收接” may be a typo for “接收” (characters swapped) | 接收"]],
    ["谈新谈话不够深入。",["1-2 “新” may be a typo for “心” (sounds alike) | 心"]],
    ["学校今年从优秀学生中发展的213名党员均胡合发展条件。",["20-22 “胡合” may be a typo for “符合” (sounds alike) | 符合"]],
    ["班子成员之间开展了坦城深入的批评和自我批评。",["9-11 “坦城” may be a typo for “坦诚” (sounds alike) | 坦诚"]],
    ["教育引导党员干部树劳“四个意识”。",["8-10 “树劳” may be a typo for “树牢” (sounds alike) | 树牢"]],
    ["以案处治。",["2-3 “处” may be a typo for “促” (sounds alike) | 促"]],
    ["组织党员干部旁厅庭审2次。",["6-8 “旁厅” may be a typo for “旁听” (sounds alike) | 旁听"]],
    ["食品烟久类价格拉低CPI涨幅约0.35个百分点。",["2-4 “烟久” may be a typo for “烟酒” (sounds alike) | 烟酒"]],
    ["重点支出的到有力保障。",["4-6 “的到” may be a typo for “得到” (sounds alike) | 得到"]],
    ["就业形式总体稳定。",["2-4 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["降幅比上月收债0.4个百分点。",["5-7 “收债” may be a typo for “收窄” (sounds alike) | 收窄"]],
    ["增速比1—10月加块0.3个百分点。",["8-10 “加块” may be a typo for “加快” (sounds alike) | 加快"]],
    ["受外需持续陈压影响。",["5-7 “陈压” may be a typo for “承压” (sounds alike) | 承压"]],
    ["全市高互加值产品出口占比提高到27.4%。",["3-4 “互” may be a typo for “附” (sounds alike) | 附"]],
    ["全年实时省市重点项目326个。",["2-4 “实时” may be a typo for “实施” (sounds alike) | 实施"]],
    ["居民消费价格指数（CPI）同比上张0.4%。",["15-17 “上张” may be a typo for “上涨” (sounds alike) | 上涨"]],
    ["商品房销售面极386.2万平方米。",["5-7 “面极” may be a typo for “面积” (sounds alike) | 面积"]],
    ["絮宁效果明显改善。",["0-2 “絮宁” may be a typo for “絮凝” (sounds alike) | 絮凝"]],
    ["有效解决了高峰时段管网末梢水鸭偏低的问题。",["13-15 “水鸭” may be a typo for “水压” (sounds alike) | 水压"]],
    ["大队累计触动消防车42辆次、冲锋舟18艘次、指战员320人次。",["4-6 “触动” may be a typo for “出动” (sounds alike) | 出动"]],
    ["实现了颗粒规仓。",["5-7 “规仓” may be a typo for “归仓” (sounds alike) | 归仓"]],
    ["合作社全面推行玉米籽粒直收和秸秆田还。",["16-18 “田还” may be a typo for “还田” (characters swapped) | 还田"]],
    // The context patterns of sittings 145–146 and slip reports 191–194.
    ["公司持续开展资量提升专项行动。",["6-8 “资量” may be a typo for “质量” (sounds alike) | 质量"]],
    ["安全环保部牵头对全部在建工地开展了拉网式检察。",["20-22 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["电网公司提前制定了负荷调度绰施和应急预案。",["13-15 “绰施” may be a typo for “措施” (sounds alike) | 措施"]],
    ["信息中心完成了核心业务系统的签移上云工作。",["14-16 “签移” may be a typo for “迁移” (sounds alike) | 迁移"]],
    ["客单架较去年提高6元。",["2-3 “架” may be a typo for “价” (sounds alike) | 价"]],
    ["项目部对深基坑支护翻案进行了三次专家论证。",["9-11 “翻案” may be a typo for “方案” (sounds alike) | 方案"]],
    ["环保部门对重点排污单位实施在线监空全覆盖。",["15-17 “监空” may be a typo for “监控” (sounds alike) | 监控"]],
    ["今年全县龙村生活污水治理率提高到68%。",["4-6 “龙村” may be a typo for “农村” (sounds alike) | 农村"]],
    ["全年未发生严重疑似预防接种异常反映。",["15-17 “反映” may be a typo for “反应” (easily confused) | 反应"]],
    ["矿山生态修复工程完成护绿面积860亩。",["10-12 “护绿” may be a typo for “复绿” (sounds alike) | 复绿"]],
    ["县人民医院与省肿瘤医院建立远程会证合作。",["15-17 “会证” may be a typo for “会诊” (sounds alike) | 会诊"]],
    ["走访众群1.7万户。",["2-4 “众群” may be a typo for “群众” (characters swapped) | 群众"]],
    ["为农民工追回欠新共计860万元。",["6-8 “欠新” may be a typo for “欠薪” (sounds alike) | 欠薪"]],
    ["市图书馆完成无障碍设思改造。",["9-11 “设思” may be a typo for “设施” (sounds alike) | 设施"]],
    ["古镇夜市已成为名符其实的网红打卡地。",["8-9 “符” may be a typo for “副” (sounds alike) | 副"]],
    ["城管综合执法队开展占道经营专项怎治。",["15-17 “怎治” may be a typo for “整治” (sounds alike) | 整治"]],
    ["交警大队组织民紧在学校周边设立护学岗。",["6-8 “民紧” may be a typo for “民警” (sounds alike) | 民警"]],
    ["对每包铁液的球华率进行快速预判。",["7-8 “华” may be a typo for “化” (sounds alike) | 化"]],
    ["二是完善球化处理公益。",["8-10 “公益” may be a typo for “工艺” (sounds alike) | 工艺"]],
    ["开展人均环境整治集中行动4次。",["2-4 “人均” may be a typo for “人居” (sounds alike) | 人居"]],
    ["全年接待入驻宾客16.2万人次。",["4-6 “入驻” may be a typo for “入住” (sounds alike) | 入住"]],
    ["中餐厅和江南风味餐厅全年平均翻抬率达到1.9次。",["14-16 “翻抬” may be a typo for “翻台” (sounds alike) | 翻台"]],
    ["全校现有专任教室98名。",["6-8 “教室” may be a typo for “教师” (sounds alike) | 教师"]],
    // The context patterns of sittings 143–144 and slip report 189.
    ["市纪委监委坚持言字当头。",["7-8 “言” may be a typo for “严” (sounds alike) | 严"]],
    ["为1367名龙民工追讨被拖欠工资2140余万元。",["6-7 “龙” may be a typo for “农” (sounds alike) | 农"]],
    ["市委统战部配合做好宗教活动产所规范化建设。",["13-15 “产所” may be a typo for “场所” (sounds alike) | 场所"]],
    ["实际突出的优秀年轻干部。",["0-2 “实际” may be a typo for “实绩” (sounds alike) | 实绩"]],
    ["全年清理整治违规散埋乱藏坟墓1800余座。",["10-12 “乱藏” may be a typo for “乱葬” (sounds alike) | 乱葬"]],
    ["坚决防止“四风”问题反弹回朝。",["12-14 “回朝” may be a typo for “回潮” (sounds alike) | 回潮"]],
    ["财政部门加大对基层“三保”资出的保障力度。",["13-15 “资出” may be a typo for “支出” (sounds alike) | 支出"]],
    ["城镇调查事业率控制在5.5%以内。",["4-7 “事业率” may be a typo for “失业率” (sounds alike) | 失业率"]],
    ["市委宣传部次序深化新时代文明实践中心建设。",["5-7 “次序” may be a typo for “持续” (sounds alike) | 持续"]],
    ["全体党员干部逐张逐条学习《中国共产党纪律处分条例》。",["7-8 “张” may be a typo for “章” (sounds alike) | 章"]],
    ["今年我局共审合办理人才引进手续213人。",["5-7 “审合” may be a typo for “审核” (sounds alike) | 审核"]],
    ["带动48户农户征收。",["7-9 “征收” may be a typo for “增收” (sounds alike) | 增收"]],
    ["现担任高二（5）班班主人兼语文教研组长。",["10-12 “主人” may be a typo for “主任” (sounds alike) | 主任"]],
    ["做到低数清、情况明。",["2-4 “低数” may be a typo for “底数” (sounds alike) | 底数"]],
    ["扭动人口占比超过六成。",["0-2 “扭动” may be a typo for “流动” (sounds alike) | 流动"]],
    ["我带头调解邻里纠纷和土地全属争议。",["12-14 “全属” may be a typo for “权属” (sounds alike) | 权属"]],
    ["2023年我单选村党支部书记以来。",["6-8 “单选” may be a typo for “当选” (sounds alike) | 当选"]],
    ["做到严格规范正公文明执法。",["6-8 “正公” may be a typo for “公正” (characters swapped) | 公正"]],
    ["本年度我负责公司应收账款的吹收工作。",["13-15 “吹收” may be a typo for “催收” (sounds alike) | 催收"]],
    ["我深刻认识到自己在信息技术与课堂教学溶合方面还有较大的提升空间。",["18-20 “溶合” may be a typo for “融合” (sounds alike) | 融合"]],
    ["及时发现并纠正钢筋邦扎不规范等质量问题11处。",["9-11 “邦扎” may be a typo for “绑扎” (sounds alike) | 绑扎"]],
    ["建成光扶电站一座。",["2-4 “光扶” may be a typo for “光伏” (sounds alike) | 光伏"]],
    ["师范课18节。",["0-3 “师范课” may be a typo for “示范课” (sounds alike) | 示范课"]],
    ["及时排出车辆故障隐患。",["2-4 “排出” may be a typo for “排除” (sounds alike) | 排除"]],
    ["我重点根进了华东地区的三家连锁超市。",["3-5 “根进” may be a typo for “跟进” (sounds alike) | 跟进"]],
    ["我配合会计师事物所完成各项资料的提供和解释工作。",["6-9 “事物所” may be a typo for “事务所” (sounds alike) | 事务所"]],
    ["我利用业余时间专研BIM技术。",["7-9 “专研” may be a typo for “钻研” (sounds alike) | 钻研"]],
    ["纳税申报及沉本控制等工作。",["5-7 “沉本” may be a typo for “成本” (sounds alike) | 成本"]],
    ["本年度我主持完成了城东污水处理厂二期工程的公益设计。",["21-23 “公益” may be a typo for “工艺” (sounds alike) | 工艺"]],
    ["我们认证贯彻落实上级决策部署。",["3-4 “证” may be a typo for “真” (sounds alike) | 真"]],
    ["为全部银运车辆加装驾驶员状态监测装置。",["3-5 “银运” may be a typo for “营运” (sounds alike) | 营运"]],
    // The context patterns of sittings 139–142 and slip reports 179–186.
    ["校园欺凌等类容开展以案释法宣讲43场。",["5-7 “类容” may be a typo for “内容” (sounds alike) | 内容"]],
    ["在制品库存下将了三成。",["6-7 “将” may be a typo for “降” (sounds alike) | 降"]],
    ["优秀率为居全区第一。",["3-4 “为” may be a typo for “位” (sounds alike) | 位"]],
    ["调出成功率达到97%。",["0-2 “调出” may be a typo for “调处” (sounds alike) | 调处"]],
    ["全面落实河长治。",["6-7 “治” may be a typo for “制” (sounds alike) | 制"]],
    ["审判委员会全年讨轮重大疑难复杂案件47件。",["7-9 “讨轮” may be a typo for “讨论” (sounds alike) | 讨论"]],
    ["收回被侵站林地286亩。",["3-5 “侵站” may be a typo for “侵占” (sounds alike) | 侵占"]],
    ["新建标准化养植小区12个。",["5-7 “养植” may be a typo for “养殖” (sounds alike) | 养殖"]],
    ["营造了浓厚分围。",["5-7 “分围” may be a typo for “氛围” (sounds alike) | 氛围"]],
    ["依托政务服务性息平台全年办理各类事项1.8万件。",["6-8 “性息” may be a typo for “信息” (sounds alike) | 信息"]],
    ["短时邻近预报准确率达到82%。",["2-4 “邻近” may be a typo for “临近” (sounds alike) | 临近"]],
    ["金牌数和团体总份均列全省第三名。",["6-8 “总份” may be a typo for “总分” (sounds alike) | 总分"]],
    ["揉性引进院士专家团队12个。",["0-2 “揉性” may be a typo for “柔性” (sounds alike) | 柔性"]],
    ["打造红色研学金品线路6条。",["6-8 “金品” may be a typo for “精品” (sounds alike) | 精品"]],
    ["赛事电视转拨覆盖观众超过3000万人次。",["4-6 “转拨” may be a typo for “转播” (looks alike) | 转播"]],
    ["桥梁庄基施工完成率达到92%。",["2-4 “庄基” may be a typo for “桩基” (sounds alike) | 桩基"]],
    ["我局对辖区内涉辉发性有机物企业开展专项执法检查。",["7-9 “辉发” may be a typo for “挥发” (sounds alike) | 挥发"]],
    ["加快发展保障性租凭住房。",["7-9 “租凭” may be a typo for “租赁” (looks alike) | 租赁"]],
    ["提前储备溶雪剂860吨。",["4-5 “溶” may be a typo for “融” (sounds alike) | 融"]],
    ["高支摸等危大工程开展专项检查。",["2-3 “摸” may be a typo for “模” (looks alike) | 模"]],
    ["改造特困人员共养服务设施12所。",["6-8 “共养” may be a typo for “供养” (sounds alike) | 供养"]],
    ["破货电信网络诈骗案件462起。",["0-2 “破货” may be a typo for “破获” (sounds alike) | 破获"]],
    ["社会保险括面征缴成效明显。",["4-6 “括面” may be a typo for “扩面” (looks alike) | 扩面"]],
    ["在炭化硅衬底、固态电池等领域取得一批关键核心技术突破。",["1-2 “炭” may be a typo for “碳” (sounds alike) | 碳"]],
    ["新人纷纷合影留恋。",["6-8 “留恋” may be a typo for “留念” (sounds alike) | 留念"]],
    ["宽带接入速律平均提高至300兆以上。",["4-6 “速律” may be a typo for “速率” (sounds alike) | 速率"]],
    ["换回税款损失2.1亿元。",["0-2 “换回” may be a typo for “挽回” (sounds alike) | 挽回"]],
    ["交警部门严查酒驾罪驾等交通违法行为。",["8-10 “罪驾” may be a typo for “醉驾” (sounds alike) | 醉驾"]],
    ["颗粒物排放量消减28%。",["6-8 “消减” may be a typo for “削减” (easily confused) | 削减"]],
    ["光伏扶平电站运维管理不断规范。",["2-4 “扶平” may be a typo for “扶贫” (sounds alike) | 扶贫"]],
    ["建制村快递服务通答率提升至百分之九十六。",["7-9 “通答” may be a typo for “通达” (sounds alike) | 通达"]],
    ["本季度全区龙林牧渔业总产值同比增长百分之三点九。",["5-6 “龙” may be a typo for “农” (sounds alike) | 农"]],
    ["完成明代织绵残片清洗、平整和针线加固共三十二件。",["5-6 “绵” may be a typo for “锦” (looks alike) | 锦"]],
    ["开展静空环境专项整治。",["2-4 “静空” may be a typo for “净空” (sounds alike) | 净空"]],
    ["新增耕地图邦经外业举证后全部核实。",["5-6 “邦” may be a typo for “斑” (looks alike) | 斑"]],
    ["区域站站网秘度由每百平方公里一点二个提高到二点零个。",["5-7 “秘度” may be a typo for “密度” (sounds alike) | 密度"]],
    ["各网点严格执行收寄验示制度。",["9-11 “验示” may be a typo for “验视” (sounds alike) | 验视"]],
    ["教练员队伍中具有高级自称的达到六人。",["10-12 “自称” may be a typo for “职称” (sounds alike) | 职称"]],
    ["各收储企业严正以待。",["6-7 “正” may be a typo for “阵” (sounds alike) | 阵"]],
    ["皮滑艇项目四人。",["1-2 “滑” may be a typo for “划” (sounds alike) | 划"]],
    ["全年发型纪念邮票首日封两万余枚。",["2-4 “发型” may be a typo for “发行” (sounds alike) | 发行"]],
    ["全县共清察法人单位四千六百余个、个体经营户两万一千户。",["3-5 “清察” may be a typo for “清查” (sounds alike) | 清查"]],
    ["对每一笔疑点资金都追根纠底。",["11-12 “纠” may be a typo for “究” (sounds alike) | 究"]],
    ["库区全面推广淡气气调储粮和内环流控温技术。",["6-7 “淡” may be a typo for “氮” (sounds alike) | 氮"]],
    ["并加密了巡查平次。",["6-7 “平” may be a typo for “频” (sounds alike) | 频"]],
    ["钻探施工累计进迟一万二千米。",["7-8 “迟” may be a typo for “尺” (sounds alike) | 尺"]],
    ["船匣全年累计过闸船舶四万三千艘次。",["1-2 “匣” may be a typo for “闸” (looks alike) | 闸"]],
    ["古籍保护中心完成馆藏膳本普查登记二千八百部。",["10-11 “膳” may be a typo for “善” (sounds alike) | 善"]],
    ["全年检疫出拦生猪四十二万头。",["5-6 “拦” may be a typo for “栏” (looks alike) | 栏"]],
    ["家普等文献资料三百七十种。",["0-2 “家普” may be a typo for “家谱” (sounds alike) | 家谱"]],
    ["烟草专买局查获涉烟违法案件一百零三起。",["2-4 “专买” may be a typo for “专卖” (sounds alike) | 专卖"]],
    ["全年抽检典盐样品四百八十份。",["4-5 “典” may be a typo for “碘” (sounds alike) | 碘"]],
    ["在两处滩涂盐场推广塑苫覆盖结精工艺。",["13-15 “结精” may be a typo for “结晶” (sounds alike) | 结晶"]],
    ["对全县中小河流水文站的测验断面进行了复侧。",["18-20 “复侧” may be a typo for “复测” (sounds alike) | 复测"]],
    ["县乡村三级河长全年寻河一万四千余次。",["9-10 “寻” may be a typo for “巡” (sounds alike) | 巡"]],
    ["县防汛物资参库储备编织袋十二万条、救生衣三千件、冲锋舟十四艘。",["5-7 “参库” may be a typo for “仓库” (sounds alike) | 仓库"]],
    ["崩踏隐患点落实了群测群防员。",["1-2 “踏” may be a typo for “塌” (sounds alike) | 塌"]],
    ["年鉴编篡坚持一年一鉴。",["2-4 “编篡” may be a typo for “编纂” (looks alike) | 编纂"]],
    ["航标处全年维护灯庄、浮标三百二十座。",["8-9 “庄” may be a typo for “桩” (sounds alike) | 桩"]],
    ["益洪道闸门启闭机全部更换。",["0-1 “益” may be a typo for “溢” (sounds alike) | 溢"]],
    ["育苗阶段全面推广飘浮育苗技术。",["8-10 “飘浮” may be a typo for “漂浮” (sounds alike) | 漂浮"]],
    ["新增宽平带地震计六套。",["3-4 “平” may be a typo for “频” (sounds alike) | 频"]],
    ["杜绝压级压架。",["5-6 “架” may be a typo for “价” (sounds alike) | 价"]],
    ["没受非法网具三百余套。",["1-2 “受” may be a typo for “收” (sounds alike) | 收"]],
    ["对侦办中发现的非法站用林地问题。",["9-10 “站” may be a typo for “占” (sounds alike) | 占"]],
    ["治留存在重大安全缺陷的船舶九艘。",["0-1 “治” may be a typo for “滞” (sounds alike) | 滞"]],
    ["收交捕鸟网具一百二十余张。",["1-2 “交” may be a typo for “缴” (sounds alike) | 缴"]],
    ["地震局加强怎情跟踪研判。",["5-6 “怎” may be a typo for “震” (sounds alike) | 震"]],
    ["蚕桑技术推广站全年发放残种一万二千张。",["11-12 “残” may be a typo for “蚕” (sounds alike) | 蚕"]],
    ["配和料均匀度合格率稳定在98%以上。",["0-2 “配和” may be a typo for “配合” (sounds alike) | 配合"]],
    ["一线锡糟于5月完成在线清渣和流道闸板更换。",["3-4 “糟” may be a typo for “槽” (looks alike) | 槽"]],
    ["可溶性形固物含量平均15.6%。",["3-5 “形固” may be a typo for “固形” (characters swapped) | 固形"]],
    ["稼接瑞阳、瑞雪等新品种接穗1.6万枝。",["0-2 “稼接” may be a typo for “嫁接” (looks alike) | 嫁接"]],
    ["汛期共采集水位、留量数据十二万组。",["8-9 “留” may be a typo for “流” (sounds alike) | 流"]],
    // The sitting 138's context patterns.
    ["学校新增博士学位权授点三个。", ["8-10 “权授” may be a typo for “授权” (characters swapped) | 授权"]],
    ["法院依法妥善审埋劳动争议案件。", ["6-8 “审埋” may be a typo for “审理” (looks alike) | 审理"]],
    ["对可燃气休检测报警装置全面校验。", ["3-5 “气休” may be a typo for “气体” (looks alike) | 气体"]],
    ["开展秋季中集整修。", ["4-6 “中集” may be a typo for “集中” (characters swapped) | 集中"]],
    ["撒并低效网点五个。", ["0-2 “撒并” may be a typo for “撤并” (looks alike) | 撤并"]],
    ["做好研究生招生复式工作。", ["7-9 “复式” may be a typo for “复试” (sounds alike) | 复试"]],
    ["持续优化门诊就医流成。", ["8-10 “流成” may be a typo for “流程” (sounds alike) | 流程"]],
    ["我局即时拨付救灾资金。", ["2-4 “即时” may be a typo for “及时” (sounds alike) | 及时"]],
    ["全年破获形式案件四十余起。", ["4-6 “形式” may be a typo for “刑事” (easily confused) | 刑事"]],
    ["有效保护学生势力。", ["6-8 “势力” may be a typo for “视力” (sounds alike) | 视力"]],
    ["积极推进科员成果转化。", ["4-6 “科员” may be a typo for “科研” (sounds alike) | 科研"]],
    ["规范大型设备检察预约流程。", ["6-8 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["中集集团整修完成。", []],

    // The sitting 137's context patterns, and a name before a title after a preposition (经|张志强所长).
    ["经张志强所长批准，依法刑事拘留。", []],
    ["湖南佳惠百货有限债任公司董事长", ["8-10 “债任” may be a typo for “责任” (sounds alike) | 责任"]],
    ["杜绝节留挪用现象。", ["2-4 “节留” may be a typo for “截留” (sounds alike) | 截留"]],
    ["下达整改知通书。", ["4-6 “知通” may be a typo for “通知” (characters swapped) | 通知"]],
    ["对配电窒实行值班制度。", ["3-4 “窒” may be a typo for “室” (looks alike) | 室"]],
    ["坚持公证司法。", ["2-4 “公证” may be a typo for “公正” (easily confused) | 公正"]],
    ["一批基案得到化解。", ["2-4 “基案” may be a typo for “积案” (sounds alike) | 积案"]],
    ["确保帅生饮食安全。", ["2-3 “帅” may be a typo for “师” (looks alike) | 师"]],
    ["开展转向督导检查。", ["2-4 “转向” may be a typo for “专项” (sounds alike) | 专项"]],
    ["按照上级部属开展活动。", ["4-6 “部属” may be a typo for “部署” (easily confused) | 部署"]],
    ["落实施工现场洋尘治理措施。", ["6-8 “洋尘” may be a typo for “扬尘” (sounds alike) | 扬尘"]],

    // The slip reports 175–178's context patterns.
    ["雷达天线照表面清洁。", ["4-5 “照” may be a typo for “罩” (looks alike) | 罩"]],
    ["修补天线照接缝处密封胶12处。", ["4-5 “照” may be a typo for “罩” (looks alike) | 罩"]],
    ["开展跟管治疗两百例。", ["2-4 “跟管” may be a typo for “根管” (sounds alike) | 根管"]],
    ["生产微形薯五十万粒。", ["2-4 “微形” may be a typo for “微型” (sounds alike) | 微型"]],

    // The sitting 136's context patterns.
    ["普惠小微贷款于额同比增长两成。", ["6-8 “于额” may be a typo for “余额” (sounds alike) | 余额"]],
    ["确保道路安全唱通。", ["6-8 “唱通” may be a typo for “畅通” (sounds alike) | 畅通"]],
    ["耐心释法折理。", ["4-5 “折” may be a typo for “析” (looks alike) | 析"]],
    ["严格执行双人复合制度。", ["6-8 “复合” may be a typo for “复核” (easily confused) | 复核"]],
    ["组织党员赶革命纪念馆开展主题党日活动。", ["4-5 “赶” may be a typo for “赴” (looks alike) | 赴"]],
    ["组织党员赶赴革命纪念馆参观。", []],
    ["严格执行处万点评制度。", ["5-6 “万” may be a typo for “方” (looks alike) | 方"]],
    ["严禁违竟指挥。", ["2-4 “违竟” may be a typo for “违章” (looks alike) | 违章"]],
    ["强调安全主意事项。", ["4-6 “主意” may be a typo for “注意” (sounds alike) | 注意"]],
    ["瓦斯度浓始终控制在规定范围内。", ["2-4 “度浓” may be a typo for “浓度” (characters swapped) | 浓度"]],
    ["积极参加校本研休。", ["6-8 “研休” may be a typo for “研修” (looks alike) | 研修"]],
    ["确保年底前主题完工。", ["5-7 “主题” may be a typo for “主体” (sounds alike) | 主体"]],
    ["优化抢救留成。", ["4-6 “留成” may be a typo for “流程” (sounds alike) | 流程"]],
    ["推广钵育摆栽技术三十万亩。", []],

    // An element in a list of elements is a chemist's (铝、锆 of a cathode plant).
    ["以NCM613为基础，通过铝、锆共掺杂和包覆改性。", []],
    // The slip reports 171–174's context patterns, and an adverb between two words.
    ["硅藻土过虑机更换滤网。", ["3-5 “过虑” may be a typo for “过滤” (sounds alike) | 过滤"]],
    ["不必过虑，一切正常。", []],
    ["发现污染的菌捧及时清理。", ["6-7 “捧” may be a typo for “棒” (looks alike) | 棒"]],
    ["对口服药品实行折零分包。", ["7-9 “折零” may be a typo for “拆零” (looks alike) | 拆零"]],
    ["每批回收酵母均测定死亡率。", []],

    // The sittings 134–135's context patterns and look-alikes.
    ["数据质量复合要求。", ["4-6 “复合” may be a typo for “符合” (easily confused) | 符合"]],
    ["全年节获违禁品三百余件。", ["2-4 “节获” may be a typo for “截获” (sounds alike) | 截获"]],
    ["在艺术节获一等奖。", []],
    ["开展伏季体渔专项检查。", ["4-6 “体渔” may be a typo for “休渔” (looks alike) | 休渔"]],
    ["顺利通过满负核试运行。", ["5-7 “负核” may be a typo for “负荷” (sounds alike) | 负荷"]],
    ["有效组断了传播链条。", ["2-4 “组断” may be a typo for “阻断” (sounds alike) | 阻断"]],
    ["严厉查出酒驾醉驾等违法行为。", ["2-4 “查出” may be a typo for “查处” (easily confused) | 查处"]],
    ["完成档案数字化扫描十二万券。", ["12-13 “券” may be a typo for “卷” (looks alike) | 卷"]],
    ["做好高效毕业生就业工作。", ["2-4 “高效” may be a typo for “高校” (sounds alike) | 高校"]],
    ["对项目资金试用情况开展审计。", ["5-7 “试用” may be a typo for “使用” (sounds alike) | 使用"]],
    ["受到群众一直好评。", ["4-6 “一直” may be a typo for “一致” (easily confused) | 一致"]],
    ["发展特设产业。", ["2-4 “特设” may be a typo for “特色” (sounds alike) | 特色"]],
    ["带动农户增收致付。", ["6-8 “致付” may be a typo for “致富” (sounds alike) | 致富"]],
    ["严格执行材料近场检验制度。", ["6-8 “近场” may be a typo for “进场” (sounds alike) | 进场"]],
    ["服务水平显注提高。", ["4-6 “显注” may be a typo for “显著” (sounds alike) | 显著"]],
    ["开展青年教师基本切大赛。", ["8-9 “切” may be a typo for “功” (looks alike) | 功"]],
    ["定期开战案件风险排查。", ["2-4 “开战” may be a typo for “开展” (sounds alike) | 开展"]],
    ["确定为智慧校园建设视点单位。", ["9-11 “视点” may be a typo for “试点” (sounds alike) | 试点"]],
    ["新建塑交跑道一条。", ["2-4 “塑交” may be a typo for “塑胶” (sounds alike) | 塑胶"]],
    ["三四级手术占比步稳提高。", ["7-9 “步稳” may be a typo for “稳步” (characters swapped) | 稳步"]],
    ["坚持蹄疾步稳推进改革。", []],
    ["为种植户提供技术导指。", ["8-10 “导指” may be a typo for “指导” (characters swapped) | 指导"]],
    ["落实院感防控措旋。", ["6-8 “措旋” may be a typo for “措施” (looks alike) | 措施"]],
    ["有效防苑经营风险。", ["2-4 “防苑” may be a typo for “防范” (looks alike) | 防范"]],
    ["持续巩困拓展脱贫攻坚成果。", ["2-4 “巩困” may be a typo for “巩固” (looks alike) | 巩固"]],
    ["每周组织安全隐患排杳。", ["8-10 “排杳” may be a typo for “排查” (looks alike) | 排查"]],
    ["持续推迸分级诊疗。", ["2-4 “推迸” may be a typo for “推进” (looks alike) | 推进"]],
    ["认真分析当前经济形式，研判机遇。", ["8-10 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["以案例分析形式开展培训。", []],

    // The slip reports 163–170's context patterns, and 按…计 (counted by).
    ["产出蓝湿革约四万张，按面积计约一百九十万平方英尺。", []],
    ["坚持按劳分配，积计参与改革。", ["7-9 “积计” may be a typo for “积极” (sounds alike) | 积极"]],
    ["据部分蚕农反应，个别批次孵化不齐。", ["5-7 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["依托航标摇测遥控系统巡检。", ["4-6 “摇测” may be a typo for “遥测” (sounds alike) | 遥测"]],
    ["用兆欧表摇测绝缘电阻。", []],
    ["卤水进入结晶地后析出原盐。", ["6-7 “地” may be a typo for “池” (looks alike) | 池"]],
    ["蚕种统一出库摧青。", ["6-7 “摧” may be a typo for “催” (looks alike) | 催"]],
    ["皮坯经消匀后进入复鞣工序。", ["3-5 “消匀” may be a typo for “削匀” (sounds alike) | 削匀"]],

    // The sittings 132–133's context patterns.
    ["安全生产必需警钟长鸣。", ["4-6 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["力争年未实现全覆盖。", ["3-4 “未” may be a typo for “末” (looks alike) | 末"]],
    ["今年未实现预期目标。", []],
    ["严把原材料进厂量质关。", ["7-9 “量质” may be a typo for “质量” (characters swapped) | 质量"]],
    ["推动量质齐升。", []],
    ["毕业生就业去向实落率达到92%。", ["7-9 “实落” may be a typo for “落实” (characters swapped) | 落实"]],
    ["开展“便民办税春凤行动”。", ["7-9 “春凤” may be a typo for “春风” (looks alike) | 春风"]],
    ["推进发票子电化改革。", ["4-6 “子电” may be a typo for “电子” (characters swapped) | 电子"]],
    ["开展离子电化学研究。", []],
    ["干部要深入田间地头，确实为群众办实事。", ["10-12 “确实” may be a typo for “切实” (easily confused) | 切实"]],
    ["这些措施确实解决了问题。", []],
    ["运维人员巳完成例行检修。", ["4-5 “巳” may be a typo for “已” (looks alike) | 已"]],
    ["引导教师潜新育人。", ["4-6 “潜新” may be a typo for “潜心” (sounds alike) | 潜心"]],
    ["审理婚烟家庭纠纷案件。", ["2-4 “婚烟” may be a typo for “婚姻” (easily confused) | 婚姻"]],
    ["坚决纠制形式主义。", ["2-4 “纠制” may be a typo for “纠治” (sounds alike) | 纠治"]],
    ["平均住院日缩段零点八天。", ["5-7 “缩段” may be a typo for “缩短” (sounds alike) | 缩短"]],
    ["抗菌药物使用强渡明显下降。", ["6-8 “强渡” may be a typo for “强度” (sounds alike) | 强度"]],
    ["加快推荐配电网改造。", ["2-4 “推荐” may be a typo for “推进” (easily confused) | 推进"]],
    ["积极推荐优秀人才。", []],
    ["理论学习不够深入，以至在实际工作中运用不够。", ["9-11 “以至” may be a typo for “以致” (easily confused) | 以致"]],
    ["落实农民工工资支付保证全制度。", ["11-12 “全” may be a typo for “金” (looks alike) | 金"]],
    ["开展诊义活动十二场次。", ["2-4 “诊义” may be a typo for “义诊” (characters swapped) | 义诊"]],

    // The sittings 130–131's context patterns.
    ["派出所辖区末发生刑事案件。", ["5-6 “末” may be a typo for “未” (looks alike) | 未"]],
    ["本世纪末实现这一目标，汛末及时回收物资。", []],
    ["卫健局健全应急响应机智。", ["9-11 “机智” may be a typo for “机制” (easily confused) | 机制"]],
    ["其中考试结束后召开分析会。", ["0-2 “其中” may be a typo for “期中” (easily confused) | 期中"]],
    ["其中，考试合格率达98%。", []],
    ["对轻微违法行为依法不与行政处罚。", ["9-11 “不与” may be a typo for “不予” (sounds alike) | 不予"]],
    ["按期保送材料。", ["2-4 “保送” may be a typo for “报送” (easily confused) | 报送"]],
    ["加大对困难学生的自助力度。", ["8-10 “自助” may be a typo for “资助” (easily confused) | 资助"]],
    ["改善群众就依体验。", ["4-6 “就依” may be a typo for “就医” (sounds alike) | 就医"]],
    ["法院审理了一批涉及民生的按键。", ["12-14 “按键” may be a typo for “案件” (easily confused) | 案件"]],
    ["实现业营收入八十亿元。", ["2-4 “业营” may be a typo for “营业” (characters swapped) | 营业"]],
    ["完成确权等级一千宗。", ["4-6 “等级” may be a typo for “登记” (easily confused) | 登记"]],
    ["培训班共有学院六十二名。", ["5-7 “学院” may be a typo for “学员” (sounds alike) | 学员"]],
    ["资金必需专款专用。", ["2-4 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["对发现的问题要即时督促整改。", ["7-9 “即时” may be a typo for “及时” (sounds alike) | 及时"]],
    ["重视不够，以至小问题演变成大事故。", ["5-7 “以至” may be a typo for “以致” (easily confused) | 以致"]],
    ["从城市以至乡村都在发展。", []],
    ["治炼分厂完成改造。", ["0-2 “治炼” may be a typo for “冶炼” (looks alike) | 冶炼"]],
    ["手卫生衣从率提升。", ["3-5 “衣从” may be a typo for “依从” (sounds alike) | 依从"]],
    // A place inside a county named by a place's word (从江县|加榜梯田), unless the correction reads on
    // (衡水市|申态环境局) or is one of official prose's commonest words; not after a level that makes a word (全乡).
    ["从江县加榜梯田片区完成改造。", []],
    ["造成全乡农做物受灾。", ["4-7 “农做物” may be a typo for “农作物” (sounds alike) | 农作物"]],
    // A trade's word the dictionary lacks is a word beside a swap's pair (高炉|炉容|扩至).
    ["高炉大修后炉容扩至三千立方米。", []],
    // A pair between two words, met only across words (配备|设施), reversed into a common word.
    ["建立备设巡检台账，每日巡查。", ["2-4 “备设” may be a typo for “设备” (characters swapped) | 设备"]],
    ["为困难职工放发帮扶资金。", ["5-7 “放发” may be a typo for “发放” (characters swapped) | 发放"]],
    // Not a pair some dictionary word holds (长时 of 长时间).
    ["年内开展夜间长时透析。", []],
    // A chemist's character that makes an ordinary pair with neither neighbour, where the correction
    // sits in a known phrase of four, is a slip (培氧); in a chemical name it stays (溶解氧, 乙草胺).
    ["本科人才培氧方案修订完成。", ["4-6 “培氧” may be a typo for “培养” (sounds alike) | 培养"]],
    ["出水溶解氧稳定在每升五毫克以上。", []],
    ["苗前使用乙草胺、丁草胺等除草剂。", []],
    // Look-alikes one way only: 杜 for 社 where the pair is seen nowhere, 日 for 曰.
    ["坚决社绝违规收费。", ["2-4 “社绝” may be a typo for “杜绝” (looks alike) | 杜绝"]],
    ["推行曰间手术。", ["2-4 “曰间” may be a typo for “日间” (looks alike) | 日间"]],
    ["社区卫生服务中心绝大多数指标达标。", []],
    // An official word the slip made by chance (大事) gives way where the pair as written is seen
    // nowhere and known phrases hold the correction on both sides; not where the pair goes on (场馆).
    ["深度融入统一大事场建设，", ["7-9 “事场” may be a typo for “市场” (easily confused) | 市场"]],
    ["办好民生大事场馆建设有序推进。", []],
    ["购买、建造、翻建、大修自住住房提取4.86亿元。", []],
    ["签订不使用禁限用农药承诺书1126份。", []],
    ["线密度、捻度、断裂强度等指标均达到要求。", []],
    ["联合麒麟软件、统信软件等伙伴建设适配中心。", []],
    ["对发现的问题即使下发整改通知。", ["6-8 “即使” may be a typo for “及时” (easily confused) | 及时"]],
    ["即使困难再大，也要按期完成。", []],
    ["法院深化溯源治理，诉前调解成功率提高。", ["4-6 “溯源” may be a typo for “诉源” (sounds alike) | 诉源"]],
    ["银行网点推行是老化改造。", ["6-9 “是老化” may be a typo for “适老化” (sounds alike) | 适老化"]],
    ["转移安制受威胁群众1300人。", ["2-4 “安制” may be a typo for “安置” (sounds alike) | 安置"]],
    ["认真疏理群众反映强烈的问题。", ["2-4 “疏理” may be a typo for “梳理” (sounds alike) | 梳理"]],
    ["通过入鼓分红带动脱贫户增收。", ["2-4 “入鼓” may be a typo for “入股” (sounds alike) | 入股"]],
    ["走访独据老人2100余人次。", ["2-4 “独据” may be a typo for “独居” (sounds alike) | 独居"]],
    ["一般性支出压减12%，藤出资金保民生。", ["11-13 “藤出” may be a typo for “腾出” (sounds alike) | 腾出"]],
    ["补其短板弱项。", ["0-2 “补其” may be a typo for “补齐” (sounds alike) | 补齐"]],
    ["全年点平门诊处方6.2万张。", ["2-4 “点平” may be a typo for “点评” (sounds alike) | 点评"]],
    ["居民分类投方准确率提升至85%。", ["4-6 “投方” may be a typo for “投放” (sounds alike) | 投放"]],
    ["手卫生依存率达到91.3%。", ["3-5 “依存” may be a typo for “依从” (sounds alike) | 依从"]],
    ["压降库村，年末产成品库存下降。", ["2-4 “库村” may be a typo for “库存” (sounds alike) | 库存"]],
    ["财务数据实时惯通。", ["6-8 “惯通” may be a typo for “贯通” (sounds alike) | 贯通"]],
    ["开展医疗机构依法职业专项检查。", ["8-10 “职业” may be a typo for “执业” (easily confused) | 执业"]],
    ["签订廉结合作协议书。", ["2-4 “廉结” may be a typo for “廉洁” (sounds alike) | 廉洁"]],
    ["组织党员重稳入党誓词。", ["4-6 “重稳” may be a typo for “重温” (sounds alike) | 重温"]],
    ["考核结果与岗位进升挂钩。", ["7-9 “进升” may be a typo for “晋升” (sounds alike) | 晋升"]],
    ["审理婚姻家庭、林里纠纷案件。", ["7-9 “林里” may be a typo for “邻里” (sounds alike) | 邻里"]],
    ["急性心梗患着平均门球时间缩短。", ["4-6 “患着” may be a typo for “患者” (sounds alike) | 患者"]],
    ["为当是人办理跨域立案。", ["1-4 “当是人” may be a typo for “当事人” (sounds alike) | 当事人"]],
    ["拆除残恒断壁56处。", ["2-4 “残恒” may be a typo for “残垣” (looks alike) | 残垣"]],
    ["修键村级便民服务中心5个。", ["0-2 “修键” may be a typo for “修建” (sounds alike) | 修建"]],
    ["坚持领导干部公开接仿制度。", ["8-10 “接仿” may be a typo for “接访” (sounds alike) | 接访"]],
    ["年节约标准媒1200吨。", ["5-6 “媒” may be a typo for “煤” (looks alike) | 煤"]],
    ["推行简案快审、繁案精审。", []],
    ["所占比重稳步上升。", []],
    ["2023年，民事审判第一庭在县法院党组的坚强领导下，扎实推进审判工作。", []],
    ["库存账货相符率100%，冷链药品运输全程可追溯。", []],
    ["收货员核对随货同行单与采购记录。", []],
    ["水分散粒剂车间新上流化床造粒生产线1条。", []],
    ["引入手机信令、POI兴趣点等多源数据开展分析。", []],
    ["本月收回逾期货款860万元。", []],
    ["确保账账相符、账实相符。", []],
    ["急性心埂患者门球时间缩短至60分钟。", ["2-4 “心埂” may be a typo for “心梗” (looks alike) | 心梗"]],
    ["新增首代户312户。", ["2-4 “首代” may be a typo for “首贷” (sounds alike) | 首贷"]],
    ["毕业生去像落实率达到91%。", ["3-5 “去像” may be a typo for “去向” (sounds alike) | 去向"]],
    ["县纪委监委紧叮“四风”问题。", ["5-7 “紧叮” may be a typo for “紧盯” (looks alike) | 紧盯"]],
    ["健全常态化督导机智。", ["7-9 “机智” may be a typo for “机制” (easily confused) | 机制"]],
    ["对隐患点逐一拍查。", ["6-8 “拍查” may be a typo for “排查” (sounds alike) | 排查"]],
    ["村集体收入较上年增副12.4%。", ["8-10 “增副” may be a typo for “增幅” (sounds alike) | 增幅"]],
    ["第三巡查组进驻区教育局开展巡察。", ["3-4 “查” may be a typo for “察” (easily confused) | 察"]],
    ["抽检蔬菜样品2460批此。", ["11-12 “此” may be a typo for “次” (sounds alike) | 次"]],
    ["全年未发生泻漏事故。", ["5-7 “泻漏” may be a typo for “泄漏” (sounds alike) | 泄漏"]],
    ["全年瓦斯抽彩量达到1260万立方米。", ["4-6 “抽彩” may be a typo for “抽采” (sounds alike) | 抽采"]],
    ["发方创业担保贷款1.36亿元。", ["0-2 “发方” may be a typo for “发放” (sounds alike) | 发放"]],
    ["深化扶贫开发方式改革。", []],
    ["支行对逾期90天以上的货款逐户建立台账。", ["11-13 “货款” may be a typo for “贷款” (looks alike) | 贷款"]],
    ["机关干部开展驻村点蹲调研。", ["8-10 “点蹲” may be a typo for “蹲点” (characters swapped) | 蹲点"]],
    ["缓解学科结构姓缺编问题。", ["6-7 “姓” may be a typo for “性” (sounds alike) | 性"]],
    ["街道统酬辖区共建单位资源。", ["2-4 “统酬” may be a typo for “统筹” (sounds alike) | 统筹"]],
    ["对粉尘涉暴企业开展执法检查。", ["3-5 “涉暴” may be a typo for “涉爆” (sounds alike) | 涉爆"]],
    ["全年合销处置不良资产4.8亿元。", ["2-4 “合销” may be a typo for “核销” (sounds alike) | 核销"]],
    ["立案查处销售假烈种子案件。", ["6-8 “假烈” may be a typo for “假劣” (sounds alike) | 假劣"]],
    ["万元值产综合能耗下降6.8%。", ["2-4 “值产” may be a typo for “产值” (characters swapped) | 产值"]],
    ["发展高附加值产品。", []],
    ["党员纂写心得体会86篇。", ["2-4 “纂写” may be a typo for “撰写” (sounds alike) | 撰写"]],
    ["听取审义区政府报告。", ["2-4 “审义” may be a typo for “审议” (sounds alike) | 审议"]],
    ["完成造林绿花2600亩。", ["4-6 “绿花” may be a typo for “绿化” (sounds alike) | 绿化"]],
    ["全年随即抽查市场主体1860户。", ["2-4 “随即” may be a typo for “随机” (easily confused) | 随机"]],
    ["新建充电庄48个。", ["2-5 “充电庄” may be a typo for “充电桩” (sounds alike) | 充电桩"]],
    ["严格控制学生作业总两。", ["8-10 “总两” may be a typo for “总量” (sounds alike) | 总量"]],
    ["开展低汞摧化剂对比试验。", ["4-6 “摧化” may be a typo for “催化” (looks alike) | 催化"]],
    ["调整氯乙烯精流塔回流比。", ["5-7 “精流” may be a typo for “精馏” (sounds alike) | 精馏"]],
    ["开展经皮锥体后凸成形术。", ["4-6 “锥体” may be a typo for “椎体” (looks alike) | 椎体"]],
    ["开展特种设备监督检察52家次。", ["9-10 “察” may be a typo for “查” (easily confused) | 查"]],
    ["术后并发证发生率1%。", ["2-5 “并发证” may be a typo for “并发症” (sounds alike) | 并发症"]],
    ["每日公示善食食谱。", ["4-6 “善食” may be a typo for “膳食” (sounds alike) | 膳食"]],
    ["集团治金板块完成超低排放改造。", ["2-4 “治金” may be a typo for “冶金” (looks alike) | 冶金"]],
    ["支部每月固定开展主题党曰活动。", ["8-12 “主题党曰” may be a typo for “主题党日” (looks alike) | 主题党日"]],
    ["推行要素式廷审。", ["5-7 “廷审” may be a typo for “庭审” (sounds alike) | 庭审"]],
    ["加强建筑工地扬沉管控。", ["6-8 “扬沉” may be a typo for “扬尘” (sounds alike) | 扬尘"]],
    ["股份经济合作社年底实施分洪，每股分配现金260元。", ["11-13 “分洪” may be a typo for “分红” (easily confused) | 分红"]],
    ["汛期启用蓄滞洪区实施分洪。", []],
    ["粮库库村粮食全部达到宜存标准。", ["2-4 “库村” may be a typo for “库存” (sounds alike) | 库存"]],
    ["卫生院是县域医疗服务网络的未梢。", ["13-15 “未梢” may be a typo for “末梢” (looks alike) | 末梢"]],
    ["对毕业生就业意向进行摸低登记。", ["10-12 “摸低” may be a typo for “摸底” (sounds alike) | 摸底"]],
    ["开关站完成设备安装调式。", ["9-11 “调式” may be a typo for “调试” (sounds alike) | 调试"]],
    ["规范静脉用药溶煤选择。", ["6-8 “溶煤” may be a typo for “溶媒” (looks alike) | 溶媒"]],
    ["预应力混凝土连续箱梁最大跨径120米。", []],
    ["漂白流程中对D0段实施终点pH值精细控制。", []],
    ["力争实现光镜、免疫荧光检查院内完成。", []],
    ["推行双机双线作业，对抓斗开闭、小车运行等环节实施节拍优化。", []],
    ["全体医护人员弘扬大医精诚精神。", []],
    ["建成稻蟹共生、稻鸭共养示范基地2600亩。", []],
    ["工段长彭志勇和窑炉主管黎建平组织技术骨干攻关。", []],
    ["场地、能耗等费用仍有压降空间。", []],
    ["推广水稻测深施肥技术5万亩。", ["4-5 “测” may be a typo for “侧” (sounds alike) | 侧"]],
    ["全年新增普慧小微贷款4.2亿元。", ["4-6 “普慧” may be a typo for “普惠” (sounds alike) | 普惠"]],
    ["医院耗才占比控制在18%以内。", ["2-4 “耗才” may be a typo for “耗材” (sounds alike) | 耗材"]],
    ["吨铁然料比下降12千克。", ["2-4 “然料” may be a typo for “燃料” (looks alike) | 燃料"]],
    ["查纠“四风”问题17个，闻责干部9人。", ["12-14 “闻责” may be a typo for “问责” (sounds alike) | 问责"]],
    ["基层首疹率达到65%。", ["2-4 “首疹” may be a typo for “首诊” (looks alike) | 首诊"]],
    ["高考本科上限率较去年提高5个百分点。", ["4-7 “上限率” may be a typo for “上线率” (easily confused) | 上线率"]],
    ["储备冲峰舟、救生衣等防汛物资。", ["2-5 “冲峰舟” may be a typo for “冲锋舟” (sounds alike) | 冲锋舟"]],
    ["已完成评级受信农户2.3万户。", ["5-6 “受” may be a typo for “授” (sounds alike) | 授"]],
    ["依法批准逮铺犯罪嫌疑人356人。", ["4-6 “逮铺” may be a typo for “逮捕” (looks alike) | 逮捕"]],
    ["开展社区娇正对象集中教育12次。", ["4-6 “娇正” may be a typo for “矫正” (looks alike) | 矫正"]],
    ["追讨农民工欠新1860万元。", ["5-7 “欠新” may be a typo for “欠薪” (sounds alike) | 欠薪"]],
    ["推行经理层成员任期制和期约化管理。", ["11-14 “期约化” may be a typo for “契约化” (sounds alike) | 契约化"]],
    ["镇综合执法队折除违法建筑43处。", ["6-8 “折除” may be a typo for “拆除” (looks alike) | 拆除"]],
    ["新建措车道460处。", ["2-5 “措车道” may be a typo for “错车道” (sounds alike) | 错车道"]],
    ["对计量器具开展专项检订。", ["9-11 “检订” may be a typo for “检定” (sounds alike) | 检定"]],
    ["推行精义生产管理。", ["3-4 “义” may be a typo for “益” (sounds alike) | 益"]],
    ["规范院前急就病历书写。", ["4-6 “急就” may be a typo for “急救” (sounds alike) | 急救"]],
    ["引进直线加速气1台。", ["4-7 “加速气” may be a typo for “加速器” (sounds alike) | 加速器"]],
    ["推行“一窗受理、即成服务”。", ["8-10 “即成” may be a typo for “集成” (sounds alike) | 集成"]],
    ["每周派出专家到分院座诊查房。", ["9-11 “座诊” may be a typo for “坐诊” (sounds alike) | 坐诊"]],
    ["查处违规列枝招待费问题。", ["4-6 “列枝” may be a typo for “列支” (sounds alike) | 列支"]],
    ["村集体通过入骨光伏电站获得分红。", ["5-7 “入骨” may be a typo for “入股” (sounds alike) | 入股"]],
    ["劝组潜在受害群众1.2万人。", ["0-2 “劝组” may be a typo for “劝阻” (sounds alike) | 劝阻"]],
    ["完成森林府育1.5万亩。", ["4-6 “府育” may be a typo for “抚育” (sounds alike) | 抚育"]],
    ["开展冠脉造影及支架殖入手术。", ["9-11 “殖入” may be a typo for “植入” (looks alike) | 植入"]],
    ["整合限置校舍建成养老服务站。", ["2-4 “限置” may be a typo for “闲置” (sounds alike) | 闲置"]],
    ["县人民医院成功建创三级乙等医院。", ["7-9 “建创” may be a typo for “创建” (characters swapped) | 创建"]],
    ["开展“查患隐、保安全”专项行动。", ["4-6 “患隐” may be a typo for “隐患” (characters swapped) | 隐患"]],
    ["全区建成5G站基2317个。", ["6-8 “站基” may be a typo for “基站” (characters swapped) | 基站"]],
    ["新签约地落项目34个。", ["3-5 “地落” may be a typo for “落地” (characters swapped) | 落地"]],
    ["规上工业企业发研投入增长12%。", ["6-8 “发研” may be a typo for “研发” (characters swapped) | 研发"]],
    ["督促完成治理设施提表改造。", ["8-10 “提表” may be a typo for “提标” (sounds alike) | 提标"]],
    ["新增探明石油地质储粮1860万吨。", ["8-10 “储粮” may be a typo for “储量” (sounds alike) | 储量"]],
    ["作业总量和时长明显压简。", ["9-11 “压简” may be a typo for “压减” (sounds alike) | 压减"]],
    ["推动解决群众饮水、行出等问题。", ["9-11 “行出” may be a typo for “出行” (characters swapped) | 出行"]],
    ["区委巡察组对6个部门开展常规巡查。", ["14-16 “巡查” may be a typo for “巡察” (easily confused) | 巡察"]],
    ["全年讲受专题党课4次。", ["2-4 “讲受” may be a typo for “讲授” (sounds alike) | 讲授"]],
    ["加装息火保护装置2300套。", ["2-4 “息火” may be a typo for “熄火” (looks alike) | 熄火"]],
    ["动态储被35岁左右优秀年轻干部。", ["2-4 “储被” may be a typo for “储备” (sounds alike) | 储备"]],
    ["采用絮疑沉淀工艺处理原水。", ["2-4 “絮疑” may be a typo for “絮凝” (looks alike) | 絮凝"]],
    ["器械清洗消毒菌灭全程追溯。", ["6-8 “菌灭” may be a typo for “灭菌” (characters swapped) | 灭菌"]],
    ["开展龈下刮制治疗800例。", ["4-6 “刮制” may be a typo for “刮治” (sounds alike) | 刮治"]],
    ["完成架空线入地改造12公里。", []],
    ["做好民族、宗交和侨务工作。", ["5-7 “宗交” may be a typo for “宗教” (sounds alike) | 宗教"]],
    ["派出所全年破获盗窍类案件26起。", ["7-9 “盗窍” may be a typo for “盗窃” (looks alike) | 盗窃"]],
    ["全年共破获盗窃类案件26起，诈骗类案件12起。", []],
    ["原料选用本地石英砂、井神纯碱、巢湖白云石等。", []],
    ["对老旧小区基础类内容应改尽改，应保尽保。", []],
    ["建成数字化萃取示范线1条。", []],
    ["项目部对深基抗支护结构开展第三方监测。", ["5-7 “基抗” may be a typo for “基坑” (looks alike) | 基坑"]],
    ["完成迎峰度夏负菏预测。", ["6-8 “负菏” may be a typo for “负荷” (looks alike) | 负荷"]],
    ["开展内河船泊防污染专项检查。", ["4-6 “船泊” may be a typo for “船舶” (looks alike) | 船舶"]],
    ["全县生猪存拦稳定在18万头。", ["4-6 “存拦” may be a typo for “存栏” (looks alike) | 存栏"]],
    ["全区生猪存兰16万头。", ["4-6 “存兰” may be a typo for “存栏” (sounds alike) | 存栏"]],
    ["对液化器站开展消防安全检查。", ["1-4 “液化器” may be a typo for “液化气” (sounds alike) | 液化气"]],
    ["发放耕地地力保护补帖300万元。", ["8-10 “补帖” may be a typo for “补贴” (sounds alike) | 补贴"]],
    ["高炉日均产铁量稳定在2800顿。", ["14-15 “顿” may be a typo for “吨” (sounds alike) | 吨"]],
    ["全家三顿饭都在食堂解决。", []],
    ["新建鳞酸铁锂正极材料生产线。", ["2-4 “鳞酸” may be a typo for “磷酸” (looks alike) | 磷酸"]],
    ["对检定为C级的危房全部纳入改造。", ["1-3 “检定” may be a typo for “鉴定” (easily confused) | 鉴定"]],
    ["收治急性心机梗死患者120例。", ["4-6 “心机” may be a typo for “心肌” (easily confused) | 心肌"]],
    ["指导辖区20家民俗完成等级评定。", ["7-9 “民俗” may be a typo for “民宿” (easily confused) | 民宿"]],
    ["巡察组于9月进住区交通运输局。", ["6-8 “进住” may be a typo for “进驻” (easily confused) | 进驻"]],
    ["同意接受李明同志为中共预备党员。", ["2-4 “接受” may be a typo for “接收” (easily confused) | 接收"]],
    ["开展尾旷库安全风险排查。", ["2-4 “尾旷” may be a typo for “尾矿” (looks alike) | 尾矿"]],
    ["推进学校食堂明橱亮灶改造。", ["6-10 “明橱亮灶” may be a typo for “明厨亮灶” (sounds alike) | 明厨亮灶"]],
    ["会议通抱了上季度隐患排查情况。", ["2-4 “通抱” may be a typo for “通报” (sounds alike) | 通报"]],
    ["学院获披国家级教学成果奖1项。", ["2-4 “获披” may be a typo for “获批” (sounds alike) | 获批"]],
    ["法院对该案依法公开宣叛。", ["9-11 “宣叛” may be a typo for “宣判” (sounds alike) | 宣判"]],
    ["全县生猪出栏量到达42.6万头。", ["7-9 “到达” may be a typo for “达到” (characters swapped) | 达到"]],
    ["移动用户到达23.6万户。", []],
    ["税务积查局查补税款5000万元。", ["2-4 “积查” may be a typo for “稽查” (sounds alike) | 稽查"]],
    ["完成沥清路面铣刨重铺10公里。", ["2-4 “沥清” may be a typo for “沥青” (sounds alike) | 沥青"]],
    ["吨钢综合成木下降80元。", ["4-6 “成木” may be a typo for “成本” (looks alike) | 成本"]],
    ["注朔车间新增两条产线。", ["0-2 “注朔” may be a typo for “注塑” (looks alike) | 注塑"]],
    ["更换省媒器管排120根。", ["2-5 “省媒器” may be a typo for “省煤器” (looks alike) | 省煤器"]],
    ["为农民公追发工资1280万元。", ["1-4 “农民公” may be a typo for “农民工” (sounds alike) | 农民工"]],
    ["社区矫政对象实行分类管理。", ["2-4 “矫政” may be a typo for “矫正” (sounds alike) | 矫正"]],
    ["汛前对52公里提防逐一排查。", ["7-9 “提防” may be a typo for “堤防” (easily confused) | 堤防"]],
    ["提防上当受骗。", []],
    ["完成第十二层楼板浇铸。", ["8-10 “浇铸” may be a typo for “浇筑” (easily confused) | 浇筑"]],
    ["精密铸件采用熔模浇铸工艺。", []],
    ["派驻纪检监查组开展廉政谈话。", ["4-6 “监查” may be a typo for “监察” (sounds alike) | 监察"]],
    ["开展成本核酸，控制耗材支出。", ["4-6 “核酸” may be a typo for “核算” (easily confused) | 核算"]],
    ["做好职称评骋工作。", ["4-6 “评骋” may be a typo for “评聘” (looks alike) | 评聘"]],
    ["部分项目工程造假未经评审即支付进度款。", ["6-8 “造假” may be a typo for “造价” (easily confused) | 造价"]],
    ["以财政资金翘动社会资本投入。", ["5-7 “翘动” may be a typo for “撬动” (looks alike) | 撬动"]],
    ["实行领导领衔督半。", ["6-8 “督半” may be a typo for “督办” (sounds alike) | 督办"]],
    ["组织开展专题党棵12场。", ["6-8 “党棵” may be a typo for “党课” (sounds alike) | 党课"]],
    ["对校园边周食品经营户开展检查。", ["3-5 “边周” may be a typo for “周边” (characters swapped) | 周边"]],
    ["单位产值炭排放强度下降4.1%。", ["4-5 “炭” may be a typo for “碳” (sounds alike) | 碳"]],
    ["向职工代表大会述值述廉。", ["7-9 “述值” may be a typo for “述职” (sounds alike) | 述职"]],
    ["受信户数较年初增加1200户。", ["0-1 “受” may be a typo for “授” (sounds alike) | 授"]],
    ["护里部开展优质护理服务创建。", ["0-2 “护里” may be a typo for “护理” (sounds alike) | 护理"]],
    ["办理建设项目环平审批87件。", ["6-8 “环平” may be a typo for “环评” (sounds alike) | 环评"]],
    ["对隐蔽工程实行旁站监里。", ["9-11 “监里” may be a typo for “监理” (sounds alike) | 监理"]],
    ["安制房建设已完成主体结构。", ["0-2 “安制” may be a typo for “安置” (sounds alike) | 安置"]],
    ["松材线重病疫木除治已完成。", ["3-4 “重” may be a typo for “虫” (sounds alike) | 虫"]],
    ["严格执行钢斤进场复检制度。", ["4-6 “钢斤” may be a typo for “钢筋” (sounds alike) | 钢筋"]],
    ["幼儿园规范善食营养搭配。", ["5-7 “善食” may be a typo for “膳食” (sounds alike) | 膳食"]],
    ["持续改善食品安全状况。", []],
    ["特种作业人员必需持证上岗。", ["6-8 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["民警王海涛还获得嘉奖3次。", []],
    ["部分企业储备的环保型新材料不足。", []],
    ["本季度共有12名患者完成全疗程治疗。", []],
    ["车间实行班组自查、小组互查和质检抽查。", []],
    ["中心健康案档建档率达到92%。", ["2-6 “健康案档” may be a typo for “健康档案” (characters swapped) | 健康档案"]],
    ["推行板坯直装直送，全年热装率达到60%。", []],
    ["坚持直装直送，减少二次倒运。", []],
    ["坚决防止规模性反贫。", ["7-9 “反贫” may be a typo for “返贫” (easily confused) | 返贫"]],
    ["深入推进反贫困国际合作。", []],
    ["学生课后服务与参率达90%。", ["6-8 “与参” may be a typo for “参与” (characters swapped) | 参与"]],
    ["保障教师静心从教、净心育人。", ["9-11 “净心” may be a typo for “静心” (easily confused) | 静心"]],
    ["被审查人主动交带问题。", ["6-8 “交带” may be a typo for “交代” (sounds alike) | 交代"]],
    ["安装波形护拦30公里。", ["4-6 “护拦” may be a typo for “护栏” (looks alike) | 护栏"]],
    ["看守所对在押人员开展羁压必要性审查2次。", ["10-12 “羁压” may be a typo for “羁押” (sounds alike) | 羁押"]],
    ["通过控辍保学专项行动，全县缀学学生全部劝返。", ["13-15 “缀学” may be a typo for “辍学” (looks alike) | 辍学"]],
    ["用彩灯点缀学校大门。", []],
    ["全村复耕撩荒地320亩。", ["4-6 “撩荒” may be a typo for “撂荒” (looks alike) | 撂荒"]],
    ["海关对进境仓单数据开展风险分析。", ["5-7 “仓单” may be a typo for “舱单” (easily confused) | 舱单"]],
    ["开展仓单质押融资业务，全年放款1.2亿元。", []],
    ["派出所全年接处警情900起，平均出境时间缩短至6分钟。", ["16-18 “出境” may be a typo for “出警” (easily confused) | 出警"]],
    ["派出所接警后平均出境时间缩短至6分钟。", ["8-10 “出境” may be a typo for “出警” (easily confused) | 出警"]],
    ["口岸旅客平均出境时间缩短至25分钟。", []],
    ["排查发现重大事故隐换12处。", ["8-10 “隐换” may be a typo for “隐患” (sounds alike) | 隐患"]],
    ["各支部按时收缴党废，全年收缴党费2.1万元。", ["7-9 “党废” may be a typo for “党费” (sounds alike) | 党费"]],
    ["全镇结秆综合利用率达95%。", ["2-4 “结秆” may be a typo for “秸秆” (sounds alike) | 秸秆"]],
    ["社区逐户模排出租房屋860间。", ["4-6 “模排” may be a typo for “摸排” (looks alike) | 摸排"]],
    ["全市经济规模排名全省第三。", []],
    ["财务人员严格审核原始凭正。", ["10-12 “凭正” may be a typo for “凭证” (sounds alike) | 凭证"]],
    ["开展酒架醉驾专项整治。", ["2-4 “酒架” may be a typo for “酒驾” (sounds alike) | 酒驾"]],
    ["商场新进一批红酒架和展示柜。", []],
    ["冻结涉按资金账户12个。", ["2-4 “涉按” may be a typo for “涉案” (sounds alike) | 涉案"]],
    ["全县化费使用量连续三年负增长。", ["2-4 “化费” may be a typo for “化肥” (sounds alike) | 化肥"]],
    ["绿化费用由财政统一列支。", []],
    ["全年发展当员8名。", ["4-6 “当员” may be a typo for “党员” (sounds alike) | 党员"]],
    ["查获侵权商品，货质金额36万元。", ["7-9 “货质” may be a typo for “货值” (sounds alike) | 货值"]],
    ["组织开展廉正警示教育3次。", ["4-6 “廉正” may be a typo for “廉政” (easily confused) | 廉政"]],
    ["他为人廉正，深受群众信任。", []],
    ["对履职不力的干部严肃文责。", ["10-12 “文责” may be a typo for “问责” (easily confused) | 问责"]],
    ["本书内容文责自负。", []],
    ["全年核消不良贷款2.4亿元。", ["2-4 “核消” may be a typo for “核销” (sounds alike) | 核销"]],
    ["深入剖析问题症节，逐项整改。", ["6-8 “症节” may be a typo for “症结” (sounds alike) | 症结"]],
    ["严格落实三会一刻制度。", ["4-8 “三会一刻” may be a typo for “三会一课” (sounds alike) | 三会一课"]],
    ["药剂科每月开展处防点评。", ["7-9 “处防” may be a typo for “处方” (sounds alike) | 处方"]],
    ["全年税收收入比同增长5.2%。", ["6-8 “比同” may be a typo for “同比” (characters swapped) | 同比"]],
    ["全年税收收入比同期增长5.2%。", []],
    ["完成井下运输航道维修800米。", ["6-8 “航道” may be a typo for “巷道” (sounds alike) | 巷道"]],
    ["完成内河航道疏浚12公里。", []],
    ["严格执行探防水制度，全年施工钻孔60个。", ["4-7 “探防水” may be a typo for “探放水” (sounds alike) | 探放水"]],
    ["推进检验结果互任共享。", ["6-8 “互任” may be a typo for “互认” (sounds alike) | 互认"]],
    ["灌区续健配套与节水改造项目完成投资3000万元。", ["2-4 “续健” may be a typo for “续建” (sounds alike) | 续建"]],
    ["继续健全社会保障体系。", []],
    ["困难群众应保进保，实现动态管理。", ["6-7 “进” may be a typo for “尽” (sounds alike) | 尽"]],
    ["推动董事会因建尽建，配齐建强。", ["5-6 “因” may be a typo for “应” (sounds alike) | 应"]],
    ["汛前预制冲锋舟8艘、救生衣500件。", ["2-4 “预制” may be a typo for “预置” (easily confused) | 预置"]],
    ["推广预制构件装配式建筑。", []],
    ["紧盯“四风”隐形变易问题。", ["8-10 “变易” may be a typo for “变异” (easily confused) | 变异"]],
    ["完成松材线虫病役木除治1.2万株。", ["7-9 “役木” may be a typo for “疫木” (sounds alike) | 疫木"]],
    ["组织开展拉往式排查。", ["4-6 “拉往” may be a typo for “拉网” (sounds alike) | 拉网"]],
    ["完成小型水库出险加固15座。", ["6-8 “出险” may be a typo for “除险” (easily confused) | 除险"]],
    ["落实古树名木日常管户责任。", ["8-10 “管户” may be a typo for “管护” (sounds alike) | 管护"]],
    ["新发现不可以动文物点86处。", ["5-7 “以动” may be a typo for “移动” (sounds alike) | 移动"]],
    ["全年新增受信金额12亿元。", ["4-5 “受” may be a typo for “授” (sounds alike) | 授"]],
    ["推进高铁沿线争地拆迁。", ["6-8 “争地” may be a typo for “征地” (easily confused) | 征地"]],
    ["完成封山玉林2万亩。", ["4-6 “玉林” may be a typo for “育林” (sounds alike) | 育林"]],
    ["及时处置森林火清3起。", ["6-8 “火清” may be a typo for “火情” (sounds alike) | 火情"]],
    ["全年处治问题线索86件。", ["2-4 “处治” may be a typo for “处置” (easily confused) | 处置"]],
    ["对8个县直单位党组开展常规巡查。", ["13-15 “巡查” may be a typo for “巡察” (easily confused) | 巡察"]],
    ["对辖区危化企业开展常规巡查，发现隐患13处。", []],
    ["完成路机土石方60万立方米。", ["2-4 “路机” may be a typo for “路基” (sounds alike) | 路基"]],
    ["推进企业改技扩能，实施技改项目20个。", ["4-6 “改技” may be a typo for “技改” (characters swapped) | 技改"]],
    ["新造速升丰产林5000亩。", ["2-4 “速升” may be a typo for “速生” (sounds alike) | 速生"]],
    ["完成隧道病患整治4处。", ["4-6 “病患” may be a typo for “病害” (easily confused) | 病害"]],
    ["打造夜间文旅消费积聚区2个。", ["8-10 “积聚” may be a typo for “集聚” (sounds alike) | 集聚"]],
    ["推广水稻机插殃面积10万亩。", ["5-7 “插殃” may be a typo for “插秧” (looks alike) | 插秧"]],
    ["国有房产实行公开招组。", ["8-10 “招组” may be a typo for “招租” (sounds alike) | 招租"]],
    ["配备风力灭火机等仆火工具300台。", ["8-10 “仆火” may be a typo for “扑火” (sounds alike) | 扑火"]],
    ["毕业生对扣就业率达到85%。", ["3-5 “对扣” may be a typo for “对口” (sounds alike) | 对口"]],
    ["新认定市级非遗传成人20名。", ["7-10 “传成人” may be a typo for “传承人” (sounds alike) | 传承人"]],
    ["全年御载超限货物6000吨。", ["2-4 “御载” may be a typo for “卸载” (looks alike) | 卸载"]],
    ["压缩集团管理层极至三级以内。", ["6-8 “层极” may be a typo for “层级” (sounds alike) | 层级"]],
    ["储备账篷、折叠床等救灾物资。", ["2-4 “账篷” may be a typo for “帐篷” (sounds alike) | 帐篷"]],
    ["修缮古戏台、词堂等历史建筑。", ["6-8 “词堂” may be a typo for “祠堂” (sounds alike) | 祠堂"]],
    ["对全县86座山糖水库开展安全鉴定。", ["6-8 “山糖” may be a typo for “山塘” (sounds alike) | 山塘"]],
    ["完成国省道路面大中休工程40公里。", ["7-10 “大中休” may be a typo for “大中修” (sounds alike) | 大中修"]],
    ["公共图书馆总分管制实现全覆盖。", ["5-9 “总分管制” may be a typo for “总分馆制” (sounds alike) | 总分馆制"]],
    ["新建於地坝6座。", ["2-4 “於地” may be a typo for “淤地” (sounds alike) | 淤地"]],
    ["督促发案单位建章力制32项。", ["6-10 “建章力制” may be a typo for “建章立制” (sounds alike) | 建章立制"]],
    ["形成成灾体调查数据。", ["2-5 “成灾体” may be a typo for “承灾体” (sounds alike) | 承灾体"]],
    ["关停自被井56眼。", ["2-5 “自被井” may be a typo for “自备井” (sounds alike) | 自备井"]],
    ["盘活限置宅基地300宗。", ["2-4 “限置” may be a typo for “闲置” (sounds alike) | 闲置"]],
    ["乡村医生中具备职业（助理）医师资格的占比提高。", ["7-9 “职业” may be a typo for “执业” (easily confused) | 执业"]],
    ["他从事的职业是医师。", []],
    ["为患者建立“一人一挡”健康档案。", ["8-10 “一挡” may be a typo for “一档” (looks alike) | 一档"]],
    ["村荣村貌明显改善。", ["0-2 “村荣” may be a typo for “村容” (sounds alike) | 村容"]],
    ["九年级各学科己经制订复习计划。", ["6-8 “己经” may be a typo for “已经” (looks alike) | 已经"]],
    ["严肃查处违规违己问题。", ["6-8 “违己” may be a typo for “违纪” (sounds alike) | 违纪"]],
    ["区政务服务中心推行容缺受理，企业开办平均时常压缩至0.5个工作日。", ["20-22 “时常” may be a typo for “时长” (easily confused) | 时长"]],
    ["她时常利用休息时间走访困难群众。", []],
    ["学校联合眼科医院开展筛查，全区学生近似率较上年下降0.6个百分点。", ["17-19 “近似” may be a typo for “近视” (easily confused) | 近视"]],
    ["该数值与理论值近似，误差在允许范围内。", []],
    ["对判处缓行的社区矫正对象，司法所每月开展一次走访。", ["3-5 “缓行” may be a typo for “缓刑” (easily confused) | 缓刑"]],
    ["受降雪影响，部分路段车辆缓行。", []],
    ["各支部组织青年党员讲好身边廉洁事故，征集作品30余篇。", ["15-17 “事故” may be a typo for “故事” (characters swapped) | 故事"]],
    ["讲好安全生产事故警示教育课，引导职工吸取教训。", []],
    ["社区推行“建党+物业”模式，整合辖区资源。", ["5-7 “建党” may be a typo for “党建” (characters swapped) | 党建"]],
    ["今年是建党105周年。", []],
    ["各级党组织书记切实履行全面从严治党主题责任。", ["17-19 “主题” may be a typo for “主体” (easily confused) | 主体"]],
    ["经过集中整治，企业排污问题尽快见笑。", ["15-17 “见笑” may be a typo for “见效” (easily confused) | 见效"]],
    ["组织部对拟提拔干部开展任前考查，听取群众意见。", ["13-15 “考查” may be a typo for “考察” (easily confused) | 考察"]],
    ["期末对学生进行考查，成绩记入档案。", []],
    ["法院认罪认罚从宽制度试用率达到88%。", ["10-12 “试用” may be a typo for “适用” (easily confused) | 适用"]],
    ["截至10月底，12个项目目前以完成主体施工。", ["14-15 “以” may be a typo for “已” (sounds alike) | 已"]],
    ["各项工作均以完成年度任务为目标。", []],
    ["患者即往有糖尿病史，入院后血糖控制平稳。", ["2-4 “即往” may be a typo for “既往” (sounds alike) | 既往"]],
    ["发现险情后立即往有关部门报告。", []],
    ["分局举办政策导辅培训8场，覆盖纳税人1200户。", ["6-8 “导辅” may be a typo for “辅导” (characters swapped) | 辅导"]],
    ["强化通风降温，将粮推温度控制在15℃以下。", ["8-10 “粮推” may be a typo for “粮堆” (looks alike) | 粮堆"]],
    ["全年规范治疔患者300人次。", ["4-6 “治疔” may be a typo for “治疗” (looks alike) | 治疗"]],
    ["全体教师己经完成学期教学计划。", ["4-6 “己经” may be a typo for “已经” (looks alike) | 已经"]],
    ["坚持自己经营管理，自负盈亏。", []],
    ["各项工作均以完成年度任务为目标。", []],
    ["各年级组逐班分析成积。", ["9-10 “积” may be a typo for “绩” (sounds alike) | 绩"]],
    ["进一步建全村级财务管理制度。", ["3-4 “建” may be a typo for “健” (sounds alike) | 健"]],
    ["市税务局嵇查局检查企业86户。", ["4-5 “嵇” may be a typo for “稽” (looks alike) | 稽"]],
    ["城管中队均能即时派员维修。", ["6-8 “即时” may be a typo for “及时” (easily confused) | 及时"]],
    ["窗口须在2个工作日内完成复合并告知申请人。", ["12-14 “复合” may be a typo for “复核” (easily confused) | 复核"]],
    ["区挡案馆接收进馆档案1.8万卷。", ["1-3 “挡案” may be a typo for “档案” (sounds alike) | 档案"]],
    ["本学期期未统考成绩提升。", ["4-5 “未” may be a typo for “末” (looks alike) | 末"]],
    ["县卫健局召开会意专题研究工作。", ["6-8 “会意” may be a typo for “会议” (easily confused) | 会议"]],
    ["对先进集体予以通报表章。", ["10-11 “章” may be a typo for “彰” (sounds alike) | 彰"]],
    ["带动农户发展肉牛养植。", ["9-10 “植” may be a typo for “殖” (looks alike) | 殖"]],
    ["将年终考核材科报送考核办。", ["6-7 “科” may be a typo for “料” (looks alike) | 料"]],
    ["切实履行巡查、上报、调处职则。", ["13-14 “则” may be a typo for “责” (sounds alike) | 责"]],
    ["加强应收账款管里，回款率提高。", ["7-8 “里” may be a typo for “理” (sounds alike) | 理"]],
    ["严禁有偿课补。", ["4-6 “课补” may be a typo for “补课” (characters swapped) | 补课"]],
    ["严格控制学生书面做业总量。", ["8-9 “做” may be a typo for “作” (sounds alike) | 作"]],
    ["完成3座遂道照明改造。", ["4-5 “遂” may be a typo for “隧” (looks alike) | 隧"]],
    ["缓解学校周边道路拥赌问题。", ["9-10 “赌” may be a typo for “堵” (sounds alike) | 堵"]],
    ["组织教师业务考式两次。", ["7-8 “式” may be a typo for “试” (sounds alike) | 试"]],
    ["确定全年安全生产标目为零死亡。", ["8-10 “标目” may be a typo for “目标” (characters swapped) | 目标"]],
    ["遇到火情请立即拔打119报警。", ["7-8 “拔” may be a typo for “拨” (looks alike) | 拨"]],
    ["为企业提供一对一报官指导。", ["9-10 “官” may be a typo for “关” (sounds alike) | 关"]],
    ["河长常态化寻查河道。", ["5-6 “寻” may be a typo for “巡” (sounds alike) | 巡"]],
    ["每月检查病区备用要品。", ["8-9 “要” may be a typo for “药” (sounds alike) | 药"]],
    ["对易然易爆场所开展检查。", ["1-3 “易然” may be a typo for “易燃” (sounds alike) | 易燃"]],
    ["供电可靠律同比提高0.02个百分点。", ["4-5 “律” may be a typo for “率” (sounds alike) | 率"]],
    ["实行人脸识别考勒。", ["7-8 “勒” may be a typo for “勤” (looks alike) | 勤"]],
    ["新入职人员已到人事科报道并参加培训。", ["10-12 “报道” may be a typo for “报到” (easily confused) | 报到"]],
    ["大宗物资采够均公开进行。", ["5-6 “够” may be a typo for “购” (sounds alike) | 购"]],
    ["设置禁毒宣传展版12块。", ["7-8 “版” may be a typo for “板” (sounds alike) | 板"]],
    ["开展违章答建专项整治。", ["4-5 “答” may be a typo for “搭” (sounds alike) | 搭"]],
    ["在各营业听设置服务专窗。", ["4-5 “听” may be a typo for “厅” (sounds alike) | 厅"]],
    ["前目，全县已建成基站1800个。", ["0-2 “前目” may be a typo for “目前” (characters swapped) | 目前"]],
    ["存在信息报送不即时等问题。", ["7-9 “即时” may be a typo for “及时” (easily confused) | 及时"]],
    ["力争到年未实现全覆盖。", ["4-5 “未” may be a typo for “末” (looks alike) | 末"]],
    ["多名职工向工会反应食堂卫生的问题。", ["7-9 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["热线中心均做到即时登记、限时转办。", ["7-9 “即时” may be a typo for “及时” (easily confused) | 及时"]],
    ["指导养殖户科学配制伺料。", ["9-10 “伺” may be a typo for “饲” (sounds alike) | 饲"]],
    ["原告委拖律师申请财产保全。", ["3-4 “拖” may be a typo for “托” (sounds alike) | 托"]],
    ["如实上报安全生产故事信息。", ["8-10 “故事” may be a typo for “事故” (characters swapped) | 事故"]],
    ["各项目部要配和监理单位做好验收。", ["6-7 “和” may be a typo for “合” (sounds alike) | 合"]],
    ["新建粮食烘千中心5个。", ["5-6 “千” may be a typo for “干” (looks alike) | 干"]],
    ["对拒不尝还债务的被执行人依法惩戒。", ["3-4 “尝” may be a typo for “偿” (sounds alike) | 偿"]],
    ["开展防弱水专项宣传活动。", ["3-4 “弱” may be a typo for “溺” (looks alike) | 溺"]],
    ["区政府召开常务议会研究部署工作。", ["7-9 “议会” may be a typo for “会议” (characters swapped) | 会议"]],
    ["民警在日常摸牌中发现线索。", ["6-7 “牌” may be a typo for “排” (sounds alike) | 排"]],
    ["加大夜间巡罗密度。", ["5-6 “罗” may be a typo for “逻” (sounds alike) | 逻"]],
    ["完成文书档案的数字化录人工作。", ["11-12 “人” may be a typo for “入” (looks alike) | 入"]],
    ["对违规项目一率不得拨付资金。", ["5-7 “一率” may be a typo for “一律” (sounds alike) | 一律"]],
    ["团委全年共开张志愿服务活动30场。", ["6-7 “张” may be a typo for “展” (sounds alike) | 展"]],
    ["依法对公安机关的侦察活动开展监督。", ["8-10 “侦察” may be a typo for “侦查” (easily confused) | 侦查"]],
    ["保障犯罪嫌疑人的辩护权力。", ["10-12 “权力” may be a typo for “权利” (easily confused) | 权利"]],
    ["抢修人员接到报修后即时赶到现场。", ["9-11 “即时” may be a typo for “及时” (easily confused) | 及时"]],
    ["请于月底前报送材料，已便汇总上报。", ["10-11 “已” may be a typo for “以” (sounds alike) | 以"]],
    ["开展“最美家廷”评选活动。", ["6-7 “廷” may be a typo for “庭” (sounds alike) | 庭"]],
    ["局党组召开专题会意研究部署工作。", ["7-9 “会意” may be a typo for “会议” (easily confused) | 会议"]],
    ["对全部营运车俩安装监控终端。", ["6-7 “俩” may be a typo for “辆” (looks alike) | 辆"]],
    ["全年依法起述刑事犯罪嫌疑人300人。", ["5-6 “述” may be a typo for “诉” (sounds alike) | 诉"]],
    ["一季度消售收入同比增长8%。", ["3-4 “消” may be a typo for “销” (sounds alike) | 销"]],
    ["各科室必需于每周五前报送周报。", ["3-5 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["窗口对群众咨询做到即时答复。", ["9-11 “即时” may be a typo for “及时” (easily confused) | 及时"]],
    ["保障适龄儿童受教育的权力。", ["10-12 “权力” may be a typo for “权利” (easily confused) | 权利"]],
    ["纳税人可登陆电子税务局办理业务。", ["4-6 “登陆” may be a typo for “登录” (easily confused) | 登录"]],
    ["严格落实一次性告之制度。", ["8-9 “之” may be a typo for “知” (sounds alike) | 知"]],
    ["新员工实行三个月适用期考核。", ["8-10 “适用” may be a typo for “试用” (easily confused) | 试用"]],
    ["开展减税降费政策解毒活动。", ["8-10 “解毒” may be a typo for “解读” (easily confused) | 解读"]],
    ["深入开展追脏挽损工作。", ["5-6 “脏” may be a typo for “赃” (looks alike) | 赃"]],
    ["召开村名代表大会表决方案。", ["3-4 “名” may be a typo for “民” (sounds alike) | 民"]],
    ["新招聘的12名教室已全部到岗。", ["7-9 “教室” may be a typo for “教师” (easily confused) | 教师"]],
    ["全年安全产生形势总体平稳。", ["4-6 “产生” may be a typo for “生产” (characters swapped) | 生产"]],
    ["技术人员当日排出网络故障。", ["7-8 “出” may be a typo for “除” (sounds alike) | 除"]],
    ["组织人员赴企业实地考查。", ["9-11 “考查” may be a typo for “考察” (easily confused) | 考察"]],
    ["确保汛期通讯常通。", ["6-7 “常” may be a typo for “畅” (sounds alike) | 畅"]],
    ["加强医疗废物处治监管。", ["6-8 “处治” may be a typo for “处置” (easily confused) | 处置"]],
    ["定期上门探仿独居老人。", ["5-6 “仿” may be a typo for “访” (looks alike) | 访"]],
    ["加强医用耗才采购管理。", ["4-6 “耗才” may be a typo for “耗材” (sounds alike) | 耗材"]],
    ["在谈话中提醉干部守住底线。", ["5-6 “醉” may be a typo for “醒” (looks alike) | 醒"]],
    ["微创手术站比提高到40%。", ["4-5 “站” may be a typo for “占” (sounds alike) | 占"]],
    ["组织一次消防逃声演练。", ["7-8 “声” may be a typo for “生” (sounds alike) | 生"]],
    ["推出区级开公课5节。", ["4-6 “开公” may be a typo for “公开” (characters swapped) | 公开"]],
    ["公司年未应收账款余额下降。", ["3-4 “未” may be a typo for “末” (looks alike) | 末"]],
    ["下一部，我们将继续推进改革。", ["2-3 “部” may be a typo for “步” (sounds alike) | 步"]],
    ["保障职工休息休假权力。", ["8-10 “权力” may be a typo for “权利” (easily confused) | 权利"]],
    ["评选结果已在单位公开栏公式。", ["11-13 “公式” may be a typo for “公示” (easily confused) | 公示"]],
    ["居委会每月公式党务信息。", ["5-7 “公式” may be a typo for “公示” (easily confused) | 公示"]],
    ["新教师报道当天完成入职手续。", ["3-5 “报道” may be a typo for “报到” (easily confused) | 报到"]],
    ["新增注册拥护3万户。", ["4-6 “拥护” may be a typo for “用户” (easily confused) | 用户"]],
    ["供水所为拥护更换智能水表。", ["4-6 “拥护” may be a typo for “用户” (easily confused) | 用户"]],
    ["办公室统筹处理机关日常事物。", ["11-13 “事物” may be a typo for “事务” (easily confused) | 事务"]],
    ["市政府办公室引发了《实施方案》。", ["6-8 “引发” may be a typo for “印发” (easily confused) | 印发"]],
    ["打造生态渡假小镇。", ["4-6 “渡假” may be a typo for “度假” (sounds alike) | 度假"]],
    ["学校期未考试安排在下周。", ["3-4 “未” may be a typo for “末” (looks alike) | 末"]],
    ["截至上年度未，贷款余额增长8%。", ["5-6 “未” may be a typo for “末” (looks alike) | 末"]],
    ["部分干部担当意思不强。", ["6-8 “意思” may be a typo for “意识” (sounds alike) | 意识"]],
    ["医院急症科改造完成。", ["2-4 “急症” may be a typo for “急诊” (sounds alike) | 急诊"]],
    ["销售汇款率明显提升。", ["2-4 “汇款” may be a typo for “回款” (easily confused) | 回款"]],
    ["进一步生化医药卫生体制改革。", ["3-5 “生化” may be a typo for “深化” (sounds alike) | 深化"]],
    ["对表行业一流水平查找差距。", ["0-2 “对表” may be a typo for “对标” (looks alike) | 对标"]],
    ["安全状况得到更本好转。", ["6-8 “更本” may be a typo for “根本” (sounds alike) | 根本"]],
    ["开展我为群众办实时活动。", ["8-9 “时” may be a typo for “事” (sounds alike) | 事"]],
    ["全院平均住院曰缩短至7天。", ["6-7 “曰” may be a typo for “日” (looks alike) | 日"]],
    ["组织全体教室参加培训。", ["4-6 “教室” may be a typo for “教师” (easily confused) | 教师"]],
    ["开展公益电影放应120场。", ["6-8 “放应” may be a typo for “放映” (sounds alike) | 放映"]],
    ["严格按照法定陈序办理。", ["6-8 “陈序” may be a typo for “程序” (sounds alike) | 程序"]],
    ["企业开班时间压缩至半天。", ["3-4 “班” may be a typo for “办” (sounds alike) | 办"]],
    ["医护人员监守岗位。", ["4-6 “监守” may be a typo for “坚守” (easily confused) | 坚守"]],
    ["每周召开安全列会一次。", ["6-7 “列” may be a typo for “例” (looks alike) | 例"]],
    ["更换老旧变压气12台。", ["4-7 “变压气” may be a typo for “变压器” (sounds alike) | 变压器"]],
    ["新购制监护仪8台。", ["1-3 “购制” may be a typo for “购置” (sounds alike) | 购置"]],
    ["对3座水闸经行了加固。", ["5-6 “经” may be a typo for “进” (sounds alike) | 进"]],
    ["及时对现奖补资金300万元。", ["2-3 “对” may be a typo for “兑” (sounds alike) | 兑"]],
    ["个别干部履职不利，被诫勉谈话2人。", ["7-8 “利” may be a typo for “力” (sounds alike) | 力"]],
    ["全年声请专利12项。", ["2-3 “声” may be a typo for “申” (sounds alike) | 申"]],
    ["发布用工性息200条。", ["4-5 “性” may be a typo for “信” (sounds alike) | 信"]],
    ["每季度向县委专题回报工作。", ["8-10 “回报” may be a typo for “汇报” (easily confused) | 汇报"]],
    ["加强信贷奉献防控。", ["4-6 “奉献” may be a typo for “风险” (easily confused) | 风险"]],
    ["加强失德师风建设。", ["2-4 “失德” may be a typo for “师德” (sounds alike) | 师德"]],
    ["公示期内无意义的予以录用。", ["5-7 “意义” may be a typo for “异议” (easily confused) | 异议"]],
    ["举办用工工序对接会3场。", ["4-6 “工序” may be a typo for “供需” (easily confused) | 供需"]],
    ["召开专题回忆5次。", ["4-6 “回忆” may be a typo for “会议” (easily confused) | 会议"]],
    ["按时发放事业保险金。", ["4-5 “事” may be a typo for “失” (sounds alike) | 失"]],
    ["储备应急必须物资。", ["4-6 “必须” may be a typo for “必需” (easily confused) | 必需"]],
    ["原谅价格持续上涨。", ["0-2 “原谅” may be a typo for “原料” (easily confused) | 原料"]],
    ["新建标准化荼园300亩。", ["5-6 “荼” may be a typo for “茶” (looks alike) | 茶"]],
    ["推门停课评课40节。", ["2-3 “停” may be a typo for “听” (sounds alike) | 听"]],
    ["组织学生开展署期实践。", ["6-7 “署” may be a typo for “暑” (looks alike) | 暑"]],
    ["组织骨干赴淅江学习。", ["5-6 “淅” may be a typo for “浙” (looks alike) | 浙"]],
    ["全年编缉内刊6期。", ["3-4 “缉” may be a typo for “辑” (looks alike) | 辑"]],
    ["结合本镇世纪制定方案。", ["4-6 “世纪” may be a typo for “实际” (easily confused) | 实际"]],
    ["推动优质医疗自愿下沉。", ["6-8 “自愿” may be a typo for “资源” (easily confused) | 资源"]],
    ["由办公室统一会总上报。", ["6-7 “会” may be a typo for “汇” (sounds alike) | 汇"]],
    ["用电附和创历史新高。", ["2-4 “附和” may be a typo for “负荷” (easily confused) | 负荷"]],
    ["签订连接从业承诺书。", ["2-4 “连接” may be a typo for “廉洁” (easily confused) | 廉洁"]],
    ["成立村民意识会。", ["4-6 “意识” may be a typo for “议事” (easily confused) | 议事"]],
    ["老师部置了寒假作业。", ["2-3 “部” may be a typo for “布” (sounds alike) | 布"]],
    ["公开村级财务手指情况。", ["6-8 “手指” may be a typo for “收支” (easily confused) | 收支"]],
    ["完善园区基础实施，改善营商环境。", ["6-8 “实施” may be a typo for “设施” (sounds alike) | 设施"]],
    ["落实专项资经管理制度。", ["5-6 “经” may be a typo for “金” (sounds alike) | 金"]],
    ["在河道两侧裁种柳树。", ["5-6 “裁” may be a typo for “栽” (looks alike) | 栽"]],
    ["严肃换届工作记录。", ["6-8 “记录” may be a typo for “纪律” (easily confused) | 纪律"]],
    ["加强院感防空工作。", ["4-6 “防空” may be a typo for “防控” (easily confused) | 防控"]],
    ["督促建设单位和建立单位履职。", ["7-9 “建立” may be a typo for “监理” (easily confused) | 监理"]],
    ["扎实推进闻名城市创建工作。", ["4-6 “闻名” may be a typo for “文明” (easily confused) | 文明"]],
    ["成功调节各类纠纷30起。", ["2-4 “调节” may be a typo for “调解” (easily confused) | 调解"]],
    ["产业园二起工程已开工。", ["3-5 “二起” may be a typo for “二期” (sounds alike) | 二期"]],
    ["我局指定了《考核办法》。", ["2-4 “指定” may be a typo for “制定” (easily confused) | 制定"]],
    ["做好深林防火工作。", ["2-3 “深” may be a typo for “森” (sounds alike) | 森"]],
    ["全年一般公共预算指出45亿元。", ["8-10 “指出” may be a typo for “支出” (easily confused) | 支出"]],
    ["加强与各部门的作协。", ["7-9 “作协” may be a typo for “协作” (characters swapped) | 协作"]],
    ["全年自助贫困学生200人。", ["2-4 “自助” may be a typo for “资助” (easily confused) | 资助"]],
    ["检查设及企业50家。", ["2-3 “设” may be a typo for “涉” (sounds alike) | 涉"]],
    ["以抱满的热情投入工作。", ["1-2 “抱” may be a typo for “饱” (sounds alike) | 饱"]],
    ["严格静止焚烧秸秆。", ["2-4 “静止” may be a typo for “禁止” (easily confused) | 禁止"]],
    ["全院门征量同比增长5%。", ["3-4 “征” may be a typo for “诊” (sounds alike) | 诊"]],
    ["各项工作稳推步进。", ["4-8 “稳推步进” may be a typo for “稳步推进” (characters swapped) | 稳步推进"]],
    ["更换磨损齿伦3套。", ["5-6 “伦” may be a typo for “轮” (sounds alike) | 轮"]],
    ["与安微大学开展合作。", ["1-3 “安微” may be a typo for “安徽” (looks alike) | 安徽"]],
    ["门诊患者诊候时间缩短。", ["4-6 “诊候” may be a typo for “候诊” (characters swapped) | 候诊"]],
    ["建立问题整改账台。", ["6-8 “账台” may be a typo for “台账” (characters swapped) | 台账"]],
    ["查漏缺补，完善制度。", ["2-4 “缺补” may be a typo for “补缺” (characters swapped) | 补缺"]],
    ["选派股干教师外出培训。", ["2-3 “股” may be a typo for “骨” (looks alike) | 骨"]],
    ["更换医疗器戒一批。", ["5-6 “戒” may be a typo for “械” (looks alike) | 械"]],
    ["裁判文书存在暇疵。", ["6-7 “暇” may be a typo for “瑕” (looks alike) | 瑕"]],
    ["引导农户种殖中药材。", ["4-6 “种殖” may be a typo for “种植” (sounds alike) | 种植"]],
    ["对有发热证状的患者进行筛查。", ["4-5 “证” may be a typo for “症” (sounds alike) | 症"]],
    ["简化办事手序。", ["4-6 “手序” may be a typo for “手续” (sounds alike) | 手续"]],
    ["建立学生学业成积档案。", ["7-8 “积” may be a typo for “绩” (sounds alike) | 绩"]],
    ["指派律师辨护。", ["4-5 “辨” may be a typo for “辩” (looks alike) | 辩"]],
    ["异地就医可直接结算，无需回参保地保销。", ["16-17 “保” may be a typo for “报” (sounds alike) | 报"]],
    ["法院依法裁定拨回起诉。", ["6-7 “拨” may be a typo for “驳” (looks alike) | 驳"]],
    ["通过公开磷选选调干部。", ["4-5 “磷” may be a typo for “遴” (looks alike) | 遴"]],
    ["与企业签属合作协议。", ["4-5 “属” may be a typo for “署” (sounds alike) | 署"]],
    ["提高小微企业受信额度。", ["6-7 “受” may be a typo for “授” (sounds alike) | 授"]],
    ["该同志在工作中表现凸出。", ["9-10 “凸” may be a typo for “突” (sounds alike) | 突"]],
    ["县蓄牧兽医站开展防疫。", ["1-2 “蓄” may be a typo for “畜” (sounds alike) | 畜"]],
    ["村里财务管理逐步走上正规。", ["10-12 “正规” may be a typo for “正轨” (easily confused) | 正轨"]],
    ["坚持把司法公证作为生命线。", ["5-7 “公证” may be a typo for “公正” (easily confused) | 公正"]],
    ["做好压创预防护理。", ["3-4 “创” may be a typo for “疮” (sounds alike) | 疮"]],
    ["统一调渡应急车辆。", ["2-4 “调渡” may be a typo for “调度” (sounds alike) | 调度"]],
    ["推进乡村振新战略。", ["5-6 “新” may be a typo for “兴” (sounds alike) | 兴"]],
    ["测定土壤商情20次。", ["4-5 “商” may be a typo for “墒” (looks alike) | 墒"]],
    ["一进步加强作风建设。", ["0-2 “一进” may be a typo for “进一” (characters swapped) | 进一"]],
    ["抓获嫌隙人5名。", ["3-4 “隙” may be a typo for “疑” (looks alike) | 疑"]],
    ["全年计共审核项目36个。", ["2-4 “计共” may be a typo for “共计” (characters swapped) | 共计"]],
    ["督促改整各类隐患。", ["2-4 “改整” may be a typo for “整改” (characters swapped) | 整改"]],
    ["出现车俩短缺。", ["3-4 “俩” may be a typo for “辆” (sounds alike) | 辆"]],
    ["做好新教师的报道和培训。", ["6-8 “报道” may be a typo for “报到” (easily confused) | 报到"]],
    ["当前维稳形式总体平稳。", ["4-6 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["要把隐患防范于未然。", ["5-6 “范” may be a typo for “患” (sounds alike) | 患"]],
    ["力求防患于未燃。", ["6-7 “燃” may be a typo for “然” (sounds alike) | 然"]],
    ["拔备覆盖率保持在200%以上。", ["0-1 “拔” may be a typo for “拨” (looks alike) | 拨"]],
    ["积极创见国家卫生城市。", ["3-4 “见” may be a typo for “建” (sounds alike) | 建"]],
    ["全年现实营业收入8亿元。", ["2-4 “现实” may be a typo for “实现” (characters swapped) | 实现"]],
    ["新增扎机生产线1条。", ["2-3 “扎” may be a typo for “轧” (looks alike) | 轧"]],
    ["集装箱吞吐量达到30万标准厢。", ["13-14 “厢” may be a typo for “箱” (sounds alike) | 箱"]],
    ["单击作业效率明显提高。", ["1-2 “击” may be a typo for “机” (sounds alike) | 机"]],
    ["学生体制健康达标率提升。", ["3-4 “制” may be a typo for “质” (sounds alike) | 质"]],
    ["综合排名位居全市前矛。", ["9-10 “矛” may be a typo for “茅” (looks alike) | 茅"]],
    ["监测范围含盖全县所有乡镇。", ["4-5 “含” may be a typo for “涵” (sounds alike) | 涵"]],
    ["加强商品房预收资金监管。", ["6-7 “收” may be a typo for “售” (sounds alike) | 售"]],
    ["开展环境执法检察，发现问题12个。", ["6-8 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["全年接带游客50万人次。", ["2-4 “接带” may be a typo for “接待” (sounds alike) | 接待"]],
    ["发回重申案件3件。", ["3-4 “申” may be a typo for “审” (sounds alike) | 审"]],
    ["公司领导领带全体职工攻坚。", ["4-6 “领带” may be a typo for “带领” (characters swapped) | 带领"]],
    ["有效处置突发公共卫生时间。", ["10-12 “时间” may be a typo for “事件” (sounds alike) | 事件"]],
    ["受理消费者投宿25件。", ["5-7 “投宿” may be a typo for “投诉” (sounds alike) | 投诉"]],
    ["不动产登计业务全部网上办理。", ["4-5 “计” may be a typo for “记” (sounds alike) | 记"]],
    ["核查变化图班120个。", ["5-6 “班” may be a typo for “斑” (sounds alike) | 斑"]],
    ["组织技术公关小组。", ["4-5 “公” may be a typo for “攻” (sounds alike) | 攻"]],
    ["村务公式栏全部更新。", ["3-4 “式” may be a typo for “示” (sounds alike) | 示"]],
    ["开展负荷预侧分析。", ["4-6 “预侧” may be a typo for “预测” (sounds alike) | 预测"]],
    ["全面排查重大危险原。", ["6-9 “危险原” may be a typo for “危险源” (sounds alike) | 危险源"]],
    ["推行分段时预约就诊。", ["3-5 “段时” may be a typo for “时段” (characters swapped) | 时段"]],
    ["国考段面水质达标。", ["2-3 “段” may be a typo for “断” (sounds alike) | 断"]],
    ["新增市场主题2000户。", ["4-6 “主题” may be a typo for “主体” (sounds alike) | 主体"]],
    ["督促企业限期正改。", ["6-7 “正” may be a typo for “整” (sounds alike) | 整"]],
    ["建设农村流物网点。", ["4-6 “流物” may be a typo for “物流” (characters swapped) | 物流"]],
    ["查处肇事逃溢案件。", ["5-6 “溢” may be a typo for “逸” (sounds alike) | 逸"]],
    ["打造沉浸式艺演项目。", ["5-7 “艺演” may be a typo for “演艺” (characters swapped) | 演艺"]],
    ["通过套期保值归避风险。", ["6-7 “归” may be a typo for “规” (sounds alike) | 规"]],
    ["一丝不够做好工作。", ["3-4 “够” may be a typo for “苟” (sounds alike) | 苟"]],
    ["培育文旅新液态。", ["5-6 “液” may be a typo for “业” (sounds alike) | 业"]],
    ["开展交通秩序整制行动。", ["6-8 “整制” may be a typo for “整治” (sounds alike) | 整治"]],
    ["推进临床路经管理。", ["5-6 “经” may be a typo for “径” (sounds alike) | 径"]],
    ["开展疑难杂证会诊。", ["5-6 “证” may be a typo for “症” (sounds alike) | 症"]],
    ["加大安全传宣力度。", ["4-6 “传宣” may be a typo for “宣传” (characters swapped) | 宣传"]],
    ["牵头定制《管理办法》。", ["2-4 “定制” may be a typo for “制定” (characters swapped) | 制定"]],
    ["完成免役规划疫苗接种。", ["2-4 “免役” may be a typo for “免疫” (sounds alike) | 免疫"]],
    ["开展专向执行行动。", ["3-4 “向” may be a typo for “项” (sounds alike) | 项"]],
    ["落实食品留洋制度。", ["5-6 “洋” may be a typo for “样” (sounds alike) | 样"]],
    ["更换老旧官网3公里。", ["4-5 “官” may be a typo for “管” (sounds alike) | 管"]],
    ["常抓不泄抓安全。", ["0-4 “常抓不泄” may be a typo for “常抓不懈” (sounds alike) | 常抓不懈"]],
    ["全年拨出专题节目52期。", ["2-3 “拨” may be a typo for “播” (sounds alike) | 播"]],
    ["在走廊家装扶手。", ["3-5 “家装” may be a typo for “加装” (easily confused) | 加装"]],
    ["本科上限人数创新高。", ["3-4 “限” may be a typo for “线” (sounds alike) | 线"]],
    ["推进县级容媒体中心建设。", ["4-5 “容” may be a typo for “融” (sounds alike) | 融"]],
    ["拨付设农资金1亿元。", ["2-3 “设” may be a typo for “涉” (sounds alike) | 涉"]],
    ["落实24小时值斑制度。", ["6-8 “值斑” may be a typo for “值班” (sounds alike) | 值班"]],
    ["办税时间缩压至1天。", ["4-6 “缩压” may be a typo for “压缩” (characters swapped) | 压缩"]],
    ["活动在群众中引起强烈反向。", ["11-12 “向” may be a typo for “响” (sounds alike) | 响"]],
    ["经济运行稳中像好。", ["6-7 “像” may be a typo for “向” (sounds alike) | 向"]],
    ["完成崛进进尺8000米。", ["2-3 “崛” may be a typo for “掘” (looks alike) | 掘"]],
    ["及时起动应急预案。", ["2-3 “起” may be a typo for “启” (sounds alike) | 启"]],
    ["依拖大数据平台开展监测。", ["0-2 “依拖” may be a typo for “依托” (sounds alike) | 依托"]],
    ["严格落实三审三效制度。", ["7-8 “效” may be a typo for “校” (sounds alike) | 校"]],
    ["杜绝瓦斯超线作业。", ["5-6 “线” may be a typo for “限” (sounds alike) | 限"]],
    ["全年兼管进出口货物10万票。", ["2-3 “兼” may be a typo for “监” (sounds alike) | 监"]],
    ["新增归上企业12家。", ["2-3 “归” may be a typo for “规” (sounds alike) | 规"]],
    ["现有再院患者86人。", ["2-3 “再” may be a typo for “在” (sounds alike) | 在"]],
    ["发展种值大户30户。", ["2-4 “种值” may be a typo for “种植” (sounds alike) | 种植"]],
    ["开展听平课活动。", ["3-4 “平” may be a typo for “评” (sounds alike) | 评"]],
    ["壮大村集体经纪。", ["6-7 “纪” may be a typo for “济” (sounds alike) | 济"]],
    ["开展线路循视。", ["4-5 “循” may be a typo for “巡” (sounds alike) | 巡"]],
    ["心耐细致做好解释。", ["0-2 “心耐” may be a typo for “耐心” (characters swapped) | 耐心"]],
    ["综合排名位据全市第一。", ["5-6 “据” may be a typo for “居” (sounds alike) | 居"]],
    ["药品调济差错率为零。", ["3-4 “济” may be a typo for “剂” (sounds alike) | 剂"]],
    ["减免税费共记800万元。", ["5-6 “记” may be a typo for “计” (sounds alike) | 计"]],
    ["建立病死畜禽无害化处里中心。", ["10-11 “里” may be a typo for “理” (sounds alike) | 理"]],
    ["即时掌握学生思想动态。", ["0-2 “即时” may be a typo for “及时” (sounds alike) | 及时"]],
    ["做到早干予。", ["3-5 “干予” may be a typo for “干预” (sounds alike) | 干预"]],
    ["报送可以交易报告3份。", ["2-4 “可以” may be a typo for “可疑” (sounds alike) | 可疑"]],
    ["办理审察起诉案件20件。", ["3-4 “察” may be a typo for “查” (sounds alike) | 查"]],
    ["获得群众一至好评。", ["5-6 “至” may be a typo for “致” (sounds alike) | 致"]],
    ["作业前认证验电。", ["4-5 “证” may be a typo for “真” (sounds alike) | 真"]],
    ["做好口啼疫免疫。", ["3-4 “啼” may be a typo for “蹄” (looks alike) | 蹄"]],
    ["撰写论文《浅淡农村教育》。", ["6-7 “淡” may be a typo for “谈” (looks alike) | 谈"]],
    ["落实做业指导书。", ["2-3 “做” may be a typo for “作” (sounds alike) | 作"]],
    ["清理挤压物资。", ["2-3 “挤” may be a typo for “积” (sounds alike) | 积"]],
    ["补正税款50万元。", ["1-2 “正” may be a typo for “征” (sounds alike) | 征"]],
    ["累计收复现金2亿元。", ["3-4 “复” may be a typo for “付” (sounds alike) | 付"]],
    ["专柜加琐管理。", ["3-4 “琐” may be a typo for “锁” (looks alike) | 锁"]],
    ["指导常见病防止。", ["6-7 “止” may be a typo for “治” (sounds alike) | 治"]],
    ["发放防署用品。", ["3-4 “署” may be a typo for “暑” (looks alike) | 暑"]],
    ["量型建议采纳率95%。", ["1-2 “型” may be a typo for “刑” (sounds alike) | 刑"]],
    ["成功赌截诈骗电话。", ["2-3 “赌” may be a typo for “堵” (sounds alike) | 堵"]],
    ["减少临期损报。", ["4-6 “损报” may be a typo for “报损” (characters swapped) | 报损"]],
    ["清扫主次干到18条。", ["5-6 “到” may be a typo for “道” (sounds alike) | 道"]],
    ["完成入库2万吨、库出1.8万吨。", ["8-10 “库出” may be a typo for “出库” (characters swapped) | 出库"]],
    ["立案镇办案件12起。", ["2-3 “镇” may be a typo for “侦” (sounds alike) | 侦"]],
    ["发现并正改隐患30处。", ["3-4 “正” may be a typo for “整” (sounds alike) | 整"]],
    ["加大志愿者招幕力度。", ["5-7 “招幕” may be a typo for “招募” (sounds alike) | 招募"]],
    ["办理公积金提起业务1万笔。", ["6-7 “起” may be a typo for “取” (sounds alike) | 取"]],
    ["坚持全日观查。", ["5-6 “查” may be a typo for “察” (sounds alike) | 察"]],
    ["向相关单位制发检查建议5份。", ["8-9 “查” may be a typo for “察” (easily confused) | 察"]],
    ["综合排名位居全省前例。", ["9-10 “例” may be a typo for “列” (sounds alike) | 列"]],
    ["快递业量务同比增长10%。", ["3-5 “量务” may be a typo for “务量” (characters swapped) | 务量"]],
    ["完成报刊发型任务。", ["5-6 “型” may be a typo for “行” (sounds alike) | 行"]],
    ["研发冲压磨具12套。", ["4-5 “磨” may be a typo for “模” (sounds alike) | 模"]],
    ["批准逮补案件30件。", ["3-4 “补” may be a typo for “捕” (sounds alike) | 捕"]],
    ["加强机场静空管理。", ["4-5 “静” may be a typo for “净” (sounds alike) | 净"]],
    ["河长累计寻河300次。", ["4-5 “寻” may be a typo for “巡” (sounds alike) | 巡"]],
    ["打击骗提骗代行为。", ["5-6 “代” may be a typo for “贷” (sounds alike) | 贷"]],
    ["改造装备线2条。", ["3-4 “备” may be a typo for “配” (sounds alike) | 配"]],
    ["全年规集公积金5亿元。", ["2-3 “规” may be a typo for “归” (sounds alike) | 归"]],
    ["新建观景站道2公里。", ["4-5 “站” may be a typo for “栈” (sounds alike) | 栈"]],
    ["破损件陪付及时。", ["3-4 “陪” may be a typo for “赔” (sounds alike) | 赔"]],
    ["开展检查12此，发现问题5个。", ["6-7 “此” may be a typo for “次” (sounds alike) | 次"]],
    ["完成倒匣操作80次。", ["3-4 “匣” may be a typo for “闸” (looks alike) | 闸"]],
    ["进一步强加管理。", ["3-5 “强加” may be a typo for “加强” (characters swapped) | 加强"]],
    ["整理卷综300册。", ["3-4 “综” may be a typo for “宗” (sounds alike) | 宗"]],
    ["清收预期贷款200万元。", ["2-3 “预” may be a typo for “逾” (sounds alike) | 逾"]],
    ["调节结案率达到80%。", ["1-2 “节” may be a typo for “解” (sounds alike) | 解"]],
    ["杜决违规操作。", ["0-2 “杜决” may be a typo for “杜绝” (sounds alike) | 杜绝"]],
    ["等待时间有10分钟缩短至5分钟。", ["4-5 “有” may be a typo for “由” (sounds alike) | 由"]],
    ["种子发牙率检测合格。", ["3-4 “牙” may be a typo for “芽” (sounds alike) | 芽"]],
    ["田间去杂去列。", ["5-6 “列” may be a typo for “劣” (sounds alike) | 劣"]],
    ["受理业主保修事项100件。", ["4-5 “保” may be a typo for “报” (sounds alike) | 报"]],
    ["包裹滞流率下降。", ["3-4 “流” may be a typo for “留” (sounds alike) | 留"]],
    ["严格执行医瞩查对制度。", ["5-6 “瞩” may be a typo for “嘱” (looks alike) | 嘱"]],
    ["落实开箱验示制度。", ["4-6 “验示” may be a typo for “验视” (sounds alike) | 验视"]],
    ["未发生录笔差错。", ["3-5 “录笔” may be a typo for “笔录” (characters swapped) | 笔录"]],
    ["在其中考试中取得好成绩。", ["1-2 “其” may be a typo for “期” (sounds alike) | 期"]],
    ["加强动植物检役。", ["5-7 “检役” may be a typo for “检疫” (sounds alike) | 检疫"]],
    ["发放经营性带款5000万元。", ["5-6 “带” may be a typo for “贷” (sounds alike) | 贷"]],
    ["排查设备缺限12处。", ["4-6 “缺限” may be a typo for “缺陷” (sounds alike) | 缺陷"]],
    ["维护有创呼吸肌5台。", ["6-7 “肌” may be a typo for “机” (sounds alike) | 机"]],
    ["压疮生发率下降。", ["2-4 “生发” may be a typo for “发生” (characters swapped) | 发生"]],
    ["筛选出事宜本地种植的品种。", ["3-4 “事” may be a typo for “适” (sounds alike) | 适"]],
    ["图书阅借量达到10万册次。", ["2-4 “阅借” may be a typo for “借阅” (characters swapped) | 借阅"]],
    ["监测数据实施上传。", ["4-6 “实施” may be a typo for “实时” (sounds alike) | 实时"]],
    ["做好心理梳导工作。", ["4-5 “梳” may be a typo for “疏” (sounds alike) | 疏"]],
    ["实现车辆快速同行。", ["6-7 “同” may be a typo for “通” (sounds alike) | 通"]],
    ["患者反应较多的问题得到解决。", ["2-4 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["申请动用专向维修资金。", ["5-6 “向” may be a typo for “项” (sounds alike) | 项"]],
    ["坚持应保进保。", ["4-5 “进” may be a typo for “尽” (sounds alike) | 尽"]],
    ["确保供应不断挡。", ["6-7 “挡” may be a typo for “档” (looks alike) | 档"]],
    ["修复绣蚀文物。", ["2-3 “绣” may be a typo for “锈” (looks alike) | 锈"]],
    ["完成管藏文物普查。", ["2-3 “管” may be a typo for “馆” (sounds alike) | 馆"]],
    ["推进桔秆综合利用。", ["2-3 “桔” may be a typo for “秸” (looks alike) | 秸"]],
    ["纳人监管范围。", ["0-2 “纳人” may be a typo for “纳入” (looks alike) | 纳入"]],
    ["组织农机跨区做业。", ["6-7 “做” may be a typo for “作” (sounds alike) | 作"]],
    ["托管资产即拖管资产500亿元。", ["5-6 “拖” may be a typo for “托” (looks alike) | 托"]],
    ["做好急寒天气应对。", ["2-3 “急” may be a typo for “极” (sounds alike) | 极"]],
    ["开展送医上们服务。", ["5-6 “们” may be a typo for “门” (sounds alike) | 门"]],
    ["发放消费劵。", ["4-5 “劵” may be a typo for “券” (looks alike) | 券"]],
    ["制定个别话教育方案。", ["4-5 “话” may be a typo for “化” (sounds alike) | 化"]],
    ["办理公正事项300件。", ["3-4 “正” may be a typo for “证” (sounds alike) | 证"]],
    ["优化退伙工艺。", ["3-4 “伙” may be a typo for “火” (sounds alike) | 火"]],
    ["实现质量可追朔。", ["6-7 “朔” may be a typo for “溯” (looks alike) | 溯"]],
    ["做好根踪服务。", ["2-4 “根踪” may be a typo for “跟踪” (sounds alike) | 跟踪"]],
    ["提高溶化量。", ["2-3 “溶” may be a typo for “熔” (sounds alike) | 熔"]],
    ["指导科学防止。", ["5-6 “止” may be a typo for “治” (sounds alike) | 治"]],
    ["完成水掩车理赔。", ["3-4 “掩” may be a typo for “淹” (sounds alike) | 淹"]],
    ["开展计量鉴定。", ["4-5 “鉴” may be a typo for “检” (sounds alike) | 检"]],
    ["为民办事实20件。", ["3-5 “事实” may be a typo for “实事” (characters swapped) | 实事"]],
    ["配戴头盔上路。", ["0-1 “配” may be a typo for “佩” (sounds alike) | 佩"]],
    ["推行比值比价。", ["3-4 “值” may be a typo for “质” (sounds alike) | 质"]],
    ["开展反事故演戏。", ["6-7 “戏” may be a typo for “习” (sounds alike) | 习"]],
    ["提升理赔实效。", ["4-5 “实” may be a typo for “时” (sounds alike) | 时"]],
    ["归纳争议交点。", ["4-5 “交” may be a typo for “焦” (sounds alike) | 焦"]],
    ["经心设计课程。", ["0-1 “经” may be a typo for “精” (sounds alike) | 精"]],
    ["解决民声问题。", ["3-4 “声” may be a typo for “生” (sounds alike) | 生"]],
    ["做好现场堪查。", ["4-5 “堪” may be a typo for “勘” (looks alike) | 勘"]],
    ["做到不烂赔。", ["3-4 “烂” may be a typo for “滥” (sounds alike) | 滥"]],
    ["开展年度平价。", ["4-5 “平” may be a typo for “评” (sounds alike) | 评"]],
    ["规范到闸操作。", ["2-3 “到” may be a typo for “倒” (sounds alike) | 倒"]],
    ["配置标准溶液。", ["1-2 “置” may be a typo for “制” (sounds alike) | 制"]],
    ["通过讲座等形势开展宣传。", ["5-7 “形势” may be a typo for “形式” (easily confused) | 形式"]],
    ["防范复冰灾害。", ["2-3 “复” may be a typo for “覆” (sounds alike) | 覆"]],
    ["防治赤梅病。", ["3-4 “梅” may be a typo for “霉” (sounds alike) | 霉"]],
    ["排查疑是骗保案件。", ["3-4 “是” may be a typo for “似” (sounds alike) | 似"]],
    ["监测草地贪夜娥。", ["6-7 “娥” may be a typo for “蛾” (looks alike) | 蛾"]],
    ["规范出入库纪录。", ["5-6 “纪” may be a typo for “记” (sounds alike) | 记"]],
    ["落实住宿登基制度。", ["4-6 “登基” may be a typo for “登记” (easily confused) | 登记"]],
    ["开展礼义培训。", ["3-4 “义” may be a typo for “仪” (sounds alike) | 仪"]],
    ["检修变奖系统。", ["3-4 “奖” may be a typo for “桨” (sounds alike) | 桨"]],
    ["年产量达50万重量厢。", ["9-10 “厢” may be a typo for “箱” (sounds alike) | 箱"]],
    ["加强车俩源头管理。", ["3-4 “俩” may be a typo for “辆” (sounds alike) | 辆"]],
    ["杜绝预期挂账。", ["2-3 “预” may be a typo for “逾” (sounds alike) | 逾"]],
    ["调节撤诉80件。", ["1-2 “节” may be a typo for “解” (sounds alike) | 解"]],
    // Non-word slips into words report prose uses in many reports and official prose seldom
    // (reportCounted: 偏低, 缺陷, 缩短).
    ["夏季用电高峰电压偏底。", ["8-10 “偏底” may be a typo for “偏低” (sounds alike) | 偏低"]],
    ["设备缺限当天处理完毕。", ["2-4 “缺限” may be a typo for “缺陷” (sounds alike) | 缺陷"]],
    ["全年平均审理周期缩断至20天。", ["8-10 “缩断” may be a typo for “缩短” (sounds alike) | 缩短"]],
    // Slips beside sequences many of the project's own reports hold (reportSequences: 利润总额, 安全隐患).
    ["全年利闰总额达到3200万元。", ["2-4 “利闰” may be a typo for “利润” (sounds alike) | 利润"]],
    ["及时排除安全引患。", ["6-8 “引患” may be a typo for “隐患” (sounds alike) | 隐患"]],
    ["组织职工健康休检。", ["6-7 “休” may be a typo for “体” (looks alike) | 体"]],
    ["全力提高危重患者就治能力。", ["8-9 “就” may be a typo for “救” (sounds alike) | 救"]],
    ["推进发票电子化革改工作。", ["7-9 “革改” may be a typo for “改革” (characters swapped) | 改革"]],
    ["对独局老人开展走访。", ["2-3 “局” may be a typo for “居” (sounds alike) | 居"]],
    ["加大执法利度。", ["4-5 “利” may be a typo for “力” (sounds alike) | 力"]],
    ["克服恶略天气影响。", ["3-4 “略” may be a typo for “劣” (sounds alike) | 劣"]],
    // A pair seen nowhere whose reverse is a common word, held by a known sequence on one side.
    ["加大对小微企业的贷信支持力度。", ["8-10 “贷信” may be a typo for “信贷” (characters swapped) | 信贷"]],
    ["坚持执法为民的念理，严格规范执法。", ["7-9 “念理” may be a typo for “理念” (characters swapped) | 理念"]],
    ["一般性支出压碱比例不低于10%。", ["5-7 “压碱” may be a typo for “压减” (sounds alike) | 压减"]],
    ["对典形案件公开通报。", ["1-3 “典形” may be a typo for “典型” (sounds alike) | 典型"]],
    // (展线, a museum's exhibition route, is left a false alarm: as a known word it would hide this.)
    ["巩固和发展最广泛的爱国统一展线。", ["13-15 “展线” may be a typo for “战线” (sounds alike) | 战线"]],
    ["社区组织自愿者定期上门服务。", ["4-5 “自” may be a typo for “志” (sounds alike) | 志"]],
    ["完成第五次全国经济查普工作。", ["9-11 “查普” may be a typo for “普查” (characters swapped) | 普查"]],
    ["接待群众来性来访120人次。", ["4-6 “来性” may be a typo for “来信” (looks alike) | 来信"]],
    ["严查酒驾最驾违法行为。", ["4-5 “最” may be a typo for “醉” (sounds alike) | 醉"]],
    ["新入职的护土全部完成培训。", ["5-6 “土” may be a typo for “士” (looks alike) | 士"]],
    ["全年撰写新闻搞件一百二十篇。", ["6-7 “搞” may be a typo for “稿” (looks alike) | 稿"]],
    // A word official prose uses more takes the shared character from a rarer one (及时|分 beside 时分).
    ["每月及时分折研判运行数据。", ["4-6 “分折” may be a typo for “分析” (looks alike) | 分析"]],
    // A near sound into a word of three characters official prose uses often, its two kept characters no word.
    ["组织召开拉税人座谈会两场。", ["4-7 “拉税人” may be a typo for “纳税人” (sounds alike) | 纳税人"]],
    // A pair met only across words (银行|金融) gives way where its neighbour belongs to a common word beyond it (实行|金准).
    ["对监测户实行金准帮扶。", ["6-8 “金准” may be a typo for “精准” (looks alike) | 精准"]],
    // A swap after a word of three (毕业生|意满度): 生意 is no reading there, 业生意 no sequence.
    ["用人单位对毕业生意满度达到96%。", ["8-11 “意满度” may be a typo for “满意度” (characters swapped) | 满意度"]],
    ["认真贯彻国务员办公厅关于优化营商环境的通知要求。", ["4-7 “国务员” may be a typo for “国务院” (sounds alike) | 国务院"]],
    ["今年以来各项工作取得明显得成效。", ["12-13 “得” may be a typo for “的” (sounds alike) | 的"]],
    ["全年接待参观群众3.2万次人。", ["12-14 “次人” may be a typo for “人次” (characters swapped) | 人次"]],
    ["县商务局指定出台促消费十条措施。", ["4-6 “指定” may be a typo for “制定” (easily confused) | 制定"]],
    ["公司已安全生产标准化建设为抓手，夯实基础管理。", ["2-3 “已” may be a typo for “以” (sounds alike) | 以"]],
    ["帮助困难群众温暖渡过冬天。", ["8-10 “渡过” may be a typo for “度过” (easily confused) | 度过"]],
    ["我县再全省年度考核中获评先进。", ["2-3 “再” may be a typo for “在” (sounds alike) | 在"]],
    ["窗口人员及时反应企业诉求。", ["6-8 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["门诊预约律达到65%。", ["4-5 “律” may be a typo for “率” (sounds alike) | 率"]],
    ["窗口服务工作做的细致到位，群众普遍认可。", ["6-8 “做的” may be a typo for “做得” (easily confused) | 做得"]],
    ["各班区域活动开展的扎实有序，幼儿参与度明显提高。", ["6-9 “开展的” may be a typo for “开展得” (easily confused) | 开展得"]],
    ["县法院对拒不行履判决的被执行人依法采取强制措施。", ["6-8 “行履” may be a typo for “履行” (characters swapped) | 履行"]],
    ["窗口全年办理籍户迁移业务800余件。", ["6-8 “籍户” may be a typo for “户籍” (characters swapped) | 户籍"]],
    ["积极争取纳入自由贸易实验区扩区范围。", ["10-11 “实” may be a typo for “试” (sounds alike) | 试"]],
    ["由区发展改革局前头，各镇街配合推进。", ["7-9 “前头” may be a typo for “牵头” (easily confused) | 牵头"]],
    ["全县列入首批十点县名单。", ["6-8 “十点” may be a typo for “试点” (easily confused) | 试点"]],
    ["区政府建立联系会议制度，每季度召开一次。", ["5-7 “联系” may be a typo for “联席” (easily confused) | 联席"]],
    ["她被聘为心内科主人医师。", ["7-9 “主人” may be a typo for “主任” (easily confused) | 主任"]],
    ["防止出现规模型返贫。", ["6-7 “型” may be a typo for “性” (sounds alike) | 性"]],
    ["牵头编织全区国土空间总体规划。", ["2-4 “编织” may be a typo for “编制” (easily confused) | 编制"]],
    ["网上群众流言按期办结率达到98%。", ["4-6 “流言” may be a typo for “留言” (easily confused) | 留言"]],
    ["开展有真对性的帮扶。", ["3-5 “真对” may be a typo for “针对” (easily confused) | 针对"]],
    ["今年是“十四五”收关之年。", ["8-10 “收关” may be a typo for “收官” (easily confused) | 收官"]],
    ["这是我国经济罚展的现实要求。", ["6-8 “罚展” may be a typo for “发展” (sounds alike) | 发展"]],
    ["全年报告传染病病历12例。", ["7-9 “病历” may be a typo for “病例” (easily confused) | 病例"]],
    ["民警接警后平均8分钟出境到达现场。", ["10-12 “出境” may be a typo for “出警” (easily confused) | 出警"]],
    ["全年未发生一起较大以上安全故事。", ["13-15 “故事” may be a typo for “事故” (easily confused) | 事故"]],
    ["社区卫生服务心中全年接诊1.2万人次。", ["6-8 “心中” may be a typo for “中心” (characters swapped) | 中心"]],
    ["新建的综合楼以全部完工。", ["6-7 “以” may be a typo for “已” (sounds alike) | 已"]],
    ["进一步建全了内部控制制度。", ["3-4 “建” may be a typo for “健” (sounds alike) | 健"]],
    ["各类档案已录入登记薄。", ["9-10 “薄” may be a typo for “簿” (looks alike) | 簿"]],
    ["各村认真的开展了人居环境整治。", ["2-5 “认真的” may be a typo for “认真地” (easily confused) | 认真地"]],
    ["乡纪委在监督中即注重查找问题，又注重督促整改。", ["7-8 “即” may be a typo for “既” (sounds alike) | 既"]],
    ["村党支部领带群众发展特色种植。", ["4-6 “领带” may be a typo for “带领” (characters swapped) | 带领"]],
    ["春运其间累计发送旅客12万人次。", ["2-3 “其” may be a typo for “期” (sounds alike) | 期"]],
    ["引导农户种植酿酒高梁800亩。", ["9-10 “梁” may be a typo for “粱” (looks alike) | 粱"]],
    ["深入推进法制政府建设。", ["4-6 “法制” may be a typo for “法治” (easily confused) | 法治"]],
    ["帮助小微企业度过难关。", ["6-8 “度过” may be a typo for “渡过” (easily confused) | 渡过"]],
    ["面对复杂的经济型势。", ["7-8 “型” may be a typo for “形” (sounds alike) | 形"]],
    ["区总工会阻止开展职工运动会。", ["4-6 “阻止” may be a typo for “组织” (easily confused) | 组织"]],
    ["围绕末来三年发展目标。", ["2-4 “末来” may be a typo for “未来” (looks alike) | 未来"]],
    ["城北派出所上半年共出境860余次。", ["9-11 “出境” may be a typo for “出警” (easily confused) | 出警"]],
    ["零件加工经度控制在0.02毫米以内。", ["4-5 “经” may be a typo for “精” (sounds alike) | 精"]],
    ["全村回收秸杆约300吨。", ["5-6 “杆” may be a typo for “秆” (looks alike) | 秆"]],
    ["始终牢记手中的权利来自人民。", ["7-9 “权利” may be a typo for “权力” (easily confused) | 权力"]],
    ["按月计提拆旧。", ["4-5 “拆” may be a typo for “折” (looks alike) | 折"]],
    ["带领本组教室完成市级课题两项。", ["4-6 “教室” may be a typo for “教师” (easily confused) | 教师"]],
    ["及时调整车间产生计划。", ["6-8 “产生” may be a typo for “生产” (characters swapped) | 生产"]],
    ["开发区新签约项目9个，其中工业项目站6个。", ["17-18 “站” may be a typo for “占” (sounds alike) | 占"]],
    ["区教育局完成秋季教材征定工作。", ["11-12 “定” may be a typo for “订” (sounds alike) | 订"]],
    ["本科上线人数320人，线上率提高4个百分点。", ["11-13 “线上” may be a typo for “上线” (characters swapped) | 上线"]],
    ["全镇完成农村户侧改造860户。", ["7-8 “侧” may be a typo for “厕” (sounds alike) | 厕"]],
    ["已通知权属单位期限维修。", ["7-9 “期限” may be a typo for “限期” (characters swapped) | 限期"]],
    ["针对冬季用电高锋提前制定方案。", ["7-8 “锋” may be a typo for “峰” (sounds alike) | 峰"]],
    ["组织开展经脉输液技能比武。", ["4-5 “经” may be a typo for “静” (sounds alike) | 静"]],
    ["与高校联合公关关键技术难题。", ["5-7 “公关” may be a typo for “攻关” (easily confused) | 攻关"]],
    ["家长可通过手机适时查看后厨操作。", ["7-9 “适时” may be a typo for “实时” (easily confused) | 实时"]],
    ["技改项目需在推迟二十天投产。", ["5-6 “在” may be a typo for “再” (sounds alike) | 再"]],
    ["责承相关单位限期整改。", ["1-2 “承” may be a typo for “成” (sounds alike) | 成"]],
    ["对3家定点药店暂停了决算。", ["10-11 “决” may be a typo for “结” (sounds alike) | 结"]],
    ["污水处理厂运行的十分稳定。", ["5-8 “运行的” may be a typo for “运行得” (easily confused) | 运行得"]],
    ["景区接待游各12.4万人次。", ["5-6 “各” may be a typo for “客” (sounds alike) | 客"]],
    ["全年共检察食品经营单位1200家次。", ["3-5 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["全年培训教师300人次，期中省级培训20人次。", ["12-13 “期” may be a typo for “其” (sounds alike) | 其"]],
    ["有效环节了群众看病难问题。", ["2-4 “环节” may be a typo for “缓解” (easily confused) | 缓解"]],
    ["项目建设进展的十分顺利。", ["4-7 “进展的” may be a typo for “进展得” (easily confused) | 进展得"]],
    ["公司将再新能源领域加大投入。", ["3-4 “再” may be a typo for “在” (sounds alike) | 在"]],
    ["一位年愈七旬的老党员。", ["3-4 “愈” may be a typo for “逾” (sounds alike) | 逾"]],
    ["商务不牵头，各部门配合。", ["2-3 “不” may be a typo for “部” (sounds alike) | 部"]],
    ["全镇共维修8道寒冬。", ["7-9 “寒冬” may be a typo for “涵洞” (easily confused) | 涵洞"]],
    ["推进艺术及普工作。", ["4-6 “及普” may be a typo for “普及” (characters swapped) | 普及"]],
    ["客户经历走访商户。", ["2-4 “经历” may be a typo for “经理” (easily confused) | 经理"]],
    ["汇总护理计统数据。", ["4-8 “计统数据” may be a typo for “统计数据” (characters swapped) | 统计数据"]],
    ["今年共采购钢材、木材等主要才料2.1万吨。", ["13-15 “才料” may be a typo for “材料” (sounds alike) | 材料"]],
    ["我们将实时召开专题会议研究部署。", ["3-5 “实时” may be a typo for “适时” (easily confused) | 适时"]],
    ["本人有八年乡镇工作精力，熟悉农村工作。", ["9-11 “精力” may be a typo for “经历” (easily confused) | 经历"]],
    ["各单位严格自行安全生产责任制。", ["5-7 “自行” may be a typo for “执行” (easily confused) | 执行"]],
    ["全年实现金营收入3.2亿元。", ["4-6 “金营” may be a typo for “经营” (sounds alike) | 经营"]],
    ["开展经融知识宣传活动12场。", ["2-4 “经融” may be a typo for “金融” (sounds alike) | 金融"]],
    ["做到急时受理、限时办结。", ["2-4 “急时” may be a typo for “及时” (sounds alike) | 及时"]],
    ["聚焦群众办事兰点堵点。", ["6-8 “兰点” may be a typo for “难点” (sounds alike) | 难点"]],
    ["针对检查中纯在的问题，逐项整改。", ["5-7 “纯在” may be a typo for “存在” (sounds alike) | 存在"]],
    ["全年审核各类和同360份。", ["6-8 “和同” may be a typo for “合同” (sounds alike) | 合同"]],
    ["为各教室配制多媒体一体机。", ["4-6 “配制” may be a typo for “配置” (easily confused) | 配置"]],
    ["截至9月末，全行以经累计发放贷款5亿元。", ["8-10 “以经” may be a typo for “已经” (sounds alike) | 已经"]],
    ["全年开展河道保护查巡1.5万余次。", ["8-10 “查巡” may be a typo for “巡查” (characters swapped) | 巡查"]],
    ["每日开展堤防查巡两次。", ["6-8 “查巡” may be a typo for “巡查” (characters swapped) | 巡查"]],
    ["全市新引近高新技术企业26家。", ["4-5 “近” may be a typo for “进” (sounds alike) | 进"]],
    ["明确整改完成时线。", ["7-8 “线” may be a typo for “限” (sounds alike) | 限"]],
    ["学校获皮省级示范性高中。", ["3-4 “皮” may be a typo for “批” (sounds alike) | 批"]],
    ["落实安全技术交低制度。", ["7-8 “低” may be a typo for “底” (sounds alike) | 底"]],
    ["由于资金不到位，以至工程进度滞后。", ["8-10 “以至” may be a typo for “以致” (easily confused) | 以致"]],
    ["推进中合执法改革。", ["2-4 “中合” may be a typo for “综合” (sounds alike) | 综合"]],
    ["开展诗想政治教育。", ["2-4 “诗想” may be a typo for “思想” (sounds alike) | 思想"]],
    ["全年投入明生资金5亿元。", ["4-6 “明生” may be a typo for “民生” (sounds alike) | 民生"]],
    ["完成房屋真收120户。", ["4-6 “真收” may be a typo for “征收” (sounds alike) | 征收"]],
    ["配发必须的防护用品。", ["2-4 “必须” may be a typo for “必需” (easily confused) | 必需"]],
    ["对3起生产安全世故开展调查。", ["7-9 “世故” may be a typo for “事故” (easily confused) | 事故"]],
    ["做好巴氏杀茵工作。", ["5-6 “茵” may be a typo for “菌” (looks alike) | 菌"]],
    ["受理纠纷126件，成功调节119件。", ["11-13 “调节” may be a typo for “调解” (sounds alike) | 调解"]],
    ["食堂对搀具统一消毒。", ["3-4 “搀” may be a typo for “餐” (looks alike) | 餐"]],
    ["加快推进施工数度。", ["6-7 “数” may be a typo for “速” (sounds alike) | 速"]],
    ["有效防范信贷分险。", ["6-7 “分” may be a typo for “风” (sounds alike) | 风"]],
    ["统筹推进护工复产。", ["4-5 “护” may be a typo for “复” (sounds alike) | 复"]],
    ["项目建设步稳推进。", ["4-6 “步稳” may be a typo for “稳步” (characters swapped) | 稳步"]],
    ["每月召开形式分析会。", ["4-6 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["机组创历史最好记录。", ["7-8 “记” may be a typo for “纪” (sounds alike) | 纪"]],
    ["建设标注化厂房。", ["3-4 “注” may be a typo for “准” (sounds alike) | 准"]],
    ["开展燃气隐患排查政治。", ["8-10 “政治” may be a typo for “整治” (easily confused) | 整治"]],
    ["进口正体通关时间缩短。", ["2-4 “正体” may be a typo for “整体” (sounds alike) | 整体"]],
    ["全年资持农户1200户。", ["2-3 “资” may be a typo for “支” (sounds alike) | 支"]],
    ["完成桥娘桩基120根。", ["3-4 “娘” may be a typo for “梁” (sounds alike) | 梁"]],
    ["储备编制袋5000条。", ["3-4 “制” may be a typo for “织” (sounds alike) | 织"]],
    ["项目收益群众达3万人。", ["2-4 “收益” may be a typo for “受益” (easily confused) | 受益"]],
    ["电网最高复合达到286万千瓦。", ["4-6 “复合” may be a typo for “负荷” (easily confused) | 负荷"]],
    ["严格执行每餐留言制度。", ["6-8 “留言” may be a typo for “留样” (easily confused) | 留样"]],
    ["认罪认罚从宽制度使用率达到86%。", ["8-10 “使用” may be a typo for “适用” (easily confused) | 适用"]],
    ["日军处理包裹12万件。", ["0-2 “日军” may be a typo for “日均” (sounds alike) | 日均"]],
    ["推进农村人居环进整治。", ["7-8 “进” may be a typo for “境” (sounds alike) | 境"]],
    ["完成10千伏线路改照46公里。", ["8-10 “改照” may be a typo for “改造” (sounds alike) | 改造"]],
    ["持续改善群众就医体检。", ["8-10 “体检” may be a typo for “体验” (easily confused) | 体验"]],
    ["每月期定召开例会。", ["2-4 “期定” may be a typo for “定期” (characters swapped) | 定期"]],
    ["开展涉密栽体检查。", ["4-5 “栽” may be a typo for “载” (looks alike) | 载"]],
    ["全年破货刑事案件312起。", ["3-4 “货” may be a typo for “获” (sounds alike) | 获"]],
    ["村容村帽明显改观。", ["3-4 “帽” may be a typo for “貌” (sounds alike) | 貌"]],
    ["抗风险能力较若。", ["6-7 “若” may be a typo for “弱” (sounds alike) | 弱"]],
    ["排放量较上年消减了12%。", ["6-8 “消减” may be a typo for “削减” (easily confused) | 削减"]],
    ["综合排名位局全市第3名。", ["5-6 “局” may be a typo for “居” (sounds alike) | 居"]],
    ["流传土地860亩。", ["0-2 “流传” may be a typo for “流转” (easily confused) | 流转"]],
    ["及时启动防汛抗早应急响应。", ["7-8 “早” may be a typo for “旱” (looks alike) | 旱"]],
    ["面对严峻的市场形式。", ["7-9 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["新上自动化设各12台。", ["6-7 “各” may be a typo for “备” (looks alike) | 备"]],
    ["完成流行病学查调和疫点处置。", ["6-8 “查调” may be a typo for “调查” (characters swapped) | 调查"]],
    ["发放国家奖学经120万元。", ["6-7 “经” may be a typo for “金” (sounds alike) | 金"]],
    ["健全经济因难学生认定机制。", ["4-5 “因” may be a typo for “困” (looks alike) | 困"]],
    ["平均住院日缩短致6.9天。", ["7-8 “致” may be a typo for “至” (sounds alike) | 至"]],
    ["满意度显明提高。", ["3-5 “显明” may be a typo for “明显” (characters swapped) | 明显"]],
    ["会及农户3200户。", ["0-1 “会” may be a typo for “惠” (sounds alike) | 惠"]],
    ["组建家庭医生团对36个。", ["7-8 “对” may be a typo for “队” (sounds alike) | 队"]],
    ["线损率将至3.8%。", ["3-4 “将” may be a typo for “降” (sounds alike) | 降"]],
    ["以创见三级医院为抓手。", ["2-3 “见” may be a typo for “建” (sounds alike) | 建"]],
    ["确保召之既来、来之能战。", ["4-5 “既” may be a typo for “即” (sounds alike) | 即"]],
    ["合格率提身至98%。", ["3-5 “提身” may be a typo for “提升” (sounds alike) | 提升"]],
    ["主动接受社会督监。", ["4-8 “社会督监” may be a typo for “社会监督” (characters swapped) | 社会监督"]],
    ["认证梳理群众诉求。", ["1-2 “证” may be a typo for “真” (sounds alike) | 真"]],
    ["存款较年初静增3亿元。", ["5-6 “静” may be a typo for “净” (sounds alike) | 净"]],
    ["全县公有156所学校达标。", ["2-4 “公有” may be a typo for “共有” (sounds alike) | 共有"]],
    ["推动业务向零售中端延伸。", ["7-9 “中端” may be a typo for “终端” (sounds alike) | 终端"]],
    ["组建青年讲帅团12支。", ["5-6 “帅” may be a typo for “师” (looks alike) | 师"]],
    ["为来本市求值的高校毕业生提供住宿。", ["4-6 “求值” may be a typo for “求职” (sounds alike) | 求职"]],
    ["完成河道提防隐患排查。", ["4-5 “提” may be a typo for “堤” (sounds alike) | 堤"]],
    ["入户走访村名920户。", ["4-6 “村名” may be a typo for “村民” (sounds alike) | 村民"]],
    ["“十四五”其间累计投资8亿元。", ["5-6 “其” may be a typo for “期” (sounds alike) | 期"]],
    ["全年亲收不良贷款3200万元。", ["2-3 “亲” may be a typo for “清” (sounds alike) | 清"]],
    ["提供全程带办服务。", ["4-5 “带” may be a typo for “代” (sounds alike) | 代"]],
    ["支持明营和小微企业发展。", ["2-4 “明营” may be a typo for “民营” (sounds alike) | 民营"]],
    ["抽查抬账资料52份。", ["2-3 “抬” may be a typo for “台” (sounds alike) | 台"]],
    ["压缩审批环结。", ["5-6 “结” may be a typo for “节” (sounds alike) | 节"]],
    ["目前入住企业9家。", ["2-4 “入住” may be a typo for “入驻” (sounds alike) | 入驻"]],
    ["毕业生去相落实率达到95%。", ["3-5 “去相” may be a typo for “去向” (sounds alike) | 去向"]],
    ["针对家长反应的接送难问题，增设接送点。", ["4-6 “反应” may be a typo for “反映” (easily confused) | 反映"]],
    ["评选结果全部公式。", ["6-8 “公式” may be a typo for “公示” (easily confused) | 公示"]],
    ["对患者定期水访。", ["5-6 “水” may be a typo for “随” (sounds alike) | 随"]],
    ["开通心理资讯热线。", ["4-6 “资讯” may be a typo for “咨询” (sounds alike) | 咨询"]],
    ["开展拼选表彰活动。", ["2-3 “拼” may be a typo for “评” (sounds alike) | 评"]],
    ["覆盖工职1.2万人。", ["2-4 “工职” may be a typo for “职工” (characters swapped) | 职工"]],
    ["钢材综合成才率达到97%。", ["5-6 “才” may be a typo for “材” (sounds alike) | 材"]],
    ["修定管理办法3项。", ["0-2 “修定” may be a typo for “修订” (easily confused) | 修订"]],
    ["拆出违章建筑12处。", ["0-2 “拆出” may be a typo for “拆除” (sounds alike) | 拆除"]],
    ["纠正以拔代支问题。", ["3-4 “拔” may be a typo for “拨” (looks alike) | 拨"]],
    ["问题均以制定整改措施。", ["3-4 “以” may be a typo for “已” (sounds alike) | 已"]],
    ["保确安全生产。", ["0-2 “保确” may be a typo for “确保” (characters swapped) | 确保"]],
    ["在事故多发路断增设标志。", ["6-7 “断” may be a typo for “段” (sounds alike) | 段"]],
    ["入冬已来，加强巡查。", ["2-4 “已来” may be a typo for “以来” (sounds alike) | 以来"]],
    ["全年听凭课80节。", ["3-4 “凭” may be a typo for “评” (sounds alike) | 评"]],
    ["清退不附和条件人员。", ["3-5 “附和” may be a typo for “符合” (easily confused) | 符合"]],
    ["全年为发生较大事故。", ["2-3 “为” may be a typo for “未” (sounds alike) | 未"]],
    ["发放普会小微贷款。", ["3-4 “会” may be a typo for “惠” (sounds alike) | 惠"]],
    ["推进大气污染防止攻坚。", ["6-8 “防止” may be a typo for “防治” (easily confused) | 防治"]],
    ["按期付交产品320台。", ["2-4 “付交” may be a typo for “交付” (characters swapped) | 交付"]],
    ["组织流动彩血车进社区。", ["4-5 “彩” may be a typo for “采” (sounds alike) | 采"]],
    ["组建理论选讲团8支。", ["4-6 “选讲” may be a typo for “宣讲” (sounds alike) | 宣讲"]],
    ["竖立身边典型。", ["0-2 “竖立” may be a typo for “树立” (easily confused) | 树立"]],
    ["企业开办实现压缩至1个工作日。", ["4-6 “实现” may be a typo for “时限” (easily confused) | 时限"]],
    ["全年受理审查起诉按键320件。", ["8-10 “按键” may be a typo for “案件” (easily confused) | 案件"]],
    ["强制面议牲畜12万头次。", ["2-4 “面议” may be a typo for “免疫” (easily confused) | 免疫"]],
    ["建立帮扶台长86份。", ["4-6 “台长” may be a typo for “台账” (easily confused) | 台账"]],
    ["出台措施自持小微企业发展。", ["4-6 “自持” may be a typo for “支持” (easily confused) | 支持"]],
    ["累计发放个人小额带宽1.2亿元。", ["8-10 “带宽” may be a typo for “贷款” (easily confused) | 贷款"]],
    ["全镇8个春季集体经济收入超过10万元。", ["4-6 “春季” may be a typo for “村级” (easily confused) | 村级"]],
    ["户均征收1800元。", ["2-4 “征收” may be a typo for “增收” (easily confused) | 增收"]],
    ["现将2024年度工作终结报告如下。", ["10-12 “终结” may be a typo for “总结” (easily confused) | 总结"]],
    ["制定专项工作翻案。", ["6-8 “翻案” may be a typo for “方案” (easily confused) | 方案"]],
    ["加强实质队伍建设。", ["2-4 “实质” may be a typo for “师资” (easily confused) | 师资"]],
    ["组织教室培训12次。", ["2-4 “教室” may be a typo for “教师” (easily confused) | 教师"]],
    ["把责任实落到人。", ["3-5 “实落” may be a typo for “落实” (characters swapped) | 落实"]],
    ["梳理审批缓解。", ["4-6 “缓解” may be a typo for “环节” (easily confused) | 环节"]],
    ["目前精度达到80%。", ["2-4 “精度” may be a typo for “进度” (easily confused) | 进度"]],
    ["完成住院手书3200台次。", ["4-6 “手书” may be a typo for “手术” (easily confused) | 手术"]],
    ["面对严峻的外贸形式。", ["7-9 “形式” may be a typo for “形势” (easily confused) | 形势"]],
    ["累记出货12万件。", ["0-2 “累记” may be a typo for “累计” (sounds alike) | 累计"]],
    ["优化公益参数。", ["2-4 “公益” may be a typo for “工艺” (easily confused) | 工艺"]],
    ["愈治率达到92%。", ["0-2 “愈治” may be a typo for “治愈” (characters swapped) | 治愈"]],
    ["推行一窗受理、继承服务。", ["7-9 “继承” may be a typo for “集成” (easily confused) | 集成"]],
    ["常态话开展志愿服务。", ["2-3 “话” may be a typo for “化” (sounds alike) | 化"]],
    ["服务水品有待提高。", ["2-4 “水品” may be a typo for “水平” (sounds alike) | 水平"]],
    ["实现男女瓶等。", ["4-6 “瓶等” may be a typo for “平等” (sounds alike) | 平等"]],
    ["抓货犯罪嫌疑人32名。", ["1-2 “货” may be a typo for “获” (sounds alike) | 获"]],
    ["推广中医事宜技术。", ["4-6 “事宜” may be a typo for “适宜” (easily confused) | 适宜"]],
    ["开战校本教研活动。", ["0-2 “开战” may be a typo for “开展” (sounds alike) | 开展"]],
    ["初信初访一次性划界率达90%。", ["7-9 “划界” may be a typo for “化解” (easily confused) | 化解"]],
    ["认真旅行一岗双责。", ["2-4 “旅行” may be a typo for “履行” (easily confused) | 履行"]],
    ["主持指定行业标准2项。", ["2-4 “指定” may be a typo for “制定” (easily confused) | 制定"]],
    ["立案查出违法行为12起。", ["2-4 “查出” may be a typo for “查处” (easily confused) | 查处"]],
    ["审评动火作业票900张。", ["0-2 “审评” may be a typo for “审批” (easily confused) | 审批"]],
    ["完成二次供水实施改造。", ["6-8 “实施” may be a typo for “设施” (easily confused) | 设施"]],
    ["执行到为金额2亿元。", ["3-4 “为” may be a typo for “位” (sounds alike) | 位"]],
    ["全年招开支委会12次。", ["2-4 “招开” may be a typo for “召开” (sounds alike) | 召开"]],
    ["排查茅盾纠纷14起。", ["2-4 “茅盾” may be a typo for “矛盾” (easily confused) | 矛盾"]],
    ["新部局重点实验室5家。", ["1-3 “部局” may be a typo for “布局” (sounds alike) | 布局"]],
    ["理办户籍业务2万件。", ["0-2 “理办” may be a typo for “办理” (characters swapped) | 办理"]],
    ["撰写报告6篇，期中2篇获奖。", ["7-8 “期” may be a typo for “其” (sounds alike) | 其"]],
    ["开展主体班会24次。", ["2-4 “主体” may be a typo for “主题” (easily confused) | 主题"]],
    ["组织事实重点研发项目60项。", ["2-4 “事实” may be a typo for “实施” (easily confused) | 实施"]],
    ["新生而死亡率控制在2‰以内。", ["2-3 “而” may be a typo for “儿” (sounds alike) | 儿"]],
    ["起草各类文搞86篇。", ["5-6 “搞” may be a typo for “稿” (looks alike) | 稿"]],
    ["为受援人晚回经济损失300万元。", ["4-6 “晚回” may be a typo for “挽回” (sounds alike) | 挽回"]],
    ["就业率稳步提神。", ["6-7 “神” may be a typo for “升” (sounds alike) | 升"]],
    ["全年受气量同比增长8%。", ["2-3 “受” may be a typo for “售” (sounds alike) | 售"]],
    ["资产质量持续相好。", ["6-7 “相” may be a typo for “向” (sounds alike) | 向"]],
    ["发展特色种值产业。", ["5-6 “值” may be a typo for “植” (sounds alike) | 植"]],
    ["产前晒查覆盖率提高。", ["2-3 “晒” may be a typo for “筛” (sounds alike) | 筛"]],
    ["存款叫年初增加5亿元。", ["2-3 “叫” may be a typo for “较” (sounds alike) | 较"]],
    ["完成加装电梯意见征寻。", ["9-10 “寻” may be a typo for “询” (sounds alike) | 询"]],
    ["双证书或取率达到92%。", ["3-4 “或” may be a typo for “获” (sounds alike) | 获"]],
    ["满足应激抢险需要。", ["2-4 “应激” may be a typo for “应急” (easily confused) | 应急"]],
    ["迅前开展隐患排查。", ["0-1 “迅” may be a typo for “汛” (sounds alike) | 汛"]],
    ["全民推进人居环境整治。", ["0-2 “全民” may be a typo for “全面” (sounds alike) | 全面"]],
    ["主题结构已全部封顶。", ["0-2 “主题” may be a typo for “主体” (easily confused) | 主体"]],
    ["班子成员认证开展调查研究。", ["5-6 “证” may be a typo for “真” (sounds alike) | 真"]],
    ["登记其间，普查人员入户。", ["2-3 “其” may be a typo for “期” (sounds alike) | 期"]],
    ["充分挥发数据在服务经济发展中的作用。", ["2-4 “挥发” may be a typo for “发挥” (characters swapped) | 发挥"]],
    ["深根省内重点市场。", ["0-2 “深根” may be a typo for “深耕” (sounds alike) | 深耕"]],
    ["处理付产物2000吨。", ["2-3 “付” may be a typo for “副” (sounds alike) | 副"]],
    ["为行动不变患者提供帮助。", ["3-5 “不变” may be a typo for “不便” (easily confused) | 不便"]],
    ["选派医师到三甲医院精修学习。", ["9-11 “精修” may be a typo for “进修” (sounds alike) | 进修"]],
    ["共排查隐患320项，以整改300项。", ["10-11 “以” may be a typo for “已” (sounds alike) | 已"]],
    ["共执结按件612件。", ["3-4 “按” may be a typo for “案” (sounds alike) | 案"]],
    ["面对市场拨动。", ["4-5 “拨” may be a typo for “波” (looks alike) | 波"]],
    ["住院治收1860人次。", ["2-4 “治收” may be a typo for “收治” (characters swapped) | 收治"]],
    ["完成户厕改照。", ["5-6 “照” may be a typo for “造” (sounds alike) | 造"]],
    ["开展塘尿病患者管理。", ["2-3 “塘” may be a typo for “糖” (sounds alike) | 糖"]],
    ["创造经济效应约120万元。", ["4-6 “效应” may be a typo for “效益” (easily confused) | 效益"]],
    ["实现人员零亡伤。", ["5-7 “亡伤” may be a typo for “伤亡” (characters swapped) | 伤亡"]],
    ["新争岸电设施8套。", ["1-2 “争” may be a typo for “增” (sounds alike) | 增"]],
    ["完成招生引资到位资金50亿元。", ["2-4 “招生” may be a typo for “招商” (easily confused) | 招商"]],
    ["开展暗访检察186次。", ["4-6 “检察” may be a typo for “检查” (easily confused) | 检查"]],
    ["严格实落封闭管理制度。", ["2-4 “实落” may be a typo for “落实” (characters swapped) | 落实"]],
    ["代领科室护理人员完成培训。", ["0-2 “代领” may be a typo for “带领” (easily confused) | 带领"]],
    ["被评为优秀班级体。", ["6-7 “级” may be a typo for “集” (sounds alike) | 集"]],
    ["开战小分队招商活动17次。", ["0-2 “开战” may be a typo for “开展” (sounds alike) | 开展"]],
    ["客户资产教年初增长18%。", ["4-5 “教” may be a typo for “较” (sounds alike) | 较"]],
    ["项目部刻服雨季施工等不利因素。", ["3-5 “刻服” may be a typo for “克服” (sounds alike) | 克服"]],
    ["按时为全市企业退体人员发放养老金。", ["7-9 “退体” may be a typo for “退休” (looks alike) | 退休"]],
    ["剔除破损图书1.9万册，管藏空间利用更加合理。", ["12-14 “管藏” may be a typo for “馆藏” (sounds alike) | 馆藏"]],
    ["一批青年职工脱颍而出。", ["6-10 “脱颍而出” may be a typo for “脱颖而出” (looks alike) | 脱颖而出"]],
    ["对于末经批准擅自占道经营的行为依法纠正。", ["2-4 “末经” may be a typo for “未经” (looks alike) | 未经"]],
    ["全年争取上级专项金费320万元。", ["8-10 “金费” may be a typo for “经费” (sounds alike) | 经费"]],
    ["驻村工作队全年落实班扶资金156万元。", ["9-11 “班扶” may be a typo for “帮扶” (sounds alike) | 帮扶"]],
    ["学校配备专职星理教师3名。", ["6-8 “星理” may be a typo for “心理” (sounds alike) | 心理"]],
    ["畅通群众兴访渠道。", ["4-6 “兴访” may be a typo for “信访” (sounds alike) | 信访"]],
    ["对巡察方馈的7个方面问题逐项整改。", ["3-5 “方馈” may be a typo for “反馈” (sounds alike) | 反馈"]],
    ["林业局全年完成人工照林3.2万亩。", ["9-11 “照林” may be a typo for “造林” (sounds alike) | 造林"]],
    ["优质的服务羸得了客户的信赖。", ["5-7 “羸得” may be a typo for “赢得” (looks alike) | 赢得"]],
    ["选派年轻干部到一线岗位缎炼。", ["11-13 “缎炼” may be a typo for “锻炼” (sounds alike) | 锻炼"]],
    ["新招航引员3名。", ["2-4 “航引” may be a typo for “引航” (characters swapped) | 引航"]],
    ["扎实的推进“平安校园”建设。", ["0-3 “扎实的” may be a typo for “扎实地” (easily confused) | 扎实地"]],
], [
    "预防犯罪。招聘启事。支付货款。变为现实。共同合作。高粱。贷款向小微企业倾斜。",
    "切实落实责任制。扎扎实实落实政策。增强学生体质。慰藉心灵。食糖储备。依法行使权力。",
    "领导和部属。心领神会。清淡饮食。水质检测。筹备项目启动仪式。",
    "从管理转向治理。老人生活自理能力评估。社会及群众。欧洲议会。丰富的工作经历。",
    "在2分钟内抵达指定集结点。结合实际开展教育。回忆往事。",
    "讲好交通故事。五保户供养。高粱酒。供应链冷库。市场主题活动。患着高血压的老人。",
    "再走近一步看看。收复失地，保障失地农民权益。",
    "大家都知道。他对业务知道得不多。",
    "议案提交大会审议。",
    "由副园长周建平带队检查。各类容器摆放整齐。督促禽类养殖户落实消毒。当事人申述理由。防患于未然。刀叉餐具消毒。客户定制了专属产品。搜救人员21人。",
    "晋中市查处案件12件。谈话中星期三安排值班。",
    "建立企业自审、乡镇初审、专业复审、局务会评审四级审核机制。按月、按季完成联网直报。",
    "加强法律监督检察建议落实。关闭截止阀并检查压力。扭转土地撂荒局面。分洪区安全转移。",
    "新入藏清光绪木活字本《澄州周氏宗谱》12卷。修缮李氏宗祠。",
    "完成农房确权登记颁证。水泵扬程达到32米。建立健全施政纲领。比同期增长5%。向人民群众道歉薪资发放延误问题。违反规定的案件从严查处。机体免疫力下降。",
    "以更好的服务回报消费者。道路两侧所有商铺。完善相关健康指标。来自已建成项目的收益。建立疾病清单。由局长负责率队检查。",
    "拒绝策略性投标。在严峻工作形势下。入选拨款名单。东部份额最大。大宗指令交易。毛巾国产化率。向上级汇报率先完成情况。发放慰问券300张。未必需要全部更换。",
    "冬季用气高峰期间提前落实应急气源。",
    "体检侧重慢病筛查。召开工作汇报筹备会。即使处置难度大，也要按期完成。落实县级分管领导责任。开展湿地调查监测。快递员上门查货。",
    "不要错失发展良机。设立群众临时求助热线。启用分洪区。修改整理文稿。以完成全年目标为导向。实时监测水位。帮助毕业生抢就业机会。",
    "加强监管执法检察工作。检察机关依法履职。",
    "采购惠普打印机2台。完成办理手续。诗歌的意象丰富。与去年相比占有优势。加强图书管理。全年涉及资金3亿元。全年涉及12个乡镇。",
    "必需经费已落实。优化产业结构和格局。整理材料3份。协调渡口管理。累计共完成培训200人次。统计共发放问卷300份。监测商情变化。",
    "更换称重式降水传感器2套。深色全棉府绸湿摩擦牢度达到3级。",
    "他提出了独到的创见。房屋预收款按合同约定处理。游客投宿农家乐。安全时间内完成撤离。公关部门负责媒体联络。数学公式栏目。分析危险原因。新型液态电池研发。含盖板的容器。",
    "出国留洋深造。访问企业官网查询。起动机维修。兼管财务工作。即时通讯软件。一至三年内完成。收缩压至140。走访经纪人协会。淡蓝色浅淡的光。他在处里负责审核。",
    "史无前例。开创前例。研发磨具产品。平安同行。实施监测。有6人提高了成绩。该项目事宜在会上讨论。其中考试合格98人。锻炼呼吸肌力量。查阅借鉴先进经验。保修期内免费维修。",
    "计量标准化股在局党组领导下开展工作。兼容可比。眼镜制配场所。",
    "溶化在水中。倾听民声。难堪。平价商店。配戴眼镜。创造新的世界纪录。礼义廉耻。疑是银河落九天。各种形势下都要坚持。公正执法。门店酒水促销。配置资源。",
    "新建站线5公里，正线12公里。坚持夯基固本。",
    // 某 masks a name; 本底 is a word across the seam; 关 is what both items of the pair end in;
    // 补 before a verb makes a term.
    "参加某化工企业储罐火灾扑救。经检测，本底噪声符合标准要求。守好饮片质量关和用药安全关。严把原料质量关与出厂安全关。沿线补设测试桩12处。兼管全站质量体系运行。",
    // A name set apart by a space, as in a byline or a list of names.
    "曲显平　县供电公司调度中心专责",
    "王偏底　技术员",
    "深化改革改善民生。就治理能力现代化作出部署。陪送老人就医。为发展提供有利条件。挖革改项目。师范学院招生。",
    // Terms of enterprise sets 63–70 (modern-words.txt): 发改局, 断板, 带教, 满溢.
    "执行县发改局核定的每立方米2.8元水价。早期修建的水泥路面断板、啃边较多。专家每周到院坐诊，全年带教查房48次。发现占道经营、垃圾满溢等问题。",
    // Levels listed one character each; a word many reports use (实时); a checkpoint held by 把;
    // terms of sets 79–91 (modern-words.txt, report-words.txt).
    "全面落实省、市稳增长政策措施。体检数据与妇幼健康信息系统实时对接，建档率97%。严把进出口商品质量安全关。车间抽调技术骨干驻线攻关。",
    "联系镇成校开展技能培训。助销高山蔬菜2.1万吨。更换张紧装置2套。新品动销率达到85%。完成塔筒法兰螺栓抽检。地形图现势性较差。近现代重要史迹及代表性建筑14处。",
    // Sets 92–97 and the sixtieth sitting: a name after 述职人：, a mill's 碱回收, shifts, a change of style, a
    // star-rated team, a weekly journal, three hundred-odd cases, an archive's 全宗.
    "述职人：刘志远",
    "黑液送碱回收车间处理。漂白工段甲班、蒸煮工段丙班被评为五星班组。频繁换款导致效率损失。开展星级班组评比。批阅学生的周记。完成手术三百余例。编写了全宗指南。",
    // Sets 98–103: a sports school's 中职部, a stream's name before 支流 (港 a suffix), 班产.
    "中职部运动训练专业有18名学生升学。完成黄泥港支流生态清淤11.6公里。单台班产提高60%。",
    // A pattern repeating a character on both sides of the one a correction would change (送书送戏).
    "开展文化下乡演出，送书送戏覆盖全部行政村。",
    // Sets 104–108: an ordinal before a number, organic chemistry's 胺, a CDC's short name, a 确认制.
    "1号窑已运行到第6个年头。新增乙草胺等11个检测项目。选派2人参加省疾控中心检测培训。严格落实“手指口述”确认制。",
    // Sets 110–115: a city's first mock examination (a number only before what it counts), 精文简会,
    // 降出力, 赋强公证, 陈案, 慎用.
    "在市一模、二模考试中，我校本科上线人数位列全市第一。严格落实精文简会要求。未发生机组降出力事件。为小微企业提供赋强公证服务。一年以上陈案全部清理完毕。对涉案企业慎用查封措施。",
    // Sets 116–119: a service radius too large (半径|过大), weighing blood loss (称重计量).
    "针对西南地区服务半径过大的问题，新增服务站。全面推行产后出血量称重计量法。",
    // A level between two words (获得|省|新闻奖); futures and spot together, 期现|结合 (no 相结合).
    "作品获得省新闻奖。套期保值比例达到75%，期现结合后铜材采购成本下降。",
    // Sets 120–127 (blind): a surname before a title (王主任, no 班主任); a forklift (叉车: 增刹车司 is a
    // collision in the Bloom filter); 被 before a level and a unit (no 罢市); the city's No. 1 middle
    // school (市一中, no 十一); 共 before a count (共布方48个, no 公布); a compounder's trade (配制工).
    "王主任：现将本季度工作汇报如下。",
    "今年新增叉车司机等两个工种。",
    "经验做法被市教育局推广。",
    "在市一中开展防溺水宣传活动。",
    "本次发掘共布方48个。",
    "组织浸润剂配制工岗位技能培训。",
    // 逐 before a measure word is "one by one" (逐张复查), as 每 and 各 are: no 主张.
    "对票面进行逐张复查。",
    // A swap does not move a character out of a word of official prose beyond the window (教科院|学前教育: no 科学院).
    "邀请市教科院学前教育教研员到园指导。",
    // Sets 144–147 (blind): a town listed with another (合口镇、停弦渡镇: no 河口); a near sound held only by a
    // collision in the Bloom filter (新沙片区 of 星沙片区: no 新沙).
    "强对流过程中，合口镇、停弦渡镇出现雷暴大风。",
    "新增星沙片区2所中学团餐项目。",
    "指定专人负责台账管理。",
    "全县已将该项目列为重点。",
    "园区已成为全县经济发展的重要引擎。",
    "企业成功渡过难关。",
    "各项指标明显得到改善。",
    "全体党员严守纪律达到100%的要求。",
    "我们将再全力推进项目建设。",
    "全镇组织开展野外急救员培训两期。",
    "客运站经营省际、市际、县际班线32条。",
    "配制人员按规范洗手、更衣后进入配制室。",
    "走在队伍的最前头，勇挑重担。",
    "明天上午十点召开会议。",
    "加强与群众的联系，会议要求各部门落实。",
    "他是这座老宅的主人。",
    "推广一级、二级、三级诊疗体系。",
    "构建全媒体传播体系。",
    "开展安全故事会分享活动。",
    "传染病病历书写规范率100%。",
    "重点盯住登记薄弱环节。",
    "接到通知后立即注重做好防范，又组织人员巡查。",
    "工作认真的人，才能做好这件事。",
    "全年查发申报不实案件23起。",
    "他系好领带参加会议。",
    "周末来馆参观的市民增多。",
    "测定该点的经度和纬度。",
    "全校新建标准化教室12间。",
    "依法保障群众的合法权利。",
    "其中换热站12座。",
    "适时调整工作重点。",
    "公关部全年组织媒体活动6次。",
    "设备运行的稳定，离不开日常维护。",
    "推广使用防针刺伤留置针。",
    "线路几何尺寸保持时间短；机具老化。",
    "截至目前，全区以完成年度任务为目标，加快推进。",
    "项目将在延长期内完成。",
    "各单位负责承担相关费用。",
    "适时更新规划内容。",
    "在规定期限完成整改。",
    "推进用户侧改造项目。",
    "定位经度误差小于5米。",
    "在创新高地建设中发挥作用。",
    "县检察院检察监督工作。",
    "本学期期中考试顺利完成。",
    "丰富的工作经历。",
    "负全责。",
    "丰富的项目经历，",
    "同步启动桥面系和附属工程施工准备。",
    "实现“网上填报、线上审批、自助投递、银行直付”。",
    "参加集控中心组织的反事故演习。",
    "门店及团餐点共52个。治疗以院内为主。部分员工只熟悉一项业务。必要时启用备用冷库。必要时启用应急发电机组。",
    "系统将实时更新库存数据。要把全年工作精力放在项目建设上。三年来工作精力主要放在招商上。各单位严格自行检查，发现问题及时整改。",
    "加强资金营运管理。经融资担保后发放贷款。紧急时处置要迅速。不能单纯在数量上做文章。各类和同类产品都要检测。严格按规程配制消毒液。",
    "吸引近万名游客。由于历史原因，以至今日仍未解决。集中合力攻坚。张明生资金管理员到岗。这是必须的。",
    "他为人世故圆滑。绿茵场地改造完成。调节水位至正常。保障了省政务服务平台稳定运行。",
    "严查违规荐股、违规代销理财产品等问题。蹄疾步稳推进改革。做好会议记录。项目收益达500万元。",
    "组织职工年度体检。预期定价合理。这首歌广为流传。",
    "全区疫苗各剂次接种率保持在95%以上。健全多点触发的监测预警机制。因难度较大，工期顺延。",
    "他的观点很有创见。导致工期延误。",
    "主打中端市场。对函数求值。用碱量和蒸煮温度。二是干排渣系统钢带磨损较快。原煤预均化分堆使用。真空回潮机回透率。",
    "要时刻提防诈骗。游客入住酒店。",
    "推导全部公式。发布政策资讯。",
    "循环初期按上限运行。",
    "学生成才率稳步提高。他担保确有其事。对辖区内坝塘进行清淤。",
    "推进工业源排放治理。防止污染扩散。",
    "对标全国示范型退役军人服务站建设标准。对振实密度进行监控。完成回路切换试验和油色谱在线监测装置校验。",
    "价格面议。坚持自持物业运营。加工精度达到0.01毫米。",
    "灌装线生产铝箔袋、高阻隔瓶等小包装2300万瓶。采取先引孔、后沉桩工艺。坚持继承创新。这是常态话题。",
    "签订旅行合同。组团旅行须履行告知义务。",
    "营业室柜员陈晓岚成功堵截一起诈骗。开展主题教育活动。酒精挥发作用明显。保持行动不变的前提下。深根植于心。野保站收缴粘网12张。",
    "抓实落细各项措施。新争议案件12件。产生规模效应。",
    "实现样品登记、原始记录、报告审签全流程电子化。",
    "全年设备完好率98.6%、待修率0.8%。",
    "审方系统提示超适应证用药和禁忌证用药共计430次。",
    "配合申办方监查员完成临床试验源数据核对。",
    "推行个人初备、集体研讨、个人复备的集体备课流程。",
    "颍上县人民政府办公室印发通知。",
    "组织党员撰写心得体会，召开安全例会。",
    "财务科按月对账，做到账账相符、账实相符。",
    "机修班组任劳任怨，保障了生产线连续运行。",
    "供电所推行业扩报装“一证办理”，新装用户平均接电时间压缩至4天。",
    "冷却剂中两种碘同位素的活度比值稳定，燃料包壳完好。",
    "全年留置标准养护试件3200组，强度全部合格。",
    "辖区小水电站均已安装生态流量泄放设施。",
    "对提供虚假材料的申请一律拒办并登记在案。",
    "风险管理科科长符强牵头修订贷后检查办法。",
    "开展稻水象甲、红火蚁等检疫性有害生物监测。",
    "主机曲轴臂距差测量值符合说明书要求。",
    "县图书馆于6月启用自助借还系统。",
    "养老金按月足额发放，未发生延发、错发、漏发问题。",
    "厂级评优结果在公告栏公示7天。",
    "烦恼一直困扰着你，不妨换个角度看问题。",
    "督导组开展VOCs走航监测，发现异常点位3处。",
    "园区废水实行分类收集、分质处理。",
    "社区矫正对象逐人制定矫正方案。",
    "未发生因操作失误造成的止料停窑。",
    "对可修复的部件实行维修，单案平均节约赔款2.1万元。",
    "调研报告内容详实、数据准确。",
    "社区党委引导恒安物业、锦程物业等3家企业成立党的工作小组。",
    "推出非遗主题旅游线路3条。",
    "危桥已全部落实限载、限行等管控措施。",
    "将承运商年度评级结果与运费结算挂钩。",
    "淡季成品库存鲜度在15天以内的比例达92%。",
    "全县在监工程数量较上年增长14%，在建工程质量总体受控，在建工程安全事故为零。",
    "冷库采用氨制冷和二氧化碳复叠系统，氨制冷机房完成改造，与传统氨直冷系统相比充注量大幅下降，氨制冷安全评估全部完成。",
    "第二电解车间在公司党委领导下完成任务。车间在公司考核中名列第一。全体职工将在公司统一部署下再创佳绩。",
    "在常坟镇、河溜镇新建庄稼医院2家。",
    "退役电池包拆解后，电芯进入梯次利用环节。",
    "对12名青少年患者实施扩弓治疗。",
    "电解槽预焙阳极更换周期稳定在28天。",
    "气化炉有效气含量稳定在88%以上。",
    "轻烧氧化镁浆化后进入皂化槽。",
    "萃取槽分相时间控制在3分钟以内。",
    "外周静脉留置针一次穿刺成功率达到91%。",
    "对缺铁性贫血患儿给予补铁治疗。",
    "教师对项目式学习缺乏经验。二是八年级学生物理入门困难。",
    "蓝湿革经挤水、剖层后按厚度分级。",
    "A级区沉降菌均未超过警戒限和行动限。",
    "由教师、康复师、家长共同制定训练计划，康复室、训练室全天开放。",
    "对血压、血糖控制不佳的会员建议及时就医。",
    "学员平均体脂率下降4.1个百分点。",
    "参加省临检中心室间比对4次，全部合格。",
    "术后第1天恢复经口进食。",
    "毕业生平均起薪为5860元/月。",
    "涂层附着力（拉开法）大于5MPa。",
    "订阅党报党刊和杂志。培训报关员50名。出台消费券发放方案。以学铸魂、以学增智、以学正风、以学促干。实现储备粮推陈储新。",
    "帮助学生克服生疏困难。病入膏肓。王明生项目经理带队检查。媒体连续报道先进事迹。支付供应商货款。",
    "受益群众达到3万人。调节阀更换2台。发挥市场调节作用。增收节支成效明显。村民在棋牌室摸牌娱乐。",
    "项目负责人员到岗。",
    "以同等学力申请硕士学位。",
    "请各单位认真研究一下整改方案。",
    "窖泥己酸菌数量平均提高18%，己内酰胺装置运行平稳。",
    "深化监管执法检察，维护在押人员合法权益。",
    "群众反应的速度明显加快。",
    "会议记录和会议纪要由办公室存档。",
    "伤口进入愈合期，痊愈期约两周。",
    "坚持宗旨意识。指明方向。",
    "戳穿谎言。",
    "有的放矢。",
    "坚持求真务实，讲求实际效果。",
    "既将问题查清楚，又将整改落实到位。",
    "口径一致。",
    "严明纪律，律己修身。",
    "受课学生满意度高。",
    "压力得到缓解。重点缓解交通拥堵问题。",
    "政治建设。综合政治素质。",
    "时间合适。方案合适的，予以采纳。",
    "自愿参加。",
    "举报消息属实。",
    "人民检察院依法独立行使检察权。",
    "过敏反应强烈的患者及时就医。",
    "新闻媒体按时报道了会议盛况。大胆起用年轻干部。",
    "依法保障公民的各项权利。",
    "必需品供应充足。",
]);

describe('typo: formulas of today\'s official prose the dictionary lacks (data/sources/official-phrases.txt)', () => {
  it.each([
    ['落实立德树仁根本任务。', ['4-6 “树仁” may be a typo for “树人” (sounds alike) | 树人']],
    ['解决群众急难愁判问题。', ['4-8 “急难愁判” may be a typo for “急难愁盼” (sounds alike) | 急难愁盼']],
    ['以时不我带的精神抓好落实。', ['1-5 “时不我带” may be a typo for “时不我待” (sounds alike) | 时不我待']],
  ])('%s', (text, expected) => {
    expect(typos(text)).toEqual(expected);
  });
  it.each([['完善应急处理机制，加强应急处置。'], ['防范化解隐性债务和显性债务风险。'], ['继续奋斗，接续奋斗。']])('leaves a member of a family one character apart: %s', (text) => {
    expect(typos(text)).toEqual([]);
  });
});

patternTable('typo: confusions of the eighth blind sitting, in their company (confusables.ts)', [
    ["坚决遏制新增隐形债务。", ["6-8 “隐形” may be a typo for “隐性” (easily confused) | 隐性"]],
    ["严禁截流、挤占、挪用专项资金。", ["2-4 “截流” may be a typo for “截留” (easily confused) | 截留"]],
    ["在重大任务中考查识别干部。", ["6-8 “考查” may be a typo for “考察” (easily confused) | 考察"]],
    ["严格执行考察和公式程序。", ["7-9 “公式” may be a typo for “公示” (easily confused) | 公示"]],
], [
    "隐形冠军企业。隐形眼镜。",
    "大坝完成截流。",
    "组织考查学生的学业水平。",
    "数学公式。",
]);

patternTable('typo: confusions of the fifteenth blind sitting, in their company (confusables.ts)', [
    ["从严治党必需一以贯之。", ["4-6 “必需” may be a typo for “必须” (easily confused) | 必须"]],
    ["组织骨干赴外省考查学习乡村治理经验。", ["7-9 “考查” may be a typo for “考察” (easily confused) | 考察"]],
    ["全年培训基层干部3000于人。", ["12-13 “于” may be a typo for “余” (sounds alike) | 余"]],
], [
    "生活必需品供应充足，保障群众所必需的物资。",
    "期末考查学习效果。",
    "会议定于2024年12月于北京召开，3名同志于会上发言。",
]);

patternTable('typo: confusions of the sixteenth blind sitting, in their company (confusables.ts)', [
    ["对涉嫌犯罪的依法移送检查机关处理。", ["10-12 “检查” may be a typo for “检察” (easily confused) | 检察"]],
    ["节日期间生活必须品供应充足。", ["6-8 “必须” may be a typo for “必需” (easily confused) | 必需"]],
    ["普惠小微货款余额23亿元。", ["4-6 “货款” may be a typo for “贷款” (looks alike) | 贷款"]],
], [
    "对检查机关提出的问题立行立改，移送检察机关处理。",
    "必须品质优先，支付货款。",
]);

patternTable('typo: confusions of the seventeenth blind sitting, in their company (confusables.ts)', [
    ["开展安全生产大检察，共检查企业120家。", ["7-9 “检察” may be a typo for “检查” (easily confused) | 检查"]],
], [
    "最高人民检察院大检察官出席会议。",
]);

describe('typo: report phrases of the seventeenth blind sitting (report-phrases.txt)', () => {
  it('corrects a near sound beside the everyday collocations of reports (信防事项 → 信访, 积极增取 → 争取)', () => {
    expect(typos('全年办理群众信防事项126件。')).toEqual(['6-8 “信防” may be a typo for “信访” (sounds alike) | 信访']);
    expect(typos('积极增取省级专项资金。')).toEqual(['2-4 “增取” may be a typo for “争取” (sounds alike) | 争取']);
    expect(typos('积极争取省级专项资金，做好信访事项办理。')).toEqual([]);
  });
  it('corrects a slip that breaks one (晚回经济损失 → 挽回, 走访卫问 → 慰问)', () => {
    expect(typos('坚持在重要节日走访卫问离退休干部。')).toEqual(['9-11 “卫问” may be a typo for “慰问” (sounds alike) | 慰问']);
    expect(typos('帮助当事人晚回经济损失80余万元。')).toEqual(['5-7 “晚回” may be a typo for “挽回” (sounds alike) | 挽回']);
  });
});

patternTable('typo: confusions of a blind report with slips, in their company (confusables.ts)', [
    ["组织液氨泄露应急演练两次。", ["4-6 “泄露” may be a typo for “泄漏” (easily confused) | 泄漏"]],
    ["全年甲级病例率达到95%。", ["4-6 “病例” may be a typo for “病历” (easily confused) | 病历"]],
    ["管养公路总历程312.5公里。", ["5-7 “历程” may be a typo for “里程” (easily confused) | 里程"]],
    ["病床使用律保持在90%以上。", ["2-5 “使用律” may be a typo for “使用率” (sounds alike) | 使用率"]],
    ["分析研判当前安全生产形式，部署专项整治。", ["10-12 “形式” may be a typo for “形势” (easily confused) | 形势"]],
], [
    "严防泄露国家秘密和工作秘密，防止数据泄露。",
    "回顾发展历程，总结经验。",
    "全年病例数同比下降。",
    "严明纪律，保持定力。",
    "研判形势，创新工作形式。",
]);

patternTable('typo: confusions of the eighty-seventh to eighty-ninth blind sittings, in their company (confusablePatterns.ts)', [
    ["入汛依赖，站里共发布预警信息46条。", ["2-4 “依赖” may be a typo for “以来” (easily confused) | 以来"]],
    ["抽检样品均复合省级地方食品安全标准。", ["5-7 “复合” may be a typo for “符合” (easily confused) | 符合"]],
], [
    "减少对进口设备的依赖，提高国产化率。",
    "今年依赖外地调入的电量有所下降。",
    "新型复合材料的抗压强度符合国家标准。",
]);

patternTable('typo: confusions of the thirtieth blind report set, in their company (confusablePatterns.ts)', [
    ["完成与财务系统的借口联调和数据核对。", ["8-10 “借口” may be a typo for “接口” (easily confused) | 接口"]],
    ["在公众号发布志愿者招募启示。", ["11-13 “启示” may be a typo for “启事” (easily confused) | 启事"]],
], [
    "不得以任何借口拖延整改。",
    "这次事故给我们的启示是深刻的。",
]);

patternTable('typo: misspellings the dictionary lists, and look-alikes in characters reports never use (confusables.ts)', [
    ["加强干部选拨任用工作。", ["4-6 “选拨” may be a typo for “选拔” (looks alike) | 选拔"]],
    ["把握关健环节，加强勾通协调。", ["2-4 “关健” may be a typo for “关键” (sounds alike) | 关键", "9-11 “勾通” may be a typo for “沟通” (looks alike) | 沟通"]],
    ["在全厂营造祟尚技能的氛围。", ["5-6 “祟” may be a typo for “崇” (looks alike) | 崇"]],
    ["破除行政璧垒，实现互利双嬴、合作共羸。", ["4-5 “璧” may be a typo for “壁” (sounds alike) | 壁", "12-13 “嬴” may be a typo for “赢” (looks alike) | 赢", "17-18 “羸” may be a typo for “赢” (looks alike) | 赢"]],
    ["走访慰问戌边军人。", ["4-5 “戌” may be a typo for “戍” (looks alike) | 戍"]],
], [
    "加强干部选拔任用工作，把握关键环节。",
    "戊戌变法，鬼鬼祟祟，和氏璧，秦王嬴政，身体羸弱。",
    "发挥党委领导作用。",
]);

/**
 * A table of context patterns: each sentence gives exactly the findings listed, and each sentence of
 * the second list (the right word in its other senses) none.
 */
function patternTable(title: string, flagged: [string, string[]][], clean: string[]): void {
  describe(title, () => {
    it.each(flagged)('%s', (text, expected) => {
      expect(typos(text)).toEqual(expected);
    });
    it.each(clean)('leaves the right word and its other senses: %s', (text) => {
      expect(typos(text)).toEqual([]);
    });
  });
}

describe('typo: words of today\'s reports as corrections (modern-words.txt, three and four characters)', () => {
  it.each([
    ['a health-care term', '推动县域医公体建设提质增效。', ['4-7 “医公体” may be a typo for “医共体” (sounds alike) | 医共体']],
    ['a term of rural policy', '扎实做好防返频监测工作。', ['4-7 “防返频” may be a typo for “防返贫” (sounds alike) | 防返贫']],
    ['a term of school safety', '持续开展校园欺陵防治教育。', ['6-8 “欺陵” may be a typo for “欺凌” (sounds alike) | 欺凌']],
    ['a term of inclusive finance', '发放普慧型小微贷款。', ['2-5 “普慧型” may be a typo for “普惠型” (sounds alike) | 普惠型']],
  ])('corrects a slip in %s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });
  it('leaves the words themselves', () => {
    expect(typos('推进县域医共体建设，做好防返贫监测，防治校园欺凌，完成危桥改造，配套率逐年提高。')).toEqual([]);
  });
  it('ships the list’s words of three and four characters as corrections (the data was rebuilt after the list changed)', () => {
    const listed = projectList('modern-words.txt').filter((w) => w.length === 3 || w.length === 4);
    const m = typoModel()!;
    expect(listed.filter((w) => !m.isTarget(w))).toEqual([]);
  });
});

describe('typo: a two-character word typed the wrong way round', () => {
  it.each([
    ['讨论', '组织专家对疑难病历进行论讨，形成诊疗意见。', ['11-13 “论讨” may be a typo for “讨论” (characters swapped) | 讨论']],
    ['采购', '今年完成政府购采项目四十个。', ['6-8 “购采” may be a typo for “采购” (characters swapped) | 采购']],
    ['突破, at the end of a run', '本月销售额破突两亿元。', ['5-7 “破突” may be a typo for “突破” (characters swapped) | 突破']],
    ['部署', '按照上级署部，全面开展安全检查。', ['4-6 “署部” may be a typo for “部署” (characters swapped) | 部署']],
    ['公益, inside a known phrase', '积极参与益公事业。', ['4-8 “益公事业” may be a typo for “公益事业” (characters swapped) | 公益事业']],
    ['机制, whose pair as written is met only across two words (体制|机制)', '健全长效制机，巩固整改成果。', ['2-6 “长效制机” may be a typo for “长效机制” (characters swapped) | 长效机制']],
    ['群众, in a phrase of two words the dictionary does not list', '始终把人民众群放在心上。', ['3-7 “人民众群” may be a typo for “人民群众” (characters swapped) | 人民群众']],
    ['资本', '深化国有本资改革。', ['2-6 “国有本资” may be a typo for “国有资本” (characters swapped) | 国有资本']],
    ['累计, a word official prose uses now and then, where the pair as written is seen nowhere', '各乡镇计累发放补贴资金。', ['3-5 “计累” may be a typo for “累计” (characters swapped) | 累计']],
    ['进出口, a word of three characters', '全市出进口总额稳步增长。', ['2-5 “出进口” may be a typo for “进出口” (characters swapped) | 进出口']],
    ['机械化', '提高农业机化械水平。', ['4-7 “机化械” may be a typo for “机械化” (characters swapped) | 机械化']],
    ['查阅, a neighbour\'s pair met only across words (查利) and the other seen nowhere (案阅)', '向社会开放档案阅查服务。', ['7-9 “阅查” may be a typo for “查阅” (characters swapped) | 查阅']],
    ['经费, a neighbour\'s pair ordinary (用费) but a known sequence holding the swap (公用经费)', '各校要管好用好公用费经，不得挪作他用。', ['9-11 “费经” may be a typo for “经费” (characters swapped) | 经费']],
  ])('finds %s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });
  it.each([
    ['a pair seen nowhere between two words (清理|管道)', '要清理管道占压隐患。'],
    ['a pair whose neighbours make ordinary pairs (群控|调优)', '优化群控调优算法。'],
    ['a pair whose neighbour makes an ordinary pair, no known sequence holding the swap (校念|观光: 观念)', '他在分校念观光学系。'],
    ['a numeral and its measure (一单制)', '推行一单制管理。'],
    ['a prefix and the verb it makes a term with (待接: pending)', '高峰时段存在列车待接现象。'],
    ['a verb after its subject (手伸 is no 伸手 misspelt)', '谁的手伸得太长就要被查处。'],
    ['an order of names the writer chose (越中, 美中)', '希望越中两国人民世代友好，推进美中关系发展。'],
    ['function characters that go with the next word (至于|对那些)', '至于对那些违规行为，一律严肃处理。'],
    ['numerals beside a word of three characters (壮大一批, 一九九七年)', '培育壮大一批龙头企业，一九九七年恢复行使主权。'],
  ])('leaves %s', (_what, text) => {
    expect(typos(text)).toEqual([]);
  });
});

describe('typo: look-alikes of the project’s own list, and a measure word that is half of a word', () => {
  it.each([
    ['氏/民', '惠及居氏三千余户。', ['2-4 “居氏” may be a typo for “居民” (looks alike) | 居民']],
    ['絮/紊 in an idiom (not 不许)', '各项工作有条不絮推进。', ['4-8 “有条不絮” may be a typo for “有条不紊” (looks alike) | 有条不紊']],
    ['群 no numeral precedes (群总 → 群众)', '全年受理群总来信两百余件。', ['4-6 “群总” may be a typo for “群众” (sounds alike) | 群众']],
    ['己 before what has been done, whatever the verb (己督促)', '对发现的问题己督促整改。', ['6-7 “己” may be a typo for “已” (looks alike) | 已']],
    ['f/h, a near sound fuzzy pinyin merges, where a known phrase holds the correction', '全心全意为人民湖务。', ['7-9 “湖务” may be a typo for “服务” (sounds alike) | 服务']],
    ['侯 of the 候 words (候车, 候选)', '旅客在侯车大厅休息，侯选人名单已公示。', ['3-4 “侯” may be a typo for “候” (looks alike) | 候', '10-11 “侯” may be a typo for “候” (looks alike) | 候']],
    ['必需 before what must be done (必需提供)', '办理登记必需提供身份证明。', ['4-6 “必需” may be a typo for “必须” (easily confused) | 必须']],
  ])('%s', (_what, text, expected) => {
    expect(typos(text)).toEqual(expected);
  });
  it('leaves the words and a measure word after a numeral', () => {
    expect(typos('惠及居民三千余户，各项工作有条不紊，一群总监一同出席。')).toEqual([]);
  });
  it('leaves a measure word changed into another word where no numeral precedes it (消号一处 is 销号, no 消耗), and 侯 the surname', () => {
    expect(typos('做到发现一处、整改一处、消号一处。侯爵府旧址，侯某某同志发言。')).toEqual([]);
  });
  it('leaves a pair read as two words around a word (分校|念|观光学)', () => {
    expect(typos('他在拉斯维加斯分校念观光学。')).toEqual([]);
  });
  it('leaves 己 in its words, idioms and the calendar (与己无关, 各抒己见, 视为己任, 推己及人, 己亥年)', () => {
    expect(typos('这件事与己无关。会上各抒己见。视为己任。推己及人。己亥年春。')).toEqual([]);
  });
});

describe('language rules: whole reports with slips, written blind (test/fixtures/slip-reports)', () => {
  const dir = 'test/fixtures/slip-reports';
  const answers = fs.readFileSync(`${dir}/answers.tsv`, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  // Missed still (file:line wrong→right), each a kind the README of issue 11's figures names.
  const missed = [
    '05-chemical-plant.txt:7 吹化剂→催化剂',
    '06-logistics-company.txt:2 深耕林江→深耕临江',
    '07-highway-maintenance.txt:2 优路良率→优良路率',
    '07-highway-maintenance.txt:5 坑巢→坑槽',
    '08-tea-cooperative.txt:4 周边龙户→周边农户',
    '08-tea-cooperative.txt:8 代话费→代化肥',
    '09-county-education.txt:19 乡村教室→乡村教师', // a real word picked wrongly
    '10-power-supply.txt:9 迎风度夏→迎峰度夏',
    '10-power-supply.txt:15 线顺率→线损率',
    '11-scenic-area.txt:13 投宿办结→投诉办结', // a real word picked wrongly
    '12-district-court.txt:8 网络拍买→网络拍卖',
    '12-district-court.txt:12 执前调节→执前调解', // a real word picked wrongly
    '127-water-station.txt:7 白砂河→白沙河', // 白砂 is a word: the variant reads as ordinary pairs
    '127-water-station.txt:11 起闭机→启闭机',
    '130-coal-washing-plant.txt:13 压虑机→压滤机',
    '133-city-library.txt:7 管藏空间→馆藏空间', // 管 used again and again in the report: the writer's character
    '133-city-library.txt:11 柳弯分馆→柳湾分馆',
    '134-tax-service-hall.txt:26 智能询咨→智能咨询', // 咨 used four times: the writer's trade character
    '135-water-plant.txt:17 上升势趋→上升趋势', // 势趋 met across words (优势|趋于)
    '136-primary-school.txt:15 顺利解题→顺利结题', // 解题 a real word
    '138-elderly-care-home.txt:25 人住老人→入住老人', // 人 and 入 kept out of each other's look-alikes
    '139-bus-company.txt:6 公交点站→公交站点', // 点站 met across words
    '14-food-company.txt:6 引经全自→引进全自',
    '141-orthopaedic-ward.txt:11 静脉血拴→静脉血栓', // 血栓 never in official prose, no sequence of four known
    '142-seed-station.txt:14 种制田→制种田', // a swap of three the search does not see
    '146-middle-school.txt:10 业作设计→作业设计', // 业作 a rare entry of jieba and met across words (企业作为)
    '147-power-plant.txt:11 凝气器→凝汽器', // 凝气 a rare entry of jieba
    '149-kindergarten.txt:28 观察录记→观察记录', // 记录 a word official prose seldom writes, no known sequence of three around the swap
    '16-agri-coop-survey.txt:6 返还营余→返还盈余',
    '16-agri-coop-survey.txt:17 何家弯村→何家湾村',
    '164-navaids.txt:13 锚连→锚链', // 锚链 a known sequence but no word
    '165-sericulture.txt:27 催清→催青', // 催青, a silkworm egg's incubation
    '17-village-party-branch.txt:8 青石林→青石岭',
    '179-ropeway.txt:4 报索器→抱索器', // 抱索器 (a cable car's grip) written right once only, no word
    '18-county-transport-bureau.txt:10 旅客滞流→旅客滞留', // a Bloom filter's false “known” for 旅客直流 once corrected it wrongly; the pairs confirm the known sequences now
    '18-county-transport-bureau.txt:12 安全产生→安全生产', // 产生 a common word: a swap into a real word
    '19-community-health-centre.txt:6 处方点平→处方点评',
    '20-vocational-school.txt:11 宏大订单→宏达订单',
    '20-vocational-school.txt:15 支助工作→资助工作', // corrected wrongly, below
    '21-property-management.txt:8 定点职守→定点值守',
    '21-property-management.txt:9 设备台站→设备台账',
    '22-county-procuratorate.txt:8 程序恢复→程序回复', // a real word picked wrongly
    '23-pig-farm.txt:13 带领帮组→带领班组',
    '24-water-supply-company.txt:8 满符合→满负荷', // a real word picked wrongly
    '27-county-hospital.txt:13 在诊门→在门诊', // a swap across the word before it
    '27-county-hospital.txt:13 王淑芳→王淑芬',
    '28-middle-school.txt:10 年脑师→年老师',
    '29-farmers-cooperative.txt:14 底粉红→底分红', // a real word picked wrongly
    '30-community-committee.txt:7 个格网→个网格',
    '31-water-bureau.txt:12 级抢先队→级抢险队', // a real word picked wrongly
    '33-county-civil-affairs.txt:15 持续力用→持续用力', // a swap inside a phrase whose pair is met across words
    '34-steel-pipe-plant.txt:17 产生难题→生产难题', // a swap into a real word
    '35-township-health-centre.txt:21 锐意进去→锐意进取', // a set phrase misspelt into two words
    '36-city-archives.txt:11 字数化率→数字化率', // a swap into a real word
    '37-tax-branch.txt:10 反应→反映', // 反映窗口, a term of the service halls
    '37-tax-branch.txt:14 率效→效率', // a swap whose pair is met across words
    '38-veterans-affairs.txt:13 其间→期间', // a real word picked wrongly
    '40-primary-school-principal.txt:18 地场→场地', // a swap whose pair is met across words
    '42-township-health-centre.txt:4 整治→诊治', // a real word picked wrongly
    '42-township-health-centre.txt:9 担负→负担', // a swap into a real word
    '43-bus-maintenance.txt:9 发多→多发', // a swap whose pair is met across words
    '44-university-library.txt:5 其间→期间', // a real word picked wrongly
    '44-university-library.txt:6 过超→超过', // a swap whose pair is met across words
    '45-natural-resources.txt:6 处治→处置', // a real word picked wrongly
    '45-natural-resources.txt:8 讯期→汛期', // at a clause's start, beside no known phrase of the flood season
    '46-chemical-hse.txt:6 效验→校验', // a real word picked wrongly
    '47-school-teaching-office.txt:10 业作→作业', // a swap whose pair is met across words
    '48-rural-bank-branch.txt:5 有利支持→有力支持', // a real word picked wrongly
    '48-rural-bank-branch.txt:6 检察→检查', // a real word picked wrongly
    '48-rural-bank-branch.txt:8 区专→专区', // a swap whose pair is met across words
    '57-county-archives.txt:5 共接受→共接收', // a real word picked wrongly
    '60-grain-reserve.txt:10 杆样→扦样', // a rare term of grain storage
    '80-ophthalmology-department.txt:14 上眼脸→上眼睑',
    '81-grain-depot.txt:9 胡家弯→胡家湾', // a place: the other spelling twice
    '81-grain-depot.txt:13 一定分险→一定风险', // a near sound with no phrase of four known around it
    '83-water-conservancy-station.txt:14 柳西村→柳溪村', // a village written once each way, in sentences far apart
    '85-logistics-park.txt:9 实施定位→实时定位', // a real word picked wrongly: 实施 is a word official prose uses often
    '87-forestry-station.txt:15 上平村→上坪村', // a village written once each way
    '88-primary-school.txt:5 诺承书→承诺书', // a swap beside ordinary pairs, 承诺 not common enough for one known sequence alone
    '88-primary-school.txt:14 结队关爱→结对关爱', // a real word picked wrongly
    '89-hotel.txt:7 红领家宴→红岭家宴', // a brand's name written once each way
    '90-tax-branch.txt:17 后进不足→后劲不足', // a real word picked wrongly
    '91-highway-maintenance.txt:21 王海滔→王海涛', // a name written once each way
    '93-credit-union.txt:10 柳弯村→柳湾村', // a village written once each way
    '94-cultural-centre.txt:8 舞稻→舞蹈', // an item of a list of arts, 声乐、舞稻、书法
    '97-hospital-nursing-department.txt:8 别识→识别', // a swap beside ordinary pairs (身份|别)
    '97-hospital-nursing-department.txt:12 实习身→实习生', // a near sound (shen/sheng) into a word official prose never uses
  ];
  it('flags nothing but the slips, each corrected right, and misses only those listed', () => {
    const notFound: string[] = [];
    const wrong: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(`${dir}/${file}`, 'utf8');
      const lines = text.split('\n');
      const mine = answers.filter(([f]) => f === file).map(([, line, w, r]) => ({ line: Number(line) - 1, col: lines[Number(line) - 1].indexOf(w), w, r, hit: false }));
      for (const f of analyzeReport(text, { format: 'plaintext', locale: 'en', only: ['typo', 'wording'] }).findings) {
        // Its fix, or one of its suggestions (a name written once each way offers either spelling),
        // applied where it edits, must give an answer's line as meant (as the evaluation scores it).
        const a = answerCorrected(text, lines, mine, f);
        if (a) a.hit = true;
        else wrong.push(`${file}:${f.range.start.line + 1} ${f.message}`);
      }
      for (const a of mine) if (!a.hit) notFound.push(`${file}:${a.line + 1} ${a.w}→${a.r}`);
    }
    // One slip found but corrected wrongly (支柱 the same sound where 资助 is a near one): listed,
    // not hidden. (旅客滞流 was corrected into 直流 by a Bloom filter's false “known” for 旅客直流;
    // the known sequences are now confirmed by their pairs, and it is a miss. 查巡 was corrected
    // into 查询 until a bare correction gave way to the swap 巡查.) And one false alarm, left: 脊柱类耗材
    // beside 脊柱内镜 ×2 has the shape of a real slip of a term (see the README of the fixtures).
    expect(wrong).toEqual([
      '161-orthopedics-department.txt:27 “脊柱类” may be a typo for “脊柱内” (sounds alike; the document writes “脊柱内” twice)',
      '20-vocational-school.txt:15 “支助” may be a typo for “支柱” (sounds alike)',
    ]);
    expect(notFound).toEqual(missed);
  });
});

describe('typo: a series of terms made the same way (the twenty-ninth blind enterprise set)', () => {
  it('leaves two or more findings in one paragraph that change different characters beside the same one (炙法、蒸法、煨法)', () => {
    expect(typos('饮片车间按炮制方法分组：炙法组负责蜜炙黄芪，蒸法组负责酒黄精，煨法组负责煨木香。')).toEqual([]);
  });
  it('still flags one such term alone, and each in a paragraph of its own', () => {
    expect(typos('饮片车间按炮制方法分组：炙法组负责蜜炙黄芪。')).toEqual(['12-14 “炙法” may be a typo for “执法” (sounds alike) | 执法']);
    expect(typos('坚持严格规范公正文明炙法。\n推进政法队伍教育整顿，严厉打击违法犯罪。')).toEqual(['10-12 “炙法” may be a typo for “执法” (sounds alike) | 执法']);
  });
});

describe('typo: a common word swapped into a pair met across words', () => {
  it('flags it where known sequences hold the swapped pair on both sides (比同增长 → 同比)', () => {
    expect(typos('全年完成地方一般公共预算收入8.6亿元，比同增长5.2%。')).toEqual(['20-22 “比同” may be a typo for “同比” (characters swapped) | 同比']);
  });
  it('leaves a pair whose characters make words with their other neighbours (作|工作, 操作员|人工)', () => {
    expect(typos('由飞行部主任代表飞行部作工作报告。')).toEqual([]);
    expect(typos('中控操作员人工干预次数下降三成。')).toEqual([]);
  });
});

describe("typo: a verb made with 于 (优于, 便于) is the writer's word", () => {
  it('leaves 优于 before 国家标准 (由于国家 holds the correction on one side only)', () => {
    expect(typos('颗粒物、二氧化硫排放浓度全部优于国家标准。')).toEqual([]);
  });
});

describe('typo: a one-character adjective before a correction ends a word', () => {
  it('corrects the word after 大 though 大检 is no pair of the official texts (大捡查 → 检查)', () => {
    expect(typos('组织开展安全生产大捡查，排查整改隐患。')).toEqual(['9-11 “捡查” may be a typo for “检查” (sounds alike) | 检查']);
  });
});

describe('typo: a rare dictionary word beside a word of a trade official prose never uses', () => {
  it('is that trade’s word (混凝土|试件, a concrete test specimen, is no 事件 nor 时间)', () => {
    expect(typos('工地试验室全年完成混凝土试件检验4872组。')).toEqual([]);
  });
});

describe('typo: a correction does not cut a longer word its kept character begins or ends', () => {
  it('leaves 市 before 分公司 (no 十分)', () => {
    expect(typos('全县邮政分公司在市分公司党委的正确领导下完成全年任务。')).toEqual([]);
  });
  it('leaves 人 at the end of 纳税人 before a word nothing knows (纳税人|代开 is no 人大)', () => {
    expect(typos('全年累计为纳税人代开增值税发票2.3万份。')).toEqual([]);
  });
});

describe('typo: no double slip into an amount’s unit where no number comes before it', () => {
  it('leaves 型钢翼缘 (a flange, no 亿元)', () => {
    expect(typos('矫正班采用H型钢翼缘矫正机与火焰矫正相结合的工艺。')).toEqual([]);
  });
});

describe('typo: a rare entry keeps its character where that character makes a word with its other neighbour', () => {
  it('leaves 安环部|会同 (no 不会: 会同 is a word)', () => {
    expect(typos('安环部会同各分厂开展有限空间作业专项检查。')).toEqual([]);
  });
});

describe('typo: the key phrases every report repeats, misspelt by one character (keyPhrases.ts)', () => {
  it('flags the phrase where the slip makes a word of its own, which the statistical search leaves (人名, 明主, 复心)', () => {
    expect(typos('坚持以人名为中心。')).toEqual(['2-8 “以人名为中心” may be a typo for “以人民为中心” (sounds alike) | 以人民为中心']);
    expect(typos('发展全过程人民明主。')).toEqual(['2-9 “全过程人民明主” may be a typo for “全过程人民民主” (sounds alike) | 全过程人民民主']);
    expect(typos('实现中华民族伟大复心。')).toEqual(['2-10 “中华民族伟大复心” may be a typo for “中华民族伟大复兴” (sounds alike) | 中华民族伟大复兴']);
  });
  it('leaves the finding to the statistical search or a pattern where one names the slip in fewer characters (廉正 of 党风廉正建设)', () => {
    expect(typos('推进党风廉正建设。')).toEqual(['4-6 “廉正” may be a typo for “廉政” (easily confused) | 廉政']);
  });
  it('leaves the phrases written right, and words one character away that are no such phrase', () => {
    expect(typos('坚持以人民为中心。发展全过程人民民主。实现中华民族伟大复兴。学习贯彻习近平新时代中国特色社会主义思想。加快发展新质生产力。')).toEqual([]);
    expect(typos('他的人名为化名。')).toEqual([]);
  });
});

describe('typo: the ninety-sixth and ninety-seventh slips sittings and the thirty-first set of slip reports', () => {
  it('gives a character missing from the same-sound lists the characters of its usual reading first (泄 is xiè before yì: 懈)', () => {
    expect([...typoModel()!.soundsOfRare('泄'.charCodeAt(0))]).toContain('懈');
    expect(typoModel()!.soundsOfRare('泄'.charCodeAt(0))[0]).not.toBe('一');
  });
  it('lets a correction end before a conjunction a word follows (分析|并|跟踪, 登记|与|年检)', () => {
    expect(typos('对发现的问题进行分折并跟踪整改。')).toEqual(['8-10 “分折” may be a typo for “分析” (looks alike) | 分析']);
    expect(typos('办理车辆登纪与年检手续。')).toEqual(['4-6 “登纪” may be a typo for “登记” (sounds alike) | 登记']);
  });
  it('lets a dictionary word of four around the slip overrule a commoner word it crosses (心德体会: 得体 is commoner than 心得)', () => {
    expect(typos('每名学员提交心德体会一篇。')).toEqual(['6-8 “心德” may be a typo for “心得” (sounds alike) | 心得']);
  });
  it('not where the four-character word holds the changed character at its edge only (共产党|愿: 愿 is a verb there)', () => {
    expect(typos('中国共产党愿在平等互利的基础上开展合作。')).toEqual([]);
    expect(typos('在站区设立司乘人员服务点。')).toEqual([]);
  });
  it('asks about a name written once beside its titled spelling though the search read its first two characters as a slip the document repeats (冯建 ×2)', () => {
    expect(typos('护理部主任冯建军负责查房。由冯建君牵头推动护理站建设。')).toEqual([
      '14-17 The name “冯建君” differs by one character from “冯建军” elsewhere in the document (sounds alike): check which is right | 冯建军;冯建君',
    ]);
  });
});

describe('typo: the blind enterprise sets 236–239', () => {
  it('swaps a pair into a word of today’s reports only where a known sequence of three holds it (诊急科 → 急诊; not 造渣期|按冰铜)', () => {
    expect(typos('医院诊急科全年抢救危重患者1350人次。')).toEqual(['2-4 “诊急” may be a typo for “急诊” (characters swapped) | 急诊']);
    expect(typos('造渣期按冰铜品位动态调整石英熔剂加入量。')).toEqual([]);
  });
  it('swaps no adverb out of its predicate (CPK值|均大于 is no 均值)', () => {
    expect(typos('各项测试的CPK值均大于1.67。')).toEqual([]);
  });
  it('leaves the surname of a whole name before a title, a deputy’s too (工程部|冯立新副部长 is no 部分)', () => {
    expect(typos('改造工程由设备工程部冯立新副部长牵头。')).toEqual([]);
  });
  it('leaves the surname of a name listed after another name (邓浩然、卢子健: 卢子 is no 路子)', () => {
    expect(typos('学生邓浩然、卢子健获得一等奖。')).toEqual([]);
  });
  it('leaves a university department’s 系 (茶学系 is no 学习)', () => {
    expect(typos('与农业大学茶学系共建工程技术中心。')).toEqual([]);
  });
  it('knows 村医 and 治超 as words (村医|季度 is no 一季度; 清平|治超站 no 平台)', () => {
    expect(typos('建立村医季度考核制度。')).toEqual([]);
    expect(typos('配合清平治超站开展联合执法。')).toEqual([]);
  });
});

describe('typo: the blind enterprise sets 240–243', () => {
  it('reads a teacher’s, a doctor’s or an engineer’s name as a titled name (钱国栋老师 keeps 钱国; 郑启航为 after 主任 is no 行为)', () => {
    expect(typos('实验室管理员钱国栋老师负责仪器维护。')).toEqual([]);
    expect(typos('以种植中心主任郑启航为学科带头人。')).toEqual([]);
    expect(typos('钱国栋老师负责仪器维护。钱国东老师组织了公开课。钱国栋老师获评优秀。')).toEqual([
      '12-15 “钱国东” may be a typo for “钱国栋” (sounds alike; the document writes “钱国栋” twice) | 钱国栋',
    ]);
  });
  it('corrects 的 by no look-alike, nor anything into 的 (缴费人的获得感 is no 人均)', () => {
    expect(typos('提升纳税人、缴费人的获得感和满意度。')).toEqual([]);
    expect(typoModel()!.looksLike('的'.charCodeAt(0))).toBe('');
    expect(typoModel()!.looksLike('均'.charCodeAt(0))).not.toContain('的');
  });
  it('swaps no pair of which a dictionary word of three holds one (综采工作面|全部 is no 工作全面), and still swaps where none does', () => {
    expect(typos('综采工作面全部使用支架自动喷雾。')).toEqual([]);
    expect(typos('坚持人民众群路线。')).toEqual(['2-6 “人民众群” may be a typo for “人民群众” (characters swapped) | 人民群众']);
  });
  it('knows 接单, 晶质 and 分接开关 as words of their trades', () => {
    expect(typos('全年再生面料接单量达到1720万米。')).toEqual([]);
    expect(typos('新增晶质石墨矿物量46万吨。')).toEqual([]);
    expect(typos('处理了分接开关接触不良问题。')).toEqual([]);
  });
  it('flags an older form beside the standard one only where the document writes both (显着 / 显著)', () => {
    expect(typos('综合国力显着提高。')).toEqual([]);
    expect(typos('综合国力显着提高。人民生活显著改善。')).toEqual(['4-6 “显着” should be “显著” (an older form; the document writes “显著” elsewhere) | 显著']);
  });
});

describe('typo: the hundredth and hundred-and-first sittings and the thirty-second set of slip reports', () => {
  it('corrects a quoted policy term of today where the slip leaves a pair seen nowhere (“接诉既办”), not a quoted coinage (“一网通管”)', () => {
    expect(typos('推动“接诉既办”向“未诉先办”转变。')).toEqual(['3-7 “接诉既办” may be a typo for “接诉即办” (looks alike) | 接诉即办']);
    expect(typos('推进“一网通管”改革。')).toEqual([]);
  });
  it('keeps a verb after an adverb where a number or a word follows (共获一等奖 is no 共和), but not a pair seen nowhere (均横发展 → 均衡)', () => {
    expect(typos('学校组织学生参加市级科技创新竞赛，共获一等奖3项。')).toEqual([]);
    expect(typos('推进义务教育优质均横发展。')).toEqual(['8-10 “均横” may be a typo for “均衡” (sounds alike) | 均衡']);
  });
  it('reads a committee’s members after a body ending in 会 as no word typed twice (工会委员会委员), and still finds one (进一步进一步)', () => {
    expect(typos('审议通过了工会委员会委员候选人名单。')).toEqual([]);
    expect(typos('要进一步进一步加强管理。')).toEqual(['1-7 “进一步进一步” may be a typo for “进一步” (typed twice) | 进一步']);
  });
  it('turns no known word into a negation (予以补正 is no 不正)', () => {
    expect(typos('已按规定程序予以补正。')).toEqual([]);
    expect(typos('帮助企业补正申报。')).toEqual([]);
  });
});

describe('typo: the blind enterprise sets 244–247', () => {
  it('reads a name after 负责人 as a titled name (负责人龚立峰 is no 公立)', () => {
    expect(typos('数据运营中心负责人龚立峰带领团队搭建直播平台。')).toEqual([]);
  });
  it('takes 拉 and 得 for no look-alikes (直接拉到粮库 is no 得到)', () => {
    expect(typos('现在直接拉到粮库烘干，省心多了。')).toEqual([]);
  });
});

describe('typo: the hundred-and-second and hundred-and-third sittings', () => {
  it('lets a correction end before a preposition or an adjective a word follows (门诊|在|秋冬季, 隐患|大|排查)', () => {
    expect(typos('儿科门疹在秋冬季增开了夜间诊室。')).toEqual(['2-4 “门疹” may be a typo for “门诊” (sounds alike) | 门诊']);
    expect(typos('开展为期一个月的安全隐换大排查。')).toEqual(['10-12 “隐换” may be a typo for “隐患” (sounds alike) | 隐患']);
  });
});

describe('typo: the blind enterprise sets 248–251', () => {
  it('keeps a preposition before an office of a level (是经市人社局批准 is no 京市)', () => {
    expect(typos('学校是经市人社局批准设立的民办职业培训机构。')).toEqual([]);
  });
  it('knows 转好 as a word (天气转好 is no 好转 swapped)', () => {
    expect(typos('在天气转好的窗口期科学调度。')).toEqual([]);
  });
});

describe('typo: the blind enterprise sets 252–255', () => {
  it('reads 轮休|检修 as two words (no 体检), and still corrects 休检 alone', () => {
    expect(typos('对挤压机实行轮休检修。')).toEqual([]);
    expect(typos('组织全体职工进行休检。')).toEqual(['8-9 “休” may be a typo for “体” (looks alike) | 体']);
  });
});

describe('typo: the blind enterprise sets 256–257', () => {
  it('leaves a name given in quotation marks one character away from a term the document never quotes (“肾友汇” beside 肾友会 ×2), not a quoted slip of a quoted term', () => {
    expect(typos('上线“肾友汇”小程序，方便患者交流。组建肾友会，定期活动。继续办好肾友会。')).toEqual([]);
    expect(typos('推广“智汇安监”平台。“智汇安监”平台上线。用好“智惠安监”平台。')).toEqual([
      '25-29 “智惠安监” may be a typo for “智汇安监” (sounds alike; the document writes “智汇安监” twice) | 智汇安监',
    ]);
  });
  it('knows a copper converter’s 捅风眼 (no 通风)', () => {
    expect(typos('车间引进2台全自动捅风眼机，实现风眼清理机械化。')).toEqual([]);
  });
});

describe('typo: the blind enterprise sets 258–259', () => {
  it('knows 电制茶 of electricity replacing coal (no 电子)', () => {
    expect(typos('推广电制茶、电动排灌和农产品电烘干等电能替代技术。')).toEqual([]);
  });
});

describe('typo: the sittings 118–121 and the slip reports 147–150', () => {
  it('reads a name after the roles of plants, police stations and schools as one (值长, 民警, 教师)', () => {
    expect(typos('由值长张建军牵头编制操作预案。当班值长张建君沉着指挥，处置得当。成立由值长张建军任组长的专班。')).toEqual([
      '19-22 “张建君” may be a typo for “张建军” (sounds alike; the document writes “张建军” twice) | 张建军',
    ]);
    expect(typos('社区民警王海涛带领辅警走访村组。社区民警王海滔被评为最美警察。民警王海涛还获得嘉奖。')).toEqual([
      '20-23 “王海滔” may be a typo for “王海涛” (sounds alike; the document writes “王海涛” twice) | 王海涛',
    ]);
  });
  it('reads a name after a pharmacist’s or a nurse’s title (药师, 护师) as one', () => {
    expect(typos('临床药师何静怡牵头开展用药监护。药学门诊由何静宜等4名临床药师轮流坐诊。')).toEqual([
      '21-24 The name “何静宜” differs by one character from “何静怡” elsewhere in the document (sounds alike): check which is right | 何静怡;何静宜',
    ]);
  });
  it('takes 教师 and 老师 for one role: a name written once with each is asked about, not read as two people', () => {
    expect(typos('教师李秀芳执教的公开课获得一等奖。李秀方老师指导的剪纸社团获奖。')).toEqual([
      '17-20 The name “李秀方” differs by one character from “李秀芳” elsewhere in the document (sounds alike): check which is right | 李秀芳;李秀方',
    ]);
    expect(typos('县长赵刚主持会议。副县长赵钢作报告。')).toEqual([]);
  });
});


describe('typo: the sittings 130–131 and the slip reports 163–166', () => {
  it('reads a name after a ship’s title (船长) as one', () => {
    expect(typos('由船长李海鹏统一调度。船长李海鹏带领船员出航。船长李海朋获评先进个人。')).toEqual([
      '25-28 “李海朋” may be a typo for “李海鹏” (sounds alike; the document writes “李海鹏” twice) | 李海鹏',
    ]);
  });
  it('leaves a trade’s own word (染色加脂 of a tannery) and finds a set phrase misspelt with a look-alike (一丝不荀)', () => {
    expect(typos('经复鞣、中和、染色加脂后送入干燥工序。')).toEqual([]);
    expect(typos('要求操作人员一丝不荀地执行规程。')).toEqual(['6-10 “一丝不荀” may be a typo for “一丝不苟” (looks alike) | 一丝不苟']);
  });
});

describe('typo: the slip reports 167–174', () => {
  it('asks about a name written once each way after a title where one is a common name the dictionary lists (王建军, though 建军 is a word)', () => {
    expect(typos('车间副主任王建军带领工艺小组攻关。由车间副主任王建君牵头每周检查。')).toEqual([
      '23-26 The name “王建君” differs by one character from “王建军” elsewhere in the document (sounds alike): check which is right | 王建军;王建君',
    ]);
  });
  it('asks about a name written once each way before a saltworks head’s title (场长)', () => {
    expect(typos('在郑宏涛场长的组织下完成检修。由郑洪涛场长带队赴外地考察。')).toEqual([
      '16-19 The name “郑洪涛” differs by one character from “郑宏涛” elsewhere in the document (sounds alike): check which is right | 郑宏涛;郑洪涛',
    ]);
  });
});
