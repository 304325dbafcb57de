import type { MailRequest, MailTemplate } from '@sesame/core';
import { LOCALES, type Locale } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { type Branding, DEFAULT_BRANDING, localisedText } from '../branding/branding';
import { catalogues } from '../i18n/catalogues';
import { format } from '../i18n/format-message';
import { renderMail } from './render-mail';

const publicUrl = 'https://sesame.example.org';
const token = 'tok_EN-4Zq9x';

type ParamsOf<T extends MailTemplate> = Extract<MailRequest, { template: T }>['params'];

/** One entry per template: adding a template to MailRequest fails the type-check until it has one. */
const fixtures = {
  'registration-link': {
    params: { firstName: 'Ada', token, ttlMinutes: 90 },
    link: '/register/confirm?token=',
  },
  'registration-existing': { params: { firstName: 'Ada' }, link: '/login' },
  'password-reset': { params: { firstName: 'Ada', token, ttlMinutes: 90 }, link: '/password/reset?token=' },
  'password-changed': { params: { firstName: 'Ada' }, link: '/password/forgot' },
  'email-change-link': {
    params: { firstName: 'Ada', token, ttlMinutes: 90 },
    link: '/account/email/confirm?token=',
  },
  'email-change-notice': { params: { firstName: 'Ada', newEmail: 'ada@example.net' }, link: '/login' },
  'account-locked': { params: { firstName: 'Ada', minutes: 15 }, link: '/password/forgot' },
  'account-locked-until-reset': { params: { firstName: 'Ada' }, link: '/password/forgot' },
  'device-enrolled': { params: { firstName: 'Ada', deviceName: 'PhoneOfAda' }, link: '/account' },
  'devices-panic-link': {
    params: { firstName: 'Ada', token, ttlMinutes: 90 },
    link: '/account/devices/panic/confirm?token=',
  },
  'device-blocked': {
    params: {
      firstName: 'Ada',
      deviceName: 'PhoneOfAda',
      blockedUntil: '2025-03-01T08:15:00.000Z',
      ip: '192.0.2.7',
      browser: 'Firefox',
      token,
      ttlMinutes: 90,
    },
    link: '/password/reset?token=',
  },
  'second-factor-blocked': {
    params: {
      firstName: 'Ada',
      method: 'sms',
      blockedUntil: '2025-03-01T08:15:00.000Z',
      ip: '192.0.2.7',
      browser: 'Firefox',
      token,
      ttlMinutes: 90,
    },
    link: '/password/reset?token=',
  },
  'device-deleted': {
    params: { firstName: 'Ada', deviceName: 'PhoneOfAda', ip: '192.0.2.7', browser: 'Firefox' },
    link: '/account/devices',
  },
  'recovery-link': { params: { firstName: 'Ada', token, ttlMinutes: 90 }, link: '/account/recovery/confirm?token=' },
  'recovery-started': {
    params: { firstName: 'Ada', readyAt: '2025-03-02T08:00:00.000Z', ip: '192.0.2.7', browser: 'Firefox', token },
    link: '/account/recovery/cancel?token=',
  },
  'recovery-cancelled': { params: { firstName: 'Ada' }, link: '/login' },
  'second-factor-reset': {
    params: { firstName: 'Ada', token, ttlHours: 72 },
    link: '/account/recovery/confirm?token=',
  },
  'recovery-expedited': { params: { firstName: 'Ada', token }, link: '/account/recovery/cancel?token=' },
  'role-changed': {
    params: { firstName: 'Ada', change: 'granted', role: 'helpdesk', organisation: 'DDPP 35' },
    link: '/admin',
  },
  'recovery-completed': { params: { firstName: 'Ada', deviceName: 'PhoneOfAda' }, link: '/account/devices' },
  'recovery-codes-generated': {
    params: { firstName: 'Ada', count: 10, replaced: 3, ip: '192.0.2.7', browser: 'Firefox' },
    link: '/account',
  },
  'recovery-code-used': {
    params: {
      firstName: 'Ada',
      at: '2025-03-01T08:15:00.000Z',
      ip: '192.0.2.7',
      browser: 'Firefox',
      remaining: 9,
      token,
      ttlMinutes: 90,
    },
    link: '/password/reset?token=',
  },
  'authenticator-app-changed': {
    params: { firstName: 'Ada', name: 'Aegis', change: 'added', ip: '192.0.2.7', browser: 'Firefox' },
    link: '/account/authenticator-apps',
  },
  'authenticator-code-replayed': {
    params: { firstName: 'Ada', at: '2025-03-01T08:15:00.000Z', ip: '192.0.2.7', browser: 'Firefox' },
    link: '/password/forgot',
  },
  'security-key-changed': {
    params: { firstName: 'Ada', name: 'YubiKey', change: 'deleted', ip: '192.0.2.7', browser: 'Firefox' },
    link: '/account/security-keys',
  },
  'security-key-cloned': {
    params: { firstName: 'Ada', name: 'YubiKey', at: '2025-03-01T08:15:00.000Z', ip: '192.0.2.7', browser: 'Firefox' },
    link: '/account/security-keys',
  },
  'phone-number-changed': {
    params: { firstName: 'Ada', name: '+33 6 12 34 56 78', change: 'added', ip: '192.0.2.7', browser: 'Firefox' },
    link: '/account/phone-numbers',
  },
  'eid-changed': {
    params: { firstName: 'Ada', name: 'FranceConnect', change: 'added', ip: '192.0.2.7', browser: 'Firefox' },
    link: '/account/eids',
  },
  invitation: {
    params: { firstName: 'Ada', token, ttlDays: 7, organisation: 'DDPP 35' },
    link: '/password/reset?token=',
  },
  'new-browser-sign-in': {
    params: { firstName: 'Ada', at: '2025-03-01T08:15:00.000Z', ip: '192.0.2.7', browser: 'Firefox 128 · Windows' },
    link: '/password/forgot',
  },
  'enrolment-reminder': {
    params: { firstName: 'Ada', category: 'sms', sunset: '2027-03-01T00:00:00.000Z' },
    link: '/login',
  },
} satisfies { [T in MailTemplate]: { params: ParamsOf<T>; link: string } };

