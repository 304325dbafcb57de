import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

/** Issue 11, point 7: the dev outbox answers JSON and filters by recipient, for people and scripts. */
describe('/dev/outbox', () => {
  let portal: TestPortal | undefined;
  afterEach(async () => {
    await portal?.close();
    portal = undefined;
  });

  async function portalWithMails(): Promise<TestPortal> {
    portal = await createTestPortal({ config: { devPages: true } });
    const outbox = portal.durable.outbox;
    await outbox.append({
      to: 'Alice@Example.org',
      subject: 'Confirm your address',
      text: 'Open https://sesame.test/register/confirm?token=abc to confirm.\n',
      html: '<p><a href="https://sesame.test/register/confirm?token=abc&amp;lang=en">Confirm</a></p>',
      createdAt: new Date('2026-12-06T10:00:00Z'),
    });
    await outbox.append({
      to: 'bob@example.org',
      subject: 'Reset your password',
      text: 'Open https://sesame.test/password/reset?token=def.',
      html: '',
      createdAt: new Date('2026-12-06T11:00:00Z'),
    });
    await outbox.append({
      to: 'alice@example.org',
      subject: 'Your account is ready',
      text: 'Nothing to click.',
      html: '<p>Nothing to click.</p>',
      createdAt: new Date('2026-12-06T12:00:00Z'),
    });
    return portal;
  }

  it('answers JSON when asked by Accept: every mail, newest first, with its links', async () => {
    const { app } = await portalWithMails();
    const res = await app.inject({ url: '/dev/outbox', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    const mails = res.json() as Record<string, unknown>[];
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Your account is ready',
      'Reset your password',
      'Confirm your address',
    ]);
    expect(mails[2]).toEqual({
      id: expect.any(Number),
      to: 'Alice@Example.org',
      subject: 'Confirm your address',
      date: '2026-12-06T10:00:00.000Z',
      text: 'Open https://sesame.test/register/confirm?token=abc to confirm.\n',
      html: '<p><a href="https://sesame.test/register/confirm?token=abc&amp;lang=en">Confirm</a></p>',
      links: [
        'https://sesame.test/register/confirm?token=abc',
        'https://sesame.test/register/confirm?token=abc&lang=en',
      ],
    });
    // No HTML part, no `html` key; the full stop after the link is not part of it.
    expect(mails[1]).not.toHaveProperty('html');
    expect(mails[1]?.links).toEqual(['https://sesame.test/password/reset?token=def']);
    expect(mails[0]?.links).toEqual([]);
  });

  it('answers JSON for ?format=json, even to a browser', async () => {
    const { app } = await portalWithMails();
    const res = await app.inject({ url: '/dev/outbox?format=json', headers: { accept: 'text/html,*/*' } });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toHaveLength(3);
  });

  it('filters by recipient: exact address, case-insensitive', async () => {
    const { app } = await portalWithMails();
    const res = await app.inject({ url: '/dev/outbox?format=json&to=ALICE%40example.org' });
    const mails = res.json() as { to: string; subject: string }[];
    expect(mails.map((mail) => mail.subject)).toEqual(['Your account is ready', 'Confirm your address']);
    // Exact: a part of an address matches nothing.
    const partial = await app.inject({ url: '/dev/outbox?format=json&to=example.org' });
    expect(partial.json()).toEqual([]);
  });

  it('answers an empty list for an unknown recipient', async () => {
    const { app } = await portalWithMails();
    const res = await app.inject({
      url: '/dev/outbox?to=nobody%40example.org',
      headers: { accept: 'application/json' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([]);
  });

  it('keeps the HTML page for browsers, with a labelled filter form, in English and French', async () => {
    const { app } = await portalWithMails();
    const en = await app.inject({
      url: '/dev/outbox?to=bob%40example.org',
      headers: { accept: 'text/html', 'accept-language': 'en' },
    });
    expect(en.headers['content-type']).toMatch(/^text\/html/);
    expect(en.body).toContain('<label for="outbox-to">Recipient (exact address)</label>');
    expect(en.body).toMatch(/<input id="outbox-to" name="to" type="email" value="bob@example.org"/);
    expect(en.body.match(/data-testid="outbox-mail"/g)).toHaveLength(1);
    expect(en.body).toContain('Reset your password');
    const none = await app.inject({ url: '/dev/outbox?to=nobody%40example.org', headers: { 'accept-language': 'fr' } });
    expect(none.body).toContain('Destinataire (adresse exacte)');
    expect(none.body).toContain('Aucun courriel pour nobody@example.org.');
  });

  it('is not served when devPages is off, in HTML or JSON', async () => {
    portal = await createTestPortal({ config: { devPages: false } });
    for (const url of ['/dev/outbox', '/dev/outbox?format=json', '/dev/outbox?to=a%40example.org']) {
      const res = await portal.app.inject({ url, headers: { accept: 'application/json' } });
      expect(res.statusCode).toBe(404);
    }
  });
});
