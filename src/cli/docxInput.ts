import type { Locale } from '../core';

/**
 * What report-check says when given a Word file to check. Until Word files are read directly,
 * this is the one place that decides it: replace `docxInputMessage` (and its caller in
 * ./checkFile.ts) when a .docx reader lands.
 */
export const WORD_INPUT = /\.(docx|doc|wps)$/i;

export function docxInputMessage(locale: Locale, shown: string): string {
  return locale === 'zh-CN'
    ? `${shown}：Word 文件暂不能直接检查。请在 Word 或 WPS 中“另存为”纯文本（.txt，编码选 UTF-8）后检查该文件。`
    : `${shown}: Word files cannot be checked directly yet. Save it from Word or WPS as plain text (.txt, UTF-8 encoding) and check that file.`;
}
