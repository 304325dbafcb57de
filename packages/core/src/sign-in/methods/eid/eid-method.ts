import type { Level } from '@sesame/protocol';
import { z } from 'zod';
import { invalidInput } from '../../../errors';
import type { EidFederation } from '../../../ports/eid-federation';
import type { EidLinkRepository } from '../../../ports/eid-link-repository';
import type { EphemeralStore } from '../../../ports/ephemeral-store';
import type { UserRepository } from '../../../ports/durable-store';
import type { SignInMethod } from '../../method';
import { openEidFlow, takeEidFlow, type EidFlowPurpose } from './eid-flow';
import { eidLevel, type EidLevelMapping } from './eid-levels';
import type { EidNewcomer } from './eid-newcomer';

/** An upstream provider as core knows it (config `eid.providers[]`; its label is the server's). */
export interface EidProvider {
  readonly id: string;
  /** Its OIDC issuer identifier: links are keyed by it, and every answer must come from it. */
  readonly issuer: string;
  readonly levels: EidLevelMapping;
  /**
   * An eID no account has linked may make an account, or be reconciled with the account its
   * verified e-mail names (docs/adr/0047). False: it is refused, with the way to link it.
   */
  readonly createAccounts?: boolean;
}

export interface EidMethodDeps {
  readonly ephemeral: EphemeralStore;
  readonly federation: EidFederation;
  readonly links: EidLinkRepository;
  readonly users: Pick<UserRepository, 'findById'>;
  readonly providers: readonly EidProvider[];
  /** The instant a link is noted used at. */
  readonly now: () => Date;
}

export interface EidBegin {
  readonly provider: string;
  readonly purpose: EidFlowPurpose;
  /** The account linking an eID (purpose link) or stepping up (docs/adr/0053); null for a sign-in. */
  readonly userId: string | null;
  /** The browser's binding cookie (docs/adr/0042 §4). */
  readonly binding: string;
  /** The acr values to ask (a step-up's, eidAcrsReaching); absent: the provider's configured ones. */
  readonly acrValues?: readonly string[];
}

export interface EidCallback {
  /** The provider whose callback address the browser came back to (`/login/eid/callback/<id>`). */
  readonly provider: string;
  /** The `state` parameter the browser came back with. */
  readonly state: string;
  /** The whole URL it came back to: openid-client reads code, state, iss and error from it. */
  readonly url: URL;
  readonly binding: string | undefined;
}

/** Why an eID answer was not accepted: the user's message (error-map) and the audit's reason. */
export type EidRefusalCode =
  'EID_REFUSED' | 'EID_NOT_LINKED' | 'EID_LEVEL_UNKNOWN' | 'ACCOUNT_DEACTIVATED' | 'EID_NOT_THIS_ACCOUNT';

export type EidVerdict =
  /** A linked eID at a mapped level: the account, signed in at that level. */
  | {
      readonly ok: true;
      readonly purpose: 'sign-in';
      readonly userId: string;
      readonly level: Level;
      readonly provider: string;
      readonly linkId: string;
    }
  /**
   * The level page's step-up (docs/adr/0053 §2): the eID linked to the account that asked, at a
   * mapped level — the caller applies it to that account's kept sign-in only.
   */
  | {
      readonly ok: true;
      readonly purpose: 'step-up';
      readonly userId: string;
      readonly level: Level;
      readonly provider: string;
      readonly linkId: string;
    }
  /** An eID proved for the account that asked to link it (the caller checks the session is still its). */
  | {
      readonly ok: true;
      readonly purpose: 'link';
      readonly userId: string;
      readonly level: Level;
      readonly provider: string;
      readonly issuer: string;
      readonly subject: string;
    }
  /**
   * An eID no account has linked, at a mapped level, from a provider that allows accounts made
   * from it (docs/adr/0047): the caller keeps it for the owner's decision — create, or reconcile.
   */
  | { readonly ok: true; readonly purpose: 'newcomer'; readonly newcomer: EidNewcomer }
  | {
      readonly ok: false;
      /** null when the flow was not found (unknown, replayed, another browser's). */
      readonly purpose: EidFlowPurpose | null;
      readonly code: EidRefusalCode;
      readonly auditReason: string;
      /** The account concerned when known (the linking one, the linked one): the audit's. */
      readonly userId: string | null;
      readonly provider?: string;
    };

/**
 * "Sign in with eID" and "Link my eID" (issue 15 point 1; docs/adr/0042): a method of the
 * registry (position `federated`: on the first screen, never in the chooser), whose ceremony is a
 * redirect to the provider and back rather than a challenge of the sign-in — as the password's is
 * its own check — so `start`, `settle` and `view` are not used. `begin` opens a flow and gives the
 * provider's URL; `finish` takes the flow, has the answer checked by the federation port, maps the
 * acr to a level (SEC-42) and, for a sign-in, finds the account that linked this eID.
 */
export interface EidMethod extends SignInMethod<Readonly<Record<string, never>>, never, null> {
  readonly id: 'eid';
  readonly providers: readonly EidProvider[];
  /** The provider's authorization URL. INVALID_INPUT (field provider) for a provider not configured. */
  begin(input: EidBegin): Promise<string>;
  finish(callback: EidCallback): Promise<EidVerdict>;
}

