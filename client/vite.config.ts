import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { kreisBoundaries } from './src/views/map/kreis-boundaries-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// The client is built into client/dist and served by the API server from the same origin (no CORS needed).
// Two pages: the network view (index.html) and the offline GraphQL explorer (explorer/index.html, served at
// /graphql to a browser). `vite` alone (dev server) proxies /graphql to a running `npm start`.
export default defineConfig({
  root,
  // The Kreis map's boundaries, prepared at build time from an npm package (src/views/map/kreis-boundaries-data.ts).
  plugins: [kreisBoundaries()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The explorer's editor (Monaco) and GraphiQL are one chunk of about 4 MB; it loads once, from this
    // server, and is cached for good (fingerprinted name), so splitting it would only add requests.
    chunkSizeWarningLimit: 5 * 1024,
    rollupOptions: {
      input: {
        network: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer/index.html', import.meta.url)),
      },
      onwarn(warning, warn) {
        // React libraries mark modules "use client" for server-rendering frameworks; meaningless in a bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // The editor's web workers (monaco-graphql's among them) import further chunks, which only ES workers can.
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  logLevel: 'warn',
});
