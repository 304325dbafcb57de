import type { EphemeralStore } from '@sesame/core';
import { createMemoryEphemeralStore } from '@sesame/storage';
import { createTemporaryRedisStore, withBackend } from '@sesame/storage/conformance';
import { errors } from 'oidc-provider';
import { afterEach, describe, expect, it } from 'vitest';
import { EphemeralAdapter } from './ephemeral-adapter';

const OPTIONS = { maxTokenTtlSeconds: 3600, clockToleranceSeconds: 0 };
const inAMinute = () => Math.floor(Date.now() / 1000) + 60;

function describeAdapter(name: string, open: () => EphemeralStore) {
  describe(`oidc-provider adapter on the ${name} store`, () => {
    let store: EphemeralStore;
    const adapter = (model: string) => new EphemeralAdapter(model, store, OPTIONS);
    afterEach(async () => {
      await store?.close();
    });

    it('stores, finds and destroys a record, keyed by digest, never by the id', async () => {
      store = open();
      const codes = adapter('AuthorizationCode');
      await codes.upsert('code-1', { jti: 'code-1', grantId: 'g1', exp: inAMinute() }, 60);
      expect(await codes.find('code-1')).toMatchObject({ jti: 'code-1', grantId: 'g1' });
      expect(await codes.find('code-2')).toBeUndefined();
      expect(await store.get('oidc:AuthorizationCode:code-1')).toBeNull();
      await codes.destroy('code-1');
      expect(await codes.find('code-1')).toBeUndefined();
    });

    it('keeps models apart', async () => {
      store = open();
      await adapter('AccessToken').upsert('same', { jti: 'same', accountId: 'a' }, 60);
      expect(await adapter('RefreshToken').find('same')).toBeUndefined();
    });

    it('lets records expire with expiresIn', async () => {
      let now = 1_000_000;
      store = createMemoryEphemeralStore({ clock: () => now });
      const interactions = adapter('Interaction');
      await interactions.upsert('i1', { jti: 'i1' }, 10);
      now += 9_999;
      expect(await interactions.find('i1')).toBeDefined();
      now += 1;
      expect(await interactions.find('i1')).toBeUndefined();
    });

    it('finds a session by its uid, and the id it returns opens nothing by find but can be destroyed', async () => {
      store = open();
      const sessions = adapter('Session');
      await sessions.upsert('cookie-value', { jti: 'cookie-value', uid: 'uid-1', accountId: 'n0025vuz' }, 60);
      const byUid = await sessions.findByUid('uid-1');
      expect(byUid).toMatchObject({ uid: 'uid-1', accountId: 'n0025vuz' });
      expect(byUid?.jti).not.toBe('cookie-value');
      expect(await sessions.find(byUid!.jti!)).toBeUndefined();
      await sessions.destroy(byUid!.jti!);
      expect(await sessions.find('cookie-value')).toBeUndefined();
      expect(await sessions.findByUid('uid-1')).toBeUndefined();
    });

    it('keeps the uid index of a session re-keyed under a new id', async () => {
      store = open();
      const sessions = adapter('Session');
      await sessions.upsert('old', { jti: 'old', uid: 'u', accountId: 'a' }, 60);
      await sessions.upsert('new', { jti: 'new', uid: 'u', accountId: 'a' }, 60);
      await sessions.destroy('old');
      expect(await sessions.findByUid('u')).toMatchObject({ accountId: 'a' });
    });

    it('finds by user code', async () => {
      store = open();
      const codes = adapter('DeviceCode');
      await codes.upsert('d1', { jti: 'd1', userCode: 'ABCD-EFGH' }, 60);
      expect(await codes.findByUserCode('ABCD-EFGH')).toMatchObject({ userCode: 'ABCD-EFGH' });
      expect(await codes.findByUserCode('XXXX-XXXX')).toBeUndefined();
    });

    it('consumes once: the record says when, and a second consume fails and revokes the grant', async () => {
      store = open();
      const codes = adapter('AuthorizationCode');
      const tokens = adapter('AccessToken');
      await codes.upsert('c', { jti: 'c', grantId: 'g', exp: inAMinute() }, 60);
      await tokens.upsert('t', { jti: 't', grantId: 'g' }, 60);
      await adapter('Grant').upsert('g', { jti: 'g', accountId: 'a' }, 60);

      await codes.consume('c');
      expect((await codes.find('c'))?.consumed).toEqual(expect.any(Number));
      await expect(codes.consume('c')).rejects.toBeInstanceOf(errors.InvalidGrant);
      expect(await tokens.find('t')).toBeUndefined();
      expect(await adapter('Grant').find('g')).toBeUndefined();
    });

    it('lets exactly one of concurrent consumers through (several nodes, one store)', async () => {
      store = open();
      await adapter('RefreshToken').upsert('r', { jti: 'r', grantId: 'g', exp: inAMinute() }, 60);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => new EphemeralAdapter('RefreshToken', store, OPTIONS).consume('r')),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    });

    it('revokes every token of a grant, of that model, and no other grant', async () => {
      store = open();
      const tokens = adapter('AccessToken');
      await tokens.upsert('a1', { jti: 'a1', grantId: 'g1' }, 60);
      await tokens.upsert('a2', { jti: 'a2', grantId: 'g1' }, 60);
      await tokens.upsert('b1', { jti: 'b1', grantId: 'g2' }, 60);
      await adapter('RefreshToken').upsert('r1', { jti: 'r1', grantId: 'g1' }, 60);
      await tokens.revokeByGrantId('g1');
      expect(await tokens.find('a1')).toBeUndefined();
      expect(await tokens.find('a2')).toBeUndefined();
      expect(await tokens.find('b1')).toBeDefined();
      expect(await adapter('RefreshToken').find('r1')).toBeDefined();
    });
  });
}

describeAdapter('memory', () => createMemoryEphemeralStore());
withBackend('redis', (url) => describeAdapter('redis', () => createTemporaryRedisStore(url)));
