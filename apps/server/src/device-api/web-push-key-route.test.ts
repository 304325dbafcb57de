import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

let portal: TestPortal;
afterEach(() => portal.close());

describe('GET /device/v1/web-push-key', () => {
  it('gives the VAPID public key, the uncompressed P-256 point apps subscribe with', async () => {
    portal = await createTestPortal();
    const response = await portal.app.inject({ method: 'GET', url: '/device/v1/web-push-key' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { publicKey } = response.json<{ publicKey: string }>();
    expect(publicKey).toBe(portal.services.push.publicKey);
    const point = Buffer.from(publicKey, 'base64url');
    expect(point).toHaveLength(65);
    expect(point[0]).toBe(0x04);
    expect(publicKey).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('answers 404 with the API error body when Web Push is off', async () => {
    portal = await createTestPortal({ config: { 'webPush.enabled': false } });
    const response = await portal.app.inject({ method: 'GET', url: '/device/v1/web-push-key' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'NOT_FOUND' });
    expect(portal.services.push.publicKey).toBeNull();
  });
});
