/// <reference types="mocha" />
import * as vscode from 'vscode';
import { assert } from 'chai';
import { EXTENSION_ID, openFixture, waitForDiagnostics } from './helpers';

// The suite runs in an English host (web) and a Chinese one (Node, with a stub language pack):
// what the user reads follows VS Code's display language.
suite('localization', () => {
  const chinese = vscode.env.language.toLowerCase().startsWith('zh');

  test('diagnostic messages are in the display language', async () => {
    const editor = await openFixture('sample.md');
    const [first] = await waitForDiagnostics(editor.document.uri, 5);
    assert.strictEqual(first.message, chinese ? '未填写的占位符“XX”：此处缺少名称' : 'Unfilled placeholder “XX”: a name is missing');
  });

  test('commands and the outline view are named in the display language', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: { command: string; title: Localized }[]; views: { explorer: { id: string; name: Localized }[] } };
    };
    // A translated manifest string reads `{ value, original }` in some hosts, a plain string in others.
    type Localized = string | { value: string; original: string };
    const text = (s: Localized | undefined) => (typeof s === 'object' ? s.value : s);
    const title = (id: string) => text(manifest.contributes.commands.find((c) => c.command === id)?.title);
    assert.strictEqual(title('reportDrafter.checkReport'), chinese ? '检查汇报稿' : 'Check Report');
    assert.strictEqual(title('reportDrafter.insertSection'), chinese ? '插入段落模板' : 'Insert Section Template');
    assert.strictEqual(text(manifest.contributes.views.explorer[0].name), chinese ? '汇报提纲' : 'Report Outline');
  });
});
