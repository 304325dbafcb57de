import type { z } from 'zod';
import { SesameError } from '../errors';
import type { EphemeralStore } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';

/**
 * Single-use links sent by e-mail. The token (256 bits) is only in the mail; the store keeps
 * its SHA-256 under a key naming its purpose, so a token of one kind never opens another, and
 * `take` makes it single-use even under concurrent clicks. Opening the page (GET) only peeks,
 * so mail scanners that fetch links do not burn them; submitting the form consumes.
 */
export type LinkKind =
  'registration' | 'password-reset' | 'email-change' | 'devices-panic' | 'account-recovery' | 'account-recovery-cancel';

function key(kind: LinkKind, digest: string): string {
  return `link:${kind}:${digest}`;
}

export async function issueLink(
  store: EphemeralStore,
  kind: LinkKind,
  payload: unknown,
  ttlMs: number,
): Promise<string> {
  const token = randomToken();
  await store.set(key(kind, tokenDigest(token)), JSON.stringify(payload), ttlMs);
  return token;
}

async function read<T>(
  store: EphemeralStore,
  kind: LinkKind,
  token: string | undefined,
  schema: z.ZodType<T>,
  consume: boolean,
): Promise<T> {
  if (!token || token.length > 100 || !/^[A-Za-z0-9_-]+$/.test(token)) {
    throw new SesameError('LINK_INVALID');
  }
  const k = key(kind, tokenDigest(token));
  const raw = consume ? await store.take(k) : await store.get(k);
  if (raw === null) throw new SesameError('LINK_INVALID');
  const parsed = schema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new SesameError('LINK_INVALID');
  return parsed.data;
}

/** Reads a link without using it up (to show its form). Throws LINK_INVALID. */
export function peekLink<T>(store: EphemeralStore, kind: LinkKind, token: string | undefined, schema: z.ZodType<T>) {
  return read(store, kind, token, schema, false);
}

/** Uses a link up, atomically. Throws LINK_INVALID when unknown, expired or already used. */
export function consumeLink<T>(store: EphemeralStore, kind: LinkKind, token: string | undefined, schema: z.ZodType<T>) {
  return read(store, kind, token, schema, true);
}
