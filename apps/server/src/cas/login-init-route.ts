import {
  askedRequirement,
  casAppFor,
  casFailure,
  isSesameError,
  loginRequestFailureXml,
  loginRequestSuccessXml,
  Throttle,
} from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { casFlag, casParams } from './cas-params';
import { sendCasDocument } from './send-cas-document';

/** Login transactions one IP address may open per minute (applications' servers call this). */
export const LOGIN_INIT_PER_IP_PER_MINUTE = 600;

/**
 * EU Login `POST /cas/login/init` (reference/eulogin-facts.md §2.1): the application registers
 * its sign-in parameters (service, acceptStrengths, authenticationLevel, renew, locale) and
 * receives a single-use `ECAS_LR-…` id for `/cas/login?loginRequestId=…`. Checked like
 * /cas/login would check them, so the browser never lands on a request that cannot succeed.
 */
export function loginInitRoute(app: FastifyInstance, services: CasRoutesContext, cas: CasContext) {
  // Each call stores a login request for 5 minutes: an anonymous flood must not fill the store.
  const throttle = new Throttle(services.ephemeral, 'cas-login-init', LOGIN_INIT_PER_IP_PER_MINUTE, 60_000);
  app.post('/cas/login/init', async (request, reply) => {
    try {
      await throttle.hit(request.ip);
    } catch (error) {
      if (!isSesameError(error, 'TOO_MANY_REQUESTS')) throw error;
      reply.header('retry-after', '60');
      return sendCasDocument(
        reply,
        'XML',
        loginRequestFailureXml(casFailure('INVALID_REQUEST', 'too many requests')),
        429,
      );
    }
    const params = casParams(request.body, request.query);
    if (!params.service) {
      return sendCasDocument(
        reply,
        'XML',
        loginRequestFailureXml(casFailure('INVALID_REQUEST', 'the service parameter is required')),
      );
    }
    const target = casAppFor(services.registry, params.service);
    if (!target) {
      return sendCasDocument(
        reply,
        'XML',
        loginRequestFailureXml(casFailure('INVALID_SERVICE', 'the service is not registered')),
      );
    }
    const asked = askedRequirement(target, {
      acceptStrengths: params.acceptStrengths,
      authenticationLevel: params.authenticationLevel,
    });
    if (!asked.ok) return sendCasDocument(reply, 'XML', loginRequestFailureXml(asked.failure));
    const id = await cas.loginRequests.create({
      service: params.service,
      acceptStrengths: asked.asked.strengths ?? [],
      authenticationLevel: asked.asked.level ?? null,
      renew: casFlag(params.renew),
      locale: params.locale?.slice(0, 35) ?? null,
    });
    return sendCasDocument(reply, 'XML', loginRequestSuccessXml(id));
  });
}
