import * as vscode from 'vscode';
import { planSectionInsert, type OutlineNode, type ReportModel, type SectionLevel } from '../core';
import { Commands } from './constants';
import type { ReportService } from './reportService';
import { SECTION_TEMPLATES, type SectionTemplate } from './sectionTemplates';

export interface InsertSectionResult {
  template: string;
  marker: string;
  /** The offset where the heading's marker now starts. */
  offset: number;
  renumbered: number;
}

/** Escapes text for use inside a snippet, outside any placeholder. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Where a template lands for a cursor: a heading starts a line, so on a line with text, the start of the next line. */
function insertionPoint(document: vscode.TextDocument, cursor: vscode.Position): { position: vscode.Position; atEnd: boolean } {
  const line = document.lineAt(cursor.line);
  if (line.isEmptyOrWhitespace) return { position: line.range.start, atEnd: false };
  if (cursor.line < document.lineCount - 1) return { position: new vscode.Position(cursor.line + 1, 0), atEnd: false };
  return { position: line.range.end, atEnd: true };
}

/** The level of the deepest numbered section holding `offset` (1 when none: a new report starts with 一、). */
export function levelAt(nodes: readonly OutlineNode[], offset: number): SectionLevel {
  let level: SectionLevel = 1;
  let list = nodes;
  for (;;) {
    const holder = list.filter((n) => n.kind !== 'point' && Math.min(n.span.start, n.sectionSpan.start) <= offset).pop();
    if (!holder) return level;
    if (holder.kind === 'section' && holder.level > 0) level = holder.level;
    list = holder.children;
  }
}

export interface SectionPickItem extends vscode.QuickPickItem {
  template: SectionTemplate;
  marker: string;
}

/**
 * The picker's items at the cursor: each with the marker it would really get
 * there (`（五） 二级标题`) and, when it would renumber headings after it, how
 * many; the level the cursor is in comes first selected.
 */
function pickItems(document: vscode.TextDocument, model: ReportModel, cursor: vscode.Position): { items: SectionPickItem[]; active: SectionPickItem } {
  const offset = document.offsetAt(insertionPoint(document, cursor).position);
  const items = SECTION_TEMPLATES.map((template): SectionPickItem => {
    const plan = planSectionInsert(model, offset, template.level);
    const notes = [template.detail?.()];
    if (plan.renumber.length) notes.push(vscode.l10n.t('renumbers {0} after it', plan.renumber.length));
    return {
      label: `${plan.marker} ${template.name()}`,
      description: notes.filter(Boolean).join(' · ') || undefined,
      template,
      marker: plan.marker,
    };
  });
  const level = levelAt(model.outline, document.offsetAt(cursor));
  const active = items.find((i) => i.template.level === level) ?? items[0];
  return { items, active };
}

/**
 * Insert Section Template: a quick pick of templates, inserted at the cursor as
 * a snippet whose heading number comes from the outline (after 二、 comes 三、;
 * a new （n） continues its parent's run). Siblings after it are renumbered in
 * the same undo step.
 */
export function registerInsertSection(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.testInsertSectionItems, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      const { model } = await service.analyze(editor.document, { fresh: true });
      const { items, active } = pickItems(editor.document, model, editor.selection.active);
      return { items: items.map((i) => ({ id: i.template.id, label: i.label, description: i.description ?? '' })), active: active.template.id };
    }),
    vscode.commands.registerCommand(Commands.insertSection, async (templateId?: string): Promise<InsertSectionResult | undefined> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      let template: SectionTemplate | undefined = SECTION_TEMPLATES.find((t) => t.id === templateId);
      if (!template) {
        const { model } = await service.analyze(editor.document, { fresh: true });
        const { items, active } = pickItems(editor.document, model, editor.selection.active);
        const pick = vscode.window.createQuickPick<SectionPickItem>();
        pick.items = items;
        pick.activeItems = [active];
        pick.placeholder = vscode.l10n.t('Choose a section template to insert');
        template = await new Promise<SectionTemplate | undefined>((resolve) => {
          pick.onDidAccept(() => {
            resolve(pick.selectedItems[0]?.template ?? pick.activeItems[0]?.template);
            pick.hide();
          });
          pick.onDidHide(() => {
            resolve(undefined);
            pick.dispose();
          });
          pick.show();
        });
      }
      if (!template) return undefined;

      const document = editor.document;
      const { model } = await service.analyze(document, { fresh: true });
      const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      const { position, atEnd } = insertionPoint(document, editor.selection.active);
      const prefix = atEnd ? eol : '';
      const body = atEnd ? template.body.replace(/\n\$0$/, '$0') : template.body;
      const offset = document.offsetAt(position);
      const plan = planSectionInsert(model, offset, template.level);

      const depth = document.languageId === 'markdown' ? plan.previous?.markdownDepth ?? null : null;
      const hashes = depth ? `${'#'.repeat(depth)} ` : '';
      const snippet = new vscode.SnippetString(prefix + escapeSnippet(hashes + plan.marker) + body.replace(/\n/g, eol));

      if (plan.renumber.length) {
        const ok = await editor.edit(
          (b) => {
            for (const e of plan.renumber) {
              b.replace(new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)), e.newText);
            }
          },
          { undoStopBefore: true, undoStopAfter: false },
        );
        if (!ok) return undefined;
      }
      // The renumbering lies after the insertion point, so `position` still holds.
      await editor.insertSnippet(snippet, position, { undoStopBefore: plan.renumber.length === 0, undoStopAfter: true });
      return {
        template: template.id,
        marker: plan.marker,
        offset: offset + prefix.length + hashes.length,
        renumbered: plan.renumber.length,
      };
    }),
  );
}
