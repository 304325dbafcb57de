import { intlTag } from '@sesame/protocol';
import type { MailRequest, MailTemplate } from '@sesame/core';
import type { Locale } from '@sesame/protocol';
import { type Branding, DEFAULT_BRANDING } from '../branding/branding';
import { catalogues } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';
import { format } from '../i18n/format-message';
import { appUrl } from '../http/app-offer';
import { mailLink } from './mail-links';
import { dateTimeFormat } from '../i18n/date-time-format';

export interface RenderedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The keys of `mail` that hold one template's texts (subject, body, action). */
type TemplateKey = {
  [K in keyof Messages['mail']]: Messages['mail'][K] extends string ? never : K;
}[keyof Messages['mail']];

/**
 * Each template's texts, and whether it ends with "if you did not ask for this, ignore this
 * e-mail". That line goes with mails answering a form anyone can fill in with someone else's
 * address, where ignoring is the safe answer; the notices (password changed, address changed,
 * account locked) tell instead what to do if it was not you, and the line would contradict them.
 */
const TEMPLATES = {
  'registration-link': { key: 'registrationLink', notYou: true, app: true },
  'registration-existing': { key: 'registrationExisting', notYou: true, app: true },
  'password-reset': { key: 'passwordReset', notYou: true },
  'password-changed': { key: 'passwordChanged', notYou: false },
  // Sent by a manager, not asked for through a public form: "ignore this" would mislead (docs/adr/0035).
  invitation: { key: 'invitation', notYou: false, app: true },
  'email-change-link': { key: 'emailChangeLink', notYou: true },
  'email-change-notice': { key: 'emailChangeNotice', notYou: false },
  'account-locked': { key: 'accountLocked', notYou: false },
  'account-locked-until-reset': { key: 'accountLockedUntilReset', notYou: false },
  'device-enrolled': { key: 'deviceEnrolled', notYou: false, app: true },
  'devices-panic-link': { key: 'devicesPanicLink', notYou: true },
  'device-blocked': { key: 'deviceBlocked', notYou: false },
  'second-factor-blocked': { key: 'secondFactorBlocked', notYou: false },
  'device-deleted': { key: 'deviceDeleted', notYou: false },
  'recovery-link': { key: 'recoveryLink', notYou: true },
  'recovery-started': { key: 'recoveryStarted', notYou: false },
  'recovery-cancelled': { key: 'recoveryCancelled', notYou: false },
  'recovery-expedited': { key: 'recoveryExpedited', notYou: false },
  'second-factor-reset': { key: 'secondFactorReset', notYou: false, app: true },
  'role-changed': { key: 'roleChanged', notYou: false },
  'recovery-completed': { key: 'recoveryCompleted', notYou: false, app: true },
  'recovery-codes-generated': { key: 'recoveryCodesGenerated', notYou: false },
  'recovery-code-used': { key: 'recoveryCodeUsed', notYou: false },
  'authenticator-app-changed': { key: 'authenticatorAppChanged', notYou: false },
  'authenticator-code-replayed': { key: 'authenticatorCodeReplayed', notYou: false },
  'security-key-changed': { key: 'securityKeyChanged', notYou: false },
  'security-key-cloned': { key: 'securityKeyCloned', notYou: false },
  'phone-number-changed': { key: 'phoneNumberChanged', notYou: false },
  'eid-changed': { key: 'eidChanged', notYou: false },
  'new-browser-sign-in': { key: 'newBrowserSignIn', notYou: false },
  'enrolment-reminder': { key: 'enrolmentReminder', notYou: false, app: true },
} as const satisfies Record<MailTemplate, { key: TemplateKey; notYou: boolean; app?: true }>;

