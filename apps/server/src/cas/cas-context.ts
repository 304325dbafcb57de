import { CasTicketStore, LoginRequests, type CasDeps } from '@sesame/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../services';

/** A proxy callback must answer within this, or it gets no PGT (CAS 3.0 §2.5.4). */
export const PROXY_CALLBACK_TIMEOUT_MS = 5_000;

export interface CasContext {
  deps: CasDeps;
  tickets: CasTicketStore;
  loginRequests: LoginRequests;
}

/** The CAS flows over the server's stores and back channel; stateless, so built per plugin. */
export function createCasContext(services: Services, log: FastifyBaseLogger): CasContext {
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
