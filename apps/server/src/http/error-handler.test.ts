import { ServiceRegistry } from '@sesame/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorContext } from '../compose/app-context';
import './request-context';
import { rootErrorHandler, tagSurface } from './error-handler';

const errors = (storesAnswer: boolean): ErrorContext => ({
  config: { password: { minLength: 12, maxLength: 128 } as ErrorContext['config']['password'], defaultLocale: 'en' },
  probe: async () => storesAnswer,
  registry: ServiceRegistry.from([]),
  // No admin route here: a refusal is never audited by these routes (http/admin-refusal-audit.ts).
  refusals: {
    durable: { audit: { append: () => Promise.reject(new Error('no admin route here')) } },
    ephemeral: { increment: () => Promise.reject(new Error('no admin route here')) },
    clock: { now: () => new Date() },
  },
});

/** One route per surface, each throwing what the test hands it. */
async function appThrowing(thrown: () => unknown, storesAnswer = true): Promise<FastifyInstance> {
  const app = Fastify();
  app.setErrorHandler(
    rootErrorHandler(errors(storesAnswer), {
      'device-api': async (_error, _request, reply) => reply.code(500).send({ error: 'INTERNAL' }),
    }),
  );
  app.get('/health', async () => {
    throw thrown();
  });
  await app.register(async (api) => {
    tagSurface(api, 'cas-api');
    api.get('/cas/serviceValidate', async () => {
      throw thrown();
    });
  });
  await app.register(async (api) => {
    tagSurface(api, 'device-api');
    api.get('/api/device/x', async () => {
      throw thrown();
    });
  });
  await app.register(async (portal) => {
    tagSurface(portal, 'portal');
    portal.get('/account', async () => {
      throw thrown();
    });
  });
  return app;
}

describe('the root error handler renders by surface (ADR 0026 §2.7)', () => {
  let app: FastifyInstance;
  afterEach(() => app.close());

  it('ops: a bug is a 500 that says nothing of its cause', async () => {
    app = await appThrowing(() => new Error('secret detail'));
    const response = await app.inject('/health');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal Server Error',
    });
  });

  it('ops: a refused request keeps its status and Fastify’s shape', async () => {
    app = await appThrowing(() => Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'X' }));
    const response = await app.inject('/health');
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ statusCode: 415, code: 'X', error: 'Unsupported Media Type' });
  });

  it('cas-api: a CAS document (CAS 3.0 Appendix A), never HTML', async () => {
    app = await appThrowing(() => new Error('boom'));
    const response = await app.inject('/cas/serviceValidate?service=https://a.example/&ticket=ST-1');
    expect(response.statusCode).toBe(500);
    expect(response.body).toContain('<cas:authenticationFailure code="INTERNAL_ERROR">');
  });

  it('device-api: the renderer the app gave for it', async () => {
    app = await appThrowing(() => new Error('boom'));
    const response = await app.inject('/api/device/x');
    expect(response.json()).toEqual({ error: 'INTERNAL' });
  });

  it('portal: a page whose language is not known yet falls back to the ops answer', async () => {
    app = await appThrowing(() => new Error('secret detail'));
    const response = await app.inject('/account');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret detail');
  });
});
// The portal pages themselves (messages, 503 + Retry-After, the generic 500) are asserted over a
// whole portal: routes/csrf.test.ts, stores/store-outage.test.ts.
