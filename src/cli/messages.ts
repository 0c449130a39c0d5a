import type { Locale } from '../core';

/**
 * Every sentence report-check says about its run (usage errors, unreadable input, summaries), in
 * both languages, so that a Chinese locale never mixes English errors with Chinese findings.
 * `{0}`, `{1}` … are filled in by `msg`.
 */
const MESSAGES = {
  needsValue: { en: '{0} needs a value', zh: '{0} 需要一个值' },
  badValue: { en: '{0} must be {1}, not "{2}"', zh: '{0} 只能是 {1}，不能是“{2}”' },
  badNumber: { en: '{0} needs a whole number of 0 or more, not "{1}"', zh: '{0} 需要一个不小于 0 的整数，不能是“{1}”' },
  unknownOption: { en: 'unknown option {0}', zh: '未知选项 {0}' },
  noInput: { en: 'no input: name one or more files, folders or globs (- for standard input)', zh: '没有输入：请给出一个或多个文件、文件夹或通配符（- 表示标准输入）' },
  tryHelp: { en: "Try 'report-check --help'.", zh: '运行 report-check --help 查看用法。' },
  stdinTwice: { en: '- (standard input) can be named only once', zh: '- （标准输入）只能出现一次' },
  stdinFix: { en: '--fix cannot write back to standard input: use --fix-dry-run to see the changes as a diff', zh: '--fix 无法写回标准输入：请用 --fix-dry-run 以差异格式查看修改' },
  fixWithOutline: { en: '--fix and --fix-dry-run cannot be combined with --outline or --docx', zh: '--fix 和 --fix-dry-run 不能与 --outline 或 --docx 同用' },
  noSuchFile: { en: '{0}: no such file or folder', zh: '{0}：没有这个文件或文件夹' },
  noReportsInFolder: { en: '{0}: no reports (.md, .markdown, .txt, .report, .docx) in this folder', zh: '{0}：此文件夹中没有汇报稿（.md、.markdown、.txt、.report、.docx）' },
  wordNotFixed: {
    en: '{0}: a Word file is not fixed in place: convert it to an editable report (Markdown) first',
    zh: '{0}：Word 文件不能就地修正：请先转为可编辑汇报稿（Markdown）',
  },
  noMatch: { en: '{0}: no file matches', zh: '{0}：没有匹配的文件' },
  cannotRead: { en: '{0}: cannot read ({1})', zh: '{0}：无法读取（{1}）' },
  cannotWrite: { en: '{0}: cannot write the fixes ({1})', zh: '{0}：无法写入修正（{1}）' },
  notRoundTrip: {
    en: '{0}: not fixed: some of its bytes are not valid {1}, and writing the file would lose them',
    zh: '{0}：未修正：文件中有不符合 {1} 编码的字节，写回会丢失它们',
  },
  binary: { en: '{0}: not a text file, skipped', zh: '{0}：不是文本文件，已跳过' },
  empty: { en: '{0}: empty file, skipped', zh: '{0}：空文件，已跳过' },
  notChinese: {
    en: '{0} file(s) found in folders are mostly not Chinese (an English README, notes) and were skipped; name a file to check it anyway',
    zh: '文件夹中有 {0} 个文件主要不是中文（如英文 README、笔记），已跳过；要检查请直接写出文件名',
  },
  noneReadable: { en: 'no report could be read', zh: '没有可读取的汇报稿' },
  configCannotRead: { en: '{0}: cannot read the configuration', zh: '{0}：无法读取配置文件' },
  configNotJson: { en: '{0}: not valid JSON ({1})', zh: '{0}：不是有效的 JSON（{1}）' },
  configProblems: { en: '{0}: {1}', zh: '{0}：{1}' },
  capped: {
    en: '{0}: {1} problems; only the first {2} are listed (--max-findings N to change, 0 for all)',
    zh: '{0}：共 {1} 处问题，只列出前 {2} 处（用 --max-findings N 修改，0 表示全部列出）',
  },
  tooManyWarnings: { en: 'report-check found too many warnings (maximum: {0}).', zh: '警告过多（最多允许 {0} 个）。' },
  fixedFile: { en: '{0}: fixed {1} problem(s)', zh: '{0}：已修正 {1} 处问题' },
  summaryNone: { en: '{0} file(s) checked, no problems.', zh: '检查了 {0} 个文件，未发现问题。' },
  summary: {
    en: '{0} file(s) checked: {1} problem(s) ({2} error(s), {3} warning(s), {4} info).',
    zh: '检查了 {0} 个文件，发现 {1} 处问题（{2} 个错误，{3} 个警告，{4} 个提示）。',
  },
  stylishProblems: { en: '{0} problem(s) ({1} error(s), {2} warning(s), {3} info)', zh: '{0} 处问题（{1} 个错误，{2} 个警告，{3} 个提示）' },
  stylishNone: { en: 'No problems', zh: '未发现问题' },
  stylishFiles: { en: '{0} file(s) checked', zh: '检查了 {0} 个文件' },
  fixable: { en: '{0} fixable with --fix', zh: '{0} 处可用 --fix 自动修正' },
  fixedTotal: { en: 'fixed {0} problem(s) in {1} file(s)', zh: '已修正 {1} 个文件中的 {0} 处问题' },
  wouldFix: { en: '--fix would fix {0} problem(s) in {1} file(s); nothing was written', zh: '--fix 将修正 {1} 个文件中的 {0} 处问题；未写入任何文件' },
  exported: { en: 'Exported {0} (GB/T 9704 layout)', zh: '已导出 {0}（GB/T 9704 公文格式）' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function msg(locale: Locale, key: MessageKey, ...args: (string | number)[]): string {
  const entry = MESSAGES[key];
  const template: string = locale === 'zh-CN' ? entry.zh : entry.en;
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
}

/**
 * The language of messages: `--lang` (read before the other options, so that their errors are
 * already in it), else LC_ALL, LC_MESSAGES, LANG as POSIX orders them; Chinese unless it names English.
 */
export function localeFrom(argv: readonly string[], env: Record<string, string | undefined>): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v !== undefined) {
      if (/^zh/i.test(v)) return 'zh-CN';
      if (/^en/i.test(v)) return 'en';
    }
  }
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(lang) ? 'en' : 'zh-CN';
}

