import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The typo check's data, loaded as the CLI loads it (the extension fetches it lazily).
    setupFiles: ['test/unit/setup-language.ts'],
  },
});
