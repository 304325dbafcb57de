import { SesameError } from '@sesame/core';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { fieldOf, reasonOf } from './zod-route';

/**
 * A form body or a query string read through a zod schema (ADR 0026 §2.10, "validation at the
 * edges: zod only"), in place of the former untyped reads of a form body or a query string.
 *
 * Each field is one string before the schema sees it, so no type confusion reaches a route
 * (the fuzz suite, apps/server/test/fuzz/, sends arrays, objects and repeated keys):
 * - a repeated key (`a=1&a=2`, an array once parsed) counts for its first value;
 * - a value that is not a string (a JSON body's number, object or null) is ignored, as if absent.
 */

/** The request part as single strings, on an object with no prototype (`__proto__` is a plain key). */
export function singleStrings(part: unknown): Record<string, string> {
  const fields = Object.create(null) as Record<string, string>;
  if (typeof part !== 'object' || part === null || Array.isArray(part)) return fields;
  for (const [key, value] of Object.entries(part)) {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') fields[key] = first;
  }
  return fields;
}

/**
 * The fields as the schema's output, or INVALID_INPUT naming every invalid field (the first in
 * field/reason, all in `issues`: handleForm puts each message by its field).
 */
function parseFields<S extends z.ZodType>(part: unknown, schema: S): z.output<S> {
  const fields = singleStrings(part);
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ field: fieldOf(issue), reason: reasonOf(issue, fields) }));
  const [first] = issues;
  throw new SesameError('INVALID_INPUT', first === undefined ? {} : { ...first, issues });
}

/** A POSTed form (application/x-www-form-urlencoded, @fastify/formbody) through its schema. */
export function parseForm<S extends z.ZodType>(request: Pick<FastifyRequest, 'body'>, schema: S): z.output<S> {
  return parseFields(request.body, schema);
}

/** A query string through its schema. */
export function parseQuery<S extends z.ZodType>(request: Pick<FastifyRequest, 'query'>, schema: S): z.output<S> {
  return parseFields(request.query, schema);
}
