import { computeTotpAtStep, fromBase32, totpStep } from '@sesame/protocol';
import { expect } from 'vitest';
import { type Browser, decodeEntities, type TestPortal } from './test-portal';

/**
 * Issue 13 points 2–3 from the browser's side: an authenticator app enrolled through the pages
 * (its key read from the page, as a person types it), its codes computed by protocol's RFC 6238
 * (a separate implementation in e2e: Debian's oathtool), and the recovery codes read from the page
 * that shows them once.
 */
export interface EnrolledTotp {
  readonly credentialId: string;
  readonly seed: Uint8Array;
}

/** The key the QR page shows, in base32 groups of four. */
export function secretInPage(html: string): string {
  const match = /<code data-testid="totp-secret"[^>]*>([\s\S]*?)<\/code>/.exec(html);
  if (!match?.[1]) throw new Error('no TOTP key in the page');
  return decodeEntities(match[1]).trim();
}

/** The pending credential the QR page's form confirms. */
export function credentialInPage(html: string): string {
  const match = /<input type="hidden" name="credential" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no credential in the page');
  return match[1];
}

/** The code of `seed` for the step `offset` steps from now (30 s steps). */
export function totpCode(portal: TestPortal, seed: Uint8Array, offset = 0): Promise<string> {
  return computeTotpAtStep(seed, totpStep(portal.clock.now()) + offset);
}

/** Adds an authenticator app named `name` through the pages; the browser is signed in. */
export async function enrolTotp(portal: TestPortal, browser: Browser, name = 'Aegis'): Promise<EnrolledTotp> {
  const form = await browser.get('/account/authenticator-apps/new');
  expect(form.status).toBe(200);
  const qr = await browser.post('/account/authenticator-apps/new', { name });
  expect(qr.status).toBe(200);
  const seed = fromBase32(secretInPage(qr.html).replace(/ /g, ''));
  const credentialId = credentialInPage(qr.html);
  const done = await browser.post('/account/authenticator-apps/confirm', {
    credential: credentialId,
    code: await totpCode(portal, seed),
  });
  expect(done.location).toBe(`/account/authenticator-apps?added=${credentialId}`);
  return { credentialId, seed };
}

/** The recovery codes of the page that shows them once. */
export function recoveryCodesInPage(html: string): string[] {
  const list = /<ol class="recovery-codes"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => decodeEntities(m[1] ?? ''));
}