/** Words that only one language's catalogue uses, in every mail. */
/** Words of every mail in a language: its greeting, its signature, the start of its automatic-message line. */
const phrases = (locale: Locale) => {
  const { mail } = catalogues[locale];
  return [format(mail.greeting, { firstName: 'Ada' }), mail.signature, mail.automatic.split(/[:：]/)[0]!.trim()];
};

function request(template: MailTemplate, locale: MailRequest['locale'], firstName = 'Ada'): MailRequest {
  const { params } = fixtures[template];
  // The fixture is typed per template above; TypeScript cannot correlate the two lookups.
  return { to: 'ada@example.org', locale, template, params: { ...params, firstName } } as MailRequest;
}

const cases = LOCALES.flatMap((locale) =>
  (Object.keys(fixtures) as MailTemplate[]).map((template) => ({ locale, template })),
);

describe.each(cases)('renderMail $template ($locale)', ({ locale, template }) => {
  const mail = renderMail(request(template, locale), { publicUrl });
  const other: Locale = locale === 'fr' ? 'en' : 'fr';

  it('fills the subject, the text and the HTML, leaving no placeholder', () => {
    expect(mail.to).toBe('ada@example.org');
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part.trim()).not.toBe('');
      expect(part).not.toMatch(/\{\w*\}?/);
    }
  });

  it('is written in the recipient’s language', () => {
    for (const phrase of phrases(locale)) {
      expect(mail.text).toContain(phrase);
      expect(mail.html).toContain(phrase);
    }
    for (const phrase of phrases(other)) expect(mail.text).not.toContain(phrase);
    expect(mail.html).toContain(`<html lang="${locale}">`);
    // French puts a space before the colon.
    expect(mail.subject).toMatch(locale === 'fr' ? /^Sésame\u00a0: / : /^Sésame: /);
  });

  it('links to the portal page, with the token when there is one', () => {
    const { params, link } = fixtures[template];
    const url = `${publicUrl}${link}${'token' in params ? params.token : ''}`;
    expect(mail.text).toContain(`\n${url}\n`);
    // The button and the visible fallback under it.
    expect(mail.html.split(`href="${url}"`)).toHaveLength(3);
    expect(mail.html).toContain(`>${url}</a>`);
  });

  it('escapes the first name in the HTML', () => {
    const hostile = renderMail(request(template, locale, '<script>alert("x")</script> & Co'), { publicUrl });
    expect(hostile.html).not.toContain('<script>');
    expect(hostile.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(hostile.text).toContain('<script>alert("x")</script> & Co');
  });
});

