/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { codeOf, openUntitled, reportDiagnostics, waitFor } from './helpers';

async function languageReady(): Promise<void> {
  assert.isTrue(await vscode.commands.executeCommand<boolean>('reportDrafter._test.languageReady'), 'language data loaded');
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, undefined, 100);
  return all.filter((a): a is vscode.CodeAction => 'title' in a && !(typeof (a as vscode.Command).command === 'string'));
}

/**
 * How long a new document may take to get its first typo diagnostic. Now and then (twice in some
 * ten full runs, each time in a fresh clone on the shared 2-core machine, right after the
 * responsiveness suite) none came within 10 s, nor within the test's own 30 s; in the other runs it
 * came at once, and the cause was not found. The test is given longer than the wait, so that the
 * wait fails with what the document had by then (see firstTypo).
 */
const FIRST_CHECK_MS = 30000;

function typoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] | undefined {
  const found = reportDiagnostics(uri).filter((d) => codeOf(d) === 'typo');
  return found.length ? found : undefined;
}

/** The document's first typo diagnostics; on a timeout, the error says what problems it had instead. */
async function firstTypo(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  try {
    return await waitFor(() => typoDiagnostics(uri), 'a typo diagnostic', FIRST_CHECK_MS);
  } catch (e) {
    const diagnostics = reportDiagnostics(uri);
    const others = diagnostics.map((d) => codeOf(d));
    const ready = await vscode.commands.executeCommand<boolean>('reportDrafter._test.languageReady');
    // What the next person needs to tell a stale check of another document from a check not run.
    const documents = vscode.workspace.textDocuments.filter((d) => d.uri.toString() === uri.toString());
    const first = diagnostics[0];
    const where = first ? `; the first at ${first.range.start.line}:${first.range.start.character}: ${first.message}` : '';
    throw new Error(
      `${(e as Error).message}; ${uri.toString()} (open documents of that name: ${documents.length}, version ${documents[0]?.version}, ${documents[0]?.lineCount} lines); ` +
        `the document's problems then (${others.length}): ${others.slice(0, 12).join(', ') || 'none'}${where}; language data ready: ${ready}`,
    );
  }
}

suite('language checks', () => {
  suiteTeardown(async () => {
    const config = vscode.workspace.getConfiguration('reportDrafter');
    await config.update('words', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('words', undefined, vscode.ConfigurationTarget.Global);
  });

  test('a typo is squiggled, with its correction as a quick fix', async function () {
    this.timeout(FIRST_CHECK_MS + 20000);
    await languageReady();
    const editor = await openUntitled('认真做好工作布署。\n', 'plaintext');
    const uri = editor.document.uri;
    const [d] = await firstTypo(uri);
    assert.deepEqual([d.range.start.character, d.range.end.character], [6, 8]);
    const actions = await actionsAt(uri, d.range);
    const change = actions.find((a) => a.edit && /部署/.test(a.title));
    assert.ok(change, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(change!.edit!));
    assert.strictEqual(editor.document.getText(), '认真做好工作部署。\n');
    await waitFor(() => (typoDiagnostics(uri) ? undefined : true), 'the typo gone');
  });

  test('add to dictionary: the term is never flagged again', async function () {
    this.timeout(FIRST_CHECK_MS + 20000);
    await languageReady();
    const editor = await openUntitled('编制发展规化。\n', 'plaintext');
    const uri = editor.document.uri;
    const [d] = await firstTypo(uri);
    const actions = await actionsAt(uri, d.range);
    const add = actions.find((a) => a.command?.command === 'reportDrafter.addToDictionary' && a.command.arguments?.[1] === 'user');
    assert.ok(add, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(add!.command!.command, ...(add!.command!.arguments ?? []));
    assert.include(vscode.workspace.getConfiguration('reportDrafter').get<string[]>('words') ?? [], '规化');
    await waitFor(() => (typoDiagnostics(uri) ? undefined : true), 'the typo silenced by the dictionary');
  });

  test('the phrase bank completes a canonical expression from its first characters and from pinyin initials', async () => {
    for (const typed of ['深入学习习近平新', '深入学习xjpxsd']) {
      const editor = await openUntitled(`${typed}\n`, 'report');
      const position = new vscode.Position(0, typed.length);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
      const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '习近平新时代中国特色社会主义思想');
      assert.ok(item, `${typed}: ${list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).slice(0, 20).join(' | ')}`);
      const range = item!.range as vscode.Range;
      assert.deepEqual([range.start.character, range.end.character], [4, typed.length]);
    }
  });

  test('hover on a flagged expression shows the canonical form and its source', async () => {
    const editor = await openUntitled('坚决做到“二个维护”。\n', 'plaintext');
    const uri = editor.document.uri;
    await waitFor(() => (reportDiagnostics(uri).some((d) => codeOf(d) === 'wording') ? true : undefined), 'a wording diagnostic');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 5));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.include(text, '坚决做到“两个维护”');
    assert.include(text, 'gov-work-report-2024.txt:81');
  });

  test('hover reads an entry that depends on the whole document (the principal contradiction in a document of the new era)', async () => {
    const editor = await openUntitled('深入学习贯彻党的二十大精神。\n当前，我国社会主要矛盾是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。\n', 'plaintext');
    const uri = editor.document.uri;
    await waitFor(() => (reportDiagnostics(uri).some((d) => codeOf(d) === 'wording') ? true : undefined), 'a wording diagnostic');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(1, 20));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.include(text, '人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾');
    assert.include(text, 'cpc-congress-report-20.txt:19');
  });
});
