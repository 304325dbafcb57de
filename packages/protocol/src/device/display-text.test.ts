import { describe, expect, it } from 'vitest';
import { displayTextProblem, ELLIPSIS, fitDisplayText, fitRelyingAppName, relyingAppNameProblem } from './display-text';
import { RELYING_APP_NAME_MAX_BYTES } from './rules';

const bytes = (text: string) => new TextEncoder().encode(text).length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What every cut holds: within the limit, the text's own beginning, whole characters, "…". */
function expectCut(text: string, maxBytes: number): string {
  const cut = fitDisplayText(text, maxBytes);
  if (bytes(text) <= maxBytes) {
    expect(cut).toBe(text);
    return cut;
  }
  expect(bytes(cut)).toBeLessThanOrEqual(maxBytes);
  expect(cut.endsWith(ELLIPSIS)).toBe(true);
  expect(text.startsWith(cut.slice(0, -ELLIPSIS.length))).toBe(true);
  expect(cut).not.toMatch(LONE_SURROGATE);
  expect(displayTextProblem(cut, maxBytes)).toBeNull();
  return cut;
}

describe('fitDisplayText', () => {
  it('leaves a text that fits as it is, to the byte', () => {
    expect(fitDisplayText('TRACES NT (démo)', 40)).toBe('TRACES NT (démo)');
    const exactly = 'a'.repeat(38) + 'é'; // 40 bytes
    expect(fitDisplayText(exactly, 40)).toBe(exactly);
  });

  it('cuts a 45-byte ASCII name to 40 bytes, "…" included', () => {
    const cut = expectCut('Application de gestion des dossiers agricoles', 40);
    expect(cut).toBe('Application de gestion des dossiers a…');
    expect(bytes(cut)).toBeLessThanOrEqual(40);
  });

  it('drops the space before "…"', () => {
    expect(fitDisplayText('abcdef ghijkl', 10)).toBe('abcdef…');
  });

  it('never splits a UTF-8 sequence: é, ß and 中 stay whole', () => {
    // 30 characters, 52 bytes.
    const name = 'Sûreté Straße 中央中央中央 été àéçèù';
    expect(name.length).toBe(30);
    expect(bytes(name)).toBeGreaterThan(40);
    const cut = expectCut(name, 40);
    expect(cut).toBe('Sûreté Straße 中央中央中央…');
    for (let limit = 3; limit <= bytes(name); limit++) expectCut(`${name}!`, limit);
  });

  it('never splits a surrogate pair, and keeps grapheme clusters whole', () => {
    // 𝔖 is outside the BMP (a surrogate pair, 4 bytes); 🇫🇷 is two of them; é here is e + U+0301.
    const name = `${'𝔖'.repeat(12)}`;
    expect(expectCut(name, 40)).toBe(`${'𝔖'.repeat(9)}${ELLIPSIS}`);
    const flags = '🇫🇷🇩🇪🇪🇺🇫🇷🇩🇪🇪🇺';
    expect(expectCut(flags, 20)).toBe(`🇫🇷🇩🇪${ELLIPSIS}`);
    const decomposed = `${'e\u0301'.repeat(20)}`; // 60 bytes
    const cut = expectCut(decomposed, 40);
    expect(cut.slice(0, -1)).toMatch(/^(?:e\u0301)+$/u);
    for (let limit = 3; limit <= 60; limit++) {
      for (const text of [name, flags, decomposed, `a${flags}`, `ab${name}`]) expectCut(`${text}x`, limit);
    }
  });

  it('cuts between code points a first character too big for the room (a long cluster)', () => {
    const family = '👨‍👩‍👧‍👦'; // one grapheme, 25 bytes
    const cut = fitDisplayText(`${family}${family}`, 20);
    expect(bytes(cut)).toBeLessThanOrEqual(20);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(cut).not.toMatch(LONE_SURROGATE);
  });

  it('without Intl.Segmenter, still cuts between code points', () => {
    const segmenter = Intl.Segmenter;
    try {
      // Some runtimes of the app may predate it.
      delete (Intl as { Segmenter?: unknown }).Segmenter;
      expect(expectCut('Sûreté Straße 中央中央中央 été àéçèù', 40)).toBe('Sûreté Straße 中央中央中央…');
      expect(expectCut('𝔖'.repeat(12), 40)).toBe(`${'𝔖'.repeat(9)}${ELLIPSIS}`);
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
    }
  });
});

describe('fitRelyingAppName and relyingAppNameProblem', () => {
  it('any name the configuration accepts (up to 100 characters) fits the challenges', () => {
    for (const name of [
      'A',
      'x'.repeat(100),
      '中'.repeat(100),
      '𝔖'.repeat(50),
      'Sûreté Straße 中央中央中央 été àéçèù',
    ]) {
      expect(relyingAppNameProblem(name)).toBeNull();
      const fitted = fitRelyingAppName(name);
      expect(bytes(fitted)).toBeLessThanOrEqual(RELYING_APP_NAME_MAX_BYTES);
      // What the challenges' field check (fields.ts displayText) asks of it.
      expect(displayTextProblem(fitted, RELYING_APP_NAME_MAX_BYTES)).toBeNull();
    }
  });

  it('the field check refuses a name over the limit: the cut is needed', () => {
    expect(displayTextProblem('Application de gestion des dossiers agricoles', RELYING_APP_NAME_MAX_BYTES)).toBe(
      'too_long',
    );
  });

  it.each([
    ['a control character', 'TRACES\nNT'],
    ['a bidi override', 'TRACES \u202Etnemyap'],
    ['a space at an end', ' TRACES'],
    ['a space at the end of a long name', `${'x'.repeat(60)} `],
    ['a lone surrogate', 'TRACES \uD800'],
    ['nothing', ''],
  ])('refuses a name no challenge can carry: %s', (_why, name) => {
    expect(relyingAppNameProblem(name)).not.toBeNull();
  });
});
