import { describe, expect, it } from 'vitest';
import { enrolled, expectAuthenticatorError, PIN } from '../test-fixtures';

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
});
