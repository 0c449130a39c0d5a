/** Chinese and Arabic ordinals as they appear in report numbering. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CHINESE_NUMERAL_CLASS = '〇零一二三四五六七八九十百';

/** Parses 一 … 九十九 (and 一百 …). Returns null for malformed numerals such as 十十. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let current = 0;
  let seenTen = false;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
      seenTen = false;
    } else if (ch === '十') {
      if (seenTen) return null;
      total += (current || 1) * 10;
      current = 0;
      seenTen = true;
    } else if (ch in DIGITS) {
      if (current !== 0) return null;
      current = DIGITS[ch];
    } else {
      return null;
    }
  }
  const value = total + current;
  return value > 0 ? value : null;
}

const SMALL = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function toChineseNumeral(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return SMALL[n];
  if (n < 20) return '十' + SMALL[n - 10];
  if (n < 100) return SMALL[Math.floor(n / 10)] + '十' + SMALL[n % 10];
  return String(n);
}

/** Parses ASCII or full-width digits. */
export function parseArabic(s: string): number | null {
  let value = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xff10 - 0x30;
    if (c < 0x30 || c > 0x39) return null;
    value = value * 10 + (c - 0x30);
  }
  return s.length ? value : null;
}

/** Writes `n` in the same digit width (ASCII or full-width) as `sample`. */
export function formatArabicLike(n: number, sample: string): string {
  const fullWidth = sample.length > 0 && sample.charCodeAt(0) >= 0xff10;
  const ascii = String(n);
  return fullWidth ? ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xff10 - 0x30)) : ascii;
}
