import { describe, expect, it } from 'vitest';
import { AuthenticatorError } from '../errors';
import type { DeviceApi } from '../ports/device-api';
import { enrolled, expectAuthenticatorError, PIN } from '../test-fixtures';

/** The device API with its GET /device/v1/challenges requests counted. */
function countingChallenges() {
  const counted = { fetches: 0 };
  const wrap = (api: DeviceApi): DeviceApi => ({
    ...api,
    challenges: (proof) => {
      counted.fetches++;
      return api.challenges(proof);
    },
  });
  return { counted, wrap };
}

describe('approve ("PIN code", design §5)', () => {
  it('with the right PIN and number: the server verifies signature, number and OCRA', async () => {
    const { server, device, account } = await enrolled();
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    expect(await device.approve(challenge.challengeId, shown, PIN)).toEqual({ accepted: true });
    expect(server.answers).toEqual([{ challengeId: challenge.challengeId, decision: 'approve', outcome: 'approved' }]);
    expect(await device.pending()).toEqual([]);
  });

  it('with a wrong PIN: no error on the device, a wrong OCRA response on the server; the right PIN then passes', async () => {
    const { server, device, account } = await enrolled();
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    expect(await device.approve(challenge.challengeId, shown, '4321')).toEqual({ accepted: false });
    expect(server.answers.map((a) => a.outcome)).toEqual(['wrong_ocra']);
    expect(await device.approve(challenge.challengeId, shown, PIN)).toEqual({ accepted: true });
  });

  it('with another of the offered numbers: the server refuses it', async () => {
    const { server, device, account } = await enrolled();
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    const other = challenge.candidates.find((n) => n !== shown)!;
    expect(await device.approve(challenge.challengeId, other, PIN)).toEqual({ accepted: false });
    expect(server.answers.map((a) => a.outcome)).toEqual(['wrong_number']);
  });

  it('refuses a number that was not offered, an unknown challenge and an expired one', async () => {
    const { server, device, account, clock } = await enrolled();
    const { challenge } = server.pushChallenge(account.deviceId);
    const notOffered = [10, 11, 12].find((n) => !challenge.candidates.includes(n))!;
    await expectAuthenticatorError(device.approve(challenge.challengeId, notOffered, PIN), 'ERR_NUMBER_NOT_OFFERED');
    await expectAuthenticatorError(device.approve('AAAAAAAAAAAAAAAAAAAAAA', 42, PIN), 'ERR_CHALLENGE_UNKNOWN');
    clock.advance(120 + 60);
    await expectAuthenticatorError(
      device.approve(challenge.challengeId, challenge.candidates[0], PIN),
      'ERR_CHALLENGE_EXPIRED',
    );
    expect(server.answers).toEqual([]);
  });

  it('signs the request the app was shown by pending, without fetching it again (issue 12: one round trip less)', async () => {
    const { counted, wrap } = countingChallenges();
    const { server, device, account } = await enrolled(wrap);
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    expect((await device.pending()).map((c) => c.challengeId)).toEqual([challenge.challengeId]);
    expect(await device.approve(challenge.challengeId, shown, PIN)).toEqual({ accepted: true });
    expect(counted.fetches).toBe(1);
    expect(server.answers.map((a) => a.outcome)).toEqual(['approved']);
    // Answered: a second answer asks the server afresh, which no longer lists it.
    await expectAuthenticatorError(device.approve(challenge.challengeId, shown, PIN), 'ERR_CHALLENGE_UNKNOWN');
    expect(counted.fetches).toBe(2);
  });

  it('asks the server afresh for a shown request that expired meanwhile, and refuses it', async () => {
    const { counted, wrap } = countingChallenges();
    const { server, device, account, clock } = await enrolled(wrap);
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    await device.pending();
    clock.advance(120 + 60);
    await expectAuthenticatorError(device.approve(challenge.challengeId, shown, PIN), 'ERR_CHALLENGE_EXPIRED');
    expect(counted.fetches).toBe(2);
    expect(server.answers).toEqual([]);
  });

  it('a shown request the server no longer holds (404, 410 on the answer) is ERR_CHALLENGE_UNKNOWN, as asking afresh finds', async () => {
    const gone = (api: DeviceApi): DeviceApi => ({
      ...api,
      answer: async () => {
        throw new AuthenticatorError('ERR_SERVER', { status: 410 });
      },
    });
    const { server, device, account } = await enrolled(gone);
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    await device.pending();
    await expectAuthenticatorError(device.approve(challenge.challengeId, shown, PIN), 'ERR_CHALLENGE_UNKNOWN');
    // Asked afresh (nothing remembered now), the server's own refusal is passed on as it was.
    await expectAuthenticatorError(device.approve(challenge.challengeId, shown, PIN), 'ERR_SERVER');
  });
});
