import * as vscode from 'vscode';
import { setTypoData, typoModel, type TypoDataJson } from '../core';
import type { ReportService } from './reportService';

let loading: Promise<boolean> | undefined;

/**
 * Loads the typo check's data (data/language/typo.json, 1.6 MB) after activation, through
 * `vscode.workspace.fs` so the desktop and the web host read it alike; then every open report is
 * checked again. Until it is in, the typo check is silent (the wording check needs no data).
 */
export function loadLanguageData(context: vscode.ExtensionContext, service: ReportService): Promise<boolean> {
  loading ??= (async () => {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'data', 'language', 'typo.json'));
      setTypoData(JSON.parse(new TextDecoder().decode(bytes)) as TypoDataJson);
      service.reanalyzeAll();
      return true;
    } catch (e) {
      console.error('[report-drafter] language data not loaded:', e);
      return false;
    }
  })();
  return loading;
}

export function registerLanguageData(context: vscode.ExtensionContext, service: ReportService): void {
  // Off the activation path: the first report is checked (and shown) before the data arrives.
  const timer = setTimeout(() => void loadLanguageData(context, service), 0);
  context.subscriptions.push(
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand('reportDrafter._test.languageReady', async () => (await loadLanguageData(context, service)) && typoModel() !== undefined),
  );
}
