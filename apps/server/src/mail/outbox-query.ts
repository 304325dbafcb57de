import type { StoredOutboxMail } from '@sesame/core';

/**
 * The dev outbox read by people and scripts testing an installation (issue 11, point 7): the
 * newest mails, optionally those of one recipient, and each mail as JSON with the links it holds.
 */

/** How many of the newest mails the outbox page and its JSON look at. */
export const OUTBOX_WINDOW = 200;

/** Recipient filter: exact address, case-insensitive (RFC 5321 §2.4 lets hosts fold the domain; people type either case). */
export function mailsTo(mails: readonly StoredOutboxMail[], to: string | undefined): StoredOutboxMail[] {
  const wanted = to?.trim().toLowerCase();
  if (!wanted) return [...mails];
  return mails.filter((mail) => mail.to.trim().toLowerCase() === wanted);
}

export interface OutboxMailJson {
  id: number;
  to: string;
  subject: string;
  /** ISO 8601, UTC. */
  date: string;
  text: string;
  html?: string;
  /** Every http(s) link of the text and of the HTML's `href`s, in order, once each. */
  links: string[];
}

const TEXT_LINK = /https?:\/\/[^\s<>"]+/g;
const HREF = /href\s*=\s*"(https?:\/\/[^"]+)"/gi;

/** The links a mail holds: what a script follows to confirm an address or sign in. */
export function linksIn(mail: Pick<StoredOutboxMail, 'text' | 'html'>): string[] {
  const found = [...(mail.text.match(TEXT_LINK) ?? [])];
  for (const match of mail.html.matchAll(HREF)) found.push(decodeAmpersands(match[1] ?? ''));
  return [...new Set(found.map((link) => link.replace(/[.,;:)]+$/, '')))].filter(Boolean);
}

function decodeAmpersands(href: string): string {
  return href.replace(/&amp;/g, '&').replace(/&#x26;|&#38;/gi, '&');
}

export function outboxMailJson(mail: StoredOutboxMail): OutboxMailJson {
  return {
    id: mail.id,
    to: mail.to,
    subject: mail.subject,
    date: mail.createdAt.toISOString(),
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    links: linksIn(mail),
  };
}

/**
 * JSON when asked by `?format=json`, or by an Accept header naming `application/json` and not
 * `text/html` (browsers always name `text/html`, so they keep the page).
 */
export function wantsJson(format: unknown, accept: string | undefined): boolean {
  if (format === 'json') return true;
  if (format === 'html') return false;
  const types = (accept ?? '').toLowerCase();
  return types.includes('application/json') && !types.includes('text/html');
}
