import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { extractDataUrls } from './build/extract-data-urls';
import { persistedDocuments } from './build/persisted-documents';

// Two pages: the search page (/, plain TypeScript) and GraphiQL (/graphql, React). Everything is
// served by the API from dist/: hashed files under assets/ (cached for good), the HTML uncached.
export default defineConfig({
  plugins: [persistedDocuments(), extractDataUrls()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No data: URLs and no inline script, so the pages run under a self-only Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // React Server Components' "use client" markers in GraphiQL's dependencies mean nothing here.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
});
