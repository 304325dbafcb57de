import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpSmsSender, type HttpSmsSettings } from './http-sms-sender';

/**
 * The generic HTTP SMS gateway adapter (issue 13 point 4; docs/adr/0030) against a fake gateway
 * this test starts on 127.0.0.1: the request it makes, a timeout, 5xx then success, retries
 * bounded, a 4xx never retried — and no code in any log line (pino's real output captured).
 */
const CODE = 'K7P-M2X-9QR';
const TEXT = `Sésame: your sign-in challenge code is ${CODE}.`;

interface Received {
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server | undefined;
afterEach(async () => {
  // Hanging answers included: every socket is closed, the port given back, even when a test fails.
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A gateway answering each request with the next of `answers` ('hang': no answer at all). */
async function gateway(answers: Array<number | 'hang'>) {
  const received: Received[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method ?? '', headers: request.headers, body });
      const answer = answers[Math.min(received.length - 1, answers.length - 1)]!;
      if (answer === 'hang') return;
      response.writeHead(answer, { 'content-type': 'application/json' });
      response.end(answer < 300 ? JSON.stringify({ messageId: 'gw-42' }) : '{"error":"x"}');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/sms`, received };
}

/** pino writing to memory: every line the adapter logs, as written. */
function capturedLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: pino({ level: 'trace' }, stream), lines };
}

const settings = (url: string, over: Partial<HttpSmsSettings> = {}): HttpSmsSettings => ({
  url,
  method: 'POST',
  authorization: 'Bearer s3cr3t-token',
  encoding: 'json',
  body: { to: '{to}', text: '{text}', from: 'Sesame' },
  timeoutMs: 300,
  retries: 2,
  retryDelayMs: 10,
  ...over,
});

/** Records the waits instead of sleeping them (the back-off is asserted, never timed). */
function recordedWaits() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}

describe('the HTTP SMS gateway adapter', () => {
  it('posts the configured JSON fields with {to} and {text} substituted as values, and the Authorization header', async () => {
    const gw = await gateway([200]);
    const { log, lines } = capturedLog();
    const sender = createHttpSmsSender(settings(gw.url), log);
    expect(await sender.send({ to: '+33612345678', text: TEXT })).toEqual({ status: 'sent', id: 'gw-42' });
    expect(gw.received).toHaveLength(1);
    expect(gw.received[0]!.headers.authorization).toBe('Bearer s3cr3t-token');
    expect(JSON.parse(gw.received[0]!.body)).toEqual({ to: '+33612345678', text: TEXT, from: 'Sesame' });
    expect(lines.join('\n')).not.toContain(CODE);
  });

  it('a form body: the text is encoded, never spliced', async () => {
    const gw = await gateway([202]);
    const sender = createHttpSmsSender(settings(gw.url, { encoding: 'form', method: 'PUT' }), capturedLog().log);
    const text = 'a "quoted" & {to} text';
    expect((await sender.send({ to: '+3225551234', text })).status).toBe('sent');
    expect(gw.received[0]!.method).toBe('PUT');
    expect(Object.fromEntries(new URLSearchParams(gw.received[0]!.body))).toEqual({
      to: '+3225551234',
      text: 'a "quoted" & {to} text',
      from: 'Sesame',
    });
  });

  it('5xx then success: tried again after a doubling back-off', async () => {
    const gw = await gateway([503, 500, 200]);
    const { waits, wait } = recordedWaits();
    const { log, lines } = capturedLog();
    const sender = createHttpSmsSender(settings(gw.url), log, wait);
    expect((await sender.send({ to: '+33612345678', text: TEXT })).status).toBe('sent');
    expect(gw.received).toHaveLength(3);
    expect(waits).toEqual([10, 20]);
    expect(lines.filter((l) => l.includes('"sms.retry"'))).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(CODE);
  });

  it('retries are bounded: 1 + retries tries, then unavailable', async () => {
    const gw = await gateway([500]);
    const { waits, wait } = recordedWaits();
    const sender = createHttpSmsSender(settings(gw.url, { retries: 3 }), capturedLog().log, wait);
    expect(await sender.send({ to: '+33612345678', text: TEXT })).toEqual({ status: 'unavailable' });
    expect(gw.received).toHaveLength(4);
    expect(waits).toEqual([10, 20, 40]);
  });

  it('a 4xx is never tried again', async () => {
    const gw = await gateway([400, 200]);
    const { waits, wait } = recordedWaits();
    const sender = createHttpSmsSender(settings(gw.url), capturedLog().log, wait);
    expect(await sender.send({ to: '+33612345678', text: TEXT })).toEqual({ status: 'rejected', httpStatus: 400 });
    expect(gw.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('a gateway that does not answer: each try times out, tried again, then unavailable', async () => {
    const gw = await gateway(['hang', 'hang', 200]);
    const { wait } = recordedWaits();
    const { log, lines } = capturedLog();
    const sender = createHttpSmsSender(settings(gw.url, { timeoutMs: 100 }), log, wait);
    expect((await sender.send({ to: '+33612345678', text: TEXT })).status).toBe('sent');
    expect(gw.received).toHaveLength(3);
    expect(lines.some((l) => l.includes('"reason":"timeout"'))).toBe(true);
  });

  it('a network error (nothing listening) is retried then unavailable; no log line holds the code, the number or the token', async () => {
    const gw = await gateway([200]);
    server!.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const { wait } = recordedWaits();
    const { log, lines } = capturedLog();
    const sender = createHttpSmsSender(settings(gw.url), log, wait);
    expect(await sender.send({ to: '+33612345678', text: TEXT })).toEqual({ status: 'unavailable' });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toContain(CODE);
      expect(line).not.toContain('+33612345678');
      expect(line).not.toContain('s3cr3t');
    }
    expect(lines.some((l) => l.includes('"reason":"network"'))).toBe(true);
  });
});
