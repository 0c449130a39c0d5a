import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn the built CLI or unzip exports: on a busy 2-core machine 5 s is not enough.
    testTimeout: 30_000,
    // The typo check's data, loaded as the CLI loads it (the extension fetches it lazily).
    setupFiles: ['test/unit/setup-language.ts'],
  },
});
