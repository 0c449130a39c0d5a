import * as vscode from 'vscode';
import { fixAll, type Analysis, type Finding, type TextEdit } from '../core';
import { DIAGNOSTIC_SOURCE } from './constants';
import type { ReportService } from './reportService';
import { languageSelector } from './selector';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('reportDrafter');

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
  }
  return edit;
}

function sameRange(d: vscode.Diagnostic, document: vscode.TextDocument, f: Finding): boolean {
  return document.offsetAt(d.range.start) === f.span.start && document.offsetAt(d.range.end) === f.span.end;
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * "Fix all": its edit covers every fixable finding of the document, so it is computed only when
 * VS Code resolves the action (when the user picks it, or on save), not each time the cursor
 * moves and the light bulb asks what is available.
 */
class FixAllAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly document: vscode.TextDocument,
    readonly analysis: Analysis,
  ) {
    super(title, kind);
  }
}

class ReportCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly service: ReportService) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    if (!this.service.isReport(document)) return [];
    const analysis = await this.service.analyze(document);
    const { findings } = analysis;
    // A large report being typed in has only its last (stale) analysis: no fix from outdated offsets.
    if (!this.service.peek(document)) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];

    // Source actions are asked for by name (Source Action…, fix on save), never by the light bulb.
    if (only && FIX_ALL_KIND.intersects(only) && findings.some((f) => f.fix?.length)) {
      actions.push(new FixAllAction(vscode.l10n.t('Fix all auto-fixable report problems'), FIX_ALL_KIND, document, analysis));
    }
    if (only && !vscode.CodeActionKind.QuickFix.intersects(only)) return actions;

    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const here = findings.filter((f) => f.span.start <= end && start <= f.span.end);
    const ruleIds = new Set<string>();
    for (const f of here) {
      const diagnostic = context.diagnostics.find(
        (d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === f.ruleId && sameRange(d, document, f),
      );
      ruleIds.add(f.ruleId);
      if (!f.fix?.length) continue;
      const title = f.fix.length > 1
        ? vscode.l10n.t('Fix: {0} ({1} edits)', f.message, f.fix.length)
        : vscode.l10n.t('Fix: {0}', f.message);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document, f.fix);
      if (diagnostic) action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    // Suggestions are choices: offered one by one, never preferred, never part of fix-all.
    for (const f of here) {
      for (const s of f.suggestions ?? []) {
        const action = new vscode.CodeAction(s.message, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, s.edits);
        const diagnostic = context.diagnostics.find(
          (d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === f.ruleId && sameRange(d, document, f),
        );
        if (diagnostic) action.diagnostics = [diagnostic];
        actions.push(action);
      }
    }
    if (here.some((f) => f.fix?.length)) {
      actions.push(new FixAllAction(vscode.l10n.t('Fix all auto-fixable report problems'), vscode.CodeActionKind.QuickFix, document, analysis));
    }
    // Disable comments exist only where the format has comments: Markdown's <!-- -->.
    if (document.languageId === 'markdown') {
      for (const ruleId of ruleIds) {
        const line = document.positionAt(here.find((f) => f.ruleId === ruleId)!.span.start).line;
        const forLine = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', ruleId), vscode.CodeActionKind.QuickFix);
        forLine.edit = disableForLine(document, ruleId, line);
        const forFile = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this file', ruleId), vscode.CodeActionKind.QuickFix);
        forFile.edit = disableForFile(document, ruleId);
        actions.push(forLine, forFile);
      }
    }
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (action instanceof FixAllAction && !action.edit) {
      // The same engine as `report-check --fix`: fixes that would create a new finding are left out.
      const text = action.document.getText();
      const fixed = fixAll(text, action.analysis.options);
      const edit = new vscode.WorkspaceEdit();
      if (fixed.applied) {
        // One replacement of the part that changed, so the cursor and the rest keep their place.
        let start = 0;
        while (start < text.length && start < fixed.text.length && text[start] === fixed.text[start]) start++;
        let end = 0;
        while (end < text.length - start && end < fixed.text.length - start && text[text.length - 1 - end] === fixed.text[fixed.text.length - 1 - end]) end++;
        const range = new vscode.Range(action.document.positionAt(start), action.document.positionAt(text.length - end));
        edit.replace(action.document.uri, range, fixed.text.slice(start, fixed.text.length - end));
      }
      action.edit = edit;
    }
    return action;
  }
}

/** `… <!-- report-check-disable-line rule -->` at the end of the line: the paragraph stays one paragraph. */
export function disableForLine(document: vscode.TextDocument, ruleId: string, line: number): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(line).range.end, ` <!-- report-check-disable-line ${ruleId} -->`);
  return edit;
}

/** `<!-- report-check-disable rule -->` on a line of its own at the top (after any front matter). */
export function disableForFile(document: vscode.TextDocument, ruleId: string): vscode.WorkspaceEdit {
  let line = 0;
  if (document.lineCount > 1 && document.lineAt(0).text === '---') {
    for (let i = 1; i < document.lineCount; i++) {
      if (/^(---|\.\.\.)\s*$/.test(document.lineAt(i).text)) {
        line = i + 1;
        break;
      }
    }
  }
  const edit = new vscode.WorkspaceEdit();
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  edit.insert(document.uri, new vscode.Position(line, 0), `<!-- report-check-disable ${ruleId} -->${eol}${eol}`);
  return edit;
}

export function registerCodeActions(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(languageSelector(service), new ReportCodeActions(service), {
      providedCodeActionKinds: ReportCodeActions.kinds,
    }),
  );
}
