import * as vscode from 'vscode';
import { phraseBank, type Phrase } from '../core/language/phrases';
import type { ReportService } from './reportService';
import { languageSelector } from './selector';

/**
 * The phrase bank: the canonical expressions of the wording dictionary, offered as the writer
 * types their first characters (习近平新 → 习近平新时代中国特色社会主义思想) or their pinyin
 * initials (xjpxsd). The item replaces exactly what was typed, so the rest of the line stays.
 */
class PhraseCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly service: ReportService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.service.isReport(document)) return [];
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const items: vscode.CompletionItem[] = [];
    const initials = /[a-z]{2,}$/.exec(before)?.[0];
    for (const phrase of phraseBank()) {
      let typed: string | undefined;
      if (initials && phrase.initials.startsWith(initials)) typed = initials;
      else typed = longestTypedPrefix(before, phrase.text);
      if (!typed) continue;
      items.push(toItem(phrase, typed, position, typed === initials ? phrase.initials : phrase.text));
    }
    return items;
  }
}

/** The longest end of `before` (two characters or more) that begins `text`, and is not all of it. */
function longestTypedPrefix(before: string, text: string): string | undefined {
  for (let n = Math.min(before.length, text.length - 1); n >= 2; n--) {
    const tail = before.slice(before.length - n);
    if (text.startsWith(tail)) return tail;
  }
  return undefined;
}

function toItem(phrase: Phrase, typed: string, position: vscode.Position, filterText: string): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: phrase.text, description: vscode.l10n.t('standard wording') }, vscode.CompletionItemKind.Text);
  item.range = new vscode.Range(position.translate(0, -typed.length), position);
  item.filterText = filterText;
  item.insertText = phrase.text;
  item.detail = phrase.source;
  item.sortText = `0${phrase.text.length.toString().padStart(3, '0')}`;
  return item;
}

export function registerCompletions(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(languageSelector(service), new PhraseCompletions(service)));
}
