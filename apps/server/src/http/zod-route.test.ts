import { isSesameError } from '@sesame/core';
import Fastify, { type FastifyError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invalidRequest, useZodSchemas, zodCompilers, type ZodTypeProvider } from './zod-route';

async function appWith(options: { compilersOnRoute?: boolean } = {}) {
  const app = Fastify();
  await app.register(async (api) => {
    if (!options.compilersOnRoute) useZodSchemas(api, 'DEVICE_MESSAGE_INVALID');
    api.setErrorHandler(async (error: FastifyError, _request, reply) => {
      if (isSesameError(error)) return reply.code(400).send({ error: error.code, ...error.details });
      return reply.code(500).send({ error: 'INTERNAL' });
    });
    api.withTypeProvider<ZodTypeProvider>().post(
      '/things/:id',
      {
        ...(options.compilersOnRoute ? zodCompilers('INVALID_INPUT') : {}),
        schema: {
          params: z.object({ id: z.string().max(8) }),
          body: z.looseObject({ count: z.int() }),
          response: { 200: z.object({ id: z.string(), count: z.int() }) },
        },
      },
      // request.params and request.body are typed from the schemas.
      async (request) => ({ id: request.params.id, count: request.body.count, secret: 'never sent' }),
    );
    if (options.compilersOnRoute) return;
    api.get('/broken', { schema: { response: { 200: z.object({ ok: z.boolean() }) } } }, async () => ({ ok: 'yes' }));
  });
  return app;
}

describe('zod route schemas', () => {
  it('validates the request and lets out only the response schema’s members', async () => {
    const app = await appWith();
    const ok = await app.inject({ method: 'POST', url: '/things/a1', payload: { count: 2, extra: true } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ id: 'a1', count: 2 });
  });

  it("refuses a bad body or parameter with the surface's code, the field and the reason", async () => {
    const app = await appWith();
    const badBody = await app.inject({ method: 'POST', url: '/things/a1', payload: { count: 'two' } });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: 'count', reason: 'malformed' });
    const noBody = await app.inject({ method: 'POST', url: '/things/a1', payload: [1] });
    expect(noBody.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: '$', reason: 'malformed' });
    const longId = await app.inject({ method: 'POST', url: '/things/abcdefghi', payload: { count: 1 } });
    expect(longId.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: 'id', reason: 'too_long' });
  });

  it('works on one route too, with its own code', async () => {
    const app = await appWith({ compilersOnRoute: true });
    const missing = await app.inject({ method: 'POST', url: '/things/a1', payload: {} });
    expect(missing.json()).toEqual({ error: 'INVALID_INPUT', field: 'count', reason: 'required' });
  });

  it('answers 500 for a response that breaks its contract', async () => {
    const app = await appWith();
    const broken = await app.inject({ method: 'GET', url: '/broken' });
    expect(broken.statusCode).toBe(500);
  });

  it('maps each kind of issue to an InputReason', () => {
    const reason = (schema: z.ZodType, value: unknown) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? null : invalidRequest('INVALID_INPUT', parsed.error, value).details.reason;
    };
    expect(reason(z.object({ a: z.string() }), {})).toBe('required');
    expect(reason(z.object({ a: z.string() }), { a: 1 })).toBe('malformed');
    expect(reason(z.string().max(1), 'ab')).toBe('too_long');
    expect(reason(z.string().min(2), 'a')).toBe('too_short');
    expect(reason(z.string().regex(/^a$/), 'b')).toBe('malformed');
  });
});
