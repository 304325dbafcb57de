import { describe, expect, it } from 'vitest';
import { latestSmsSunset, smsSunsetFor, type SmsSunsets } from './sms-sunset';

/** Issue 13 point 4: "a sunset date from configuration, per organisation if set" (docs/adr/0034 §1). */
const GLOBAL = new Date('2027-01-01T00:00:00Z');
const DGAL = new Date('2026-10-01T00:00:00Z');
const DDPP_35 = new Date('2027-03-01T00:00:00Z');
const ROOT = new Date('2026-12-01T00:00:00Z');

const sunsets = (global: Date | null, entries: [string, Date][] = []): SmsSunsets => ({
  global,
  byOrganisation: new Map(entries),
});
const TREE = sunsets(GLOBAL, [
  ['dgal', DGAL],
  ['ddpp-35', DDPP_35],
]);

describe('smsSunsetFor: the nearest organisation that sets a date, else the global one', () => {
  it('an organisation that sets one: its own date, even later than its ancestors’', () => {
    expect(smsSunsetFor(TREE, ['root', 'dgal', 'draaf-bretagne', 'ddpp-35'])).toEqual(DDPP_35);
  });

  it('an organisation that sets none: its nearest ancestor’s', () => {
    expect(smsSunsetFor(TREE, ['root', 'dgal', 'draaf-bretagne', 'ddpp-29'])).toEqual(DGAL);
    expect(smsSunsetFor(TREE, ['root', 'dgal', 'draaf-bretagne'])).toEqual(DGAL);
  });

  it('no ancestor sets one: the global date (and none when the global is unset)', () => {
    expect(smsSunsetFor(TREE, ['root', 'operators', 'acme'])).toEqual(GLOBAL);
    expect(smsSunsetFor(TREE, ['root'])).toEqual(GLOBAL);
    expect(smsSunsetFor(sunsets(null, [['dgal', DGAL]]), ['root', 'operators'])).toBeNull();
    expect(smsSunsetFor(sunsets(null), ['root', 'dgal'])).toBeNull();
  });

  it('the root’s date is every organisation’s that sets none, before the global one', () => {
    const withRoot = sunsets(GLOBAL, [
      ['root', ROOT],
      ['dgal', DGAL],
    ]);
    expect(smsSunsetFor(withRoot, ['root'])).toEqual(ROOT);
    expect(smsSunsetFor(withRoot, ['root', 'operators', 'acme'])).toEqual(ROOT);
    expect(smsSunsetFor(withRoot, ['root', 'dgal', 'ddpp-29'])).toEqual(DGAL);
  });

  it('an account of no known organisation (an empty ancestry): the global date', () => {
    expect(smsSunsetFor(TREE, [])).toEqual(GLOBAL);
  });
});

describe('latestSmsSunset: what the password page judges SMS by, before the account is known', () => {
  it('the last of every date that may apply', () => {
    expect(latestSmsSunset(TREE)).toEqual(DDPP_35);
    expect(latestSmsSunset(sunsets(GLOBAL, [['dgal', DGAL]]))).toEqual(GLOBAL);
    expect(latestSmsSunset(sunsets(GLOBAL))).toEqual(GLOBAL);
  });

  it('no end while accounts fall back on an unset global date', () => {
    expect(latestSmsSunset(sunsets(null, [['dgal', DGAL]]))).toBeNull();
    expect(latestSmsSunset(sunsets(null))).toBeNull();
  });

  it('a root date hides the global one from every account', () => {
    expect(latestSmsSunset(sunsets(null, [['root', ROOT]]))).toEqual(ROOT);
    expect(latestSmsSunset(sunsets(new Date('2030-01-01T00:00:00Z'), [['root', ROOT]]))).toEqual(ROOT);
  });
});
