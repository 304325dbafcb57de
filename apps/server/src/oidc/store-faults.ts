import { isSesameError } from '@sesame/core';
import { errors, type Adapter, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * Issue 10 finding 5, on the OpenID Provider: a store that does not answer is answered
 * `temporarily_unavailable` (RFC 6749 §4.1.2.1; 503 where the answer is not a redirect), never
 * `server_error` with a stack in the log, and never a code or a token.
 */

const DESCRIPTION = 'the service is temporarily unavailable; try again in a minute';

export function isStoreUnavailable(error: unknown): boolean {
  return isSesameError(error, 'STORE_UNAVAILABLE');
}

/** oidc-provider's TemporarilyUnavailable, with 503 and shown to the client as such. */
export function temporarilyUnavailable(cause: unknown): Error {
  const error = new errors.TemporarilyUnavailable(DESCRIPTION, { cause }) as InstanceType<
    typeof errors.TemporarilyUnavailable
  > & { expose: boolean };
  error.status = 503;
  error.statusCode = 503;
  // oidc-provider shows "server_error" for any status ≥ 500 unless the error is exposed.
  error.expose = true;
  return error;
}

/** Rethrows a store fault as temporarily_unavailable, anything else as it is. */
export function translateStoreFault(error: unknown): never {
  throw isStoreUnavailable(error) ? temporarilyUnavailable(error) : error;
}

const ADAPTER_METHODS = [
  'upsert',
  'find',
  'findByUid',
  'findByUserCode',
  'consume',
  'destroy',
  'revokeByGrantId',
] as const satisfies ReadonlyArray<keyof Adapter>;

/** The adapter with every method's store fault translated: one place for the seven methods. */
export function withStoreFaults(adapter: Adapter): Adapter {
  const wrapped = Object.create(adapter) as Record<string, unknown>;
  for (const name of ADAPTER_METHODS) {
    const method = (adapter[name] as (...args: unknown[]) => Promise<unknown>).bind(adapter);
    wrapped[name] = (...args: unknown[]) => method(...args).catch(translateStoreFault);
  }
  return wrapped as unknown as Adapter;
}

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => Promise<void>;

/**
 * Outermost of our provider middlewares: a store fault thrown after the provider answered (the
 * participant recorder, RP-initiated logout) replaces that answer with 503
 * temporarily_unavailable — the code it carried is never handed out — instead of reaching Koa's
 * default handler (500 and a stack on stderr).
 */
export function storeFaultMiddleware(renderError: RenderError): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      // A fault already translated by the adapter (withStoreFaults) that the provider did not
      // render (its session read, before its own error handler) is one too.
      if (!isStoreUnavailable(error) && !isStoreUnavailable((error as { cause?: unknown } | null)?.cause)) throw error;
      const out = { error: 'temporarily_unavailable', error_description: DESCRIPTION };
      ctx.status = 503;
      ctx.remove('location');
      ctx.set('cache-control', 'no-store');
      ctx.set('retry-after', '60');
      if (ctx.accepts('json', 'html') === 'html') await renderError(ctx, out, temporarilyUnavailable(error));
      else ctx.body = out;
      ctx.status = 503;
    }
  };
}

export type RenderError = (
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string },
  error: Error,
) => Promise<void>;
