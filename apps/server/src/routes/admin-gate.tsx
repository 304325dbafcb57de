import { loadActor, type Actor, lostFactorWays } from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AdminContext } from '../compose/app-context';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { safeRedirectPath } from '../http/safe-redirect';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';

/**
 * The door of every admin route (docs/adr/0033 §6): a session (else the sign-in), that presented
 * a second factor (else the re-authentication page, 403 — no admin page with the password alone),
 * then the person as authorise() sees them. Returns null once the reply is the redirect or page.
 */
export function adminGate(ctx: Pick<AdminContext, 'config' | 'admin'>) {
  return async function gate(request: FastifyRequest, reply: FastifyReply): Promise<Actor | null> {
    const auth = requireSignIn(request, reply, ctx.config.publicUrl);
    if (!auth) return null;
    if (!auth.record.strengths.some((s) => s !== 'PASSWORD')) {
      const back = request.method === 'GET' ? safeRedirectPath(request.url, ctx.config.publicUrl, '/admin') : '/admin';
      await sendPage(
        reply,
        <SecondFactorRequiredPage
          ctx={viewContext(request, reply)}
          returnTo={back}
          body={request.messages.admin.secondFactorBody}
          // A newcomer (the demo's manager) has nothing to confirm with: say how to get a factor.
          noneYet={auth.user.secondFactorSince === null}
          ways={await lostFactorWays(ctx.admin.durable, auth.user.id)}
        />,
        403,
      );
      return null;
    }
    // Named for the audit of a refusal that follows (http/admin-refusal-audit.ts, docs/adr/0041 §1).
    request.adminActorId = auth.user.id;
    return loadActor(ctx.admin.durable, auth.user.id);
  };
}
