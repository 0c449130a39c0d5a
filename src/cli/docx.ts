import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatForFileName, parseReport, type Locale, type ReportCheckConfig, type ReportFormat } from '../core';
import { exportDocx, type TitleMode } from '../export';
import { decodeReport } from '../node/decode';
import type { CliIo } from './main';
import { isWordInput, readWordInput, type WordInput } from './docxInput';

export interface DocxCliOptions {
  /** Where to write the .docx, relative to the working directory. */
  out: string;
  allowPlaceholders: boolean;
  /** Which lines are the title: `auto` (when they look like one), `first-line`, `none`. */
  title: TitleMode;
  syntax: ReportFormat | null;
  locale: Locale;
  inputs: string[];
  /** The configuration that applies to a report file (its placeholder patterns count). */
  configFor: (file: string) => ReportCheckConfig | null;
}

/**
 * `report-check --docx OUT.docx FILE`: exports one report in the GB/T 9704
 * layout. Refuses (exit 1) while unfilled placeholders remain, unless
 * `--allow-placeholders`; exit 2 for bad usage or unreadable input.
 */
export async function runDocxExport(opts: DocxCliOptions, io: CliIo): Promise<number> {
  const zh = opts.locale === 'zh-CN';
  const fail = (message: string, code: number) => {
    io.stderr(`report-check: ${message}\n`);
    return code;
  };
  if (opts.inputs.length !== 1) {
    return fail(zh ? '--docx 一次导出一个文件' : '--docx exports one file at a time', 2);
  }
  if (!/\.docx$/i.test(opts.out)) return fail(zh ? `--docx 的输出文件应以 .docx 结尾：${opts.out}` : `--docx needs a .docx file name, not ${opts.out}`, 2);
  const file = path.resolve(io.cwd, opts.inputs[0]);
  const shown = path.relative(io.cwd, file) || file;
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return fail(`${shown}: ${zh ? '无法读取' : 'cannot read'} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 2);
  }
  let word: WordInput | null = null;
  if (isWordInput(file)) {
    // A Word draft re-exported in the GB/T 9704 layout: never over the draft itself.
    if (path.resolve(io.cwd, opts.out) === file) return fail(zh ? `${shown}：导出文件不能覆盖原文件，请换一个文件名` : `${shown}: the export would overwrite the draft; choose another file name`, 2);
    const read = readWordInput(bytes, file, opts.locale);
    if (!read.ok) return fail(`${shown}: ${read.message}`, 2);
    word = read.input;
  }
  const decoded = word ? ({ ok: true, text: word.text } as const) : decodeReport(bytes);
  if (!decoded.ok) return fail(`${shown}: ${decoded.reason === 'binary' ? (zh ? '不是文本文件' : 'not a text file') : zh ? '空文件' : 'empty file'}`, 2);
  const config = opts.configFor(file);
  const model = parseReport(decoded.text, {
    format: word ? 'plaintext' : (opts.syntax ?? formatForFileName(file)),
    placeholderPatterns: config?.placeholders?.patterns,
    headingHints: word?.headingHints,
    notStructure: word?.notStructure,
  });
  const count = model.placeholders.length;
  if (count > 0) {
    const where = model.placeholders.slice(0, 5).map((p) => {
      const pos = model.lineIndex.positionAt(p.span.start);
      return `${shown}:${pos.line + 1}:${pos.character + 1} ${p.text}`;
    });
    const more = count > 5 ? (zh ? `\n  …另有 ${count - 5} 处` : `\n  … and ${count - 5} more`) : '';
    if (!opts.allowPlaceholders) {
      return fail(
        (zh
          ? `${shown} 还有 ${count} 处未填写的占位符，未导出。请填写后再导出，或加 --allow-placeholders 照样导出（占位符将以黄色突出显示）：`
          : `${shown} still has ${count} unfilled placeholder(s); nothing was exported. Fill them in, or pass --allow-placeholders to export anyway (they are highlighted in yellow):`) +
          `\n  ${where.join('\n  ')}${more}`,
        1,
      );
    }
    io.stderr(`report-check: ${zh ? `注意：${shown} 有 ${count} 处未填写的占位符，已以黄色突出显示` : `note: ${shown} has ${count} unfilled placeholder(s), highlighted in yellow`}\n`);
  }
  const out = path.resolve(io.cwd, opts.out);
  const relative = path.relative(io.cwd, out);
  const outShown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : out;
  const folderProblem = prepareFolder(path.dirname(out));
  if (folderProblem) return fail(`${outShown}: ${zh ? '无法写入' : 'cannot write'} (${folderProblem})`, 2);
  try {
    const docx = await exportDocx(model, { title: opts.title });
    fs.writeFileSync(out, docx);
  } catch (e) {
    return fail(`${outShown}: ${zh ? '导出失败' : 'export failed'} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 2);
  }
  io.stdout(zh ? `已导出 ${outShown}（GB/T 9704 公文格式）\n` : `Exported ${outShown} (GB/T 9704 layout)\n`);
  return 0;
}

/**
 * Makes sure `folder` exists and is a folder, creating what is missing one level at a time.
 * Node's recursive mkdirSync never returns for some paths (`/proc/nope`: the kernel answers
 * ENOENT for the parent it has just been told exists), so each level is checked and created
 * on its own. Returns the error code, or null when the folder is ready.
 */
export function prepareFolder(folder: string): string | null {
  const missing: string[] = [];
  let at = path.resolve(folder);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return code ?? (e as Error).message;
    }
    if (stat) {
      if (!stat.isDirectory()) return 'ENOTDIR';
      break;
    }
    const parent = path.dirname(at);
    if (parent === at) return 'ENOENT';
    missing.unshift(at);
    at = parent;
  }
  for (const dir of missing) {
    try {
      fs.mkdirSync(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return code ?? (e as Error).message;
    }
  }
  return null;
}
