import {
  accountSmsSunset,
  type EphemeralStore,
  type OrganisationRepository,
  type SmsGate,
  smsGate,
  type SmsGateObserver,
  type SmsSender,
  type SmsSunsets,
} from '@sesame/core';
import type { FastifyBaseLogger } from 'fastify';
import type { SesameConfig } from '../config/config-schema';
import type { Metrics } from '../observability/metrics';
import { smsSunsets } from '../sms/create-sms-sender';

/** SMS as the sign-in and the credential pages see it (docs/adr/0030): the gateway and the sunsets. */
export interface SmsParts {
  /** The gateway behind the toll-fraud caps (docs/adr/0059): every text goes through it. */
  readonly gate: SmsGate;
  /** From them on SMS is refused: the global date and the organisations' (docs/adr/0034). */
  readonly sunsets: SmsSunsets;
  /** The account's own date (core accountSmsSunset: its organisation's nearest, else the global); null: none. */
  sunsetOf(userId: string): Promise<Date | null>;
}

/** null when the deployment texts nothing (`sms.provider=none`): no SMS method, no phone-number page. */
export function smsParts(
  config: Pick<SesameConfig, 'sms'>,
  sender: SmsSender | null,
  deps: {
    readonly organisations: Pick<OrganisationRepository, 'accountOrganisation'>;
    readonly ephemeral: EphemeralStore;
    readonly metrics: Pick<Metrics, 'smsTexts' | 'smsRefused'>;
    readonly log: FastifyBaseLogger;
  },
): SmsParts | null {
  if (sender === null) return null;
  const sunsets = smsSunsets(config);
  const { allowedCountryCodes, maxPerHour, maxPerNumberPerDay } = config.sms;
  return Object.freeze({
    gate: smsGate(
      sender,
      deps.ephemeral,
      { allowedCountryCodes, maxPerHour, maxPerNumberPerDay },
      smsObserver(deps, maxPerHour),
    ),
    sunsets,
    sunsetOf: (userId: string) => accountSmsSunset(deps.organisations, sunsets, userId),
  });
}

/**
 * What operators see of the gate (docs/operators/running.md, "SMS toll fraud"): two counters, and
 * one warning per hour while the deployment's ceiling refuses texts — the line to alert on beside
 * `sesame_sms_refused_total{limit="deployment"}`.
 */
function smsObserver(
  deps: { readonly metrics: Pick<Metrics, 'smsTexts' | 'smsRefused'>; readonly log: FastifyBaseLogger },
  maxPerHour: number,
): SmsGateObserver {
  return {
    refused({ purpose, limit, firstInWindow }) {
      deps.metrics.smsRefused.inc({ purpose, limit });
      if (limit === 'deployment' && firstInWindow) {
        deps.log.warn(
          { event: 'sms.ceiling', purpose, maxPerHour },
          'sms.ceiling: the hourly SMS ceiling is reached; texts are refused until the hour ends (sms.maxPerHour)',
        );
      }
    },
    handed({ purpose, status }) {
      deps.metrics.smsTexts.inc({ purpose, result: status });
    },
  };
}
