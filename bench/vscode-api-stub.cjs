// A stand-in for the `vscode` module with every member the typings declare: each answers any
// property read, call or `new` with another stand-in, configuration reads with their default,
// and "no active editor / no documents" where the extension asks.
const fs = require('node:fs');
const typings = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const names = new Set([...typings.matchAll(/^\s+export (?:class|enum|namespace|function|const|let) (\w+)/gm)].map((m) => m[1]));
const absent = new Set(['activeTextEditor', 'workspaceFolders', 'then']);
const empty = new Set(['textDocuments', 'visibleTextEditors', 'tabGroups']);
const make = () =>
  new Proxy(function () {}, {
    get(target, key) {
      if (key === 'prototype') return {};
      if (key === Symbol.toPrimitive || absent.has(key)) return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (empty.has(key)) return [];
      if (key === 'get') return (_section, fallback) => fallback;
      // The only file the extension reads itself: the typo data, loaded after activation.
      if (key === 'readFile') return async () => fs.readFileSync(require('node:path').join(__dirname, '..', 'data', 'language', 'typo.json'));
      return make();
    },
    set: () => true,
    defineProperty: () => true,
    construct: () => make(),
    apply: () => make(),
  });
const api = {};
for (const name of names) api[name] = make();
module.exports = api;
