/**
 * Real-word slips decided by their context: both spellings are words, but only one fits here.
 * Each pattern matches the wrong word in a context that settles it (截止 before a point in time
 * is 截至; 累积 before a count is 累计). Kept short and certain: a missed slip is better than a
 * wrong correction.
 */
export interface ConfusableHit {
  index: number;
  length: number;
  found: string;
  replacement: string;
}

interface Confusable {
  /** Matches the wrong word (group 1) with its deciding context. */
  re: RegExp;
  replacement: string;
}

/** A count: a digit or numeral, or the mask of a number a template leaves to fill (**, XX, ×). */
const COUNT = '(?:[0-9０-９一二三四五六七八九十百千万亿两几余多]|[*＊]{2,}|[XxＸｘ×]{1,4}(?=[余多万千百人次项个件名家户台套元]))';

const CONFUSABLES: readonly Confusable[] = [
  // 截至 = up to a point in time; 截止 = to close (截止日期, 截止时间).
  { re: new RegExp(`(截止)(?=到?(?:目前|当前|今年|去年|本年|上年|本月|上月|本周|年底|年末|月底|${COUNT}|20))`, 'g'), replacement: '截至' },
  // 累计 counts (累计培训3000人次); 累积 accumulates (累积经验).
  { re: new RegExp(`(累积)(?=(?:培训|完成|发放|投入|开展|办理|接待|检查|走访|举办|组织|召开|受理|处理|查处|新增|减少|节约|整改|排查|帮扶|救助|服务|达到|实现)?${COUNT})`, 'g'), replacement: '累计' },
  { re: /(?<=体制|长效|工作|运行|协调|保障|管理|激励|约束|监督|联动|治理|考核|决策|沟通|协作|责任|领导|应急|预警|保护|补偿|投入|评价|退出|选人用人)(机智)/g, replacement: '机制' },
  // 反映 a problem or a view; 反应 is a reaction.
  { re: /(反应)(?=(?:了|过)?(?:问题|情况|诉求|意见|建议|困难|民意|心声))/g, replacement: '反映' },
  { re: /(做为)/g, replacement: '作为' },
];

export function findConfusables(text: string): ConfusableHit[] {
  if (!/截止|累积|机智|反应|做为/.test(text)) return [];
  const out: ConfusableHit[] = [];
  for (const c of CONFUSABLES) {
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(text))) {
      const at = m.index + m[0].indexOf(m[1]);
      out.push({ index: at, length: m[1].length, found: m[1], replacement: c.replacement });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
