import { isProtocolError } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { enrolled, expectAuthenticatorError, setup } from '../test-fixtures';

describe('pending', () => {
  it('lists the waiting challenges, oldest first, over a request signed with the device key', async () => {
    const { server, device, account, clock } = await enrolled();
    const first = server.pushChallenge(account.deviceId).challenge;
    clock.advance(5);
    const second = server.pushChallenge(account.deviceId).challenge;
    expect(await device.pending()).toEqual([first, second]);
  });

  it('drops a challenge past its expiry (beyond the clock tolerance) that the server still lists', async () => {
    const { server, device, account, clock } = await enrolled();
    const short = server.pushChallenge(account.deviceId, 30).challenge;
    const long = server.pushChallenge(account.deviceId, 600).challenge;
    clock.advance(30 + 59);
    expect(await device.pending()).toEqual([short, long]);
    clock.advance(1);
    expect(await device.pending()).toEqual([long]);
  });

  it("refuses an envelope for another device (a server fault): it is not this device's to answer", async () => {
    const { server, device, account } = await enrolled((api) => ({
      ...api,
      challenges: async (proof) => (await api.challenges(proof)).map((c) => ({ ...c, account: 'someone' })),
    }));
    server.pushChallenge(account.deviceId);
    await expect(device.pending()).rejects.toSatisfy((e) => isProtocolError(e, 'ERR_MESSAGE_INVALID'));
  });

  it('needs an enrolled account', async () => {
    const { device } = await setup();
    await expectAuthenticatorError(device.pending(), 'ERR_NOT_ENROLLED');
  });
});
