import * as vscode from 'vscode';
import type { Analysis, Finding, OutlineNode, Span } from '../core';
import { Commands } from './constants';
import type { ReportService } from './reportService';
import { symbolName } from './symbols';
import { partitionPoint } from '../core/partition';

const NUMBERING_RULES = new Set(['numbering-sequence', 'numbering-hierarchy', 'numbering-punctuation', 'enumeration-sequence']);

export interface OutlineItem {
  node: OutlineNode;
  uri: vscode.Uri;
  placeholders: number;
  problems: number;
  /** A numbering finding on the heading's own marker, shown on the node. */
  numbering: Finding | undefined;
  children: OutlineItem[];
}

/** Plain data of a tree item, for tests. */
export interface OutlineItemSnapshot {
  label: string;
  description: string;
  tooltip: string;
  /** The codicon id. */
  icon: string;
  /** The count at the row's right edge: blanks to fill. */
  badge: string;
  line: number;
  kind: OutlineNode['kind'];
  level: number;
  placeholders: number;
  problems: number;
  numberingProblem: string | null;
  children: OutlineItemSnapshot[];
}

function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.start < Math.max(outer.end, outer.start + 1);
}

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
function lowerBound(starts: readonly number[], offset: number): number {
  return partitionPoint(starts, (s) => s < offset);
}

/** Counts per node by binary search over the (sorted) placeholders and findings: large reports stay fast. */
function buildItems(uri: vscode.Uri, analysis: Analysis, nodes: readonly OutlineNode[]): OutlineItem[] {
  const { model, findings } = analysis;
  const placeholderStarts = model.placeholders.map((p) => p.span.start);
  const findingStarts = findings.map((f) => f.span.start);
  const build = (list: readonly OutlineNode[]): OutlineItem[] =>
    list.map((node) => {
      const start = Math.min(node.span.start, node.sectionSpan.start);
      const end = Math.max(node.span.end, node.sectionSpan.end, start + 1);
      const first = lowerBound(findingStarts, node.span.start);
      let numbering: Finding | undefined;
      for (let i = first; i < findings.length && findings[i].span.start < Math.max(node.span.end, node.span.start + 1); i++) {
        if (NUMBERING_RULES.has(findings[i].ruleId) && within(findings[i].span, node.span)) {
          numbering = findings[i];
          break;
        }
      }
      return {
        node,
        uri,
        placeholders: lowerBound(placeholderStarts, end) - lowerBound(placeholderStarts, start),
        problems: lowerBound(findingStarts, end) - lowerBound(findingStarts, start),
        numbering,
        children: build(node.children),
      };
    });
  return build(nodes);
}

/** Icons that mean what the nodes are: a part, a numbered section, a point, a Markdown heading. */
function iconOf(node: OutlineNode): string {
  if (node.kind === 'point') return 'circle-small-filled';
  if (node.kind === 'markdown') return 'markdown';
  return node.level === 0 ? 'book' : 'list-ordered';
}

const DECORATION_SCHEME = 'report-drafter-outline';

/** A URI per node, only for the file-decoration badge; it is never opened. */
function decorationUri(item: OutlineItem): vscode.Uri {
  const { placeholders, problems } = item;
  return vscode.Uri.from({
    scheme: DECORATION_SCHEME,
    path: `/${item.node.span.start}`,
    query: `p=${placeholders}&e=${problems}&u=${encodeURIComponent(item.uri.toString())}`,
  });
}

function badgeOf(item: Pick<OutlineItem, 'placeholders'>): vscode.FileDecoration | undefined {
  if (!item.placeholders) return undefined;
  const badge = item.placeholders > 99 ? '99' : String(item.placeholders);
  return new vscode.FileDecoration(badge, vscode.l10n.t('{0} to fill', item.placeholders));
}

/** The badges of the Report Outline rows: the blanks to fill under each node. */
class OutlineDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== DECORATION_SCHEME) return undefined;
    const placeholders = Number(/(?:^|&)p=(\d+)/.exec(uri.query)?.[1] ?? 0);
    return badgeOf({ placeholders });
  }
}

