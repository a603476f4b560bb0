import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Where the server finds the allow-list; the name is also read by the server (WebAssets.cs). */
export const manifestFileName = 'persisted-documents.json';

/**
 * Turns every imported `.graphql` file into `{ id: "sha256:<hash>", operationName }`: the bundle
 * holds no query text, only the ids. The texts go to dist/persisted-documents.json (hash → text),
 * which the server loads as trusted documents. The hash is SHA-256 of the file's UTF-8 text,
 * the same function as the server's DocumentHash, which checks every entry at start-up.
 */
export function persistedDocuments(): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'knowledgehub-persisted-documents',
    load(id) {
      if (!id.endsWith('.graphql')) {
        return null;
      }

      const text = readFileSync(id, 'utf8');
      const operations = [...text.matchAll(/^\s*query\s+([_A-Za-z][_0-9A-Za-z]*)/gm)].map((m) => m[1]);
      if (operations.length !== 1) {
        this.error(`${id} must hold exactly one named query (found ${operations.length}).`);
      }

      const hash = createHash('sha256').update(text, 'utf8').digest('hex');
      documents.set(hash, text);
      return `export default ${JSON.stringify({ id: `sha256:${hash}`, operationName: operations[0] })};`;
    },
    generateBundle() {
      const sorted = Object.fromEntries([...documents].sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: manifestFileName, source: JSON.stringify(sorted, null, 2) + '\n' });
    },
  };
}
