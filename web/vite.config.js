// Vite build of the claimtrace web interface into web/dist (served by `claimtrace serve`).
// `npm run dev` proxies /api to a running server on 127.0.0.1:8080.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
