/** Desktop entry (`main`, bundled to dist/extension.js). */
export { activate, deactivate } from './activate';