/** 汇报提纲: the sections of the active report with their counts. */
export class ReportOutlineProvider implements vscode.TreeDataProvider<OutlineItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private roots: OutlineItem[] = [];
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly service: ReportService) {}

  dispose(): void {
    this.changed.dispose();
  }

  get current(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** Shows the outline of `document` (or of nothing, when it is not a report). */
  refresh(document: vscode.TextDocument | undefined): Promise<void> {
    this.pending = this.pending.then(async () => {
      if (!document || !this.service.isReport(document) || document.isClosed) {
        this.document = undefined;
        this.roots = [];
      } else {
        this.document = document;
        const analysis = await this.service.analyze(document);
        this.roots = buildItems(document.uri, analysis, analysis.model.outline);
      }
      this.changed.fire(undefined);
    });
    return this.pending;
  }

  getChildren(element?: OutlineItem): OutlineItem[] {
    return element ? element.children : this.roots;
  }

  getTreeItem(item: OutlineItem): vscode.TreeItem {
    const node = item.node;
    const treeItem = new vscode.TreeItem(
      symbolName(node),
      item.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    // The row is narrow (the label often fills it): the character count as the description, the
    // blanks to fill as a badge at the right edge that is never cut, everything in the tooltip.
    treeItem.description = vscode.l10n.t('{0} chars', node.stats.chineseChars);
    const parts = [vscode.l10n.t('{0} chars', node.stats.chineseChars)];
    if (item.placeholders) parts.push(vscode.l10n.t('{0} to fill', item.placeholders));
    if (item.problems) parts.push(vscode.l10n.t('{0} problems', item.problems));
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${symbolName(node)}\n`);
    tooltip.appendText(parts.join(' · '));
    if (item.numbering) tooltip.appendText(`\n⚠ ${item.numbering.message}`);
    treeItem.tooltip = tooltip;
    treeItem.iconPath = item.numbering
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon(iconOf(node));
    treeItem.id = `${item.uri.toString()}#${node.span.start}`;
    treeItem.resourceUri = decorationUri(item);
    treeItem.command = {
      command: Commands.revealRange,
      title: vscode.l10n.t('Reveal'),
      arguments: [item.uri, node.span.start, node.span.end],
    };
    return treeItem;
  }

  getParent(): undefined {
    return undefined;
  }

  snapshot(items: readonly OutlineItem[] = this.roots): OutlineItemSnapshot[] {
    return items.map((item) => {
      const t = this.getTreeItem(item);
      const tooltip = t.tooltip instanceof vscode.MarkdownString ? t.tooltip.value : String(t.tooltip ?? '');
      return {
        label: String(t.label),
        description: String(t.description ?? ''),
        tooltip,
        icon: t.iconPath instanceof vscode.ThemeIcon ? t.iconPath.id : '',
        badge: badgeOf(item)?.badge ?? '',
        line: item.node.line,
        kind: item.node.kind,
        level: item.node.kind === 'point' ? 0 : item.node.level,
        placeholders: item.placeholders,
        problems: item.problems,
        numberingProblem: item.numbering?.message ?? null,
        children: this.snapshot(item.children),
      };
    });
  }
}

export function registerOutlineView(context: vscode.ExtensionContext, service: ReportService): ReportOutlineProvider {
  const provider = new ReportOutlineProvider(service);
  const view = vscode.window.createTreeView('reportDrafter.outline', { treeDataProvider: provider, showCollapseAll: true });
  const updateMessage = () => {
    view.message = provider.current ? undefined : vscode.l10n.t('Open a report to see its outline.');
  };
  const follow = (editor: vscode.TextEditor | undefined) => provider.refresh(editor?.document).then(updateMessage);

  context.subscriptions.push(
    provider,
    view,
    vscode.window.registerFileDecorationProvider(new OutlineDecorations()),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      // Keep the last report's outline while focus is in a panel or a non-text editor.
      if (editor) void follow(editor);
    }),
    service.onDidUpdate(({ document, reason }) => {
      const active = vscode.window.activeTextEditor?.document;
      if (reason === 'close' && provider.current === document) void provider.refresh(undefined).then(updateMessage);
      else if (document === active || document === provider.current) void follow(vscode.window.activeTextEditor);
    }),
    vscode.commands.registerCommand(Commands.revealRange, async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    }),
    vscode.commands.registerCommand(Commands.refreshOutline, () => follow(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand(Commands.testOutlineItems, async () => {
      await follow(vscode.window.activeTextEditor);
      return provider.snapshot(provider.getChildren());
    }),
  );
  void follow(vscode.window.activeTextEditor);
  return provider;
}
