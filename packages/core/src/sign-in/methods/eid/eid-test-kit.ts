import type { EidAnswer, EidAuthorization, EidFederation } from '../../../ports/eid-federation';
import type { UserRecord } from '../../../ports';
import { createMemoryEidLinkRepository, createRecordingEphemeralStore } from '../../../../testing';
import { testUser } from '../../testing/fake-methods';
import { eidMethod, type EidMethod, type EidProvider } from './eid-method';

/**
 * The eID method's world for core's tests: a provider whose answers the test scripts (the real
 * openid-client adapter is tested against a real provider in apps/server/src/eid), the links in
 * memory, one account. The scripted federation records what it was asked and, like the real one,
 * refuses an answer checked against another state, nonce or verifier than the ones sent.
 */
export const ISSUER = 'https://eid.example.eu';
export const PROVIDER: EidProvider = {
  id: 'franceconnect',
  issuer: ISSUER,
  levels: { eidas1: 'BASIC', eidas2: 'MEDIUM', eidas3: 'HIGH' },
};

export interface ScriptedFederation extends EidFederation {
  readonly sent: EidAuthorization[];
  /** What the provider answers next (the assertion, or a refusal). */
  next: EidAnswer;
}

export function scriptedFederation(): ScriptedFederation {
  const sent: EidAuthorization[] = [];
  const federation: ScriptedFederation = {
    sent,
    next: { ok: true, assertion: { issuer: ISSUER, subject: 'sub-1', acr: 'eidas2' } },
    async authorizationUrl(request) {
      sent.push(request);
      return `${ISSUER}/authorize?state=${request.state}`;
    },
    async verify(request, url) {
      const original = sent.find((s) => s.state === request.state);
      // As openid-client: the checks are those of the request that was sent.
      if (!original || original.nonce !== request.nonce || original.codeVerifier !== request.codeVerifier) {
        return { ok: false, reason: 'check_mismatch' };
      }
      if (url.searchParams.get('state') !== request.state) return { ok: false, reason: 'check_state' };
      return federation.next;
    },
  };
  return federation;
}

export function eidWorld(user: UserRecord = testUser(), providers: readonly EidProvider[] = [PROVIDER]) {
  let now = Date.UTC(2026, 11, 7, 9, 0, 0);
  const ephemeral = createRecordingEphemeralStore(() => now);
  const links = createMemoryEidLinkRepository();
  const federation = scriptedFederation();
  const users = new Map([[user.id, user]]);
  const method: EidMethod = eidMethod({
    ephemeral,
    federation,
    links,
    users: { findById: async (id) => users.get(id) ?? null },
    providers,
    now: () => new Date(now),
  });
  return {
    method,
    ephemeral,
    links,
    federation,
    users,
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    /** The callback the provider sends the browser to after `url`'s request. */
    callback(url: string, binding: string | undefined, provider = PROVIDER.id) {
      const state = new URL(url).searchParams.get('state') ?? '';
      return {
        provider,
        state,
        url: new URL(`https://sesame.example/login/eid/callback/${provider}?code=c&state=${state}`),
        binding,
      };
    },
    async link(subject = 'sub-1', userId = user.id) {
      await links.create({
        id: `link-${subject}`,
        userId,
        provider: PROVIDER.id,
        issuer: ISSUER,
        subject,
        createdAt: new Date(now),
        lastUsedAt: null,
      });
    },
  };
}
