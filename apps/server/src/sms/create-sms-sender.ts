import type { Clock, MailOutbox, SmsSender, SmsSunsets } from '@sesame/core';
import type { FastifyBaseLogger } from 'fastify';
import type { SesameConfig } from '../config/config-schema';
import { createHttpSmsSender } from './http-sms-sender';
import { createOutboxSmsSender } from './outbox-sms-sender';

/** The deployment's SMS gateway from `sms.provider`; null: no SMS (docs/adr/0030). */
export function createSmsSender(
  config: Pick<SesameConfig, 'sms'>,
  deps: { readonly outbox: MailOutbox; readonly clock: Clock; readonly log: FastifyBaseLogger },
): SmsSender | null {
  switch (config.sms.provider) {
    case 'none':
      return null;
    case 'outbox':
      return createOutboxSmsSender(deps.outbox, deps.clock);
    case 'http':
      return config.sms.http ? createHttpSmsSender(config.sms.http, deps.log) : null;
  }
}

/** A configured sunset as an instant: a bare date is that day's UTC midnight. */
function sunsetInstant(raw: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
}

/** `sms.sunset` and `sms.sunsetByOrganisation` as instants (core SmsSunsets; docs/adr/0034 §1). */
export function smsSunsets(config: Pick<SesameConfig, 'sms'>): SmsSunsets {
  const raw = config.sms.sunset;
  return {
    global: raw === undefined ? null : sunsetInstant(raw),
    byOrganisation: new Map(
      Object.entries(config.sms.sunsetByOrganisation ?? {}).map(([id, date]) => [id, sunsetInstant(date)]),
    ),
  };
}
