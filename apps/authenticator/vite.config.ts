import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { pwaShell } from './build/pwa-shell.js';

/**
 * The Sésame app (design §5), served by the server under /app/ (apps/server
 * src/routes/authenticator-app.ts). Two entries: the page and the service worker, which must be a
 * single classic script at a fixed address (/app/sw.js) so its scope is /app/.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [pwaShell()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The app's CSP is `script-src 'self'`: no inline polyfill, and every browser we aim at has modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        sw: fileURLToPath(new URL('src/sw.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
