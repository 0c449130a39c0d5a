import iconv from 'iconv-lite';
import type { DecodeResult } from './decode';

export type ReportEncoding = Extract<DecodeResult, { ok: true }>['encoding'];

/**
 * Writes text back in the encoding it was read in (see ./decode.ts), BOM included, so that
 * `report-check --fix` leaves a GB18030 file GB18030 and a UTF-16 file UTF-16. Line endings are
 * the text's own: fixes never touch them. GB18030 and UTF-16BE by iconv-lite (Node's
 * TextEncoder writes only UTF-8, and Buffer has no big-endian UTF-16).
 */
export function encodeReport(text: string, encoding: ReportEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}

/**
 * Whether writing the decoded text back gives the very bytes that were read: false when decoding
 * replaced bytes it could not read (U+FFFD), which writing would then destroy.
 */
export function roundTrips(bytes: Uint8Array, text: string, encoding: ReportEncoding): boolean {
  return Buffer.from(encodeReport(text, encoding)).equals(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
