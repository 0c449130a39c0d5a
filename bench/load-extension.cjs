// Loads the desktop bundle and calls activate() against a stand-in `vscode` module, in a fresh
// process, and prints the two times VS Code's Running Extensions view adds up as activation
// (code loading, activate call). The stand-in answers every API call with a no-op, so this
// measures our own work only; the real hosts' figures are printed by the integration tests.
const Module = require('node:module');
const path = require('node:path');
const stub = require('./vscode-api-stub.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? require.resolve('./vscode-api-stub.cjs') : resolve.call(this, request, ...rest);
};
const bundle = path.resolve(__dirname, '..', process.argv[2] ?? 'dist/extension.js');
let t = process.hrtime.bigint();
const extension = require(bundle);
const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
t = process.hrtime.bigint();
extension.activate({ subscriptions: [], extensionUri: stub.Uri.file(path.dirname(bundle)), globalState: stub.Memento, workspaceState: stub.Memento });
const activateMs = Number(process.hrtime.bigint() - t) / 1e6;
process.stdout.write(JSON.stringify({ loadMs, activateMs }));
