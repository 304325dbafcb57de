import { describe, expect, it } from 'vitest';
import { startBanner, terminalQr } from './dev';

/**
 * Issue 11, "Done when": the README's first command (`npm run quickstart` → `npm run dev`) shows,
 * among its printed lines, the Sésame app's address and how to open it on a phone.
 */
describe('npm run dev: the lines printed at start', () => {
  it("on this computer: the portal, the demo app, the app's address, and how to reach it from a phone", () => {
    const banner = startBanner({ sesameUrl: 'http://localhost:8080', demoRpPort: '8081', phone: false });
    const lines = banner.split('\n');
    expect(lines).toContain('  Sésame (the portal):         http://localhost:8080/login');
    expect(lines).toContain('  The demo app TRACES NT:      http://localhost:8081/   (level MEDIUM: the Sésame app)');
    expect(lines).toContain('  Bulletin sanitaire (démo):   http://localhost:8082/   (level BASIC: a password)');
    expect(lines).toContain('  The Sésame app:              http://localhost:8080/app/');
    expect(lines).toContain('  On a phone on this network:  npm run dev -- --phone');
    expect(banner).toContain('http://localhost:8080/dev/outbox');
    expect(banner).toContain('docs/operators/running.md');
  });

  it('without the bulletin (DEMO_RP_BULLETIN_PORT=0): TRACES NT (démo) alone', () => {
    const banner = startBanner({
      sesameUrl: 'http://localhost:8080',
      demoRpPort: '8081',
      bulletinPort: '0',
      phone: false,
    });
    expect(banner).not.toContain('Bulletin sanitaire');
  });

  it('with --phone: the HTTPS address of this computer, and the QR code to scan below it', () => {
    const banner = startBanner({ sesameUrl: 'https://192.168.1.20:8080', demoRpPort: '8081', phone: true });
    expect(banner.split('\n')).toContain('  The Sésame app:              https://192.168.1.20:8080/app/');
    expect(banner).toContain('scan the QR code below');
    expect(banner).toContain('data/tls/sesame-dev.cert.pem');
    expect(banner).not.toContain('npm run dev -- --phone');
  });

  it('draws the QR code with characters, a square of rows as wide as each other', async () => {
    // eslint-disable-next-line no-control-regex -- the terminal renderer colours with ANSI escapes
    const rows = (await terminalQr('https://192.168.1.20:8080/app/')).replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    const drawn = rows.filter((row) => /[█▀▄]/.test(row));
    // Version 2 (25 modules) + a quiet zone, two modules per character row.
    expect(drawn.length).toBeGreaterThanOrEqual(13);
    expect(new Set(drawn.slice(0, -1).map((row) => [...row].length)).size).toBe(1);
  });
});
