import { tokenDigest } from '@sesame/core';
import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { OidcDeps } from './oidc-deps';
import { ssoSessionOf } from './session-coupling';

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => Promise<void>;

/**
 * Records on our SSO session each application the provider signed the user into, with what
 * single logout needs: the provider session's uid and the `sid` the application received
 * (OIDC Back-Channel Logout 1.0 §2.4). Done when the provider answers the authorization request
 * with a code, the only moment both are known (the `sid` is minted while it answers), and
 * before the answer leaves. Once per SSO session, provider session and client.
 */
export function participantRecorder(services: OidcDeps, provider: Provider): Middleware {
  const answered = new WeakSet<object>();
  provider.on('authorization.success', (ctx: KoaContextWithOIDC) => answered.add(ctx));

  return async (ctx, next) => {
    await next();
    if (!answered.has(ctx)) return;
    const { session, client } = ctx.oidc;
    const app = client ? services.registry.byClientId(client.clientId) : undefined;
    if (!client || !app || !session?.accountId) return;
    const sso = await ssoSessionOf(services, ctx);
    if (!sso || sso.user.id !== session.accountId) return;

    const now = services.clock.now();
    const ttl = sso.record.createdAt + services.config.session.absoluteHours * 3_600_000 - now.getTime();
    if (ttl <= 0) return;
    const once = `oidc:participant:${tokenDigest(sso.id)}:${tokenDigest(session.uid)}:${client.clientId}`;
    if (!(await services.ephemeral.setIfAbsent(once, '1', ttl))) return;
    await services.sessionGate.addParticipant(
      { id: sso.id, record: sso.record },
      { appId: app.id, protocol: 'oidc', oidcSession: session.uid, sid: session.sidFor(client.clientId) },
      now,
    );
  };
}
