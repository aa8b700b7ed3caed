import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The page. Built to the same place Forge puts it, so the Chromium tests load
// exactly what the app ships.
export default defineConfig(({ command }) => ({
  root: `${here}renderer`,
  base: './',
  plugins: [react(), ...(command === 'serve' ? [devServerCsp()] : [])],
  build: {
    outDir: `${here}.vite/renderer/main_window`,
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome140',
  },
}));

/** Vite's dev server talks over a websocket and injects a refresh preamble: allow both in development only. */
function devServerCsp() {
  return {
    name: 'minute-book-dev-csp',
    transformIndexHtml: (html: string) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:"),
  };
}
