import { z } from 'zod';
import type { EphemeralStore } from '../../../ports/ephemeral-store';
import { EVICTABLE } from '../../../ports/ephemeral-store';
import { randomToken, safeEqual, tokenDigest } from '../../../security/random-token';

/**
 * One trip to an eID provider and back (docs/adr/0042 §4): what was sent — `state`, `nonce`, the
 * PKCE verifier — and what it is for, kept in the ephemeral store under the state's digest until
 * the browser comes back, then taken once (SEC-23: a replayed `state` finds nothing). The flow is
 * bound to the browser that started it by a random cookie whose digest it keeps: an answer
 * carried to another browser (login CSRF, RFC 6749 §10.12; a link planted in a victim's session)
 * is refused.
 */
export const EID_FLOW_MS = 10 * 60_000;

const flowKey = (state: string) => `eid-flow:${tokenDigest(state)}`;

const flowSchema = z.object({
  provider: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  purpose: z.enum(['sign-in', 'link', 'step-up']),
  /** The account linking (purpose link) or stepping up (docs/adr/0053); null for a sign-in. */
  userId: z.string().nullable(),
  /** tokenDigest of the browser's binding cookie. */
  browser: z.string(),
});

/**
 * What a trip to the provider is for: a sign-in from the first screen, a link of the signed-in
 * account, or the level page's step-up of the signed-in account's kept sign-in (docs/adr/0053).
 */
export type EidFlowPurpose = 'sign-in' | 'link' | 'step-up';

export type EidFlow = z.infer<typeof flowSchema> & { readonly state: string };

export interface NewEidFlow {
  readonly provider: string;
  readonly purpose: EidFlowPurpose;
  readonly userId: string | null;
  /** The browser's binding cookie (made by the caller when the browser has none). */
  readonly binding: string;
}

/** Stores a new flow; `state`, `nonce` and the verifier are 256-bit random values (design §10). */
export async function openEidFlow(ephemeral: EphemeralStore, input: NewEidFlow): Promise<EidFlow> {
  const flow: EidFlow = {
    state: randomToken(),
    provider: input.provider,
    nonce: randomToken(),
    codeVerifier: randomToken(),
    purpose: input.purpose,
    userId: input.userId,
    browser: tokenDigest(input.binding),
  };
  const { state, ...stored } = flow;
  // Evictable (docs/adr/0021): its loss only makes the user start again.
  await ephemeral.set(flowKey(state), JSON.stringify(stored), EID_FLOW_MS, EVICTABLE);
  return flow;
}

/**
 * The flow of `state`, taken (atomic: of two answers with one state, one finds it), or null —
 * unknown, expired, used, malformed, or started by another browser (`binding` not its own).
 */
export async function takeEidFlow(
  ephemeral: EphemeralStore,
  state: string,
  binding: string | undefined,
): Promise<EidFlow | null> {
  if (state.length === 0 || state.length > 128) return null;
  const raw = await ephemeral.take(flowKey(state));
  if (raw === null) return null;
  let parsed;
  try {
    parsed = flowSchema.safeParse(JSON.parse(raw));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  if (binding === undefined || !safeEqual(tokenDigest(binding), parsed.data.browser)) return null;
  return { ...parsed.data, state };
}
