// The console's build: `vite build --config web/vite.config.ts` writes web/dist, which the Gatehouse
// server serves at `/`. `npm run dev:web` serves it with hot reload and forwards /api to a running
// Gatehouse (GATEHOUSE_DEV_API, default http://127.0.0.1:8080).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);
const devApi = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.GATEHOUSE_DEV_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One small app: no need for the module-preload polyfill's inline code (it would need a CSP hash).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': { target: devApi, changeOrigin: false }, '/healthz': devApi, '/readyz': devApi },
  },
});
