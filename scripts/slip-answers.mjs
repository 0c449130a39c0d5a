// How a finding is scored against the answers of the whole reports with slips
// (test/fixtures/slip-reports/answers.tsv): shared by scripts/eval-language.mjs and the unit test
// that asserts the same figures.

/**
 * The answer a finding corrects, if any: its fix, or one of its suggestions (a name written once
 * each way offers either spelling, the second editing the other occurrence), applied where it
 * edits, gives that answer's line as meant. `answers` are { line, col, w, r } (0-based line, the
 * column of the slip `w`, its correction `r`); `lines` is the text split at \n.
 */
export function answerCorrected(text, lines, answers, finding) {
  const edits = finding.fix ? [finding.fix[0]] : (finding.suggestions ?? []).map((s) => s.edits[0]);
  for (const e of edits) {
    if (!e) continue;
    const line = text.slice(0, e.span.start).split('\n').length - 1;
    const c0 = e.span.start - (text.lastIndexOf('\n', e.span.start - 1) + 1);
    const c1 = c0 + e.span.end - e.span.start;
    const l = lines[line];
    const a = answers.find((x) => x.line === line && c0 < x.col + x.w.length && x.col < c1 && l.slice(0, c0) + e.newText + l.slice(c1) === l.slice(0, x.col) + x.r + l.slice(x.col + x.w.length));
    if (a) return a;
  }
  return undefined;
}
