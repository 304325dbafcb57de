import { describe, expect, it } from 'vitest';
import { createMemoryDeviceRepository } from '../../testing';
import type { AuditEvent, DeviceRecord, DurableRepositories, UserPatch, UserRecord } from '../ports';
import { chosenAccountLanguage, mayChangeAccountLanguage, rememberAccountLanguage } from './account-language';

const NOW = new Date('2026-12-08T09:00:00Z');
const META = { ip: '203.0.113.7', userAgent: 'Firefox' };
const ada = (over: Partial<UserRecord> = {}) =>
  ({ id: 'u1', emailLocale: 'de', languageChosenAt: null, secondFactorSince: null, ...over }) as UserRecord;

/** A store whose transaction holds its writes until `work` returns, and drops them if it throws. */
function durable(options: { failAudit?: boolean } = {}) {
  const updates: UserPatch[] = [];
  const audit: AuditEvent[] = [];
  return {
    updates,
    audit,
    async transaction<T>(work: (tx: DurableRepositories) => Promise<T>): Promise<T> {
      const pending = { updates: [] as UserPatch[], audit: [] as AuditEvent[] };
      const tx = {
        users: { update: async (_id: string, patch: UserPatch) => pending.updates.push(patch) > 0 },
        audit: {
          append: async (event: AuditEvent) => {
            if (options.failAudit) throw new Error('audit down');
            pending.audit.push(event);
          },
        },
      } as unknown as DurableRepositories;
      const result = await work(tx);
      updates.push(...pending.updates);
      audit.push(...pending.audit);
      return result;
    },
  };
}
const clock = { now: () => NOW };

describe('rememberAccountLanguage (docs/adr/0055, 0062)', () => {
  it('writes the language, marks it chosen, and audits the change once: from, to, by the chooser', async () => {
    const store = durable();
    const user = await rememberAccountLanguage({ durable: store, clock }, ada(), 'it', META);
    expect(user).toMatchObject({ emailLocale: 'it', languageChosenAt: NOW });
    expect(store.updates).toEqual([{ emailLocale: 'it', languageChosenAt: NOW }]);
    expect(store.audit).toEqual([
      {
        type: 'account.language_changed',
        userId: 'u1',
        ip: META.ip,
        userAgent: META.userAgent,
        at: NOW,
        details: { from: 'de', to: 'it', source: 'chooser' },
      },
    ]);
  });

  it('choosing the language the account already has marks it chosen, without an audit line', async () => {
    const store = durable();
    const user = await rememberAccountLanguage({ durable: store, clock }, ada(), 'de', META);
    expect(user.languageChosenAt).toEqual(NOW);
    expect(store.updates).toEqual([{ emailLocale: 'de', languageChosenAt: NOW }]);
    expect(store.audit).toEqual([]);
  });

  it('writes nothing when the language is already the one chosen', async () => {
    const store = durable();
    const chosen = ada({ languageChosenAt: new Date('2026-12-01T00:00:00Z') });
    expect(await rememberAccountLanguage({ durable: store, clock }, chosen, 'de', META)).toBe(chosen);
    expect(store.updates).toEqual([]);
    expect(store.audit).toEqual([]);
  });

  it('changes nothing when the audit line cannot be written', async () => {
    const store = durable({ failAudit: true });
    await expect(rememberAccountLanguage({ durable: store, clock }, ada(), 'it', META)).rejects.toThrow('audit down');
    expect(store.updates).toEqual([]);
  });
});

describe('mayChangeAccountLanguage (docs/adr/0062)', () => {
  const device = { id: 'd1', userId: 'u1', installationId: 'i1', status: 'active' } as DeviceRecord;

  it('lets a password-only session change it while the account never had a second factor', async () => {
    const devices = createMemoryDeviceRepository();
    expect(await mayChangeAccountLanguage({ durable: { devices } }, ada(), ['PASSWORD'])).toBe(true);
    // A device still pending is not a second factor yet.
    await devices.create({ ...device, status: 'pending' });
    expect(await mayChangeAccountLanguage({ durable: { devices } }, ada(), ['PASSWORD'])).toBe(true);
  });

  it('needs the second factor in this session once the account has or had one', async () => {
    const devices = createMemoryDeviceRepository();
    await devices.create(device);
    expect(await mayChangeAccountLanguage({ durable: { devices } }, ada(), ['PASSWORD'])).toBe(false);
    expect(await mayChangeAccountLanguage({ durable: { devices } }, ada(), ['PASSWORD', 'PASSWORD_MOBILE_APP'])).toBe(
      true,
    );
    const had = ada({ secondFactorSince: new Date('2026-01-01T00:00:00Z') });
    const none = createMemoryDeviceRepository();
    expect(await mayChangeAccountLanguage({ durable: { devices: none } }, had, ['PASSWORD'])).toBe(false);
  });
});

describe('chosenAccountLanguage', () => {
  it('is the account’s language only once its owner chose it', () => {
    expect(chosenAccountLanguage(ada())).toBeUndefined();
    expect(chosenAccountLanguage(ada({ languageChosenAt: NOW }))).toBe('de');
  });
});