function notAChallenge(): never {
  throw new Error('an eID is a redirect to its provider (begin/finish), never a challenge');
}

export function eidMethod(deps: EidMethodDeps): EidMethod {
  const providerOf = (id: string) => deps.providers.find((p) => p.id === id);

  async function finish(callback: EidCallback): Promise<EidVerdict> {
    const flow = await takeEidFlow(deps.ephemeral, callback.state, callback.binding);
    // SEC-23: unknown, expired, already used, or started in another browser — all look the same.
    if (!flow) return { ok: false, purpose: null, code: 'EID_REFUSED', auditReason: 'eid_state', userId: null };
    const refused = (code: EidRefusalCode, auditReason: string, userId = flow.userId): EidVerdict => ({
      ok: false,
      purpose: flow.purpose,
      code,
      auditReason,
      userId,
      provider: flow.provider,
    });
    const provider = providerOf(flow.provider);
    // Mix-up defence (RFC 9207 §1, OAuth 2.0 Security BCP §4.4): the answer comes back to the
    // callback of the provider the flow was opened for, or it is refused before any exchange.
    if (!provider || callback.provider !== flow.provider) return refused('EID_REFUSED', 'eid_provider');
    const answer = await deps.federation.verify(
      { provider: provider.id, state: flow.state, nonce: flow.nonce, codeVerifier: flow.codeVerifier },
      callback.url,
    );
    if (!answer.ok) return refused('EID_REFUSED', `eid_${answer.reason}`);
    const { issuer, subject, acr } = answer.assertion;
    // openid-client checked iss against the provider's discovery; the link is keyed by the
    // configured issuer, so an answer naming another is refused here too (defence in depth).
    if (issuer !== provider.issuer) return refused('EID_REFUSED', 'eid_issuer');
    // SEC-42: no level from an acr the operator did not map — refused, never a default level.
    const level = eidLevel(provider.levels, acr);
    if (level === null) return refused('EID_LEVEL_UNKNOWN', 'eid_level_unknown');
    if (flow.purpose === 'link') {
      if (flow.userId === null) return refused('EID_REFUSED', 'eid_state');
      return { ok: true, purpose: 'link', userId: flow.userId, level, provider: provider.id, issuer, subject };
    }
    const link = await deps.links.findBySubject(issuer, subject);
    if (flow.purpose === 'step-up') {
      if (flow.userId === null) return refused('EID_REFUSED', 'eid_state');
      // docs/adr/0053 §2: only the eID this account linked steps its sign-in up. Another account's
      // eID, or one nobody linked, upgrades nothing — the same answer for both (no account named).
      if (!link || link.userId !== flow.userId) return refused('EID_NOT_THIS_ACCOUNT', 'eid_not_this_account');
      const owner = await deps.users.findById(link.userId);
      if (!owner) return refused('EID_NOT_THIS_ACCOUNT', 'eid_not_this_account');
      if (owner.deactivatedAt) return refused('ACCOUNT_DEACTIVATED', 'account_deactivated');
      await deps.links.touch(link.id, deps.now());
      return { ok: true, purpose: 'step-up', userId: owner.id, level, provider: provider.id, linkId: link.id };
    }
    if (!link && provider.createAccounts) {
      const claims = answer.assertion.claims;
      return {
        ok: true,
        purpose: 'newcomer',
        newcomer: {
          provider: provider.id,
          issuer,
          subject,
          level,
          givenName: claims?.givenName ?? null,
          familyName: claims?.familyName ?? null,
          email: claims?.email ?? null,
          emailVerified: claims?.emailVerified === true,
        },
      };
    }
    if (!link) return refused('EID_NOT_LINKED', 'eid_not_linked', null);
    const user = await deps.users.findById(link.userId);
    if (!user) return refused('EID_NOT_LINKED', 'eid_not_linked', null);
    // A deactivated account signs in by no method (docs/adr/0035).
    if (user.deactivatedAt) return refused('ACCOUNT_DEACTIVATED', 'account_deactivated', user.id);
    await deps.links.touch(link.id, deps.now());
    return { ok: true, purpose: 'sign-in', userId: user.id, level, provider: provider.id, linkId: link.id };
  }

  return {
    id: 'eid',
    wireName: 'EIDAS',
    position: 'federated',
    strengths: ['EIDAS'],
    providers: deps.providers,
    dataSchema: z.record(z.string(), z.never()),
    parseAnswer: () => notAChallenge(),
    start: async () => notAChallenge(),
    settle: async () => notAChallenge(),
    view: async () => null,
    async begin(input) {
      const provider = providerOf(input.provider);
      if (!provider) throw invalidInput('provider', 'unknown');
      const flow = await openEidFlow(deps.ephemeral, {
        provider: provider.id,
        purpose: input.purpose,
        userId: input.userId,
        binding: input.binding,
      });
      return deps.federation.authorizationUrl({
        provider: provider.id,
        state: flow.state,
        nonce: flow.nonce,
        codeVerifier: flow.codeVerifier,
        ...(input.acrValues && input.acrValues.length > 0 ? { acrValues: input.acrValues.join(' ') } : {}),
      });
    },
    finish,
  };
}
