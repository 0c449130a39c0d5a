/// <reference types="mocha" />
// The acceptance report: the masked corpus report, copied into the workspace as
// masked-report.md and masked-report.txt by the test runner when it is available.
import * as vscode from 'vscode';
import { assert } from 'chai';
import { analyzeReport } from '../../../src/core';
import { exists, openFixture, rangeTuple, waitForDiagnostics, workspaceFile } from './helpers';

interface Item {
  label: string;
  kind: string;
  level: number;
  children: Item[];
}

for (const name of ['masked-report.md', 'masked-report.txt']) {
  suite(`masked report (${name})`, () => {
    suiteSetup(async function () {
      if (!(await exists(workspaceFile(name)))) this.skip();
    });

    test('42 placeholder diagnostics at the engine’s ranges', async () => {
      const editor = await openFixture(name);
      const document = editor.document;
      await waitForDiagnostics(document.uri);
      const placeholders = vscode.languages
        .getDiagnostics(document.uri)
        .filter((d) => d.source === 'report-check' && typeof d.code === 'object' && d.code.value === 'placeholder');
      assert.lengthOf(placeholders, 42);
      const { model } = analyzeReport(document.getText(), { format: name.endsWith('.md') ? 'markdown' : 'plaintext' });
      assert.deepStrictEqual(
        placeholders.map((d) => rangeTuple(d.range)),
        model.placeholders.map((p) => {
          const s = document.positionAt(p.span.start);
          const e = document.positionAt(p.span.end);
          return [s.line, s.character, e.line, e.character];
        }),
      );
      assert.strictEqual(document.getText(placeholders[0].range), '**');
    });

    test('outline: 3 level-1 sections with 4, 0, 0 level-2 children', async () => {
      await openFixture(name);
      const items = await vscode.commands.executeCommand<Item[]>('reportDrafter._test.outlineItems');
      const level1 = items.filter((i) => i.kind === 'section' && i.level === 1);
      assert.lengthOf(level1, 3);
      assert.deepStrictEqual(level1.map((i) => i.children.filter((c) => c.kind === 'section' && c.level === 2).length), [4, 0, 0]);
    });

    test('status bar: 待填 42', async () => {
      await openFixture(name);
      const status = await vscode.commands.executeCommand<{ text: string; placeholders: number; chars: number }>('reportDrafter._test.statusText');
      assert.strictEqual(status.placeholders, 42);
      assert.strictEqual(status.chars, 2284);
      assert.include(status.text, vscode.env.language.startsWith('zh') ? '待填 42' : '42 to fill');
    });
  });
}
