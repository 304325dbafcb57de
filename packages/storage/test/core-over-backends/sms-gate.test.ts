import { type EphemeralStore, type SmsMessage, smsGate } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import { createTemporaryRedisStore } from '../temporary-stores';

/**
 * SMS toll fraud (docs/adr/0059) on every ephemeral backend: the gate's caps are reserved with
 * the store's atomic increment before the gateway is called, so requests racing a cap — from two
 * server nodes sharing the store — get exactly the cap, never more. The attacker suite
 * (apps/server/src/routes/sms-pumping-attacker.test.ts) races the pages on the memory store.
 */
const POLICY = { allowedCountryCodes: ['33'], maxPerHour: 1000, maxPerNumberPerDay: 4 };

function describeEphemeral(name: string, open: () => EphemeralStore) {
  describe(`SMS caps across accounts on ${name}`, () => {
    it('40 parallel texts to one premium number through two nodes: exactly maxPerNumberPerDay are sent', async () => {
      const store = open();
      try {
        const sent: SmsMessage[] = [];
        const sender = {
          send: async (message: SmsMessage) => {
            sent.push(message);
            return { status: 'sent' as const };
          },
        };
        const nodes = [smsGate(sender, store, POLICY), smsGate(sender, store, POLICY)];
        const results = await Promise.allSettled(
          Array.from({ length: 40 }, (_, i) =>
            nodes[i % 2]!.send({ to: '+33899123456', text: 'x', purpose: 'enrolment', userId: `mallory-${i}` }),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
        expect(sent).toHaveLength(4);
        const refused = results.filter((r) => r.status === 'rejected');
        expect(refused.every((r) => (r.reason as { code?: string }).code === 'SMS_LIMIT_REACHED')).toBe(true);
        // The refused ones gave back what they took before the full cap: the deployment's count is the sent ones'.
        expect(await store.increment('sms-cap:deployment', 3_600_000)).toBe(5);
      } finally {
        await store.close();
      }
    });
  });
}

describeEphemeral('memory', () => createMemoryEphemeralStore());
withBackend('redis', (url) => describeEphemeral('Redis', () => createTemporaryRedisStore(url)));
