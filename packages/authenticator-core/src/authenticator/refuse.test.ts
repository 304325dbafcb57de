import { describe, expect, it } from 'vitest';
import { enrolled, expectAuthenticatorError } from '../test-fixtures';

describe('deny and report', () => {
  it('deny: a signed answer without PIN nor number, accepted once', async () => {
    const { server, device, account } = await enrolled();
    const { challenge } = server.pushChallenge(account.deviceId);
    expect(await device.deny(challenge.challengeId)).toEqual({ accepted: true });
    expect(server.answers).toEqual([{ challengeId: challenge.challengeId, decision: 'deny', outcome: 'denied' }]);
    await expectAuthenticatorError(device.deny(challenge.challengeId), 'ERR_CHALLENGE_UNKNOWN');
  });

  it('report ("this wasn\'t me")', async () => {
    const { server, device, account } = await enrolled();
    const { challenge } = server.pushChallenge(account.deviceId);
    expect(await device.report(challenge.challengeId)).toEqual({ accepted: true });
    expect(server.answers.map((a) => a.outcome)).toEqual(['reported']);
  });

  it('deny after pending: the request the app was shown, not fetched again; then unknown', async () => {
    let fetches = 0;
    const { server, device, account } = await enrolled((api) => ({
      ...api,
      challenges: (proof) => (fetches++, api.challenges(proof)),
    }));
    const { challenge } = server.pushChallenge(account.deviceId);
    await device.pending();
    expect(await device.deny(challenge.challengeId)).toEqual({ accepted: true });
    expect(fetches).toBe(1);
    await expectAuthenticatorError(device.deny(challenge.challengeId), 'ERR_CHALLENGE_UNKNOWN');
  });
});
