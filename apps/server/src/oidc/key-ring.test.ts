import { createLocalJWKSet, jwtVerify } from 'jose';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  authorizationRequest,
  browse,
  discover,
  OIDC_TEST_APPS,
  redeem,
  WEB_CALLBACK,
  WEB_SECRET,
} from '../../test/oidc-relying-party';
import { createTestPortal } from '../../test/test-portal';
import { createKeyRing, loadOrCreateKeyRing, providerJwks, rotateKeyRing, rotateKeyRingFile } from './key-ring';

/** The folders the tests made, removed after each even when it fails (nothing left behind). */
const folders: string[] = [];
function scratchFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'sesame-keys-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const publicKids = (jwks: { keys: { kid?: string }[] }) => jwks.keys.map((key) => key.kid);

describe('OIDC key ring', () => {
  it('holds an RS256 and an ES256 key per generation, the active one signing, the others verify-only', () => {
    const ring = createKeyRing(new Date());
    expect(ring.active.keys.map((key) => key.alg)).toEqual(['RS256', 'ES256']);
    const { keys } = providerJwks(ring);
    expect(keys).toHaveLength(4);
    expect(keys.slice(0, 2).every((key) => key.key_ops === undefined)).toBe(true);
    expect(keys.slice(2).every((key) => JSON.stringify(key.key_ops) === '["verify"]')).toBe(true);
  });

  it('rotates: next starts signing, active retires, two retired generations are kept', () => {
    let ring = createKeyRing(new Date());
    const generations = [ring.active, ring.next];
    for (let i = 0; i < 3; i++) {
      ring = rotateKeyRing(ring, new Date());
      generations.push(ring.next);
    }
    expect(ring.active).toEqual(generations[3]);
    expect(ring.retired).toEqual([generations[2], generations[1]]);
    expect(ring.cookieKeys).toHaveLength(3);
  });

  it('is created once in a file readable by its owner only, and rotated in place', () => {
    const path = join(scratchFolder(), 'nested', 'oidc-keys.json');
    const created = loadOrCreateKeyRing(path, new Date());
    expect(created.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const loaded = loadOrCreateKeyRing(path, new Date());
    expect(loaded).toEqual({ ring: created.ring, created: false });

    const rotated = rotateKeyRingFile(path, new Date());
    expect(rotated.active).toEqual(created.ring.next);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(rotated);
  });

  it('refuses a file that is not a key ring, naming it', () => {
    const path = join(scratchFolder(), 'oidc-keys.json');
    writeFileSync(path, JSON.stringify({ keys: [] }));
    expect(() => loadOrCreateKeyRing(path, new Date())).toThrow(`${path} is not a Sésame OIDC key ring`);
  });

  it('after a rotation, ID tokens signed before still verify with the published keys, new ones use the new key', async () => {
    const keysFile = join(scratchFolder(), 'oidc-keys.json');
    const user = { email: 'marie.dupont@ddpp35.example.fr', password: 'Vache-Normande-35' };

    async function signInOnce() {
      const portal = await createTestPortal({
        listen: true,
        relyingApps: OIDC_TEST_APPS,
        config: { 'oidc.keysFile': keysFile },
      });
      try {
        await portal.createUser(user);
        const web = await discover(portal, 'web-app', WEB_SECRET);
        const pending = await authorizationRequest(web, WEB_CALLBACK);
        const journey = await browse(portal, portal.browser(), pending.url, user);
        const tokens = await redeem(web, journey.callback!, pending);
        const jwksUri = new URL(web.serverMetadata().jwks_uri!);
        const jwks = (await (await fetch(jwksUri)).json()) as { keys: { kid?: string }[] };
        return { idToken: tokens.id_token!, jwks };
      } finally {
        await portal.close();
      }
    }

    const before = await signInOnce();
    const oldRing = loadOrCreateKeyRing(keysFile, new Date()).ring;
    const rotated = rotateKeyRingFile(keysFile, new Date());
    const after = await signInOnce();

    const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid;
    expect(kidOf(before.idToken)).toBe(oldRing.active.keys[0]!.kid);
    expect(kidOf(after.idToken)).toBe(rotated.active.keys[0]!.kid);
    // The new signing key was published before it signed anything.
    expect(publicKids(before.jwks)).toContain(rotated.active.keys[0]!.kid);
    // The old token verifies against the JWKS published after the rotation.
    expect(publicKids(after.jwks)).toContain(kidOf(before.idToken));
    const published = createLocalJWKSet(after.jwks as Parameters<typeof createLocalJWKSet>[0]);
    await expect(jwtVerify(before.idToken, published)).resolves.toBeDefined();
    await expect(jwtVerify(after.idToken, published)).resolves.toBeDefined();
    // No private part is ever published.
    expect(JSON.stringify(after.jwks)).not.toMatch(/"d"|"p"|"q"/);
  });
});
