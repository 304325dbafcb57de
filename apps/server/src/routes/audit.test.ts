import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPortal, signIn, textOf, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

const catalogues = { en, fr } as const;
const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const WRONG = 'le chien dort sur le radiateur';
const NEW_PASSWORD = 'trois tortues traversent la rue';

describe.each(['en', 'fr'] as const)('audit log (%s)', (locale) => {
  const m = catalogues[locale];
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await createTestPortal();
  });
  afterEach(() => portal.close());

  it('records a sign-in, a failure and a password change, newest first, without any password', async () => {
    const user = await portal.createUser({ email: EMAIL, password: PASSWORD, emailLocale: locale });
    const browser = portal.browser(locale);
    expect((await signIn(browser, EMAIL, PASSWORD)).status).toBe(303);
    portal.clock.advance(1_000);
    expect((await signIn(portal.browser(locale), EMAIL, WRONG)).status).toBe(401);
    portal.clock.advance(1_000);
    const changed = await browser.post('/account/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordConfirm: NEW_PASSWORD,
    });
    expect(changed.status).toBe(303);

    const events = await portal.durable.audit.list({ userId: user.id, limit: 50 });
    expect(
      events.map(({ type, userId, ip, userAgent, details }) => ({ type, userId, ip, userAgent, details })),
    ).toEqual([
      { type: 'password.changed', userId: user.id, ip: '127.0.0.1', userAgent: 'sesame-tests', details: {} },
      {
        type: 'sign_in.failed',
        userId: user.id,
        ip: '127.0.0.1',
        userAgent: 'sesame-tests',
        details: { reason: 'password' },
      },
      {
        type: 'sign_in.succeeded',
        userId: user.id,
        ip: '127.0.0.1',
        userAgent: 'sesame-tests',
        details: { method: 'PASSWORD' },
      },
    ]);
    const times = events.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const seqs = events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    // No password, right or wrong, anywhere in the log (all users).
    const everything = JSON.stringify(await portal.durable.audit.list({ limit: 1000 }));
    for (const secret of [PASSWORD, WRONG, NEW_PASSWORD]) expect(everything).not.toContain(secret);

    // The owner sees them on "My account", in their language.
    const page = textOf((await browser.get('/account')).html);
    for (const type of ['password.changed', 'sign_in.failed', 'sign_in.succeeded'] as const)
      expect(page).toContain(m.events[type]);
  });

  it('records a failure on an unknown address without an account', async () => {
    expect((await signIn(portal.browser(locale), 'nobody@example.org', WRONG)).status).toBe(401);
    const [event] = await portal.durable.audit.list({ limit: 10 });
    expect(event).toMatchObject({ type: 'sign_in.failed', userId: null, details: { reason: 'password' } });
    expect(JSON.stringify(event)).not.toContain('nobody@example.org');
  });
});
