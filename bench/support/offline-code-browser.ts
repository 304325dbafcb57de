import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '../../e2e/support/browser';
import type { PageSamples } from './offline-code-page';

export interface BrowserRun {
  chromium: string;
  iterations: number;
  /** By CPU throttling rate (1 = none), the page's samples. */
  byRate: Map<number, PageSamples>;
}

interface PageApi {
  setUp(): Promise<{ iterations: number }>;
  measure(count: number, warmUp: number): Promise<PageSamples>;
}

/**
 * Bundles support/offline-code-page.ts (authenticator-core, the protocol package and the app's
 * IndexedDB store) for the browser, serves it from 127.0.0.1 (a secure context: Web Crypto and
 * IndexedDB), and measures `count` codes at each CPU throttling rate of `rates` in the same page
 * (DevTools' Emulation.setCPUThrottlingRate, what Chrome's Performance panel offers), in `blocks`
 * that alternate the rates, so that a machine busier at one moment weighs on every rate alike.
 */
export async function measureInChromium(
  rates: readonly number[],
  count: number,
  warmUp: number,
  blocks = 5,
): Promise<BrowserRun> {
  const bundle = await build({
    entryPoints: [new URL('./offline-code-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'sesameBench',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>bench</title><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const { iterations } = await page.evaluate(() =>
      (globalThis as unknown as { sesameBench: PageApi }).sesameBench.setUp(),
    );
    const cdp = await page.context().newCDPSession(page);
    const byRate = new Map<number, PageSamples>();
    for (let block = 0; block < blocks; block++) {
      const n = Math.ceil(count / blocks);
      for (const rate of rates) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const samples = await page.evaluate(
          ([n, w]) => (globalThis as unknown as { sesameBench: PageApi }).sesameBench.measure(n, w),
          [n, warmUp] as const,
        );
        const all = byRate.get(rate);
        if (!all) byRate.set(rate, samples);
        else
          for (const key of Object.keys(samples) as Array<keyof PageSamples>) {
            if (key === 'rejected') all.rejected += samples.rejected;
            else all[key].push(...samples[key]);
          }
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
    return { chromium: browser.version(), iterations, byRate };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
