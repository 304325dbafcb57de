import {
  CasTicketStore,
  LoginRequests,
  type CasDeps,
  type DurableStore,
  type EphemeralStore,
  type ServiceRegistry,
} from '@sesame/core';
import type { WarnLogger } from '../sessions/session-gate';
import type { OutboundHttp } from '../http/outbound-http';

/** A proxy callback must answer within this, or it gets no PGT (CAS 3.0 §2.5.4). */
export const PROXY_CALLBACK_TIMEOUT_MS = 5_000;

export interface CasContext {
  deps: CasDeps;
  tickets: CasTicketStore;
  loginRequests: LoginRequests;
}

/** The CAS flows over the server's stores and back channel; built once by compose. */
/** What the CAS flows read: the stores, the registry, the back channel to proxy callbacks. */
export interface CasContextDeps {
  readonly ephemeral: EphemeralStore;
  readonly registry: ServiceRegistry;
  readonly durable: Pick<DurableStore, 'users'>;
  readonly outbound: OutboundHttp;
}

export function createCasContext(services: CasContextDeps, log: WarnLogger): CasContext {
  const tickets = new CasTicketStore(services.ephemeral);
  return {
    tickets,
    loginRequests: new LoginRequests(services.ephemeral),
    deps: {
      tickets,
      registry: services.registry,
      findUser: (id) => services.durable.users.findById(id),
      async callProxyCallback(url) {
        try {
          // Only a 200 counts; a redirect is not followed (CAS 3.0 §2.5.4 allows either).
          return (await services.outbound.getHttps(url, PROXY_CALLBACK_TIMEOUT_MS)) === 200;
        } catch (error) {
          // The URL carries the PGT: log the origin only.
          log.warn({ err: error, callback: new URL(url).origin }, 'CAS proxy callback failed');
          return false;
        }
      },
    },
  };
}
