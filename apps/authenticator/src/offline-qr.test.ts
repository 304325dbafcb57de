import { Authenticator, MemoryStore } from '@sesame/authenticator-core';
import { FakeDeviceServer } from '@sesame/authenticator-core/testing';
import {
  decodeOfflineChallengeQr,
  encodeOfflineChallengeQr,
  generateEs256KeyPair,
  signOfflineChallenge,
} from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { catalogues, format } from './i18n/catalogues';
import { en } from './i18n/en';
import { classifyQr, groupCode, offlineCodeFailure, remainingText, spokenCode, verifyOfflineQr } from './offline-qr';

const NOW = 1_750_000_000;
const ACCOUNT = 'n0025vuz';
const PIN = '5739';

/** An app enrolled for ACCOUNT with a fake server; the clock is the test's. */
async function enrolledApp() {
  let seconds = NOW;
  const clock = { now: () => new Date(seconds * 1000) };
  const server = await FakeDeviceServer.create('https://sesame.example.org', clock);
  const app = new Authenticator({ store: new MemoryStore(), clock, deviceApi: () => server.api });
  await app.initialise();
  await app.enrol(server.enrolmentQr(ACCOUNT, PIN), PIN);
  return { server, app, clock, advance: (by: number) => (seconds += by) };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('it should have failed'),
    (error: unknown) => error,
  );
}

describe('"Sésame app with QR code" in the app (design §5)', () => {
  it('tells a sign-in QR from an enrolment QR and from anything else', async () => {
    const { server } = await enrolledApp();
    expect(classifyQr(await server.offlineChallengeQr(ACCOUNT)).kind).toBe('offline-challenge');
    expect(classifyQr(server.enrolmentQr('someone', PIN)).kind).toBe('enrolment');
    expect(classifyQr('https://example.org/').kind).toBe('other');
  });

  it('shows the application and the account only once the server’s signature holds', async () => {
    const { server, app, clock } = await enrolledApp();
    const qr = await server.offlineChallengeQr(ACCOUNT);
    expect(await verifyOfflineQr(app, qr, clock.now())).toEqual({ account: ACCOUNT, relyingApp: 'TRACES NT (démo)' });
    // The check does not stand for the PIN: the code of the real PIN is the server's.
    const { code } = await app.offlineCode(qr, PIN);
    expect(await server.checkOfflineCode(qr, code)).toBe(true);
  });

  it('refuses a forged QR, an expired one, one for another account and an enrolment QR, in words', async () => {
    const { server, app, clock, advance } = await enrolledApp();
    const genuine = decodeOfflineChallengeQr(await server.offlineChallengeQr(ACCOUNT));
    const { signature: _, ...fields } = genuine;
    const forger = await generateEs256KeyPair();
    const forged = encodeOfflineChallengeQr(await signOfflineChallenge(forger.privateKey, fields));
    expect(offlineCodeFailure(en, await failure(verifyOfflineQr(app, forged, clock.now())), forged)).toBe(
      en.code.forged,
    );
    expect(catalogues.fr.code.forged).toContain('Ne tapez aucun code');

    const other = await server.offlineChallengeQr('x9999abc');
    expect(offlineCodeFailure(en, await failure(verifyOfflineQr(app, other, clock.now())), other)).toBe(
      format(en.code.notEnrolled, { account: 'x9999abc' }),
    );

    const enrolment = server.enrolmentQr('someone', PIN);
    expect(offlineCodeFailure(en, await failure(verifyOfflineQr(app, enrolment, clock.now())), enrolment)).toBe(
      en.code.enrolmentQr,
    );
    expect(offlineCodeFailure(en, await failure(verifyOfflineQr(app, 'hello', clock.now())), 'hello')).toBe(
      en.code.notSignInQr,
    );

    const qr = await server.offlineChallengeQr(ACCOUNT);
    advance(6 * 60); // challenges live at most 5 minutes (ADR 0006)
    expect(offlineCodeFailure(en, await failure(verifyOfflineQr(app, qr, clock.now())), qr)).toBe(
      en.code.challengeExpired,
    );
  });

  it('shows the code in two groups of four, read digit by digit, with minutes and seconds left', () => {
    expect(groupCode('01234567')).toBe('0123 4567');
    expect(spokenCode('01234567')).toBe('0 1 2 3 4 5 6 7');
    expect(remainingText(en, 125)).toBe('2 min 5 s');
    expect(remainingText(en, -3)).toBe('0 min 0 s');
  });
});