describe('renderMail details', () => {
  it('states the link life and the lock length', () => {
    expect(renderMail(request('password-reset', 'en'), { publicUrl }).text).toContain('valid for 90 minutes');
    const locked = renderMail(request('account-locked', 'fr'), { publicUrl });
    expect(locked.subject).toBe('Sésame\u00a0: votre compte est verrouillé pendant 15 minutes');
  });

  it('says one minute in the singular, by the rules of the recipient’s language (ADR 0023)', () => {
    const lockedFor = (locale: MailRequest['locale'], minutes: number) =>
      renderMail(
        { to: 'ada@example.org', locale, template: 'account-locked', params: { firstName: 'Ada', minutes } },
        {
          publicUrl,
        },
      ).subject;
    expect(lockedFor('en', 1)).toBe('Sésame: your account is locked for 1 minute');
    expect(lockedFor('fr', 1)).toBe('Sésame\u00a0: votre compte est verrouillé pendant 1 minute');
    // 0 is singular in French, plural in English: the mail is formatted with its own locale.
    expect(lockedFor('fr', 0)).toBe('Sésame\u00a0: votre compte est verrouillé pendant 0 minute');
    expect(lockedFor('en', 0)).toBe('Sésame: your account is locked for 0 minutes');
  });

  it('names the new address in the change notice, escaped in HTML', () => {
    const mail = renderMail(
      {
        to: 'old@example.org',
        locale: 'en',
        template: 'email-change-notice',
        params: { firstName: 'Ada', newEmail: 'a&b@example.net' },
      },
      { publicUrl },
    );
    expect(mail.text).toContain('is now a&b@example.net.');
    expect(mail.html).toContain('is now a&amp;b@example.net.');
  });

  it('adds "ignore this e-mail" to requested links only, not to security notices', () => {
    const ignore = 'If you did not ask for this, ignore this e-mail';
    expect(renderMail(request('password-reset', 'en'), { publicUrl }).text).toContain(ignore);
    expect(renderMail(request('password-changed', 'en'), { publicUrl }).text).not.toContain(ignore);
  });

  // Issue 11, point 1: the mails around an enrolment say where the app is and link to "add a device".
  const enrolmentMails = LOCALES.flatMap((locale) =>
    (['registration-link', 'registration-existing', 'device-enrolled', 'recovery-completed'] as const).map(
      (template) => ({ template, locale }),
    ),
  );
  it.each(enrolmentMails)(
    '$template ($locale) gives the app’s address and the direct link to add a device',
    ({ template, locale }) => {
      const mail = renderMail(request(template, locale), { publicUrl: `${publicUrl}/` });
      for (const url of [`${publicUrl}/app/`, `${publicUrl}/account/devices/new`]) {
        expect(mail.text).toContain(`\n${url}\n`);
        expect(mail.html).toContain(`<a href="${url}"`);
      }
      expect(mail.text).toContain(catalogues[locale].getApp.mailDevices);
    },
  );

  it('leaves the app out of mails unrelated to an enrolment', () => {
    expect(renderMail(request('password-reset', 'en'), { publicUrl }).text).not.toContain('/app/');
  });
});

describe('the mails’ footer: the organisation and whom to ask (issue 11, point 5; ADR 0020)', () => {
  const request = { template: 'password-changed', to: 'ada@example.org', params: { firstName: 'Ada' } } as const;

  it.each(LOCALES)('%s: without a support contact, the local manager and the help page', (locale) => {
    const mail = renderMail({ ...request, locale }, { publicUrl: `${publicUrl}/` });
    const o = catalogues[locale].organisation;
    expect(mail.text).toContain(`${o.mailNoSupport}\n${publicUrl}/help\n`);
    expect(mail.html).toContain(`<a href="${publicUrl}/help"`);
    expect(mail.text).toContain(catalogues[locale].mail.signature);
  });

  it.each(LOCALES)('%s: the organisation’s name and every support address, as links', (locale) => {
    const branding: Branding = {
      ...DEFAULT_BRANDING,
      name: localisedText({ fr: 'Ministère de l’Agriculture', en: 'Ministry of Agriculture' }),
      support: {
        email: 'assistance@agriculture.example.fr',
        phone: { label: '+33 1 49 55 49 55', tel: 'tel:+33149554955' },
        url: 'https://assistance.agriculture.example.fr/',
      },
    };
    const mail = renderMail({ ...request, locale }, { publicUrl, branding });
    const o = catalogues[locale].organisation;
    const name = branding.name[locale];
    expect(mail.text).toContain(format(o.mailSignature, { name }));
    expect(mail.text).toContain(
      `${format(o.mailSupport, { name })}\nassistance@agriculture.example.fr\n+33 1 49 55 49 55\nhttps://assistance.agriculture.example.fr/\n`,
    );
    expect(mail.text).not.toContain(o.mailNoSupport);
    expect(mail.html).toContain('<a href="mailto:assistance@agriculture.example.fr"');
    expect(mail.html).toContain('<a href="tel:+33149554955"');
    // The name is escaped like every other value: ’ is fine, but nothing becomes markup.
    expect(mail.html).toContain(format(o.mailSignature, { name }).replace(/'/g, '&#39;'));
  });
});
