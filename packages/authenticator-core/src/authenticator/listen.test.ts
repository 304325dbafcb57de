import type { PushChallenge, PushNotice } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { createFetchDeviceApi } from '../api/fetch-device-api';
import type { DeviceApi } from '../ports/device-api';
import { enrolled, PIN } from '../test-fixtures';

/** A device API whose event stream delivers `script` once, then ends; GETs of the challenges counted. */
function scripted(script: () => Array<[PushNotice, PushChallenge | undefined]>) {
  const counted = { fetches: 0 };
  const wrap = (api: DeviceApi): DeviceApi => ({
    ...api,
    challenges: (proof) => (counted.fetches++, api.challenges(proof)),
    events: async (_proof, onNotice) => {
      for (const [notice, challenge] of script()) onNotice(notice, challenge);
    },
  });
  return { counted, wrap };
}

const noticeOf = (c: PushChallenge): PushNotice => ({
  type: 'push-notice',
  deviceId: c.deviceId,
  challengeId: c.challengeId,
});

describe('listen, with the challenge on the stream (issue 12)', () => {
  it('remembers the challenge carried with its notice: listed by remembered, approved without fetching it', async () => {
    let heard: [PushNotice, PushChallenge | undefined][] = [];
    const { counted, wrap } = scripted(() => heard);
    const { server, device, account } = await enrolled(wrap);
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    heard = [[noticeOf(challenge), challenge]];
    const notices: PushNotice[] = [];
    const stop = new AbortController();
    const listening = device.listen((notice) => (notices.push(notice), stop.abort()), stop.signal);
    await listening;
    expect(notices).toEqual([noticeOf(challenge)]);
    expect(device.remembered()).toEqual([challenge]);
    expect(await device.approve(challenge.challengeId, shown, PIN)).toEqual({ accepted: true });
    expect(counted.fetches).toBe(0);
    expect(device.remembered()).toEqual([]);
  });

  it("does not remember a challenge that is not this account's or not the notice's: the app fetches it", async () => {
    let heard: [PushNotice, PushChallenge | undefined][] = [];
    const { counted, wrap } = scripted(() => heard);
    const { server, device, account } = await enrolled(wrap);
    const { challenge, shown } = server.pushChallenge(account.deviceId);
    const second = server.pushChallenge(account.deviceId).challenge;
    heard = [
      [noticeOf(challenge), { ...challenge, account: 'x0000000' }],
      [noticeOf(challenge), second],
    ];
    const stop = new AbortController();
    let count = 0;
    await device.listen(() => ++count === 2 && stop.abort(), stop.signal);
    expect(device.remembered()).toEqual([]);
    expect(await device.approve(challenge.challengeId, shown, PIN)).toEqual({ accepted: true });
    expect(counted.fetches).toBe(1);
  });
});

describe('fetch device API events', () => {
  it('asks for the challenges on the stream and hands each one with its notice; a notice alone stays alone', async () => {
    const { server, account } = await enrolled();
    const { challenge } = server.pushChallenge(account.deviceId);
    const other: PushNotice = {
      type: 'push-notice',
      deviceId: account.deviceId,
      challengeId: 'QkJCQkJCQkJCQkJCQkJCQg',
    };
    const body = [
      `event: push-challenge\ndata: ${JSON.stringify(challenge)}\n\n`,
      `event: push-notice\ndata: ${JSON.stringify(noticeOf(challenge))}\n\n`,
      `event: push-challenge\ndata: {"not":"a challenge"}\n\n`,
      `event: push-notice\ndata: ${JSON.stringify(other)}\n\n`,
    ].join('');
    const urls: string[] = [];
    const api = createFetchDeviceApi('https://sesame.example.org', async (url) => {
      urls.push(String(url));
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    });
    const heard: Array<[PushNotice, PushChallenge | undefined]> = [];
    const proof = { deviceId: account.deviceId, issuedAt: 1, signature: 'A'.repeat(86) };
    await api.events!(proof, (notice, c) => heard.push([notice, c]), new AbortController().signal);
    expect(urls).toEqual(['https://sesame.example.org/device/v1/events?with=challenge']);
    expect(heard).toEqual([
      [noticeOf(challenge), challenge],
      [other, undefined],
    ]);
  });
});
