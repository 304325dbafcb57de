import {
  computeOcra,
  decodeOfflineChallengeQr,
  encodeOfflineChallengeQr,
  fromBase64Url,
  generateEs256KeyPair,
  isProtocolError,
  ocraTimestamp,
  SESAME_OFFLINE_OCRA_SUITE,
  signOfflineChallenge,
} from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { ACCOUNT, enrolled, expectAuthenticatorError, NOW, PIN } from '../test-fixtures';

describe('offline code ("QR code", design §5)', () => {
  it('is the code the server computes, with its remaining validity', async () => {
    const { server, device, clock } = await enrolled();
    const qr = await server.offlineChallengeQr(ACCOUNT);
    clock.advance(40); // 20 s into the minute ⌊(NOW + 40) / 60⌋, which the code is for
    const result = await device.offlineCode(qr, PIN);
    const minute = Math.floor((NOW + 40) / 60);
    expect(result).toEqual({
      code: expect.stringMatching(/^[0-9]{8}$/),
      account: ACCOUNT,
      relyingApp: 'TRACES NT (démo)',
      validUntil: (minute + 3) * 60,
      remainingSeconds: (minute + 3) * 60 - (NOW + 40),
    });
    clock.advance(70); // typed a while later, in the browser
    expect(await server.checkOfflineCode(qr, result.code)).toBe(true);
  });

  it('a wrong PIN gives a wrong code, silently', async () => {
    const { server, device } = await enrolled();
    const qr = await server.offlineChallengeQr(ACCOUNT);
    const wrong = await device.offlineCode(qr, '4321');
    expect(wrong.code).toMatch(/^[0-9]{8}$/);
    expect(await server.checkOfflineCode(qr, wrong.code)).toBe(false);
  });

  it('refuses a forged QR: same account and key id, another key', async () => {
    const { server, device } = await enrolled();
    const genuine = decodeOfflineChallengeQr(await server.offlineChallengeQr(ACCOUNT));
    const { signature: _, ...fields } = genuine;
    const forger = await generateEs256KeyPair();
    const forged = encodeOfflineChallengeQr(
      await signOfflineChallenge(forger.privateKey, { ...fields, relyingApp: 'Evil' }),
    );
    await expectAuthenticatorError(device.offlineCode(forged, PIN), 'ERR_QR_FORGED');
    // A genuine signature over altered fields is forged too.
    const altered = encodeOfflineChallengeQr({ ...genuine, relyingApp: 'Evil' });
    await expectAuthenticatorError(device.offlineCode(altered, PIN), 'ERR_QR_FORGED');
    const unknownKid = encodeOfflineChallengeQr(
      await signOfflineChallenge(forger.privateKey, { ...fields, kid: 'k9' }),
    );
    await expectAuthenticatorError(device.offlineCode(unknownKid, PIN), 'ERR_QR_FORGED');
    // Before the PIN: the same verdicts, and what a genuine QR asks.
    for (const bad of [forged, altered, unknownKid])
      await expectAuthenticatorError(device.inspectOfflineQr(bad), 'ERR_QR_FORGED');
    expect(await device.inspectOfflineQr(encodeOfflineChallengeQr(genuine))).toEqual({
      account: ACCOUNT,
      relyingApp: genuine.relyingApp,
      expiresAt: genuine.expiresAt,
    });
  });

  it('refuses an expired challenge, a QR for an account not on this device, and an enrolment QR', async () => {
    const { server, device, clock } = await enrolled();
    const other = await server.offlineChallengeQr('x0042abc');
    await expectAuthenticatorError(device.offlineCode(other, PIN), 'ERR_NOT_ENROLLED');
    await expect(device.offlineCode(server.enrolmentQr(ACCOUNT, PIN), PIN)).rejects.toSatisfy((e) =>
      isProtocolError(e, 'ERR_QR_KIND_UNEXPECTED'),
    );
    const qr = await server.offlineChallengeQr(ACCOUNT);
    clock.advance(300 + 60);
    await expectAuthenticatorError(device.offlineCode(qr, PIN), 'ERR_CHALLENGE_EXPIRED');
  });

  it('equals OCRA(offline suite, device secret, question, minute) as the server computes it', async () => {
    let secret: Uint8Array | undefined;
    const { server, device } = await enrolled((api) => ({
      ...api,
      register: async (registration) => {
        const result = await api.register(registration);
        secret = fromBase64Url(result.deviceSecret);
        return result;
      },
    }));
    const qr = await server.offlineChallengeQr(ACCOUNT);
    const { question } = decodeOfflineChallengeQr(qr);
    for (const offset of [10, 70, 130]) {
      const at = new Date((NOW + offset) * 1000);
      const expected = await computeOcra(SESAME_OFFLINE_OCRA_SUITE, secret!, {
        question,
        timestamp: ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, at),
      });
      expect((await device.offlineCode(qr, PIN, at)).code).toBe(expected);
    }
  });
});
