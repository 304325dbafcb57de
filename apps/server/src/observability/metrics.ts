import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one server instance, on their own registry (no global state). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sesame_' });
  return {
    registry,
    signIns: new Counter({
      name: 'sesame_sign_ins_total',
      help: 'Password sign-in attempts by result.',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'sesame_http_request_duration_seconds',
      help: 'HTTP request duration by route and status class.',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    ephemeralEvictions: new Counter({
      name: 'sesame_ephemeral_evictions_total',
      help: 'In-memory store at its cap: entries dropped before their expiry (evicted) and writes refused with 503 (refused).',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    /** Issue 14 point 5 (docs/adr/0038): observability/audit-metrics.ts counts these from the audit. */
    signInsByMethod: new Counter({
      name: 'sesame_sign_ins_by_method_total',
      help: 'Sign-ins by method (its wire name says the strength: PASSWORD, PASSWORD_TOTP, …) and outcome (success, failure).',
      labelNames: ['method', 'outcome'] as const,
      registers: [registry],
    }),
    secondFactorEnrolments: new Counter({
      name: 'sesame_second_factor_enrolments_total',
      help: 'Second factors added by method (device, totp, webauthn, sms, recovery-code).',
      labelNames: ['method'] as const,
      registers: [registry],
    }),
    adminActions: new Counter({
      name: 'sesame_admin_actions_total',
      help: 'Administrative actions by action and outcome: success (the audit event written) or refused (403, the route).',
      labelNames: ['action', 'outcome'] as const,
      registers: [registry],
    }),
    /** Toll fraud (docs/adr/0059): every text handed to the gateway, by purpose and what became of it. */
    smsTexts: new Counter({
      name: 'sesame_sms_texts_total',
      help: 'Texts handed to the SMS gateway by purpose (enrolment, sign-in) and result (sent, rejected, unavailable).',
      labelNames: ['purpose', 'result'] as const,
      registers: [registry],
    }),
    /** Alert on limit="deployment": the hourly ceiling is reached, SMS is refused to everyone (docs/operators/running.md). */
    smsRefused: new Counter({
      name: 'sesame_sms_refused_total',
      help: 'Texts refused before sending by purpose and limit: country (not in sms.allowedCountryCodes), account (its day), number (its day), deployment (sms.maxPerHour).',
      labelNames: ['purpose', 'limit'] as const,
      registers: [registry],
    }),
    mails: new Counter({
      name: 'sesame_mails_total',
      help: 'Mails handed to the transport by template.',
      labelNames: ['template'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
