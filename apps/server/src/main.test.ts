import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from './demo/demo-accounts';
import { ensureServerBuilt } from '../../../tools/build-server';
import { startServerProcess } from '../../../tools/server-process';

describe('the server process (main.ts)', () => {
  it('starts with the demo accounts, prints the URLs and accounts, and stops gracefully on SIGTERM', async () => {
    const server = await startServerProcess({ SESAME_DEV_PAGES: 'true' });
    try {
      const out = server.output();
      expect(out).toContain(`${server.url}/login`);
      expect(out).toContain(`${server.url}/dev/outbox`);
      for (const demo of DEMO_ACCOUNTS) expect(out).toContain(`${demo.email}`);
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(await server.exited).toBe(0);
  }, 60_000);

  it('runs compiled (npm run build, npm start): plain node, static files served, ready, stops on SIGTERM', async () => {
    await ensureServerBuilt();
    const server = await startServerProcess({}, { compiled: true });
    try {
      expect(server.output()).toContain(`${server.url}/login`);
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      expect((await fetch(`${server.url}/login`)).status).toBe(200);
      // Asset paths survive the bundling: public/ is found from dist/.
      const css = await fetch(`${server.url}/static/sesame.css`);
      expect(css.status).toBe(200);
      expect(await css.text()).toContain('{');
      // The bundled languages and one read from dist/i18n/ on first use (docs/adr/0056).
      for (const [lang, text] of [
        ['fr', '<h1>Se connecter</h1>'],
        ['en', '<h1>Sign in</h1>'],
        ['de', '<h1>Anmelden</h1>'],
      ] as const) {
        const page = await fetch(`${server.url}/login?lang=${lang}`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain(text);
      }
      // The attacker's `?lang=`: never a file name nor a property of the registry, only one of
      // LOCALES; anything else is the default language (French here), never an error.
      for (const hostile of [
        '../../../../etc/passwd',
        '..%2Fmain',
        '__proto__',
        'constructor',
        'toString',
        'de/../fr',
        'DE',
      ]) {
        const page = await fetch(`${server.url}/login?lang=${hostile}`, { headers: { 'accept-language': 'fr' } });
        expect(page.status, hostile).toBe(200);
        expect(await page.text(), hostile).toContain('<h1>Se connecter</h1>');
      }
    } finally {
      await server.stop();
    }
    expect(await server.exited).toBe(0);
  }, 60_000);
});
