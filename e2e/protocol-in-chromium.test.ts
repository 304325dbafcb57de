import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RFC6287_VECTORS } from '../packages/protocol/src/ocra/rfc6287-appendix-c.vectors';
import { chromiumForFile } from './support/browser';
import type { CheckResult } from './support/protocol-browser-checks';

/**
 * The protocol package is isomorphic: the same code runs in the server (Node) and in the phone
 * app (a browser). Its unit tests run in Node; this runs its vectors and flows in Chromium's Web
 * Crypto, from a page on 127.0.0.1 (a secure context, where crypto.subtle exists).
 */
describe('protocol package in Chromium', () => {
  const chromium = chromiumForFile();
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [new URL('./support/protocol-browser-checks.ts', import.meta.url).pathname],
      bundle: true,
      format: 'iife',
      globalName: 'sesameChecks',
      platform: 'browser',
      target: 'chrome120',
      write: false,
    });
    const script = bundle.outputFiles[0]!.text;
    server = createServer((req, res) => {
      if (req.url === '/checks.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      } else {
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<!doctype html><title>checks</title><script src="/checks.js"></script>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await chromium.launch();
  });

  afterAll(async () => {
    await chromium.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('computes every RFC 6287 vector and the signed offline QR flow with the browser’s Web Crypto', async () => {
    const page = await chromium.get().newPage();
    await page.goto(url);
    const results = (await page.evaluate(() =>
      (
        globalThis as unknown as { sesameChecks: { runProtocolChecks(): Promise<CheckResult[]> } }
      ).sesameChecks.runProtocolChecks(),
    )) as CheckResult[];
    expect(results.length).toBe(RFC6287_VECTORS.length + 2);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    await page.close();
  });
});
