import { defineConfig } from 'vitest/config';

// Unit tests under Vitest: core, the Electron main process (handler table, storage,
// settings) and the renderer's editor nodes and helpers (those files ask for jsdom).
export default defineConfig({
  test: {
    include: ['tests/{core,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
  },
});
