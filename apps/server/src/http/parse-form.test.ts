import { isSesameError, type SesameError } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm, parseQuery, singleStrings } from './parse-form';

const signInForm = z.object({ email: z.string().min(1).max(254), password: z.string().max(1024).optional() });

function refusal(run: () => unknown): SesameError {
  try {
    run();
  } catch (error) {
    if (isSesameError(error)) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('parseForm / parseQuery', () => {
  it('gives the schema output for a well-formed form', () => {
    expect(parseForm({ body: { email: 'a@b.fr', password: 'x' } }, signInForm)).toEqual({
      email: 'a@b.fr',
      password: 'x',
    });
  });

  it('takes the first value of a repeated key', () => {
    expect(parseQuery({ query: { email: ['first@b.fr', 'second@b.fr'] } }, signInForm)).toEqual({
      email: 'first@b.fr',
    });
  });

  it('ignores values that are not strings, as if absent', () => {
    const error = refusal(() => parseForm({ body: { email: { $ne: '' }, password: 42 } }, signInForm));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toMatchObject({ field: 'email', reason: 'required' });
    expect(parseForm({ body: { email: 'a@b.fr', password: null } }, signInForm)).toEqual({ email: 'a@b.fr' });
  });

  it('reads no body (or a body that is not an object) as no fields', () => {
    expect(singleStrings(undefined)).toEqual({});
    expect(singleStrings('email=a@b.fr')).toEqual({});
    expect(singleStrings(['a'])).toEqual({});
    expect(refusal(() => parseForm({ body: undefined }, signInForm)).details.field).toBe('email');
  });

  it('keeps __proto__ a plain key: no prototype is changed', () => {
    const body = JSON.parse('{"__proto__": "polluted", "email": "a@b.fr"}') as unknown;
    const fields = singleStrings(body);
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(fields.__proto__).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses with INVALID_INPUT naming every invalid field, the first in field/reason', () => {
    const error = refusal(() => parseForm({ body: { email: '', password: 'x'.repeat(1025) } }, signInForm));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details).toEqual({
      field: 'email',
      reason: 'too_short',
      issues: [
        { field: 'email', reason: 'too_short' },
        { field: 'password', reason: 'too_long' },
      ],
    });
  });

  it('gives a refinement its own reason as malformed', () => {
    const confirm = z
      .object({ pin: z.string(), pinConfirm: z.string() })
      .refine((form) => form.pin === form.pinConfirm, { path: ['pinConfirm'] });
    expect(refusal(() => parseForm({ body: { pin: '1234', pinConfirm: '4321' } }, confirm)).details).toMatchObject({
      field: 'pinConfirm',
      reason: 'malformed',
    });
  });
});
