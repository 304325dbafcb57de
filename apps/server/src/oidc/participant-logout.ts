import { tokenDigest, type EphemeralStore, type ServiceRegistry } from '@sesame/core';
import type { Provider } from 'oidc-provider';
import type { ParticipantLogout } from '../sessions/session-gate';

/** A Logout Token goes once per provider session and client, however many records point there. */
const NOTIFIED_TTL_MS = 10 * 60_000;
const notifiedKey = (oidcSession: string, clientId: string) =>
  `oidc:logout-notified:${tokenDigest(oidcSession)}:${clientId}`;

/**
 * Marks an application as told already (oidc-provider's own RP-initiated logout sends the Logout
 * Tokens itself); true when it was not yet.
 */
export function markNotified(store: EphemeralStore, oidcSession: string, clientId: string): Promise<boolean> {
  return store.setIfAbsent(notifiedKey(oidcSession, clientId), '1', NOTIFIED_TTL_MS);
}

/**
 * The OIDC participant logout (compose.ts): our SSO session ended (sign-out, another user signing in…).
 * The provider session it mirrored ends too, so that nothing bound to it (tokens issued without
 * offline_access, oidc-provider's `expiresWithSession`) outlives ours; and the application gets
 * a Logout Token on its back channel (OIDC Back-Channel Logout 1.0 §2), with the `sid` it received.
 */
export function oidcParticipantLogout(
  services: { registry: ServiceRegistry; ephemeral: EphemeralStore },
  provider: Provider,
): ParticipantLogout {
  return async (participant, userId) => {
    const oidcSession = participant.oidcSession;
    if (!oidcSession) return;
    const session = await provider.Session.findByUid(oidcSession);
    if (session && session.accountId === userId) await session.destroy();

    const oidc = services.registry.byId(participant.appId)?.oidc;
    if (!oidc?.backchannelLogoutUri) return;
    if (!(await markNotified(services.ephemeral, oidcSession, oidc.clientId))) return;
    // oidc-provider's Client#backchannelLogout (lib/models/client.js), which its own end_session
    // uses; @types/oidc-provider does not declare it.
    const client = (await provider.Client.find(oidc.clientId)) as
      { backchannelLogout(sub: string, sid: string | undefined): Promise<void> } | undefined;
    // Rejects when the application does not answer 200/204 in 2.5 s; endSession logs it.
    await client?.backchannelLogout(userId, participant.sid);
  };
}
