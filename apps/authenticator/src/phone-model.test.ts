import { describe, expect, it } from 'vitest';
import { cleanModel, modelFromUserAgent, phoneModel } from './phone-model';

describe('the phone model sent for an unnamed device (issue 11)', () => {
  it.each([
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
      'Pixel 8',
    ],
    [
      'Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36',
      'SM-S918B',
    ],
    [
      'Mozilla/5.0 (Linux; Android 10; SM-G973F Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/81.0.4044.138 Mobile Safari/537.36',
      'SM-G973F',
    ],
    [
      'Mozilla/5.0 (Linux; U; Android 4.0.3; ko-kr; LG-L160L Build/IML74K) AppleWebkit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
      'LG-L160L',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      'iPhone',
    ],
    [
      'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
      'iPad',
    ],
  ])('reads %s', (userAgent, model) => {
    expect(modelFromUserAgent(userAgent)).toBe(model);
  });

  it.each([
    // Chrome's reduced User-Agent: "K" is no model.
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36',
    // Firefox for Android names none.
    'Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    '',
  ])('finds no model in %s', (userAgent) => {
    expect(modelFromUserAgent(userAgent)).toBeUndefined();
  });

  it('prefers the client hints’ model, else falls back to the User-Agent', async () => {
    const reduced =
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36';
    const hints = (model: string) => ({ getHighEntropyValues: async () => ({ model, platform: 'Android' }) });
    expect(await phoneModel({ userAgent: reduced, userAgentData: hints('Pixel 7a') })).toBe('Pixel 7a');
    expect(await phoneModel({ userAgent: 'x (iPhone; CPU iPhone OS 17_1)', userAgentData: hints('') })).toBe('iPhone');
    const refusing = { getHighEntropyValues: () => Promise.reject(new Error('NotAllowedError')) };
    expect(await phoneModel({ userAgent: reduced, userAgentData: refusing })).toBeUndefined();
  });

  it('cleans what it sends: printable, single spaces, within 64 bytes', () => {
    expect(cleanModel('  Pixel\u0000  8\n')).toBe('Pixel 8');
    expect(new TextEncoder().encode(cleanModel('é'.repeat(100))!).length).toBeLessThanOrEqual(64);
    expect(cleanModel('\u200B')).toBeUndefined();
  });
});
