import { afterEach, describe, expect, it } from 'vitest';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/** Issue 11, point 6: the privacy page states the periods that the configuration sets and the purge applies. */

let portal: TestPortal | undefined;
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

function text(html: string, testId: string): string | undefined {
  const match = new RegExp(`<li data-testid="${testId}">([^<]*)</li>`).exec(html);
  return match?.[1]?.replaceAll('&#39;', '’').replaceAll('&amp;', '&');
}

describe.each([
  ['fr', fr],
  ['en', en],
] as const)('privacy page (%s)', (locale, m) => {
  it('states the configured periods, not fixed ones', async () => {
    portal = await createTestPortal({
      config: {
        'retention.signInEventsDays': 183,
        'retention.auditDays': 400,
        'retention.mailOutboxDays': 3,
        'retention.pendingCredentialHours': 6,
        linkTtlMinutes: 45,
      },
    });
    const response = await portal.app.inject({ method: 'GET', url: `/privacy?lang=${locale}` });
    expect(response.statusCode).toBe(200);
    const html = response.body;

    expect(text(html, 'retention-sign-ins')).toBe(format(m.privacy.retentionSignIns, { days: 183 }));
    expect(text(html, 'retention-audit')).toBe(format(m.privacy.retentionAudit, { days: 400 }));
    expect(text(html, 'retention-registrations')).toBe(format(m.privacy.retentionRegistrations, { minutes: 45 }));
    expect(text(html, 'retention-outbox')).toBe(format(m.privacy.retentionOutbox, { days: 3 }));
    expect(text(html, 'retention-pending-credentials')).toBe(
      format(m.privacy.retentionPendingCredentials, { hours: 6 }),
    );
    expect(html).not.toMatch(/\{\w+\}/);
    // The promise it used to make without anything keeping it.
    expect(html).not.toMatch(/one year|un an/);
  });

  it('with SMTP, says nothing of an outbox; with the defaults, 365 and 730 days', async () => {
    portal = await createTestPortal({ config: { 'mail.smtpUrl': 'smtp://127.0.0.1:2525' } });
    const html = (await portal.app.inject({ method: 'GET', url: `/privacy?lang=${locale}` })).body;

    expect(text(html, 'retention-sign-ins')).toBe(format(m.privacy.retentionSignIns, { days: 365 }));
    expect(text(html, 'retention-audit')).toBe(format(m.privacy.retentionAudit, { days: 730 }));
    expect(html).not.toContain('retention-outbox');
    expect(text(html, 'retention-pending-credentials')).toBe(
      format(m.privacy.retentionPendingCredentials, { hours: 24 }),
    );
  });
});
