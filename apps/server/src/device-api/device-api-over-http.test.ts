import type { Authenticator } from '@sesame/authenticator-core';
import {
  createPushChallenge,
  deviceStatusAt,
  loginTransactionChannel,
  type PushVerdictEvent,
  startEnrolment,
  type UserRecord,
} from '@sesame/core';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushNotice } from '@sesame/protocol';
import { startListeningAppKit } from '../../test/authenticator-kit';
import type { TestPortal } from '../../test/test-portal';
import { notifyDevices } from '../push/notify-devices';

/** The scratch folders made here, removed after each test even when it fails (nothing left behind). */
const scratchFolders: string[] = [];
function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * The real thing: the server listening on 127.0.0.1, and authenticator-core's Authenticator (the
 * app's brain, as the PWA and the CLI run it) talking to it with fetch, as it talked to the fake
 * device server in its own tests.
 */
const PIN = '5739';

let portal: TestPortal;
let user: UserRecord;
let app: Authenticator;

beforeEach(async () => {
  ({ portal, user, app } = await startListeningAppKit());
});
afterEach(() => portal.close());

async function enrol() {
  const started = await startEnrolment(
    portal.services.devices,
    user,
    { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN },
    portal.clock.now(),
    ['PASSWORD', 'PASSWORD_MOBILE_APP'],
  );
  return app.enrol(started.qrText, PIN);
}

async function signIn(transaction: string) {
  const verdicts: PushVerdictEvent[] = [];
  const unsubscribe = await portal.ephemeral.subscribe(loginTransactionChannel(transaction), (message) =>
    verdicts.push(JSON.parse(message) as PushVerdictEvent),
  );
  const created = await createPushChallenge(
    portal.services.devices,
    {
      userId: user.id,
      loginTransactionId: transaction,
      relyingAppName: 'TRACES NT (démo)',
      browser: 'Firefox 128 on Windows',
      ip: '192.0.2.10',
    },
    portal.clock.now(),
  );
  return { created, verdicts, unsubscribe };
}

describe('the authenticator app against the listening server', () => {
  it('enrols: PIN, then acceptance (annex step 10); only then is the device active and the account told by mail', async () => {
    const started = await startEnrolment(
      portal.services.devices,
      user,
      { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN },
      portal.clock.now(),
      ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    );
    const awaiting = await app.enrol(started.qrText, PIN, { autoAccept: false });
    expect(awaiting.status).toBe('awaiting-acceptance');
    expect((await portal.durable.devices.findById(awaiting.deviceId))?.status).toBe('pending');
    expect(portal.mailer.sent).toEqual([]);
    const account = await app.accept(awaiting.deviceId);
    expect(account.status).toBe('active');
    expect(account).toMatchObject({ account: user.id, deviceName: 'Pixel-de-Marie', server: portal.baseUrl });
    expect((await portal.durable.devices.findById(account.deviceId))?.status).toBe('active');
    expect(portal.mailer.last('device-enrolled')).toMatchObject({
      to: 'marie.dupont@example.org',
      params: { deviceName: 'Pixel-de-Marie' },
    });
  });

  it('approves a sign-in: the app sees the challenge and its numbers, the browser hears "approved"', async () => {
    const account = await enrol();
    const { created, verdicts, unsubscribe } = await signIn('login-transaction-handle-approve');
    const pending = await app.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ deviceId: account.deviceId, relyingApp: 'TRACES NT (démo)' });
    expect(pending[0]!.candidates).toContain(created.shown);

    expect(await app.approve(pending[0]!.challengeId, created.shown, PIN)).toEqual({ accepted: true });
    await expect
      .poll(() => verdicts)
      .toEqual([
        { type: 'push-verdict', challengeId: pending[0]!.challengeId, deviceId: account.deviceId, verdict: 'approved' },
      ]);
    expect(await app.pending()).toEqual([]);
    await unsubscribe();
  });

  it('a wrong PIN is accepted:false ("failed" for the browser); five in a row block the device', async () => {
    const account = await enrol();
    for (let i = 1; i <= 5; i++) {
      // Past the push-bombing limit's window (3 challenges per 2 minutes).
      if (i % 3 === 0) portal.clock.advanceMinutes(3);
      const { created, verdicts, unsubscribe } = await signIn(`login-transaction-handle-wrong-${i}`);
      const [challenge] = await app.pending();
      expect(await app.approve(challenge!.challengeId, created.shown, '0000')).toEqual({ accepted: false });
      await expect.poll(() => verdicts.map((v) => v.verdict)).toEqual(['failed']);
      await unsubscribe();
    }
    expect(deviceStatusAt((await portal.durable.devices.findById(account.deviceId))!, portal.clock.now())).toBe(
      'blocked',
    );
    await expect(app.pending()).rejects.toMatchObject({ code: 'ERR_SERVER', details: { status: 403 } });
  });
});

describe('the open app hears requests on its event stream', () => {
  it('a new challenge reaches the listening app at once, as a handle; it stops when told', async () => {
    const account = await enrol();
    const notices: PushNotice[] = [];
    const controller = new AbortController();
    const listening = app.listen((notice) => notices.push(notice), controller.signal);
    const { created, unsubscribe } = await signIn('ltx-open-app');
    // The stream may still be opening: tell the devices until the app has heard one notice.
    await expect
      .poll(
        async () => {
          await notifyDevices(portal.services, created);
          return notices.length;
        },
        { timeout: 5_000, interval: 100 },
      )
      .toBeGreaterThan(0);
    expect(notices[0]).toEqual({
      type: 'push-notice',
      deviceId: account.deviceId,
      challengeId: created.challenges[0]!.challengeId,
    });
    controller.abort();
    await listening;
    await unsubscribe();
    // Node's fetch (undici) keeps a spare connection the server's close would wait for.
    portal.app.server.closeAllConnections();
  });
});

describe('the sesame-device CLI against the listening server', () => {
  it('enrols, lists the pending sign-in and approves it', async () => {
    const entry = fileURLToPath(
      new URL('../../../../packages/authenticator-core/src/cli/sesame-device.ts', import.meta.url),
    );
    const state = join(scratchFolder('sesame-cli-'), 'device.json');
    // The CLI runs on the system clock: the test clock must not have moved.
    const cli = async (...args: string[]) =>
      JSON.parse(
        (await promisify(execFile)(process.execPath, ['--import', 'tsx', entry, ...args, '--state', state])).stdout,
      );
    const started = await startEnrolment(
      portal.services.devices,
      user,
      { name: 'CLI', pin: PIN, pinConfirm: PIN },
      portal.clock.now(),
      ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    );
    // The CLI accepts the device itself once the PIN is right.
    const account = await cli('enrol', '--qr', started.qrText, '--pin', PIN);
    expect(account).toMatchObject({ account: user.id, deviceName: 'CLI', status: 'active' });

    const { created, verdicts, unsubscribe } = await signIn('login-transaction-handle-cli');
    const { challenges } = await cli('pending');
    expect(challenges).toHaveLength(1);
    expect(await cli('approve', challenges[0].challengeId, '--number', String(created.shown), '--pin', PIN)).toEqual({
      accepted: true,
    });
    await expect.poll(() => verdicts.map((v) => v.verdict)).toEqual(['approved']);
    await unsubscribe();
  }, 30_000);
});
