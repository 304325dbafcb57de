import { describe, expect, it, vi } from 'vitest';
import { ActionRecorder } from './action-count';

/**
 * The counting rules of the action recorder (issue 11, point 2), without a browser: fake
 * targets stand for Playwright locators, a hand-moved clock for performance.now.
 */

function clock() {
  let t = 0;
  return {
    now: () => t,
    /** An async step that takes `ms` of the fake clock. */
    takes:
      (ms: number) =>
      async (..._args: unknown[]): Promise<void> => {
        t += ms;
      },
    advance(ms: number) {
      t += ms;
    },
  };
}

const target = (c: ReturnType<typeof clock>, ms = 100) => ({
  click: vi.fn(c.takes(ms)),
  fill: vi.fn(c.takes(ms)),
  check: vi.fn(c.takes(ms)),
  selectOption: vi.fn(async () => {
    await c.takes(ms)();
    return [];
  }),
});

describe('ActionRecorder', () => {
  it('counts one action per click, field, choice, box, keypad PIN, scan and opened address', async () => {
    const c = clock();
    const r = new ActionRecorder('fr', c.now);
    const t = target(c);
    r.phase('enrolment');
    await r.open('phone', 'the app', c.takes(10));
    await r.click('phone', 'Initialize', t);
    await r.fill('computer', 'PIN', t, '1234');
    await r.select('computer', 'method', t, { label: 'app' });
    await r.check('computer', 'privacy', t);
    await r.scan('phone', 'the QR code', c.takes(10));
    const tap = vi.fn(c.takes(10));
    await r.keypad('phone', 'PIN', async () => {
      for (const digit of '1234') await tap(digit);
    });
    expect(r.count('enrolment')).toBe(7);
    expect(r.actions('enrolment').map((a) => a.kind)).toEqual([
      'open',
      'click',
      'fill',
      'select',
      'check',
      'scan',
      'keypad',
    ]);
    // The keypad's four taps are one action; the work really tapped four times.
    expect(tap).toHaveBeenCalledTimes(4);
    expect(t.fill).toHaveBeenCalledWith('1234');
  });

  it('counts keystrokes in one field as one action, even filled twice in a row, but not across fields', async () => {
    const c = clock();
    const r = new ActionRecorder('en', c.now);
    const t = target(c);
    r.phase('registration');
    await r.fill('computer', 'Password', t, 'a kettle');
    await r.fill('computer', 'Password', t, 'a kettle hums');
    await r.fill('computer', 'Confirm', t, 'a kettle hums');
    await r.fill('computer', 'Password', t, 'again');
    // The same label on the other device is another field.
    await r.fill('phone', 'Confirm', t, 'x');
    expect(r.actions('registration').map((a) => `${a.device}:${a.label}`)).toEqual([
      'computer:Password',
      'computer:Confirm',
      'computer:Password',
      'phone:Confirm',
    ]);
    // The merged fill keeps the time of both.
    expect(r.actions('registration')[0]!.ms).toBe(200);
  });

  it('keeps phases apart, and a fill does not merge into the previous phase', async () => {
    const c = clock();
    const r = new ActionRecorder('fr', c.now);
    const t = target(c);
    r.phase('registration');
    await r.fill('computer', 'Password', t, 'x');
    r.phase('enrolment');
    await r.fill('computer', 'Password', t, 'x');
    await r.click('computer', 'Submit', t);
    expect(r.count('registration')).toBe(1);
    expect(r.count('enrolment')).toBe(2);
    expect(r.phases()).toEqual(['registration', 'enrolment']);
    expect(() => r.phase('enrolment')).toThrow(/already recorded/);
  });

  it('refuses an action outside any phase or after the end', async () => {
    const c = clock();
    const r = new ActionRecorder('fr', c.now);
    await expect(r.click('phone', 'Accept', target(c))).rejects.toThrow(/outside any phase/);
    r.phase('enrolment');
    r.end();
    await expect(r.click('phone', 'Accept', target(c))).rejects.toThrow(/outside any phase/);
  });

  it('measures a phase from its start to the next, less the time spent aside, which counts no action', async () => {
    const c = clock();
    const r = new ActionRecorder('fr', c.now);
    const t = target(c, 1000);
    r.phase('enrolment');
    await r.click('phone', 'Initialize', t);
    c.advance(500); // the page moving on by itself: machine time, no action
    await r.aside(async () => {
      c.advance(4000); // axe-core
      await r.aside(c.takes(1000)); // nested: counted once
    });
    await r.click('phone', 'Continue', t);
    r.phase('sign-in');
    c.advance(700);
    expect(r.machineSeconds('enrolment')).toBeCloseTo(2.5);
    expect(r.count('enrolment')).toBe(2);
    expect(r.machineSeconds('sign-in')).toBeCloseTo(0.7); // still running: until now
    r.end();
    c.advance(10_000);
    expect(r.machineSeconds('sign-in')).toBeCloseTo(0.7);
    expect(() => r.machineSeconds('nothing')).toThrow(/no phase/);
  });

  it('prints a table and the summary line', async () => {
    const c = clock();
    const r = new ActionRecorder('fr', c.now);
    const t = target(c, 1200);
    r.phase('enrolment');
    await r.click('phone', 'Initialize', t);
    await r.fill('computer', 'PIN', t, '1234');
    c.advance(11_800);
    expect(r.summary('enrolment', 10)).toBe('enrolment (fr): 2 actions (target ≤ 10), 14.2 s of machine time');
    expect(r.summary('enrolment')).toBe('enrolment (fr): 2 actions, 14.2 s of machine time');
    expect(r.table('enrolment').split('\n')).toEqual([
      'enrolment (fr):',
      '| # | device   | action | what       |   s |',
      '|---|----------|--------|------------|-----|',
      '| 1 | phone    | click  | Initialize | 1.2 |',
      '| 2 | computer | fill   | PIN        | 1.2 |',
    ]);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(r.print('enrolment', 10)).toBe(r.summary('enrolment', 10));
      expect(log).toHaveBeenCalledWith(expect.stringContaining('enrolment (fr): 2 actions (target ≤ 10)'));
    } finally {
      log.mockRestore();
    }
  });

  it('says "1 action", not "1 actions"', async () => {
    const c = clock();
    const r = new ActionRecorder('en', c.now);
    r.phase('sign-in');
    await r.click('computer', 'Sign in', target(c));
    expect(r.summary('sign-in')).toMatch(/^sign-in \(en\): 1 action, /);
  });
});
