import { isProtocolError } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { isAuthenticatorError } from '../errors';
import { createFetchDeviceApi } from './fetch-device-api';

const proof = { deviceId: 'dev_0123456789abcdef', issuedAt: 1, signature: 'A'.repeat(86) };

describe('fetch device API', () => {
  it('calls the contract path with the Authorization header and parses the answer', async () => {
    const seen: Array<{ url: string; init: RequestInit | undefined }> = [];
    const api = createFetchDeviceApi('http://127.0.0.1:8080', async (url, init) => {
      seen.push({ url: String(url), init });
      return Response.json({ challenges: [] });
    });
    expect(await api.challenges(proof)).toEqual([]);
    expect(seen[0]!.url).toBe('http://127.0.0.1:8080/device/v1/challenges');
    expect((seen[0]!.init!.headers as Record<string, string>).authorization).toBe(
      `SesameDevice dev_0123456789abcdef.1.${'A'.repeat(86)}`,
    );
  });

  it('maps an HTTP refusal to ERR_SERVER, a failed fetch to ERR_NETWORK, a bad body to ERR_MESSAGE_INVALID', async () => {
    const refusing = createFetchDeviceApi('http://127.0.0.1:8080', async () => new Response(null, { status: 410 }));
    await expect(refusing.challenges(proof)).rejects.toSatisfy(
      (e) => isAuthenticatorError(e, 'ERR_SERVER') && e.details.status === 410,
    );
    const offline = createFetchDeviceApi('http://127.0.0.1:8080', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(offline.challenges(proof)).rejects.toSatisfy((e) => isAuthenticatorError(e, 'ERR_NETWORK'));
    for (const body of ['not json', '{"accepted":"yes"}', '{"accepted":true,"more":1}']) {
      const odd = createFetchDeviceApi('http://127.0.0.1:8080', async () => new Response(body));
      await expect(odd.challenges(proof)).rejects.toSatisfy((e) => isProtocolError(e, 'ERR_MESSAGE_INVALID'));
    }
  });
});
