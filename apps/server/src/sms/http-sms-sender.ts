import { maskPhoneNumber, type SmsResult, type SmsSender } from '@sesame/core';
import type { FastifyBaseLogger } from 'fastify';
import type { SesameConfig } from '../config/config-schema';

export type HttpSmsSettings = NonNullable<SesameConfig['sms']['http']>;

/** How the adapter waits between tries (a test passes one that does not sleep). */
export type Sleep = (ms: number) => Promise<void>;
const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A generic HTTP SMS gateway (issue 13 point 4): one request per message to `url`, its body the
 * configured fields with `{to}` and `{text}` substituted as values (JSON or a form), the
 * configured `Authorization` header. Each try has `timeoutMs`; a network error, a timeout or a
 * 5xx is tried again at most `retries` times, waiting `retryDelayMs`, then twice that, … (bounded
 * exponential back-off); a 4xx is the gateway's refusal and is never tried again. Nothing
 * secret is logged: the number masked, never the text (it holds the code), never the header.
 */
export function createHttpSmsSender(
  settings: HttpSmsSettings,
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  wait: Sleep = sleep,
): SmsSender {
  const headers: Record<string, string> = {
    'content-type': settings.encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    'user-agent': 'Sesame-SMS',
  };
  if (settings.authorization) headers.authorization = settings.authorization;

  function body(to: string, text: string): string {
    const fields = Object.fromEntries(
      Object.entries(settings.body).map(([key, value]) => [
        key,
        value.replaceAll('{to}', to).replaceAll('{text}', text),
      ]),
    );
    return settings.encoding === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
  }

  return {
    async send(message): Promise<SmsResult> {
      const to = maskPhoneNumber(message.to);
      const payload = body(message.to, message.text);
      for (let attempt = 1; ; attempt++) {
        let outcome: { kind: 'status'; status: number; id?: string } | { kind: 'failed'; reason: string };
        try {
          const response = await fetch(settings.url, {
            method: settings.method,
            headers,
            body: payload,
            redirect: 'manual',
            signal: AbortSignal.timeout(settings.timeoutMs),
          });
          const text = await response.text().catch(() => '');
          outcome = { kind: 'status', status: response.status, ...messageId(text) };
        } catch (error) {
          outcome = { kind: 'failed', reason: (error as Error).name === 'TimeoutError' ? 'timeout' : 'network' };
        }
        if (outcome.kind === 'status' && outcome.status >= 200 && outcome.status < 300) {
          log.info({ event: 'sms.sent', to, attempt, status: outcome.status }, 'SMS handed to the gateway');
          return outcome.id !== undefined ? { status: 'sent', id: outcome.id } : { status: 'sent' };
        }
        if (outcome.kind === 'status' && outcome.status < 500) {
          // 4xx (or a redirect, which a gateway has no reason to send): the same request would fail the same way.
          log.warn(
            { event: 'sms.rejected', to, attempt, status: outcome.status },
            'the SMS gateway refused the message',
          );
          return { status: 'rejected', httpStatus: outcome.status };
        }
        const detail = outcome.kind === 'status' ? { status: outcome.status } : { reason: outcome.reason };
        if (attempt > settings.retries) {
          log.warn({ event: 'sms.unavailable', to, attempt, ...detail }, 'the SMS gateway did not take the message');
          return { status: 'unavailable' };
        }
        const delay = settings.retryDelayMs * 2 ** (attempt - 1);
        log.warn({ event: 'sms.retry', to, attempt, delayMs: delay, ...detail }, 'SMS gateway failure, trying again');
        await wait(delay);
      }
    },
  };
}

/** The gateway's message id when it answers JSON with `id` or `messageId` (kept for support, never required). */
function messageId(text: string): { id?: string } {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const id = parsed.id ?? parsed.messageId;
    return typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {};
  } catch {
    return {};
  }
}
