import { defineConfig } from 'vitest/config';

// Unit tests: core, the main-process handler table and settings, under Node.
export default defineConfig({
  test: {
    include: ['tests/{core,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
  },
});
