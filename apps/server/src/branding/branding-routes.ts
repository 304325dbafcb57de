import type { FastifyInstance } from 'fastify';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { helpImageFiles } from '../help/help-guide';
import type { Branding } from './branding';

/** The end-to-end tests write the screenshots here; the help shows them as they are (docs/adr/0020). */
const HELP_IMAGES_DIR = fileURLToPath(new URL('../../../../docs/images/', import.meta.url));

/** A content-hashed address never changes meaning: browsers and proxies may keep it a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The organisation's logo and colour stylesheet under content-hashed addresses, and the help's
 * screenshots. Outside the portal: no session, no cookie, nothing personal; only names known at
 * start are served, so no path reaches the file system from a request.
 */
export function brandingRoutes(app: FastifyInstance, branding: Branding) {
  for (const asset of [branding.logo, branding.theme]) {
    if (!asset) continue;
    app.get(asset.path, async (_request, reply) => {
      void reply.header('content-type', asset.contentType).header('cache-control', IMMUTABLE);
      // An SVG opened on its own is a document: no script, no plug-in, no form may run in it.
      if (asset.contentType === 'image/svg+xml')
        void reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
      return reply.send(asset.body);
    });
  }

  const images = helpImageFiles();
  app.get<{ Params: { file: string } }>('/help/images/:file', async (request, reply) => {
    const { file } = request.params;
    if (!images.has(file)) return reply.callNotFound();
    let body: Buffer;
    try {
      body = await readFile(`${HELP_IMAGES_DIR}${file}`);
    } catch {
      // A checkout without the screenshots: the page still reads, with each picture's text.
      return reply.callNotFound();
    }
    return reply.header('content-type', 'image/png').header('cache-control', 'public, max-age=3600').send(body);
  });
}
