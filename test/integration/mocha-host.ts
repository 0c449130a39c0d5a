// The Mocha constructor for Node extension hosts (VS Code server, desktop VS Code): mocha's own
// Node build. scripts/build-tests.mjs swaps this module for mocha-host.web.ts in the web bundle.
import Mocha from 'mocha';

export const HOST_BUILD: 'node' | 'web' = 'node';
export { Mocha };
