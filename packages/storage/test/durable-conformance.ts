import {
  DEFAULT_ACCOUNT_OPTIONS,
  isSesameError,
  type AuditEvent,
  type CredentialRecord,
  type DeviceRecord,
  type DeviceStatus,
  type DurableStore,
  type NewUser,
  type OutboxMail,
} from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeMigrationConformance } from './migration-conformance';
import { describeAccountLifecycleConformance } from './account-lifecycle-conformance';
import { describeAuditSearchConformance } from './audit-search-conformance';
import { describeOrganisationConformance } from './organisations-conformance';
import { describeEidLinkConformance } from './eid-links-conformance';

/**
 * The behaviour every DurableStore backend must show (ports/durable-store.ts). `factory` returns
 * a fresh, empty store; the suite closes it after each test.
 */
export function describeDurableStoreConformance(name: string, factory: () => Promise<DurableStore>): void {
  describe(`DurableStore conformance: ${name}`, () => {
    let store: DurableStore;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describe('users', () => {
      it('finds a created user by id and by e-mail, every field intact', async () => {
        const user = newUser({ organisation: 'DDPP 35', roles: ['admin', 'auditor'] });
        expect(await store.users.create(user)).toBe(true);

        const expected = {
          ...user,
          credentialsChangedAt: user.createdAt,
          secondFactorSince: null,
          recovery: null,
          externalId: null,
          deactivatedAt: null,
          languageChosenAt: null,
        };
        expect(await store.users.findById(user.id)).toEqual(expected);
        expect(await store.users.findByEmail(user.email)).toEqual(expected);
      });

      it('round-trips a null organisation, no roles and dates to the millisecond', async () => {
        const createdAt = new Date('2024-02-29T23:59:59.987Z');
        await store.users.create(newUser({ organisation: null, roles: [], createdAt }));

        const found = await store.users.findById('n0025vuz');
        expect(found?.organisation).toBeNull();
        expect(found?.roles).toEqual([]);
        expect(found?.createdAt).toBeInstanceOf(Date);
        expect(found?.createdAt.toISOString()).toBe('2024-02-29T23:59:59.987Z');
        expect(found?.credentialsChangedAt.toISOString()).toBe('2024-02-29T23:59:59.987Z');
      });

      it('returns null for an unknown id or e-mail', async () => {
        await store.users.create(newUser());
        expect(await store.users.findById('zzzzzzzz')).toBeNull();
        expect(await store.users.findByEmail('nobody@example.eu')).toBeNull();
      });

      it('keeps the e-mail as given and looks it up exactly (the caller normalises)', async () => {
        await store.users.create(newUser({ email: 'Marie.Curie@Example.EU' }));
        expect((await store.users.findByEmail('Marie.Curie@Example.EU'))?.email).toBe('Marie.Curie@Example.EU');
        expect(await store.users.findByEmail('marie.curie@example.eu')).toBeNull();
      });

      it('returns false on a taken id and leaves the first user untouched', async () => {
        const first = newUser();
        await store.users.create(first);

        expect(await store.users.create(newUser({ email: 'other@example.eu', firstName: 'Other' }))).toBe(false);
        expect(await store.users.findById(first.id)).toMatchObject({ email: first.email, firstName: 'Marie' });
        expect(await store.users.findByEmail('other@example.eu')).toBeNull();
        expect(await store.users.count()).toBe(1);
      });

      it('throws EMAIL_UNAVAILABLE on a taken e-mail and stores nothing', async () => {
        await store.users.create(newUser());

        const error = await store.users.create(newUser({ id: 'x1234567' })).catch((e: unknown) => e);
        expect(isSesameError(error, 'EMAIL_UNAVAILABLE')).toBe(true);
        expect(await store.users.findById('x1234567')).toBeNull();
        expect(await store.users.count()).toBe(1);
      });

      it('lets a transaction go on after a taken id, so the caller can retry with another', async () => {
        await store.users.create(newUser());

        await store.transaction(async (tx) => {
          expect(await tx.users.create(newUser({ email: 'second@example.eu' }))).toBe(false);
          expect(await tx.users.create(newUser({ id: 'x1234567', email: 'second@example.eu' }))).toBe(true);
        });
        expect(await store.users.findByEmail('second@example.eu')).toMatchObject({ id: 'x1234567' });
      });

      it('updates only the patched fields', async () => {
        const user = newUser({ organisation: 'Operator', roles: ['admin'] });
        await store.users.create(user);
        const changedAt = new Date('2025-06-01T08:30:00.456Z');

        const patch = {
          email: 'new@example.eu',
          firstName: 'Maria',
          lastName: 'Skłodowska',
          emailLocale: 'en',
          passwordHash: '$argon2id$new',
          credentialsChangedAt: changedAt,
        } as const;
        expect(await store.users.update(user.id, patch)).toBe(true);
        expect(await store.users.findById(user.id)).toEqual({
          ...user,
          ...patch,
          secondFactorSince: null,
          recovery: null,
          externalId: null,
          deactivatedAt: null,
          languageChosenAt: null,
        });
        expect(await store.users.findByEmail(user.email)).toBeNull();
      });

      it('leaves fields alone when the patch omits them', async () => {
        const user = newUser();
        await store.users.create(user);

        expect(await store.users.update(user.id, { firstName: 'Maria' })).toBe(true);
        expect(await store.users.findById(user.id)).toEqual({
          ...user,
          firstName: 'Maria',
          credentialsChangedAt: user.createdAt,
          secondFactorSince: null,
          recovery: null,
          externalId: null,
          deactivatedAt: null,
          languageChosenAt: null,
        });
        expect(await store.users.update(user.id, {})).toBe(true);
      });

      it('keeps the second-factor marker and a recovery, to the millisecond, and clears the recovery', async () => {
        await store.users.create(newUser());
        const since = new Date('2025-02-01T09:00:00.111Z');
        const recovery = {
          startedAt: new Date('2025-03-01T10:00:00.222Z'),
          readyAt: new Date('2025-03-02T10:00:00.333Z'),
        };
        expect(await store.users.update('n0025vuz', { secondFactorSince: since, recovery })).toBe(true);
        expect(await store.users.findById('n0025vuz')).toMatchObject({ secondFactorSince: since, recovery });
        // Another patch leaves them alone; clearing the recovery keeps the marker (issue 10).
        await store.users.update('n0025vuz', { firstName: 'Maria' });
        expect(await store.users.findById('n0025vuz')).toMatchObject({ secondFactorSince: since, recovery });
        await store.users.update('n0025vuz', { recovery: null });
        expect(await store.users.findById('n0025vuz')).toMatchObject({ secondFactorSince: since, recovery: null });
      });

      it('keeps when the owner chose the account’s language, to the millisecond, and clears it (docs/adr/0055)', async () => {
        const chosenAt = new Date('2025-04-01T07:00:00.444Z');
        await store.users.create(newUser({ languageChosenAt: chosenAt }));
        expect(await store.users.findById('n0025vuz')).toMatchObject({ languageChosenAt: chosenAt });
        const later = new Date('2025-05-01T07:00:00.555Z');
        await store.users.update('n0025vuz', { emailLocale: 'de', languageChosenAt: later });
        expect(await store.users.findById('n0025vuz')).toMatchObject({ emailLocale: 'de', languageChosenAt: later });
        // Another patch leaves it alone; null clears it.
        await store.users.update('n0025vuz', { emailLocale: 'en' });
        expect(await store.users.findById('n0025vuz')).toMatchObject({ emailLocale: 'en', languageChosenAt: later });
        await store.users.update('n0025vuz', { languageChosenAt: null });
        expect(await store.users.findById('n0025vuz')).toMatchObject({ languageChosenAt: null });
      });

      it('starts a recovery once: of parallel starts one is stored, and all are told which', async () => {
        await store.users.create(newUser());
        const at = (minute: number) => ({
          startedAt: new Date(Date.UTC(2025, 2, 1, 10, minute)),
          readyAt: new Date(Date.UTC(2025, 2, 2, 10, minute)),
        });
        const results = await Promise.all(
          [1, 2, 3, 4, 5].map((minute) => store.users.startRecovery('n0025vuz', at(minute))),
        );
        const stored = (await store.users.findById('n0025vuz'))!.recovery;
        expect(stored).not.toBeNull();
        for (const result of results) expect(result).toEqual(stored);
        await store.users.update('n0025vuz', { recovery: null });
        expect(await store.users.startRecovery('n0025vuz', at(9))).toEqual(at(9));
        expect(await store.users.startRecovery('zzzzzzzz', at(9))).toBeNull();
      });

      it('returns false when updating an unknown user', async () => {
        expect(await store.users.update('zzzzzzzz', { firstName: 'Nobody' })).toBe(false);
        expect(await store.users.update('zzzzzzzz', {})).toBe(false);
      });

      it('throws EMAIL_UNAVAILABLE when the new e-mail is taken, changing nothing', async () => {
        await store.users.create(newUser());
        await store.users.create(newUser({ id: 'x1234567', email: 'second@example.eu' }));

        const error = await store.users
          .update('x1234567', { email: 'marie.curie@example.eu', firstName: 'Changed' })
          .catch((e: unknown) => e);
        expect(isSesameError(error, 'EMAIL_UNAVAILABLE')).toBe(true);
        expect(await store.users.findById('x1234567')).toMatchObject({
          email: 'second@example.eu',
          firstName: 'Marie',
        });
        expect(await store.users.update('x1234567', { email: 'second@example.eu' })).toBe(true);
      });

      it('counts users', async () => {
        expect(await store.users.count()).toBe(0);
        await store.users.create(newUser());
        await store.users.create(newUser({ id: 'x1234567', email: 'second@example.eu' }));
        expect(await store.users.count()).toBe(2);
      });
    });

    describe('devices', () => {
      beforeEach(async () => {
        await store.users.create(newUser());
        await store.users.create(newUser({ id: 'x1234567', email: 'second@example.eu' }));
      });

      it('finds a created device by id, every field intact', async () => {
        const created = device({
          pushSubscription: '{"endpoint":"https://push.example.eu/abc","keys":{"p256dh":"x","auth":"y"}}',
          status: 'active',
          failedAnswers: 2,
          activatedAt: new Date('2025-01-15T10:25:00.001Z'),
          lastUsedAt: new Date('2025-02-01T00:00:00.999Z'),
        });
        await store.devices.create(created);
        expect(await store.devices.findById(created.id)).toEqual(created);
      });

      it('round-trips null fields and dates to the millisecond', async () => {
        const createdAt = new Date('2024-02-29T23:59:59.987Z');
        await store.devices.create(device({ createdAt }));

        const found = await store.devices.findById('dev-aaaa');
        expect(found?.pushSubscription).toBeNull();
        expect(found?.activatedAt).toBeNull();
        expect(found?.lastUsedAt).toBeNull();
        expect(found?.failedAnswers).toBe(0);
        expect(found?.createdAt).toBeInstanceOf(Date);
        expect(found?.createdAt.toISOString()).toBe('2024-02-29T23:59:59.987Z');
      });

      it('returns null or nothing for what is unknown', async () => {
        await store.devices.create(device());
        expect(await store.devices.findById('dev-zzzz')).toBeNull();
        expect(await store.devices.listByUser('zzzzzzzz')).toEqual([]);
        expect(await store.devices.listByInstallation('inst-zzzz')).toEqual([]);
      });

      it('lists a user’s devices oldest first, then by id, and no one else’s', async () => {
        const later = device({ id: 'dev-aaaa', createdAt: new Date('2025-03-01T00:00:00.000Z') });
        const tiedB = device({ id: 'dev-cccc', createdAt: new Date('2025-02-01T00:00:00.000Z') });
        const tiedA = device({ id: 'dev-bbbb', createdAt: new Date('2025-02-01T00:00:00.000Z') });
        const oldest = device({ id: 'dev-dddd', createdAt: new Date('2025-01-01T00:00:00.000Z') });
        const otherUser = device({ id: 'dev-eeee', userId: 'x1234567', createdAt: new Date('2024-01-01') });
        for (const each of [later, tiedB, tiedA, oldest, otherUser]) await store.devices.create(each);

        expect(await store.devices.listByUser('n0025vuz')).toEqual([oldest, tiedA, tiedB, later]);
        expect(await store.devices.listByUser('x1234567')).toEqual([otherUser]);
      });

      it('lists an installation’s devices across users, oldest first', async () => {
        const second = device({ id: 'dev-aaaa', createdAt: new Date('2025-02-01T00:00:00.000Z') });
        const first = device({ id: 'dev-bbbb', userId: 'x1234567', createdAt: new Date('2025-01-01T00:00:00.000Z') });
        const elsewhere = device({ id: 'dev-cccc', installationId: 'inst-other' });
        for (const each of [second, first, elsewhere]) await store.devices.create(each);

        expect(await store.devices.listByInstallation('inst-0001')).toEqual([first, second]);
        expect(await store.devices.listByInstallation('inst-other')).toEqual([elsewhere]);
      });

      it('updates only the patched fields', async () => {
        const created = device();
        const untouched = device({ id: 'dev-bbbb' });
        await store.devices.create(created);
        await store.devices.create(untouched);

        const patch = {
          name: 'Pixel-8',
          status: 'active',
          pushSubscription: '{"endpoint":"https://push.example.eu/new"}',
          activatedAt: new Date('2025-06-01T08:30:00.456Z'),
          lastUsedAt: new Date('2025-06-02T09:00:00.789Z'),
          secretKeyId: 'k2',
          secretCiphertext: 'bmV3LWl2bmV3LWNpcGhlcnRleHQ',
        } as const;
        expect(await store.devices.update(created.id, patch)).toBe(true);
        expect(await store.devices.findById(created.id)).toEqual({ ...created, ...patch });
        expect(await store.devices.findById(untouched.id)).toEqual(untouched);

        expect(await store.devices.update(created.id, { name: 'Pixel-9' })).toBe(true);
        expect(await store.devices.findById(created.id)).toEqual({ ...created, ...patch, name: 'Pixel-9' });
      });

      it('clears nullable fields patched with null, and takes an empty patch', async () => {
        const created = device({
          pushSubscription: '{"endpoint":"https://push.example.eu/abc"}',
          activatedAt: new Date('2025-01-15T10:25:00.000Z'),
          lastUsedAt: new Date('2025-01-16T10:25:00.000Z'),
        });
        await store.devices.create(created);

        expect(await store.devices.update(created.id, { pushSubscription: null, lastUsedAt: null })).toBe(true);
        expect(await store.devices.findById(created.id)).toEqual({
          ...created,
          pushSubscription: null,
          lastUsedAt: null,
        });
        expect(await store.devices.update(created.id, {})).toBe(true);
      });

      it('returns false when updating an unknown device', async () => {
        expect(await store.devices.update('dev-zzzz', { name: 'Nobody' })).toBe(false);
        expect(await store.devices.update('dev-zzzz', {})).toBe(false);
      });

      it('refuses a status outside pending, active and blocked', async () => {
        await store.devices.create(device());
        await expect(store.devices.update('dev-aaaa', { status: 'lost' as DeviceStatus })).rejects.toMatchObject({
          code: expect.stringMatching(CHECK_VIOLATION),
        });
        await expect(
          store.devices.create(device({ id: 'dev-bbbb', status: 'lost' as DeviceStatus })),
        ).rejects.toMatchObject({ code: expect.stringMatching(CHECK_VIOLATION) });
        expect((await store.devices.findById('dev-aaaa'))?.status).toBe('pending');
      });

      it('reserves answers up to the threshold, then refuses without counting', async () => {
        await store.devices.create(device({ status: 'active' }));
        await store.devices.create(device({ id: 'dev-bbbb', status: 'active' }));
        const now = new Date('2025-03-01T08:00:00.000Z');

        expect(await store.devices.reserveAnswer('dev-aaaa', 3, now)).toEqual({ failedAnswers: 1, blocks: 0 });
        expect(await store.devices.reserveAnswer('dev-aaaa', 3, now)).toEqual({ failedAnswers: 2, blocks: 0 });
        expect(await store.devices.reserveAnswer('dev-aaaa', 3, now)).toEqual({ failedAnswers: 3, blocks: 0 });
        expect(await store.devices.reserveAnswer('dev-aaaa', 3, now)).toBeNull();
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({ failedAnswers: 3, status: 'active' });
        expect(await store.devices.findById('dev-bbbb')).toMatchObject({ failedAnswers: 0 });
      });

      it('refuses reservations for a pending or unknown device', async () => {
        await store.devices.create(device({ status: 'pending' }));
        const now = new Date('2025-03-01T08:00:00.000Z');
        expect(await store.devices.reserveAnswer('dev-aaaa', 5, now)).toBeNull();
        expect(await store.devices.reserveAnswer('dev-zzzz', 5, now)).toBeNull();
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({ failedAnswers: 0 });
      });

      it('grants exactly blockAfter of 50 concurrent reservations', async () => {
        await store.devices.create(device({ status: 'active' }));
        const now = new Date('2025-03-01T08:00:00.000Z');

        const results = await Promise.all(
          Array.from({ length: 50 }, () => store.devices.reserveAnswer('dev-aaaa', 5, now)),
        );
        const granted = results.filter((result) => result !== null).map((result) => result!.failedAnswers);
        expect(granted.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({ failedAnswers: 5 });
      });

      it('blocks until a time, allows exactly one more reservation after it, and counts the blocks', async () => {
        await store.devices.create(device({ status: 'active', failedAnswers: 5 }));
        const now = new Date('2025-03-01T08:00:00.000Z');
        const until = new Date('2025-03-01T08:15:00.000Z');

        await store.devices.blockDevice('dev-aaaa', until, 5);
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({
          failedAnswers: 4,
          blocks: 1,
          blockedUntil: until,
          status: 'active',
        });
        expect(await store.devices.reserveAnswer('dev-aaaa', 5, now)).toBeNull();
        expect(await store.devices.reserveAnswer('dev-aaaa', 5, new Date('2025-03-01T08:14:59.999Z'))).toBeNull();
        expect(await store.devices.reserveAnswer('dev-aaaa', 5, until)).toEqual({ failedAnswers: 5, blocks: 1 });
        expect(await store.devices.reserveAnswer('dev-aaaa', 5, until)).toBeNull();
      });

      it('gives a reservation back, never below zero', async () => {
        await store.devices.create(device({ status: 'active' }));
        const now = new Date('2025-03-01T08:00:00.000Z');
        await store.devices.reserveAnswer('dev-aaaa', 5, now);
        await store.devices.refundAnswer('dev-aaaa');
        await store.devices.refundAnswer('dev-aaaa');
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({ failedAnswers: 0 });
        await expect(store.devices.refundAnswer('dev-zzzz')).resolves.toBeUndefined();
      });

      it('starts everything again on a right answer: count, blocks and block; stamps the last use', async () => {
        await store.devices.create(device({ status: 'active', failedAnswers: 4 }));
        await store.devices.blockDevice('dev-aaaa', new Date('2025-03-01T09:00:00.000Z'), 5);

        const usedAt = new Date('2025-03-01T09:30:00.000Z');
        await store.devices.recordRightAnswer('dev-aaaa', usedAt);
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({
          failedAnswers: 0,
          blocks: 0,
          blockedUntil: null,
          status: 'active',
          lastUsedAt: usedAt,
        });
        await expect(store.devices.recordRightAnswer('dev-zzzz', usedAt)).resolves.toBeUndefined();
      });

      it('deletes one device, then answers false', async () => {
        await store.devices.create(device());
        await store.devices.create(device({ id: 'dev-bbbb' }));

        expect(await store.devices.delete('dev-aaaa')).toBe(true);
        expect(await store.devices.delete('dev-aaaa')).toBe(false);
        expect(await store.devices.findById('dev-aaaa')).toBeNull();
        expect(await store.devices.findById('dev-bbbb')).not.toBeNull();
      });

      it('deletes all of one user’s devices and says how many', async () => {
        await store.devices.create(device());
        await store.devices.create(device({ id: 'dev-bbbb' }));
        await store.devices.create(device({ id: 'dev-cccc', userId: 'x1234567' }));

        expect(await store.devices.deleteAllOfUser('n0025vuz')).toBe(2);
        expect(await store.devices.deleteAllOfUser('n0025vuz')).toBe(0);
        expect(await store.devices.listByUser('n0025vuz')).toEqual([]);
        expect((await store.devices.listByUser('x1234567')).map((d) => d.id)).toEqual(['dev-cccc']);
      });

      it('refuses a device of an unknown user, storing nothing', async () => {
        await expect(store.devices.create(device({ userId: 'zzzzzzzz' }))).rejects.toMatchObject({
          code: expect.stringMatching(FOREIGN_KEY_VIOLATION),
        });
        expect(await store.devices.findById('dev-aaaa')).toBeNull();
      });

      it('commits with the transaction, and leaves no device when it rolls back', async () => {
        await store.transaction(async (tx) => {
          await tx.devices.create(device({ status: 'active' }));
          expect(await tx.devices.reserveAnswer('dev-aaaa', 5, new Date())).toEqual({ failedAnswers: 1, blocks: 0 });
        });
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({ failedAnswers: 1 });

        const failure = new Error('boom');
        await expect(
          store.transaction(async (tx) => {
            await tx.users.create(newUser({ id: 'y7654321', email: 'third@example.eu' }));
            await tx.devices.create(device({ id: 'dev-bbbb', userId: 'y7654321' }));
            await tx.devices.reserveAnswer('dev-aaaa', 5, new Date());
            expect(await tx.devices.findById('dev-bbbb')).not.toBeNull();
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.devices.findById('dev-bbbb')).toBeNull();
        expect(await store.devices.listByUser('y7654321')).toEqual([]);
        expect(await store.devices.findById('dev-aaaa')).toMatchObject({ failedAnswers: 1 });
      });

      describe('deletePendingBefore (expired enrolments are swept)', () => {
        it('deletes only pending devices created strictly before the date, of every user', async () => {
          const cut = new Date('2025-03-01T08:15:00.000Z');
          const oldPending = device({ id: 'dev-aaaa', createdAt: new Date('2025-03-01T08:14:59.999Z') });
          const otherUsersOld = device({ id: 'dev-bbbb', userId: 'x1234567', createdAt: new Date('2025-02-01') });
          const atTheCut = device({ id: 'dev-cccc', createdAt: cut });
          const freshPending = device({ id: 'dev-dddd', createdAt: new Date('2025-03-01T08:20:00.000Z') });
          const oldActive = device({ id: 'dev-eeee', status: 'active', createdAt: new Date('2024-01-01') });
          const oldBlocked = device({ id: 'dev-ffff', status: 'blocked', createdAt: new Date('2024-01-01') });
          for (const each of [oldPending, otherUsersOld, atTheCut, freshPending, oldActive, oldBlocked]) {
            await store.devices.create(each);
          }

          expect(await store.devices.deletePendingBefore(cut)).toBe(2);
          expect((await store.devices.listByUser('n0025vuz')).map((d) => d.id).sort()).toEqual([
            'dev-cccc',
            'dev-dddd',
            'dev-eeee',
            'dev-ffff',
          ]);
          expect(await store.devices.listByUser('x1234567')).toEqual([]);
          expect(await store.devices.deletePendingBefore(cut)).toBe(0);
        });
      });
    });

    describe('credentials (docs/adr/0027)', () => {
      beforeEach(async () => {
        await store.users.create(newUser());
        await store.users.create(newUser({ id: 'x1234567', email: 'second@example.eu' }));
      });

      it('finds a created credential by id, every field intact; null secret and dates round-trip', async () => {
        const totp = credential({
          counter: 58_123_456,
          status: 'active',
          lastUsedAt: new Date('2025-02-01T00:00:00.999Z'),
        });
        const key = credential({
          id: 'cred-bbbb',
          kind: 'webauthn',
          externalId: 'AAECAwQ',
          secret: null,
          counter: 4_294_967_295,
        });
        expect(await store.credentials.create(totp)).toBe(true);
        expect(await store.credentials.create(key)).toBe(true);
        expect(await store.credentials.findById(totp.id)).toEqual(totp);
        expect(await store.credentials.findById(key.id)).toEqual(key);
        expect(await store.credentials.findById('cred-zzzz')).toBeNull();
      });

      it('lists a user’s credentials oldest first, then by id, of one kind when asked, and no one else’s', async () => {
        const later = credential({ id: 'cred-aaaa', createdAt: new Date('2025-03-01T00:00:00.000Z') });
        const tiedB = credential({ id: 'cred-cccc', createdAt: new Date('2025-02-01T00:00:00.000Z') });
        const tiedA = credential({
          id: 'cred-bbbb',
          kind: 'recovery-code',
          name: '',
          createdAt: new Date('2025-02-01T00:00:00.000Z'),
        });
        const otherUser = credential({ id: 'cred-dddd', userId: 'x1234567', createdAt: new Date('2024-01-01') });
        for (const each of [later, tiedB, tiedA, otherUser]) await store.credentials.create(each);

        expect(await store.credentials.listByUser('n0025vuz')).toEqual([tiedA, tiedB, later]);
        expect(await store.credentials.listByUser('n0025vuz', 'totp')).toEqual([tiedB, later]);
        expect(await store.credentials.listByUser('x1234567')).toEqual([otherUser]);
        expect(await store.credentials.listByUser('zzzzzzzz')).toEqual([]);
      });

      it('keeps an external id unique per kind: a taken one answers false and stores nothing', async () => {
        expect(await store.credentials.create(credential({ kind: 'webauthn', externalId: 'AAECAwQ' }))).toBe(true);
        const again = credential({ id: 'cred-bbbb', userId: 'x1234567', kind: 'webauthn', externalId: 'AAECAwQ' });
        expect(await store.credentials.create(again)).toBe(false);
        expect(await store.credentials.findById('cred-bbbb')).toBeNull();
        // Another kind may hold the same text; TOTP's null external ids never collide.
        expect(
          await store.credentials.create(credential({ id: 'cred-cccc', kind: 'sms', externalId: 'AAECAwQ' })),
        ).toBe(true);
        expect(await store.credentials.create(credential({ id: 'cred-dddd' }))).toBe(true);
        expect(await store.credentials.create(credential({ id: 'cred-eeee' }))).toBe(true);
        expect(await store.credentials.findByExternalId('webauthn', 'AAECAwQ')).toMatchObject({ id: 'cred-aaaa' });
        expect(await store.credentials.findByExternalId('sms', 'AAECAwQ')).toMatchObject({ id: 'cred-cccc' });
        expect(await store.credentials.findByExternalId('webauthn', 'zzzz')).toBeNull();
      });

      it('advances the counter only from the expected value, and records the use', async () => {
        await store.credentials.create(credential({ status: 'active', counter: 10 }));
        const at = new Date('2025-03-01T08:00:30.000Z');
        expect(await store.credentials.advanceCounter('cred-aaaa', 9, 11, at)).toBe(false);
        expect(await store.credentials.advanceCounter('cred-aaaa', 10, 11, at)).toBe(true);
        expect(await store.credentials.advanceCounter('cred-aaaa', 10, 12, at)).toBe(false);
        expect(await store.credentials.advanceCounter('cred-zzzz', 0, 1, at)).toBe(false);
        expect(await store.credentials.findById('cred-aaaa')).toMatchObject({ counter: 11, lastUsedAt: at });
      });

      it('of 10 parallel advances from the same value, exactly one succeeds (SEC-19)', async () => {
        await store.credentials.create(credential({ status: 'active', counter: 100 }));
        const at = new Date('2025-03-01T08:00:30.000Z');
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => store.credentials.advanceCounter('cred-aaaa', 100, 101 + i, at)),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = 101 + results.indexOf(true);
        expect(await store.credentials.findById('cred-aaaa')).toMatchObject({ counter: winner });
      });

      it('activates a pending credential once, with its counter; renames; answers false when unknown', async () => {
        await store.credentials.create(credential());
        const at = new Date('2025-03-01T08:00:00.000Z');
        expect(await store.credentials.activate('cred-aaaa', 58_000_000, at)).toBe(true);
        expect(await store.credentials.activate('cred-aaaa', 58_000_001, at)).toBe(false);
        expect(await store.credentials.findById('cred-aaaa')).toMatchObject({
          status: 'active',
          counter: 58_000_000,
          lastUsedAt: at,
        });
        expect(await store.credentials.rename('cred-aaaa', 'Aegis')).toBe(true);
        expect(await store.credentials.findById('cred-aaaa')).toMatchObject({ name: 'Aegis' });
        expect(await store.credentials.rename('cred-zzzz', 'x')).toBe(false);
        expect(await store.credentials.activate('cred-zzzz', 1, at)).toBe(false);
      });

      it('deletes one, or all of a user (of one kind when asked), saying how many', async () => {
        await store.credentials.create(credential({ id: 'cred-aaaa' }));
        await store.credentials.create(credential({ id: 'cred-bbbb', kind: 'recovery-code', name: '' }));
        await store.credentials.create(credential({ id: 'cred-cccc', kind: 'recovery-code', name: '' }));
        await store.credentials.create(credential({ id: 'cred-dddd', userId: 'x1234567', kind: 'recovery-code' }));
        expect(await store.credentials.delete('cred-aaaa')).toBe(true);
        expect(await store.credentials.delete('cred-aaaa')).toBe(false);
        await store.credentials.create(credential({ id: 'cred-eeee' }));
        expect(await store.credentials.deleteByUser('n0025vuz', 'recovery-code')).toBe(2);
        expect((await store.credentials.listByUser('n0025vuz')).map((c) => c.id)).toEqual(['cred-eeee']);
        expect(await store.credentials.deleteByUser('n0025vuz')).toBe(1);
        expect(await store.credentials.listByUser('x1234567')).toHaveLength(1);
      });

      it('deletePendingBefore: only pending credentials created strictly before the date, oldest first, a batch at most', async () => {
        const cut = new Date('2025-03-01T08:15:00.000Z');
        const at = (iso: string) => new Date(iso);
        await store.credentials.create(credential({ id: 'cred-aaaa', createdAt: at('2025-03-01T08:14:59.999Z') }));
        await store.credentials.create(
          credential({ id: 'cred-bbbb', userId: 'x1234567', createdAt: at('2025-01-01') }),
        );
        await store.credentials.create(credential({ id: 'cred-cccc', createdAt: cut }));
        await store.credentials.create(credential({ id: 'cred-dddd', createdAt: at('2025-03-02') }));
        await store.credentials.create(credential({ id: 'cred-eeee', status: 'active', createdAt: at('2024-01-01') }));
        await store.credentials.create(
          credential({ id: 'cred-ffff', kind: 'webauthn', externalId: 'AAECAwQ', createdAt: at('2025-02-01') }),
        );

        expect(await store.credentials.deletePendingBefore(cut, 2)).toBe(2);
        // The two oldest went: x1234567's (January) and the key (February).
        expect(await store.credentials.findById('cred-bbbb')).toBeNull();
        expect(await store.credentials.findById('cred-ffff')).toBeNull();
        expect(await store.credentials.deletePendingBefore(cut, 2)).toBe(1);
        expect(await store.credentials.deletePendingBefore(cut, 2)).toBe(0);
        expect((await store.credentials.listByUser('n0025vuz')).map((c) => c.id).sort()).toEqual([
          'cred-cccc',
          'cred-dddd',
          'cred-eeee',
        ]);
      });

      it('refuses a credential of an unknown user, and a kind or status outside the lists', async () => {
        await expect(store.credentials.create(credential({ userId: 'zzzzzzzz' }))).rejects.toMatchObject({
          code: expect.stringMatching(FOREIGN_KEY_VIOLATION),
        });
        await expect(
          store.credentials.create(credential({ kind: 'email' as CredentialRecord['kind'] })),
        ).rejects.toMatchObject({ code: expect.stringMatching(CHECK_VIOLATION) });
        await expect(
          store.credentials.create(credential({ status: 'blocked' as CredentialRecord['status'] })),
        ).rejects.toMatchObject({ code: expect.stringMatching(CHECK_VIOLATION) });
        expect(await store.credentials.findById('cred-aaaa')).toBeNull();
      });

      it('rolls back with the transaction', async () => {
        const failure = new Error('boom');
        await expect(
          store.transaction(async (tx) => {
            await tx.credentials.create(credential());
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.credentials.findById('cred-aaaa')).toBeNull();
      });
    });

    describe('account options (docs/adr/0031)', () => {
      const chosen = {
        alwaysSecondFactor: true,
        warnOnApplication: true,
        notifyNewBrowser: true,
        preferredMethod: 'PASSWORD_TOTP',
      };

      beforeEach(async () => {
        await store.users.create(newUser());
        await store.users.create(newUser({ id: 'x1234567', email: 'second@example.eu' }));
      });

      it('reads the defaults for an account that never changed them, and for no account', async () => {
        expect(await store.accountOptions.get('n0025vuz')).toEqual(DEFAULT_ACCOUNT_OPTIONS);
        expect(await store.accountOptions.get('nobody00')).toEqual(DEFAULT_ACCOUNT_OPTIONS);
      });

      it('stores every option of one account, and only that account', async () => {
        expect(await store.accountOptions.set('n0025vuz', chosen)).toBe(true);
        expect(await store.accountOptions.get('n0025vuz')).toEqual({ ...chosen, lastUsedMethod: null });
        expect(await store.accountOptions.get('x1234567')).toEqual(DEFAULT_ACCOUNT_OPTIONS);
        const back = { ...DEFAULT_ACCOUNT_OPTIONS, notifyNewBrowser: true };
        const { lastUsedMethod: _, ...options } = back;
        expect(await store.accountOptions.set('n0025vuz', options)).toBe(true);
        expect(await store.accountOptions.get('n0025vuz')).toEqual(back);
      });

      it('keeps the options when the last used method is recorded, and the method when options change', async () => {
        expect(await store.accountOptions.recordMethodUsed('n0025vuz', 'PASSWORD_MOBILE_APP')).toBe(true);
        expect(await store.accountOptions.get('n0025vuz')).toEqual({
          ...DEFAULT_ACCOUNT_OPTIONS,
          lastUsedMethod: 'PASSWORD_MOBILE_APP',
        });
        await store.accountOptions.set('n0025vuz', chosen);
        await store.accountOptions.recordMethodUsed('n0025vuz', 'PASSWORD_TOTP');
        expect(await store.accountOptions.get('n0025vuz')).toEqual({ ...chosen, lastUsedMethod: 'PASSWORD_TOTP' });
        await store.accountOptions.set('n0025vuz', { ...chosen, preferredMethod: null });
        expect(await store.accountOptions.get('n0025vuz')).toEqual({
          ...chosen,
          preferredMethod: null,
          lastUsedMethod: 'PASSWORD_TOTP',
        });
      });

      it('stores nothing for an account that does not exist (false, no error)', async () => {
        expect(await store.accountOptions.set('nobody00', chosen)).toBe(false);
        expect(await store.accountOptions.recordMethodUsed('nobody00', 'PASSWORD_TOTP')).toBe(false);
      });

      it('writes in a transaction, and nothing when it rolls back', async () => {
        const failure = new Error('rolled back');
        await expect(
          store.transaction(async (tx) => {
            await tx.accountOptions.set('n0025vuz', chosen);
            throw failure;
          }),
        ).rejects.toBe(failure);
        expect(await store.accountOptions.get('n0025vuz')).toEqual(DEFAULT_ACCOUNT_OPTIONS);
      });
    });

    describeOrganisationConformance(() => store);
    describeMigrationConformance(() => store);
    describeAccountLifecycleConformance(() => store, { newUser, device, credential });
    describeAuditSearchConformance(() => store);
    describeEidLinkConformance(() => store);

    describe('transaction', () => {
      it('commits every write and returns what the work returns', async () => {
        const result = await store.transaction(async (tx) => {
          await tx.users.create(newUser());
          await tx.audit.append(auditEvent({ userId: 'n0025vuz' }));
          await tx.outbox.append(mail());
          // Reads inside the transaction see its own writes.
          return (await tx.users.findById('n0025vuz'))?.email;
        });

        expect(result).toBe('marie.curie@example.eu');
        expect(await store.users.count()).toBe(1);
        expect(await store.audit.list({ limit: 10 })).toHaveLength(1);
        expect(await store.outbox.list(10)).toHaveLength(1);
      });

      it('rolls every write back when the work throws, and rethrows', async () => {
        const failure = new Error('boom');
        await expect(
          store.transaction(async (tx) => {
            await tx.users.create(newUser());
            await tx.audit.append(auditEvent({ userId: 'n0025vuz' }));
            await tx.outbox.append(mail());
            throw failure;
          }),
        ).rejects.toBe(failure);

        expect(await store.users.count()).toBe(0);
        expect(await store.users.findById('n0025vuz')).toBeNull();
        expect(await store.audit.list({ limit: 10 })).toEqual([]);
        expect(await store.outbox.list(10)).toEqual([]);
      });

      it('rolls back when a write inside fails', async () => {
        await store.users.create(newUser());
        await expect(
          store.transaction(async (tx) => {
            await tx.audit.append(auditEvent());
            await tx.users.create(newUser({ id: 'x1234567' }));
          }),
        ).rejects.toSatisfy((error) => isSesameError(error, 'EMAIL_UNAVAILABLE'));
        expect(await store.audit.list({ limit: 10 })).toEqual([]);
      });
    });

    describe('audit log', () => {
      it('lists events newest first, every field intact', async () => {
        const first = auditEvent({ type: 'sign_in.failed', userId: null, ip: null, userAgent: null, details: {} });
        const second = auditEvent({
          details: { reason: 'password', attempt: 3, locked: false },
          at: new Date('2025-01-02T03:04:05.678Z'),
        });
        await store.audit.append(first);
        await store.audit.append(second);

        const events = await store.audit.list({ limit: 10 });
        expect(events.map(({ seq: _, ...event }) => event)).toEqual([second, first]);
        expect(events[0]!.seq).toBeGreaterThan(events[1]!.seq);
        expect(events[0]!.at).toBeInstanceOf(Date);
      });

      it('filters by user', async () => {
        await store.audit.append(auditEvent({ userId: 'n0025vuz', type: 'account.created' }));
        await store.audit.append(auditEvent({ userId: 'x1234567', type: 'account.created' }));
        await store.audit.append(auditEvent({ userId: 'n0025vuz', type: 'sign_out' }));

        const events = await store.audit.list({ userId: 'n0025vuz', limit: 10 });
        expect(events.map((event) => event.type)).toEqual(['sign_out', 'account.created']);
      });

      it('pages with limit and beforeSeq', async () => {
        for (let attempt = 1; attempt <= 5; attempt++) await store.audit.append(auditEvent({ details: { attempt } }));
        const attempts = (events: { details: AuditEvent['details'] }[]) => events.map((e) => e.details.attempt);

        const page1 = await store.audit.list({ limit: 2 });
        expect(attempts(page1)).toEqual([5, 4]);
        const page2 = await store.audit.list({ limit: 2, beforeSeq: page1.at(-1)!.seq });
        expect(attempts(page2)).toEqual([3, 2]);
        const page3 = await store.audit.list({ limit: 2, beforeSeq: page2.at(-1)!.seq });
        expect(attempts(page3)).toEqual([1]);
        expect(await store.audit.list({ limit: 2, beforeSeq: page3[0]!.seq })).toEqual([]);
      });

      it('pages one user’s events', async () => {
        for (let attempt = 1; attempt <= 4; attempt++) {
          await store.audit.append(auditEvent({ userId: attempt % 2 ? 'n0025vuz' : 'x1234567', details: { attempt } }));
        }
        const [newest] = await store.audit.list({ userId: 'n0025vuz', limit: 1 });
        expect(newest?.details).toEqual({ attempt: 3 });
        const rest = await store.audit.list({ userId: 'n0025vuz', limit: 10, beforeSeq: newest!.seq });
        expect(rest.map((event) => event.details)).toEqual([{ attempt: 1 }]);
      });

      it('appends many events in one call, in the order given, every field intact (the CSV import)', async () => {
        await store.audit.append(auditEvent({ details: { n: 0 } }));
        const batch = [
          auditEvent({ type: 'account.invited', details: { n: 1, actor: 'anne', source: 'import' } }),
          auditEvent({ type: 'account.updated', userId: 'x1234567', ip: null, userAgent: null, details: { n: 2 } }),
          auditEvent({ at: new Date('2025-01-02T03:04:05.678Z'), details: { n: 3, locked: false } }),
        ];
        await store.audit.appendMany(batch);
        await store.audit.appendMany([]);
        const events = await store.audit.list({ limit: 10 });
        expect(events.map(({ seq: _, ...event }) => event)).toEqual(
          [...batch].reverse().concat(auditEvent({ details: { n: 0 } })),
        );
        // The actor in its own column, as append() writes it: the console's search finds it.
        expect((await store.audit.search({ actorId: 'anne', limit: 10 })).map((e) => e.details.n)).toEqual([1]);
        await expect(store.audit.appendMany(Array.from({ length: 1_001 }, () => auditEvent()))).rejects.toThrow(
          RangeError,
        );
        expect(await store.audit.list({ limit: 10 })).toHaveLength(4);
      });

      it('lands many events with the transaction, or none', async () => {
        await expect(
          store.transaction(async (tx) => {
            await tx.audit.appendMany([auditEvent(), auditEvent()]);
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.audit.list({ limit: 10 })).toEqual([]);
      });

      it('offers no way to change an event, and deletes only by retention (docs/adr/0014)', () => {
        expect(Object.keys(store.audit).sort()).toEqual(['append', 'appendMany', 'deleteBefore', 'list', 'search']);
      });

      describe('deleteBefore (the retention purge)', () => {
        const cut = new Date('2025-06-01T00:00:00.000Z');
        const before = new Date('2025-05-31T23:59:59.999Z');
        const types = async () => (await store.audit.list({ limit: 100 })).map((e) => `${e.type}:${e.details.n}`);

        it('deletes the old events of the types named, and keeps recent ones and other types', async () => {
          await store.audit.append(auditEvent({ type: 'sign_in.succeeded', at: before, details: { n: 1 } }));
          await store.audit.append(auditEvent({ type: 'sign_in.failed', at: before, details: { n: 2 } }));
          await store.audit.append(auditEvent({ type: 'password.changed', at: before, details: { n: 3 } }));
          await store.audit.append(auditEvent({ type: 'sign_in.succeeded', at: cut, details: { n: 4 } }));

          const only = { only: ['sign_in.succeeded', 'sign_in.failed'] } as const;
          expect(await store.audit.deleteBefore(only, cut, 100)).toBe(2);
          expect(await types()).toEqual(['sign_in.succeeded:4', 'password.changed:3']);
          expect(await store.audit.deleteBefore(only, cut, 100)).toBe(0);
        });

        it('deletes all types but those named', async () => {
          await store.audit.append(auditEvent({ type: 'sign_in.succeeded', at: before, details: { n: 1 } }));
          await store.audit.append(auditEvent({ type: 'password.changed', at: before, details: { n: 2 } }));
          await store.audit.append(auditEvent({ type: 'device.enrolled', at: before, details: { n: 3 } }));

          expect(await store.audit.deleteBefore({ except: ['sign_in.succeeded'] }, cut, 100)).toBe(2);
          expect(await types()).toEqual(['sign_in.succeeded:1']);
          expect(await store.audit.deleteBefore({ only: [] }, cut, 100)).toBe(0);
        });

        it('deletes at most `limit`, oldest first: 5 events with a limit of 2 go in 3 batches', async () => {
          for (let n = 1; n <= 5; n++) await store.audit.append(auditEvent({ at: before, details: { n } }));
          const batches: number[] = [];
          for (let deleted = 2; deleted === 2;) {
            deleted = await store.audit.deleteBefore({ except: [] }, cut, 2);
            batches.push(deleted);
            if (batches.length === 1)
              expect(await types()).toEqual(['sign_in.succeeded:5', 'sign_in.succeeded:4', 'sign_in.succeeded:3']);
          }
          expect(batches).toEqual([2, 2, 1]);
          expect(await types()).toEqual([]);
        });
      });
    });

    describe('mail outbox', () => {
      it('lists mails newest first with their ids, every field intact', async () => {
        const first = mail({ subject: 'Bienvenue' });
        const second = mail({ subject: 'Réinitialisation', createdAt: new Date('2025-03-04T05:06:07.089Z') });
        const firstId = await store.outbox.append(first);
        const secondId = await store.outbox.append(second);

        expect(secondId).toBeGreaterThan(firstId);
        expect(await store.outbox.list(10)).toEqual([
          { id: secondId, ...second },
          { id: firstId, ...first },
        ]);
      });

      it('honours the limit', async () => {
        for (const subject of ['a', 'b', 'c']) await store.outbox.append(mail({ subject }));
        expect((await store.outbox.list(2)).map((m) => m.subject)).toEqual(['c', 'b']);
      });

      it('deletes the mails created before an instant, oldest first, at most `limit` (retention)', async () => {
        const cut = new Date('2025-06-01T00:00:00.000Z');
        for (const subject of ['a', 'b', 'c']) {
          await store.outbox.append(mail({ subject, createdAt: new Date('2025-05-01T00:00:00.000Z') }));
        }
        await store.outbox.append(mail({ subject: 'recent', createdAt: cut }));

        expect(await store.outbox.deleteBefore(cut, 2)).toBe(2);
        expect((await store.outbox.list(10)).map((m) => m.subject)).toEqual(['recent', 'c']);
        expect(await store.outbox.deleteBefore(cut, 2)).toBe(1);
        expect(await store.outbox.deleteBefore(cut, 2)).toBe(0);
        expect((await store.outbox.list(10)).map((m) => m.subject)).toEqual(['recent']);
      });
    });
  });
}

/** Driver error codes: better-sqlite3's extended result codes, PostgreSQL's SQLSTATE. */
const FOREIGN_KEY_VIOLATION = /^(SQLITE_CONSTRAINT_FOREIGNKEY|23503)$/;
const CHECK_VIOLATION = /^(SQLITE_CONSTRAINT_CHECK|23514)$/;

function newUser(overrides: Partial<NewUser> = {}): NewUser {
  return {
    id: 'n0025vuz',
    email: 'marie.curie@example.eu',
    firstName: 'Marie',
    lastName: 'Curie',
    emailLocale: 'fr',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    organisation: null,
    roles: [],
    createdAt: new Date('2025-01-15T10:20:30.123Z'),
    ...overrides,
  };
}

function device(overrides: Partial<DeviceRecord> = {}): DeviceRecord {
  return {
    id: 'dev-aaaa',
    userId: 'n0025vuz',
    name: 'Pixel-7',
    installationId: 'inst-0001',
    publicKeyJwk:
      '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}',
    secretKeyId: 'k1',
    secretCiphertext: 'aXZpdml2aXZpdml2Y2lwaGVydGV4dHRhZw',
    pushSubscription: null,
    status: 'pending',
    failedAnswers: 0,
    blockedUntil: null,
    blocks: 0,
    createdAt: new Date('2025-01-15T10:20:30.123Z'),
    activatedAt: null,
    lastUsedAt: null,
    ...overrides,
  };
}

function credential(overrides: Partial<CredentialRecord> = {}): CredentialRecord {
  return {
    id: 'cred-aaaa',
    userId: 'n0025vuz',
    kind: 'totp',
    name: 'Authenticator',
    externalId: null,
    secret: { keyId: 'k1', ciphertext: 'aXZpdml2aXZpdml2Y2lwaGVydGV4dHRhZw' },
    data: '{"algorithm":"SHA1","digits":6,"period":30}',
    counter: 0,
    status: 'pending',
    createdAt: new Date('2025-01-15T10:20:30.123Z'),
    lastUsedAt: null,
    ...overrides,
  };
}

function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    type: 'sign_in.succeeded',
    userId: 'n0025vuz',
    ip: '192.0.2.10',
    userAgent: 'Mozilla/5.0',
    at: new Date('2025-01-15T10:20:30.123Z'),
    details: {},
    ...overrides,
  };
}

function mail(overrides: Partial<OutboxMail> = {}): OutboxMail {
  return {
    to: 'marie.curie@example.eu',
    subject: 'Bienvenue',
    text: 'Bonjour Marie',
    html: '<p>Bonjour Marie</p>',
    createdAt: new Date('2025-01-15T10:20:30.123Z'),
    ...overrides,
  };
}
