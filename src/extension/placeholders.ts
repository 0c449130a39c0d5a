import * as vscode from 'vscode';
import { Commands } from './constants';
import type { ReportService } from './reportService';

export interface PlaceholderJump {
  start: number;
  end: number;
  text: string;
  index: number;
  total: number;
}

/**
 * Unfilled placeholders: highlighted with the theme-able colours
 * `reportDrafter.placeholderBackground` / `reportDrafter.placeholderBorder`,
 * and reached with Next/Previous Placeholder, which select the blank so that
 * typing replaces it.
 */
export function registerPlaceholders(context: vscode.ExtensionContext, service: ReportService): void {
  const decoration = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('reportDrafter.placeholderBackground'),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('reportDrafter.placeholderBorder'),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor('reportDrafter.placeholderBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });

  const decorate = async (editor: vscode.TextEditor) => {
    const document = editor.document;
    if (!service.isReport(document) || !service.settings.highlightPlaceholders) {
      editor.setDecorations(decoration, []);
      return;
    }
    const version = document.version;
    const { model } = await service.analyze(document);
    if (document.version !== version) return;
    editor.setDecorations(
      decoration,
      model.placeholders.map((p) => new vscode.Range(document.positionAt(p.span.start), document.positionAt(p.span.end))),
    );
  };

  const jump = async (direction: 1 | -1): Promise<PlaceholderJump | null> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !service.isReport(editor.document)) return null;
    const document = editor.document;
    const { model } = await service.analyze(document, { fresh: true });
    const list = model.placeholders;
    if (list.length === 0) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('No placeholders left to fill.'), 3000);
      return null;
    }
    let index: number;
    if (direction === 1) {
      const from = document.offsetAt(editor.selection.end);
      index = list.findIndex((p) => p.span.start >= from);
      if (index < 0) index = 0; // wrap around
    } else {
      const from = document.offsetAt(editor.selection.start);
      index = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i].span.end <= from && list[i].span.start < from) {
          index = i;
          break;
        }
      }
      if (index < 0) index = list.length - 1;
    }
    const p = list[index];
    const range = new vscode.Range(document.positionAt(p.span.start), document.positionAt(p.span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { start: p.span.start, end: p.span.end, text: p.text, index, total: list.length };
  };

  context.subscriptions.push(
    decoration,
    vscode.commands.registerCommand(Commands.nextPlaceholder, () => jump(1)),
    vscode.commands.registerCommand(Commands.previousPlaceholder, () => jump(-1)),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void decorate(e))),
    service.onDidUpdate(({ document }) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) void decorate(editor);
    }),
  );
  vscode.window.visibleTextEditors.forEach((e) => void decorate(e));
}
