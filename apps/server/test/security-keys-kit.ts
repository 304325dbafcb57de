import { expect } from 'vitest';
import { type AttestationKey, softwareAuthenticator } from '../src/webauthn/testing/software-authenticator';
import { type Browser, decodeEntities, type TestPortal } from './test-portal';

/**
 * Issue 13 point 1 from the browser's side without a browser: the options a page puts on its
 * `[data-webauthn]` element, answered by the software authenticator of the WebAuthn test kit
 * (src/webauthn/testing), as `navigator.credentials.create()/get()` would.
 */
export type SoftwareAuthenticator = ReturnType<typeof softwareAuthenticator>;

/** An authenticator for the portal's relying party (its host) and origin. */
export function keyFor(portal: TestPortal, aaguid?: string): SoftwareAuthenticator {
  const url = new URL(portal.baseUrl);
  return softwareAuthenticator({ rpId: url.hostname, origin: url.origin, ...(aaguid ? { aaguid } : {}) });
}

/** The options of the page's ceremony (`data-webauthn-options`). */
export function optionsInPage<T = { challenge: string; user: { id: string } }>(html: string): T {
  const match = /data-webauthn-options="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error('no WebAuthn options in the page');
  return JSON.parse(decodeEntities(match[1])) as T;
}

/** Adds a key named `name` through the pages; the browser is signed in. */
export async function enrolKey(
  portal: TestPortal,
  browser: Browser,
  key: SoftwareAuthenticator,
  name = 'YubiKey',
  attestation: 'none' | 'self' | AttestationKey = 'none',
) {
  const prompt = await browser.post('/account/security-keys/new', { name });
  expect(prompt.status).toBe(200);
  const { credential, response } = key.register(optionsInPage(prompt.html), attestation);
  const done = await browser.post('/account/security-keys/confirm', { credential: JSON.stringify(response) });
  expect(done.status).toBe(303);
  const id = /added=([^&]+)/.exec(done.location ?? '')?.[1] ?? '';
  return { credential, id };
}
