// The Mocha constructor for the web worker extension host: mocha's prebuilt browser bundle,
// which brings its own `process` shim (a worker has none) and defines globalThis.Mocha.
import 'mocha/mocha.js';
import type MochaType from 'mocha';

export const HOST_BUILD: 'node' | 'web' = 'web';
export const Mocha = (globalThis as unknown as { Mocha: typeof MochaType }).Mocha;
