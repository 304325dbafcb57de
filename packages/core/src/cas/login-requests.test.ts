import { createMemoryEphemeralStore } from '../../testing';
import { describe, expect, it } from 'vitest';
import { LOGIN_REQUEST_TTL_MS, LoginRequests, type LoginRequest } from './login-requests';

const REQUEST: LoginRequest = {
  service: 'https://traces.example.eu/cas',
  acceptStrengths: ['PASSWORD_MOBILE_APP'],
  authenticationLevel: 'MEDIUM',
  renew: false,
  locale: 'en',
};

describe('EU Login login requests', () => {
  it('are ECAS_LR- identifiers, used once', async () => {
    const requests = new LoginRequests(createMemoryEphemeralStore());
    const id = await requests.create(REQUEST);
    expect(id).toMatch(/^ECAS_LR-[A-Za-z0-9-]{43}$/);
    expect(await requests.take(id)).toEqual(REQUEST);
    expect(await requests.take(id)).toBeNull();
  });

  it('expire', async () => {
    let time = 0;
    const requests = new LoginRequests(createMemoryEphemeralStore({ clock: () => time }));
    const id = await requests.create(REQUEST);
    time += LOGIN_REQUEST_TTL_MS;
    expect(await requests.take(id)).toBeNull();
  });

  it('an unknown or oversized id finds nothing', async () => {
    const requests = new LoginRequests(createMemoryEphemeralStore());
    expect(await requests.take('ECAS_LR-unknown')).toBeNull();
    expect(await requests.take('x'.repeat(1000))).toBeNull();
  });
});
