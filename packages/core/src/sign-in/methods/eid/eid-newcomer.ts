import { z } from 'zod';
import type { EphemeralStore } from '../../../ports/ephemeral-store';
import { EVICTABLE } from '../../../ports/ephemeral-store';
import { randomToken, tokenDigest } from '../../../security/random-token';
import { loginTargetSchema } from '../../target';

/**
 * An eID that no account has linked, proved in this browser, waiting for its owner's decision
 * (docs/adr/0047): "Create your Sésame account from your eID", or — its verified e-mail being an
 * existing account's — EU Login's reconciliation, the existing account's own proof, then the link.
 *
 * Kept in the ephemeral store under the digest of a random pass that only the browser which came
 * back from the provider holds (a `__Host-` cookie, never in a URL): a reconciliation started in
 * one browser cannot be finished in another, and the pass is taken once — a replayed confirmation
 * finds nothing (SEC-23). Ten minutes, as the flow that proved it.
 */
export const EID_NEWCOMER_MS = 10 * 60_000;

const newcomerKey = (pass: string) => `eid-newcomer:${tokenDigest(pass)}`;

const newcomerSchema = z.object({
  provider: z.string(),
  issuer: z.string(),
  subject: z.string(),
  level: z.enum(['BASIC', 'MEDIUM', 'HIGH']),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  /**
   * The application sign-in this eID came back to (docs/adr/0053 §3), kept with the newcomer —
   * this browser's pass, taken once — so that it goes on after the account is made or reconciled,
   * across the reconciliation's own password sign-in. Absent: a sign-in of the portal itself.
   */
  target: loginTargetSchema.optional(),
});

export type EidNewcomer = z.infer<typeof newcomerSchema>;

/** Keeps the newcomer; returns the browser's pass (its cookie's value). */
export async function keepEidNewcomer(ephemeral: EphemeralStore, newcomer: EidNewcomer): Promise<string> {
  const pass = randomToken();
  // Evictable (docs/adr/0021): its loss only makes the user sign in with the eID again.
  await ephemeral.set(newcomerKey(pass), JSON.stringify(newcomer), EID_NEWCOMER_MS, EVICTABLE);
  return pass;
}

function parse(raw: string | null): EidNewcomer | null {
  if (raw === null) return null;
  try {
    const parsed = newcomerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const wellFormed = (pass: string | undefined): pass is string => pass !== undefined && /^[A-Za-z0-9_-]{43}$/.test(pass);

/** The newcomer of this browser's pass, left in place (the pages that show it); null when none. */
export async function peekEidNewcomer(
  ephemeral: EphemeralStore,
  pass: string | undefined,
): Promise<EidNewcomer | null> {
  if (!wellFormed(pass)) return null;
  return parse(await ephemeral.get(newcomerKey(pass)));
}

/** The newcomer taken (atomic: of two confirmations, one finds it); null when none. */
export async function takeEidNewcomer(
  ephemeral: EphemeralStore,
  pass: string | undefined,
): Promise<EidNewcomer | null> {
  if (!wellFormed(pass)) return null;
  return parse(await ephemeral.take(newcomerKey(pass)));
}

/**
 * The account an eID's e-mail may be reconciled with: only a verified e-mail (OIDC
 * `email_verified: true`) names one — an unverified one could be anybody's (docs/adr/0047 §3).
 */
export function reconcilableEmail(newcomer: EidNewcomer): string | null {
  return newcomer.emailVerified && newcomer.email ? newcomer.email : null;
}
