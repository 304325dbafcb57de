import type { DurableStore, EphemeralStore } from '@sesame/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, signIn, type TestPortal } from '../../test/test-portal';

const down = () => Promise.reject(new Error('connection refused'));

describe('operations endpoints', () => {
  let portal: TestPortal | undefined;
  afterEach(async () => {
    await portal?.close();
    portal = undefined;
  });

  it('/health answers 200', async () => {
    portal = await createTestPortal();
    const res = await portal.app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 when both stores answer', async () => {
    portal = await createTestPortal();
    const res = await portal.app.inject('/ready');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', durable: 'ok', ephemeral: 'ok' });
  });

  it('/ready answers 503 when the durable store does not answer', async () => {
    portal = await createTestPortal({ wrapDurable: (store): DurableStore => ({ ...store, ping: down }) });
    const res = await portal.app.inject('/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', durable: 'unavailable', ephemeral: 'ok' });
  });

  it('/ready answers 503 when the ephemeral store does not answer', async () => {
    portal = await createTestPortal({ wrapEphemeral: (store): EphemeralStore => ({ ...store, ping: down }) });
    const res = await portal.app.inject('/ready');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', durable: 'ok', ephemeral: 'unavailable' });
  });

  it('/metrics counts sign-ins by result', async () => {
    portal = await createTestPortal();
    await portal.createUser({ email: 'marie@example.org', password: 'le chat dort sur le radiateur' });
    expect((await signIn(portal.browser(), 'marie@example.org', 'le chat dort sur le radiateur')).status).toBe(303);
    expect((await signIn(portal.browser(), 'marie@example.org', 'not the password at all')).status).toBe(401);

    const res = await portal.app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('# TYPE sesame_sign_ins_total counter');
    expect(res.body).toMatch(/^sesame_sign_ins_total\{result="success"\} 1$/m);
    expect(res.body).toMatch(/^sesame_sign_ins_total\{result="INVALID_CREDENTIALS"\} 1$/m);
    expect(res.body).toContain('sesame_http_request_duration_seconds_bucket');
  });

  it('does not put the portal cookies on operator endpoints', async () => {
    portal = await createTestPortal();
    for (const path of ['/health', '/ready', '/metrics']) {
      expect((await portal.app.inject(path)).cookies).toEqual([]);
    }
  });
});
