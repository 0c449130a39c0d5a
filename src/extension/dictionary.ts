import * as vscode from 'vscode';
import { CONFIG_SECTION, DIAGNOSTIC_SOURCE } from './constants';
import type { ReportService } from './reportService';
import { languageSelector } from './selector';

export const ADD_TO_DICTIONARY = 'reportDrafter.addToDictionary';

/**
 * "Add to dictionary": a term the typo check flags (a name, a trade term) goes into the
 * `reportDrafter.words` setting, of the workspace (shared with the team through its settings) or
 * of the user (every workspace); the check never flags it again. `.reportcheckrc.json`'s `words`
 * serves the CLI and the extension alike.
 */
export async function addToDictionary(word: string, scope: 'workspace' | 'user'): Promise<void> {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  // Without a folder there is no workspace setting to write: the user's setting takes it.
  const target = scope === 'workspace' && vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = config.inspect<string[]>('words');
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(word)) return;
  await config.update('words', [...current, word], target);
}

class DictionaryActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly service: ReportService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.service.isReport(document)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
      if (d.source !== DIAGNOSTIC_SOURCE || code !== 'typo') continue;
      const word = document.getText(d.range);
      // (Words typed twice are no term to keep: 进一步进一步.)
      const half = word.length / 2;
      if (word.length >= 6 && Number.isInteger(half) && word.slice(0, half) === word.slice(half)) continue;
      for (const scope of ['workspace', 'user'] as const) {
        const title = scope === 'workspace'
          ? vscode.l10n.t('Add “{0}” to the dictionary (workspace)', word)
          : vscode.l10n.t('Add “{0}” to the dictionary (user)', word);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: ADD_TO_DICTIONARY, title, arguments: [word, scope] };
        action.diagnostics = [d];
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerDictionary(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ADD_TO_DICTIONARY, (word: unknown, scope: unknown) =>
      typeof word === 'string' && word ? addToDictionary(word, scope === 'user' ? 'user' : 'workspace') : undefined,
    ),
    vscode.languages.registerCodeActionsProvider(languageSelector(service), new DictionaryActions(service), {
      providedCodeActionKinds: DictionaryActions.kinds,
    }),
  );
}
