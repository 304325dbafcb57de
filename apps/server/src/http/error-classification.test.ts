import { SesameError } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { classifyError, statusCodeOf, storeProbe } from './error-classification';

function recordingLog() {
  const lines: string[] = [];
  return {
    lines,
    debug: (_details: object, message: string) => void lines.push(`debug ${message}`),
    error: (_details: object, message: string) => void lines.push(`error ${message}`),
  };
}
const up = async () => true;
const down = async () => false;

describe('classifyError (ADR 0026 §2.7)', () => {
  it('an error raised on purpose is expected, whatever the stores say, and not logged', async () => {
    const log = recordingLog();
    const error = new SesameError('INVALID_CREDENTIALS');
    expect(await classifyError(error, down, log)).toEqual({ kind: 'expected', error });
    expect(log.lines).toEqual([]);
  });

  it('a store outage raised on purpose is expected, logged at debug level only', async () => {
    const log = recordingLog();
    const error = new SesameError('STORE_UNAVAILABLE');
    expect(await classifyError(error, up, log)).toEqual({ kind: 'expected', error });
    expect(log.lines).toEqual(['debug store unavailable']);
  });

  it('a request the framework refused keeps its 4xx status', async () => {
    const log = recordingLog();
    const error = Object.assign(new Error('body too large'), { statusCode: 413 });
    expect(await classifyError(error, down, log)).toEqual({ kind: 'client', status: 413 });
    expect(log.lines).toEqual([]);
  });

  it('anything else while a store does not answer is the outage (fail closed), at debug level', async () => {
    const log = recordingLog();
    expect(await classifyError(new Error('ECONNREFUSED'), down, log)).toEqual({ kind: 'store-down' });
    expect(log.lines).toEqual(['debug store unavailable']);
  });

  it('anything else while the stores answer is a bug, logged at error level', async () => {
    const log = recordingLog();
    expect(await classifyError(new TypeError('x is undefined'), up, log)).toEqual({ kind: 'bug' });
    expect(log.lines).toEqual(['error unexpected error']);
  });

  it('a 5xx framework error is not a client error', async () => {
    const log = recordingLog();
    const error = Object.assign(new Error('boom'), { statusCode: 500 });
    expect(await classifyError(error, up, log)).toEqual({ kind: 'bug' });
  });
});

describe('statusCodeOf', () => {
  it('reads a numeric statusCode only', () => {
    expect(statusCodeOf(Object.assign(new Error(), { statusCode: 404 }))).toBe(404);
    expect(statusCodeOf(Object.assign(new Error(), { statusCode: '404' }))).toBeUndefined();
    expect(statusCodeOf(null)).toBeUndefined();
  });
});

describe('storeProbe', () => {
  const ok = { ping: async () => {} };
  const failing = {
    ping: async () => {
      throw new Error('down');
    },
  };
  it('answers true when both stores answer', async () => {
    expect(await storeProbe({ durable: ok, ephemeral: ok })()).toBe(true);
  });
  it('answers false when either does not', async () => {
    expect(await storeProbe({ durable: failing, ephemeral: ok })()).toBe(false);
    expect(await storeProbe({ durable: ok, ephemeral: failing })()).toBe(false);
  });
});
