import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The client is built into client/dist and served by the API server from the same origin (no CORS needed).
// `vite` alone (dev server) proxies /graphql to a running `npm start`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  logLevel: 'warn',
});
