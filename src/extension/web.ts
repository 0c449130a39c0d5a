/** Web entry (`browser`, bundled to dist/web/extension.js) for vscode.dev and github.dev. */
export { activate, deactivate } from './activate';
