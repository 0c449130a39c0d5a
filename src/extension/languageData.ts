import * as vscode from 'vscode';
import { hasContextPatterns, setContextPatterns, setTypoData, typoModel, unpackContextPatterns, type TypoDataJson } from '../core';
import type { ReportService } from './reportService';

let loading: Promise<boolean> | undefined;

/**
 * Loads the typo check's data (data/language/typo.json, 2.9 MB, and its context patterns,
 * dist/context-patterns.json, 155 KB, packed as arrays: see PackedContextPattern) after
 * activation, through `vscode.workspace.fs` so the desktop and the web host read it alike; then
 * every open report is checked again. Until it is in, the typo check is silent (the wording
 * check needs no data).
 */
export function loadLanguageData(context: vscode.ExtensionContext, service: ReportService): Promise<boolean> {
  loading ??= (async () => {
    try {
      const read = async (...path: string[]) => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...path)))) as unknown;
      const [data, patterns] = await Promise.all([
        read('data', 'language', 'typo.json'),
        // (Without its patterns the check still runs: the statistical search needs only typo.json.)
        read('dist', 'context-patterns.json').catch((e: unknown) => {
          console.error('[report-drafter] context patterns not loaded:', e);
          return undefined;
        }),
      ]);
      if (Array.isArray(patterns)) setContextPatterns(unpackContextPatterns(patterns));
      setTypoData(data as TypoDataJson);
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
    vscode.commands.registerCommand('reportDrafter._test.languageReady', async () => (await loadLanguageData(context, service)) && typoModel() !== undefined && hasContextPatterns()),
  );
}
