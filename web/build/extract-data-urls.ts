import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Moves `url(data:…;base64,…)` out of the built CSS into files of their own under assets/.
 * GraphiQL's stylesheet embeds its fonts this way; as files they load under a
 * Content-Security-Policy of `font-src 'self'`, with no `data:` allowance.
 */
export function extractDataUrls(): Plugin {
  const extensions: Record<string, string> = {
    'font/woff2': 'woff2',
    'font/woff': 'woff',
    'image/svg+xml': 'svg',
    'image/png': 'png',
  };
  return {
    name: 'knowledgehub-extract-data-urls',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) {
          continue;
        }

        const css = typeof asset.source === 'string' ? asset.source : Buffer.from(asset.source).toString('utf8');
        asset.source = css.replace(/url\(\s*["']?data:([a-z0-9.+/-]+);base64,([A-Za-z0-9+/=]+)["']?\s*\)/gi, (_m, mime: string, data: string) => {
          const extension = extensions[mime.toLowerCase()];
          if (!extension) {
            this.error(`${asset.fileName} embeds a data: URL of type ${mime}; add its file extension here.`);
          }

          const source = Buffer.from(data, 'base64');
          const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
          const fileName = `assets/embedded-${hash}.${extension}`;
          if (!(fileName in bundle)) {
            this.emitFile({ type: 'asset', fileName, source });
          }

          return `url(/${fileName})`;
        });
      }
    },
  };
}
