// Builds main, preload and renderer the way Electron Forge's Vite plugin lays
// them out (.vite/build, .vite/renderer/main_window), without Forge: used by
// the Electron smoke test and by the security audit of what ships.
import { builtinModules } from 'node:module';
import { build } from 'vite';

const external = ['electron', /^electron\//, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

async function buildNodeBundle(configFile, entry, fileName) {
  await build({
    configFile,
    logLevel: 'warn',
    resolve: { mainFields: ['module', 'jsnext:main', 'jsnext'], conditions: ['node'] },
    build: {
      outDir: '.vite/build',
      emptyOutDir: false,
      minify: false,
      lib: { entry, formats: ['cjs'], fileName: () => fileName },
      rollupOptions: { external },
    },
  });
}

await buildNodeBundle('vite.main.config.mts', 'electron/main/index.ts', 'main.js');
await buildNodeBundle('vite.preload.config.mts', 'electron/preload/preload.ts', 'preload.js');
await build({ configFile: 'vite.renderer.config.mts', logLevel: 'warn' });
console.log('Built .vite/build/main.js, .vite/build/preload.js and .vite/renderer/main_window.');
