import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config';
import { loadVapidKeys, memoryVapidKeys, vapidKeyFilePath, vapidSubject } from './vapid-keys';

const NOW = new Date('2025-03-01T10:00:00Z');
const temporaryDir = () => mkdtempSync(join(tmpdir(), 'sesame-vapid-'));
const config = (overrides: Record<string, unknown> = {}) => loadConfig({}, overrides);

describe('VAPID keys', () => {
  it('are created at first start, owner-only, then read back unchanged', () => {
    const file = join(temporaryDir(), 'keys', 'vapid-keys.json');
    const first = loadVapidKeys(config({ 'webPush.vapidKeysFile': file }), NOW);
    expect(first?.created).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const publicKey = Buffer.from(first!.keys.publicKey, 'base64url');
    expect(publicKey).toHaveLength(65);
    expect(publicKey[0]).toBe(0x04);

    const again = loadVapidKeys(config({ 'webPush.vapidKeysFile': file }), NOW);
    expect(again).toEqual({ keys: first!.keys, created: null });
  });

  it('live next to the device keys unless a file is named', () => {
    const dir = temporaryDir();
    const deviceKeys = join(dir, 'device-keys.json');
    expect(vapidKeyFilePath(config({ 'devices.keysFile': deviceKeys }))).toBe(join(dir, 'vapid-keys.json'));
    expect(vapidKeyFilePath(config())).toBe(join('data', 'vapid-keys.json'));
    expect(vapidKeyFilePath(config({ 'webPush.vapidKeysFile': '/etc/x.json' }))).toBe('/etc/x.json');
  });

  it('may be given in the configuration, both halves and a matching pair', () => {
    const { publicKey, privateKey } = memoryVapidKeys();
    const given = config({ 'webPush.vapidPublicKey': publicKey, 'webPush.vapidPrivateKey': privateKey });
    expect(loadVapidKeys(given, NOW)).toEqual({ keys: { publicKey, privateKey }, created: null });

    expect(() => loadVapidKeys(config({ 'webPush.vapidPublicKey': publicKey }), NOW)).toThrow(/set both/);
    const other = memoryVapidKeys();
    const mismatched = config({ 'webPush.vapidPublicKey': other.publicKey, 'webPush.vapidPrivateKey': privateKey });
    expect(() => loadVapidKeys(mismatched, NOW)).toThrow(/not the private key's/);
  });

  it('refuses a malformed key file at start', () => {
    const file = join(temporaryDir(), 'vapid-keys.json');
    writeFileSync(
      file,
      JSON.stringify({ version: 1, createdAt: NOW.toISOString(), publicKey: 'AAAA', privateKey: 'BBBB' }),
    );
    expect(() => loadVapidKeys(config({ 'webPush.vapidKeysFile': file }), NOW)).toThrow(/uncompressed P-256/);
    expect(readFileSync(file, 'utf8')).toContain('AAAA');
  });

  it('are neither read nor created when Web Push is off', () => {
    const file = join(temporaryDir(), 'vapid-keys.json');
    expect(loadVapidKeys(config({ 'webPush.enabled': false, 'webPush.vapidKeysFile': file }), NOW)).toBeNull();
    expect(() => statSync(file)).toThrow();
  });
});

describe('VAPID subject (RFC 8292 §2.1)', () => {
  it('defaults to security@ the portal host, and takes a configured mailto: or https: contact', () => {
    expect(vapidSubject(config({ publicUrl: 'https://login.example.org/base' }))).toBe(
      'mailto:security@login.example.org',
    );
    expect(vapidSubject(config({ 'webPush.subject': 'https://example.org/contact' }))).toBe(
      'https://example.org/contact',
    );
    expect(() => vapidSubject(config({ 'webPush.subject': 'security@example.org' }))).toThrow(/mailto: or https:/);
  });
});
