import { defineConfig } from 'vite';

// The main process bundle (Forge supplies the entry and output names).
export default defineConfig({
  build: {
    sourcemap: true,
    rollupOptions: { external: ['electron'] },
  },
});
