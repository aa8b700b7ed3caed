import { defineConfig } from 'vite';

// The preload bundle: one sandbox-safe CommonJS file (Forge supplies the entry).
export default defineConfig({
  build: {
    sourcemap: true,
    rollupOptions: { external: ['electron'] },
  },
});
