import * as vscode from 'vscode';
import { Commands } from './constants';
import type { ReportService } from './reportService';

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  chars: number;
  placeholders: number;
}

/** `字数 2284 · 待填 42` for the active report; a click jumps to the next placeholder. */
export function registerStatusBar(context: vscode.ExtensionContext, service: ReportService): void {
  const item = vscode.window.createStatusBarItem('reportDrafter.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Report Drafter');
  item.command = Commands.nextPlaceholder;
  let state: StatusSnapshot = { visible: false, text: '', chars: 0, placeholders: 0 };

  const update = async (): Promise<StatusSnapshot> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !service.isReport(document)) {
      item.hide();
      state = { visible: false, text: '', chars: 0, placeholders: 0 };
      return state;
    }
    const { model } = await service.analyze(document);
    const chars = model.stats.chineseChars;
    const placeholders = model.placeholders.length;
    item.text = vscode.l10n.t('{0} chars · {1} to fill', chars, placeholders);
    item.tooltip = placeholders
      ? vscode.l10n.t('Chinese characters: {0}. Unfilled placeholders: {1}. Click to go to the next one.', chars, placeholders)
      : vscode.l10n.t('Chinese characters: {0}. No placeholders left to fill.', chars);
    item.show();
    state = { visible: true, text: item.text, chars, placeholders };
    return state;
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    service.onDidUpdate(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) void update();
    }),
    vscode.commands.registerCommand(Commands.testStatusText, () => update()),
  );
  void update();
}