/** The mail in the recipient's language, as plain text and as an equivalent HTML document. */
export function renderMail(
  request: MailRequest,
  options: { publicUrl: string; branding?: Branding | undefined },
): RenderedMail {
  const m = catalogues[request.locale].mail;
  const branding = options.branding ?? DEFAULT_BRANDING;
  const template: { key: TemplateKey; notYou: boolean; app?: true } = TEMPLATES[request.template];
  const { key, notYou } = template;
  const texts = m[key];
  // The catalogue names every duration {minutes}: a link's life or a lock's length.
  // …and every instant {time}, in the recipient's language (issue 10: block end, recovery start).
  const instant = (iso: string) =>
    dateTimeFormat(intlTag(request.locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  const day = (iso: string) =>
    dateTimeFormat(intlTag(request.locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  const values = {
    ...request.params,
    ...('ttlMinutes' in request.params && { minutes: request.params.ttlMinutes }),
    ...('blockedUntil' in request.params && { time: instant(request.params.blockedUntil) }),
    ...('readyAt' in request.params && { time: instant(request.params.readyAt) }),
    ...('at' in request.params && { time: instant(request.params.at) }),
    // The SMS sunset of a reminder (issue 14 point 3): a day, or `none`.
    ...('sunset' in request.params && {
      date: request.params.sunset === '' ? 'none' : day(request.params.sunset),
    }),
  };
  const parts: MailParts = {
    lang: request.locale,
    subject: format(texts.subject, values, request.locale),
    greeting: format(m.greeting, values),
    body: format(texts.body, values, request.locale),
    action: texts.action,
    url: mailLink(request, options.publicUrl),
    // Issue 11, point 1: the mails that start or end an enrolment say where the app is, and
    // link straight to "Add a mobile device" (in "Manage my mobile devices").
    links: template.app
      ? [
          { label: catalogues[request.locale].getApp.mailApp, url: appUrl(options.publicUrl) },
          {
            label: catalogues[request.locale].getApp.mailDevices,
            url: `${options.publicUrl.replace(/\/+$/, '')}/account/devices/new`,
          },
        ]
      : [],
    notYou: notYou ? m.notYou : null,
    signature: signature(branding, request.locale),
    footer: mailFooter(branding, request.locale, options.publicUrl),
    automatic: m.automatic,
  };
  return { to: request.to, subject: parts.subject, text: renderText(parts), html: renderHtml(parts) };
}

/** "The Sésame team" as before; the organisation's team once it has a name of its own. */
function signature(branding: Branding, locale: Locale): string {
  const name = branding.name[locale];
  const messages = catalogues[locale];
  return name === 'Sésame' ? messages.mail.signature : format(messages.organisation.mailSignature, { name });
}

/**
 * Issue 11, point 5: every mail says whom to ask — the support contact configured, or the local
 * manager and the help page. Each line is an address a mail client can open.
 */
function mailFooter(branding: Branding, locale: Locale, publicUrl: string): MailParts['footer'] {
  const o = catalogues[locale].organisation;
  const { email, phone, url } = branding.support;
  const lines = [
    ...(email ? [{ text: email, href: `mailto:${email}` }] : []),
    ...(phone ? [{ text: phone.label, href: phone.tel }] : []),
    ...(url ? [{ text: url, href: url }] : []),
  ];
  if (lines.length > 0) return { label: format(o.mailSupport, { name: branding.name[locale] }), lines };
  const help = `${publicUrl.replace(/\/+$/, '')}/help`;
  return { label: o.mailNoSupport, lines: [{ text: help, href: help }] };
}

interface MailParts {
  lang: Locale;
  subject: string;
  greeting: string;
  body: string;
  action: string;
  url: string;
  /** Further labelled addresses, after the action. */
  links: { label: string; url: string }[];
  notYou: string | null;
  signature: string;
  /** Whom to ask: a label, then one line per address (docs/adr/0020). */
  footer: { label: string; lines: { text: string; href: string }[] };
  automatic: string;
}

function renderText(p: MailParts): string {
  const paragraphs = [
    p.greeting,
    p.body,
    `${p.action}\n${p.url}`,
    ...p.links.map((link) => `${link.label}\n${link.url}`),
    p.notYou,
    p.signature,
    [p.footer.label, ...p.footer.lines.map((line) => line.text)].join('\n'),
    p.automatic,
  ];
  return `${paragraphs.filter((line) => line !== null).join('\n\n')}\n`;
}

// Mail clients drop <style> elements and external sheets: every style is inline. Colours keep
// a contrast ratio above 4.5:1 (WCAG 2.2 SC 1.4.3); role="article" with a roledescription lets
// screen readers announce the message as one unit inside webmail pages.
const PARAGRAPH = 'margin:0 0 16px;';
const BUTTON =
  'display:inline-block;padding:12px 20px;background-color:#1d4ed8;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px;';
const FALLBACK = 'margin:0 0 24px;font-size:14px;';
const FALLBACK_LINK = 'color:#1d4ed8;word-break:break-all;';
const SMALL = 'margin:24px 0 0;font-size:14px;color:#4b5563;';
const CARD =
  'max-width:560px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1f2937;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;';

function renderHtml(p: MailParts): string {
  const e = escapeHtml;
  const url = e(p.url);
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(p.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(p.subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:24px 12px;background-color:#f3f4f6;">',
    `<div role="article" aria-roledescription="email" aria-label="${e(p.subject)}" lang="${e(p.lang)}" style="${CARD}">`,
    `<p style="${PARAGRAPH}">${e(p.greeting)}</p>`,
    `<p style="${PARAGRAPH}">${e(p.body)}</p>`,
    `<p style="margin:24px 0 12px;"><a href="${url}" style="${BUTTON}">${e(p.action)}</a></p>`,
    // The bare address under the button, for clients that block or mangle the styled link.
    `<p style="${FALLBACK}"><a href="${url}" style="${FALLBACK_LINK}">${url}</a></p>`,
    ...p.links.map(
      (link) =>
        `<p style="${PARAGRAPH}">${e(link.label)}<br><a href="${e(link.url)}" style="${FALLBACK_LINK}">${e(link.url)}</a></p>`,
    ),
    p.notYou === null ? null : `<p style="${PARAGRAPH}">${e(p.notYou)}</p>`,
    `<p style="${PARAGRAPH}">${e(p.signature)}</p>`,
    `<p style="${SMALL}">${[e(p.footer.label), ...p.footer.lines.map((line) => `<a href="${e(line.href)}" style="${FALLBACK_LINK}">${e(line.text)}</a>`)].join('<br>')}</p>`,
    `<p style="${SMALL}">${e(p.automatic)}</p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every interpolated value goes through here: a first name may well contain `<` or `&`. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
