import * as vscode from 'vscode';
import { planSectionInsert } from '../core';
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

/**
 * Insert Section Template: a quick pick of templates, inserted at the cursor as
 * a snippet whose heading number comes from the outline (after 二、 comes 三、;
 * a new （n） continues its parent's run). Siblings after it are renumbered in
 * the same undo step.
 */
export function registerInsertSection(context: vscode.ExtensionContext, service: ReportService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.insertSection, async (templateId?: string): Promise<InsertSectionResult | undefined> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      let template: SectionTemplate | undefined = SECTION_TEMPLATES.find((t) => t.id === templateId);
      if (!template) {
        const picked = await vscode.window.showQuickPick(
          SECTION_TEMPLATES.map((t) => ({ label: t.label, description: t.description(), template: t })),
          { placeHolder: vscode.l10n.t('Choose a section template to insert') },
        );
        template = picked?.template;
      }
      if (!template) return undefined;

      const document = editor.document;
      const { model } = await service.analyze(document);
      const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      // A heading starts a line: on a line with text, insert at the start of the next line.
      const cursor = editor.selection.active;
      const line = document.lineAt(cursor.line);
      const lastLine = cursor.line === document.lineCount - 1;
      let position: vscode.Position;
      let prefix = '';
      let body = template.body;
      if (line.isEmptyOrWhitespace) position = line.range.start;
      else if (!lastLine) position = new vscode.Position(cursor.line + 1, 0);
      else {
        position = line.range.end;
        prefix = eol;
        body = body.replace(/\n\$0$/, '$0');
      }
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
