import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The shell tests: the real Forge output (main bundle, preload, asar, zip,
// deb) checked under Node and in Chromium, without Electron's binary. The
// Forge build runs once, in globalSetup, and is cached by its inputs.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/electron-shell/**/*.test.ts'],
    globalSetup: ['tests/electron-shell/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
