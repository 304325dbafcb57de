import { recordRefusal, refusalOf, type AdminSurface, type RefusalDeps } from '@sesame/core';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The console's person once the admin gate let them in (routes/admin-gate.tsx). */
    adminActorId?: string;
  }
}

/**
 * Writes the `admin.refused` audit line of a refusal decided by authorise() (docs/adr/0041 §1),
 * bounded per actor by core recordRefusal. Called by the console's, the REST API's and SCIM's
 * error handlers before they answer; the answer is the refusal's whatever happens here: an audit
 * that cannot be written is logged, never turned into another status that would tell the caller
 * something (the action was refused and nothing changed either way).
 */
export async function auditRefusal(
  deps: RefusalDeps,
  request: FastifyRequest,
  error: unknown,
  surface: AdminSurface,
): Promise<void> {
  const actorId = request.apiCaller?.actor.accountId ?? request.adminActorId;
  const refusal = refusalOf(error);
  if (actorId === undefined || refusal === null) return;
  const userAgent = request.headers['user-agent'];
  try {
    await recordRefusal(deps, actorId, refusal, surface, {
      ip: request.ip,
      userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null,
    });
  } catch (failure) {
    request.log.error({ err: failure }, 'an administrative refusal could not be audited');
  }
}