export const HELP: Record<Locale, string> = {
  en: `Usage: report-check [options] FILE|DIR|GLOB|-...

Checks Chinese work reports (.md, .txt, .report, Word .docx) for unfilled
placeholders, numbering, punctuation and wording. Findings in a .docx are
located by paragraph (paragraph 12, character 5).

Options:
  --format text|stylish|compact|json
                            output format (default: text = stylish on a terminal,
                            compact when piped)
  --fix                     apply every safe fix in place (encoding, BOM and line
                            endings kept), then report what remains
  --fix-dry-run             print the fixes as a unified diff; write nothing
  --quiet                   report errors only
  --max-warnings N          exit 1 when there are more than N warnings
  --max-findings N          list at most N findings a file (default 1000; 0: all)
  --stdin-filename NAME     with -: the name standard input is checked as
  --outline                 print the outline of 一、（一）1.（1）sections instead of findings
  --syntax markdown|plaintext
                            read every file as this syntax (default: by extension)
  --config FILE             use this configuration instead of .reportcheckrc.json
  --lang zh-CN|en           language of messages (default: from LC_ALL, LANG)
  --concurrency auto|off|N  threads checking a large batch (default: auto, one per idle core)
  --docx OUT.docx           export the report (one file) to Word in the GB/T 9704 layout
  --allow-placeholders      with --docx: export even if unfilled placeholders remain
  --title auto|first-line|none
                            with --docx: which lines are the title (default: auto)
  -h, --help                show this help
  -v, --version             show the version

Colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on.
Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 bad usage or unreadable input.
`,
  'zh-CN': `用法：report-check [选项] 文件|文件夹|通配符|-...

检查中文工作汇报（.md、.txt、.report、Word .docx）中未填写的占位符、编号、标点和用语问题。
.docx 中的问题按段落定位（段 12, 第 5 字）。

选项：
  --format text|stylish|compact|json
                            输出格式（默认 text：终端中分组显示，管道中每行一处）
  --fix                     就地应用全部安全修正（保留编码、BOM 和换行符），再报告剩余问题
  --fix-dry-run             以统一差异格式列出修正，不写入文件
  --quiet                   只报告错误
  --max-warnings N          警告多于 N 个时以状态 1 退出
  --max-findings N          每个文件最多列出 N 处问题（默认 1000；0 表示全部）
  --stdin-filename 名称     与 - 同用：把标准输入当作这个文件检查
  --outline                 列出 一、（一）1.（1） 提纲，不检查
  --syntax markdown|plaintext
                            按此语法读取所有文件（默认按扩展名）
  --config 文件             使用此配置，不查找 .reportcheckrc.json
  --lang zh-CN|en           提示语言（默认取自 LC_ALL、LANG）
  --concurrency auto|off|N  检查大批文件的线程数（默认 auto：每个空闲核一个）
  --docx 输出.docx          把（一个）汇报稿导出为 GB/T 9704 格式的 Word 文件
  --allow-placeholders      与 --docx 同用：仍有占位符时照样导出
  --title auto|first-line|none
                            与 --docx 同用：哪些行是标题（默认 auto）
  -h, --help                显示本帮助
  -v, --version             显示版本

终端中彩色显示；设置 NO_COLOR 关闭颜色，FORCE_COLOR 强制开启。
退出状态：0 无错误；1 发现错误（或警告多于 --max-warnings）；2 用法错误或输入无法读取。
`,
};
