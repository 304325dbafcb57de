import { createMemoryEphemeralStore } from '@sesame/storage';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../config/load-config';
import { createMetrics } from '../observability/metrics';
import { smsParts } from './build-sms';

/**
 * What operators see of the SMS gate (docs/adr/0059; docs/operators/running.md, "SMS toll
 * fraud"): the counters by purpose and limit, and one `sms.ceiling` warning per hour while the
 * deployment's ceiling refuses texts — pino's real output captured.
 */
function capturedLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('the SMS gate as operators see it', () => {
  it('counts texts and refusals; the ceiling writes one warning per hour however many texts it refuses', async () => {
    let now = Date.UTC(2026, 11, 8, 9);
    const { log, lines } = capturedLog();
    const metrics = createMetrics();
    const config = loadConfig({}, { 'sms.provider': 'outbox', 'sms.maxPerHour': 2 });
    const ephemeral = createMemoryEphemeralStore({ clock: () => now });
    onTestFinished(() => ephemeral.close());
    const parts = smsParts(
      config,
      { send: async () => ({ status: 'sent' }) },
      {
        organisations: { accountOrganisation: async () => null },
        ephemeral,
        metrics,
        log,
      },
    );
    const send = (userId: string, purpose: 'enrolment' | 'sign-in') =>
      parts!.gate.send({ to: `+3361234${userId.padStart(4, '0')}`, text: 'x', purpose, userId });

    await send('1', 'sign-in');
    await send('2', 'sign-in');
    for (const user of ['3', '4', '5'])
      await expect(send(user, 'sign-in')).rejects.toMatchObject({ code: 'SMS_LIMIT_REACHED' });
    await expect(send('6', 'enrolment')).rejects.toMatchObject({ code: 'SMS_LIMIT_REACHED' });
    expect(() => parts!.gate.assertDestination('+12025550123', 'enrolment')).toThrow();

    const warnings = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, event: 'sms.ceiling', purpose: 'sign-in', maxPerHour: 2 });
    const scrape = await metrics.registry.metrics();
    expect(scrape).toContain('sesame_sms_texts_total{purpose="sign-in",result="sent"} 2');
    expect(scrape).toContain('sesame_sms_refused_total{purpose="sign-in",limit="deployment"} 3');
    expect(scrape).toContain('sesame_sms_refused_total{purpose="enrolment",limit="deployment"} 1');
    expect(scrape).toContain('sesame_sms_refused_total{purpose="enrolment",limit="country"} 1');

    // The next hour: texts again, and a new warning when the ceiling is reached again.
    now += 3_600_000;
    await send('7', 'sign-in');
    await send('8', 'sign-in');
    await expect(send('9', 'sign-in')).rejects.toMatchObject({ code: 'SMS_LIMIT_REACHED' });
    expect(lines.filter((line) => line.includes('"sms.ceiling"'))).toHaveLength(2);
  });

  it('is null when the deployment texts nothing (sms.provider=none)', () => {
    const { log } = capturedLog();
    const ephemeral = createMemoryEphemeralStore();
    onTestFinished(() => ephemeral.close());
    expect(
      smsParts(loadConfig({}), null, {
        organisations: { accountOrganisation: async () => null },
        ephemeral,
        metrics: createMetrics(),
        log,
      }),
    ).toBeNull();
  });
});
