import { type InputReason, SesameError } from '@sesame/core';
import type { FastifyInstance, FastifySchemaCompiler, FastifySerializerCompiler, FastifyTypeProvider } from 'fastify';
import { z } from 'zod';

/**
 * Route schemas written in zod (ADR 0026 §2.10, "validation at the edges: zod only"), for the
 * requests in and the responses out — what fastify-type-provider-zod does, in the few lines we
 * need. A route group installs them with `useZodSchemas(app, code)` on its encapsulated
 * sub-app, or spreads `zodCompilers(code)` into one route's options.
 */

/** The error a refused request becomes: the device API's DEVICE_MESSAGE_INVALID, the portal's INVALID_INPUT. */
export type InvalidRequestCode = 'DEVICE_MESSAGE_INVALID' | 'INVALID_INPUT';

/** Types `request.params`/`body`/`query` from a route's zod schemas (`app.withTypeProvider<ZodTypeProvider>()`). */
export interface ZodTypeProvider extends FastifyTypeProvider {
  readonly validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  readonly serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** `$` for the value as a whole (the device API's name for the root), else the dotted path of the bad field. */
export function fieldOf(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? '$' : issue.path.map(String).join('.');
}

/** The value the issue is about, read from the input (zod 4 leaves `input` out of its issues). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The InputReason closest to a zod issue: a missing field, a value too long or too short, else malformed. */
export function reasonOf(issue: z.core.$ZodIssue, data: unknown): InputReason {
  if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(data, issue.path) === undefined) {
    return 'required';
  }
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small') return 'too_short';
  return 'malformed';
}

/** A JSON Schema left in a zod route group is a mistake to see at start, not a request that passes. */
function asZod(schema: unknown, where: string): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  throw new Error(`${where}: a route schema here must be a zod schema (http/zod-route.ts)`);
}

/** The first issue as the surface's typed error: field and reason, as the hand-written checks give them. */
export function invalidRequest(code: InvalidRequestCode, error: z.ZodError, data: unknown): SesameError {
  const [issue] = error.issues;
  if (issue === undefined) return new SesameError(code, { field: '$', reason: 'malformed' });
  return new SesameError(code, { field: fieldOf(issue), reason: reasonOf(issue, data) });
}

/**
 * Validates a request part with its zod schema. Fastify gives a missing part as null; a refusal
 * is returned as the typed error (Fastify adds status 400), which the group's error handler
 * answers like any expected SesameError. The parsed value replaces the part, so a route reads
 * what its schema admits (a `z.looseObject` keeps unknown members for the parsers that check them).
 */
export function zodValidatorCompiler(code: InvalidRequestCode): FastifySchemaCompiler<unknown> {
  return ({ schema, method, url, httpPart }) => {
    const zodSchema = asZod(schema, `${method} ${url} ${httpPart ?? ''}`);
    return (data: unknown) => {
      const parsed = zodSchema.safeParse(data);
      return parsed.success ? { value: parsed.data } : { error: invalidRequest(code, parsed.error, data) };
    };
  };
}

/**
 * Serialises a response through its zod schema: members the schema does not declare are
 * dropped (z.object strips them), so nothing but the contract leaves. A response that breaks
 * its contract is a server fault: thrown, answered 500 by the error handler.
 */
export const zodSerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema, method, url, httpStatus }) => {
  const zodSchema = asZod(schema, `${method} ${url} response ${httpStatus}`);
  return (data: unknown) => {
    const parsed = zodSchema.safeParse(data);
    if (!parsed.success) throw new Error(`response does not match its schema: ${z.prettifyError(parsed.error)}`);
    return JSON.stringify(parsed.data);
  };
};

/** Both compilers, for one route's options (a route registered outside a zod sub-app, e.g. in a test). */
export function zodCompilers(code: InvalidRequestCode) {
  return { validatorCompiler: zodValidatorCompiler(code), serializerCompiler: zodSerializerCompiler } as const;
}

/** Every route of this (encapsulated) instance declares zod schemas. */
export function useZodSchemas(app: FastifyInstance, code: InvalidRequestCode): void {
  app.setValidatorCompiler(zodValidatorCompiler(code));
  app.setSerializerCompiler(zodSerializerCompiler);
}
