import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { RENDERER_NAME } from './electron/build-layout';
import { contentSecurityPolicyForMeta } from './electron/main/content-security-policy';

const here = fileURLToPath(new URL('.', import.meta.url));

// The page. Built to the same place Forge puts it, so the Chromium tests load
// exactly what the app ships.
export default defineConfig({
  root: `${here}renderer`,
  base: './',
  plugins: [react(), pagePolicyMeta()],
  build: {
    outDir: `${here}.vite/renderer/${RENDERER_NAME}`,
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome140',
  },
});

/**
 * The page's <meta> Content-Security-Policy is written from the same definition
 * as the header the app sends: the production policy when built, the
 * development policy for this dev server under `npm start` (Vite's refresh
 * preamble, injected styles and websocket need it).
 */
function pagePolicyMeta(): Plugin {
  const meta = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;
  return {
    name: 'minute-book-page-policy',
    transformIndexHtml(html, context) {
      if (!meta.test(html)) throw new Error('renderer/index.html has no Content-Security-Policy meta tag: the page must never ship without one.');
      const devServerUrl = context.server?.resolvedUrls?.local[0];
      return html.replace(meta, `$1${contentSecurityPolicyForMeta(devServerUrl)}$2`);
    },
  };
}
