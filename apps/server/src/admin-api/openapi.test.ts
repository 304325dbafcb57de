import { Validator } from '@seriousme/openapi-schema-validator';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_APPS } from '../../test/admin-api-kit';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { openApiPath } from './openapi';
import { registerAdminApi } from './register';

/**
 * The OpenAPI 3.1 document (issue 14 point 6 "Done when"): it validates against the OpenAPI 3.1
 * schema (@seriousme/openapi-schema-validator), and every route registered under /api/admin and
 * /scim is a path and method of the document, and the reverse.
 */
let portal: TestPortal;
let document: { openapi: string; paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  portal = await createTestPortal({ relyingApps: API_APPS });
  document = (await portal.app.inject({ method: 'GET', url: '/api/admin/v1/openapi.json' })).json();
});
afterAll(() => portal.close());

const operationsOf = (paths: Record<string, Record<string, unknown>>) =>
  Object.entries(paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, every $ref resolved', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(structuredClone(document) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const refs = JSON.stringify(document).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
    const schemas = (document as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas;
    for (const ref of refs) expect(schemas).toHaveProperty(ref.slice('"$ref":"#/components/schemas/'.length, -1));
  });

  it('says exactly the routes registered under /api/admin and /scim', async () => {
    const registered: string[] = [];
    const app = Fastify();
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') registered.push(`${method} ${openApiPath(route.url)}`);
      }
    });
    await registerAdminApi(app, portal.context.adminApi);
    await app.ready();
    expect(registered.every((r) => / \/(api\/admin|scim)\//.test(r))).toBe(true);
    expect(registered.sort()).toEqual(operationsOf(document.paths));
    await app.close();
  });

  it('and the composed server answers each of them (no other surface shadows one)', async () => {
    for (const operation of operationsOf(document.paths)) {
      const [method, path] = operation.split(' ') as [string, string];
      const url = path.replace(/\{[^}]+\}/g, 'x');
      const answer = await portal.app.inject({ method: method as 'GET', url });
      // Every operation but the document itself needs a token: 401, never the portal's 404.
      expect([200, 401]).toContain(answer.statusCode);
    }
  });
});
