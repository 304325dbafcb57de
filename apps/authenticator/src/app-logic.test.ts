import { AuthenticatorError } from '@sesame/authenticator-core';
import { ProtocolError } from '@sesame/protocol';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { keyholeIconPng } from '../build/png-icon';
import { answerFailure, pollProblem } from './answer-errors';
import { acceptanceFailure, enrolmentFailure } from './enrolment-errors';
import { browserLocale, catalogues, format } from './i18n/catalogues';
import { en } from './i18n/en';
import { parseRoute, resolveRoute, routeAfterAnswer } from './router';

const server = (status: number) => new AuthenticatorError('ERR_SERVER', { status });

describe('the app’s decisions, without a browser', () => {
  it('maps enrolment failures to what the user reads, and says when the PIN may be typed again', () => {
    expect(enrolmentFailure(en, new AuthenticatorError('ERR_PIN_REJECTED'))).toEqual({
      message: en.enrol.pinRejected,
      retryPin: true,
    });
    expect(enrolmentFailure(en, new AuthenticatorError('ERR_NETWORK')).retryPin).toBe(true);
    // Design §5 "one account per device": the server's DEVICE_ALREADY_ENROLLED is a 409.
    expect(enrolmentFailure(en, server(409))).toEqual({ message: en.enrol.oneAccount, retryPin: false });
    expect(enrolmentFailure(en, server(404)).message).toBe(en.enrol.qrSpent);
    expect(enrolmentFailure(en, server(410)).message).toBe(en.enrol.pinExpired);
    expect(enrolmentFailure(en, new AuthenticatorError('ERR_ALREADY_ENROLLED')).message).toBe(en.enrol.alreadyHere);
    expect(enrolmentFailure(en, new ProtocolError('ERR_MESSAGE_INVALID'))).toEqual({
      message: en.enrol.failed,
      retryPin: false,
    });
  });

  it('says how many PIN tries are left, and that the last one cancelled the enrolment', () => {
    expect(enrolmentFailure(en, new AuthenticatorError('ERR_PIN_REJECTED', { triesLeft: 2 }))).toEqual({
      message: format(en.enrol.pinRejectedTries, { count: 2 }),
      retryPin: true,
    });
    expect(enrolmentFailure(en, new AuthenticatorError('ERR_PIN_REJECTED', { triesLeft: 0 }))).toEqual({
      message: en.enrol.pinCancelled,
      retryPin: false,
    });
  });

  it('maps acceptance failures (annex step 10): a network failure may be retried, a 404 or 410 not', () => {
    expect(acceptanceFailure(en, new AuthenticatorError('ERR_NETWORK'))).toEqual({
      message: en.enrol.network,
      retryAccept: true,
    });
    expect(acceptanceFailure(en, server(410))).toEqual({ message: en.enrol.acceptExpired, retryAccept: false });
    expect(acceptanceFailure(en, server(404)).retryAccept).toBe(false);
    expect(acceptanceFailure(en, server(500))).toEqual({ message: en.enrol.failed, retryAccept: false });
  });

  it('shows an account awaiting acceptance first, and the accept screen only while there is one', () => {
    // After the PIN, and on start after a reload.
    expect(resolveRoute('accept', true, false, true, false)).toBe('accept');
    expect(resolveRoute(null, true, false, true, false)).toBe('accept');
    expect(resolveRoute('scan', true, false, true, false)).toBe('accept');
    // Another account already active: the notification's #/accept still opens it.
    expect(resolveRoute('accept', true, true, true, false)).toBe('accept');
    expect(resolveRoute('home', true, true, true, false)).toBe('home');
    // While "Accept" runs the screen stays (a refusal is said there); without an account
    // awaiting, no accept screen: once accepted, the app is on Home (no "Continue", issue 11).
    expect(resolveRoute('accept', true, true, false, true)).toBe('accept');
    expect(resolveRoute('accept', true, true, false, false)).toBe('home');
    expect(resolveRoute('accept', true, false, false, false)).toBe('scan');
    expect(parseRoute('#/accept')).toBe('accept');
  });

  it('goes back to Home once the last waiting request is answered, and stays on the list while others wait', () => {
    const waiting = [{ challengeId: 'a' }, { challengeId: 'b' }];
    expect(routeAfterAnswer([{ challengeId: 'a' }], new Set(['a']))).toBe('home');
    expect(routeAfterAnswer(waiting, new Set(['a']))).toBe('pending');
    expect(routeAfterAnswer(waiting, new Set(['b', 'a']))).toBe('home');
    // The answered request may already be gone from the list (a poll came first).
    expect(routeAfterAnswer([], new Set(['a']))).toBe('home');
  });

  it('maps answer and polling failures', () => {
    expect(answerFailure(en, server(403))).toBe(en.pending.blocked);
    expect(answerFailure(en, server(404))).toBe(en.pending.gone);
    expect(answerFailure(en, new AuthenticatorError('ERR_CHALLENGE_EXPIRED'))).toBe(en.pending.expired);
    expect(answerFailure(en, new Error('?'))).toBe(en.pending.failed);
    expect(pollProblem(new AuthenticatorError('ERR_NETWORK'))).toBe('offline');
    expect(pollProblem(server(403))).toBe('blocked');
    expect(pollProblem(server(401))).toBe('unknown-device');
    expect(pollProblem(server(500))).toBeUndefined();
  });

  it('routes by hash and speaks the browser’s language, French by default', () => {
    expect(parseRoute('#/pending')).toBe('pending');
    expect(parseRoute('#/home')).toBe('home');
    expect(parseRoute('#/admin')).toBeNull();
    expect(parseRoute('')).toBeNull();
    expect(browserLocale(['ja-JP', 'en-GB', 'fr'])).toBe('en');
    expect(browserLocale(['fr-CA'])).toBe('fr');
    expect(browserLocale(['ja'])).toBe('fr');
  });

  it('has every placeholder of English in French, and none left unfilled', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const walk = (a: object, b: object, path: string) => {
      for (const [key, value] of Object.entries(a)) {
        const other = (b as Record<string, unknown>)[key];
        if (typeof value === 'string')
          expect(placeholders(String(other)), `${path}${key}`).toEqual(placeholders(value));
        else walk(value as object, other as object, `${path}${key}.`);
      }
    };
    walk(catalogues.en, catalogues.fr, '');
    expect(format(en.enrol.registered, { name: 'Pixel-de-Marie' })).toBe('Your device Pixel-de-Marie is registered.');
  });

  it('draws the manifest’s icons as valid PNGs of the announced size', () => {
    for (const size of [192, 512]) {
      const png = PNG.sync.read(keyholeIconPng(size));
      expect([png.width, png.height]).toEqual([size, size]);
      // Brand blue in the corner (full bleed, maskable), white in the keyhole.
      expect([...png.data.subarray(0, 3)]).toEqual([0x0b, 0x4f, 0x8a]);
      const centre = (Math.round(size * 0.4) * size + size / 2) * 4;
      expect([...png.data.subarray(centre, centre + 3)]).toEqual([255, 255, 255]);
    }
  });
});
