import { EVICTABLE, tokenDigest, type EphemeralStore } from '@sesame/core';
import { errors, type Adapter, type AdapterPayload } from 'oidc-provider';
import { withStoreFaults } from './store-faults';

/**
 * oidc-provider's storage (its 7-method adapter) on our EphemeralStore, so that sessions, codes
 * and tokens live in memory on one node or in Redis shared by many (design §9).
 *
 * - Keys hold the SHA-256 of each id, never the id: an access token, a refresh token or a session
 *   cookie is a bearer secret, and a store dump must not hand out live ones (as for our SSO
 *   sessions). The id is put back into the payload when it is read.
 * - `consume` is atomic across nodes: a "consumed" marker written with setIfAbsent. Of two nodes
 *   redeeming the same code at once, the second fails, and the grant's tokens are revoked (RFC 6749
 *   §4.1.2: a code used twice SHOULD revoke what it issued; RFC 9700 §4.14.2 for refresh tokens).
 * - `revokeByGrantId` writes a "revoked grant" marker that `find` checks: one write, nothing to
 *   enumerate, so the port needs no list or scan; tokens issued before it die, and none can be
 *   issued after it since the grant itself is destroyed with it.
 */

/** Tokens that belong to a grant (oidc-provider's memory adapter indexes the same ones). */
const GRANT_MEMBERS = [
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
] as const;
const isGrantMember = (model: string) => (GRANT_MEMBERS as readonly string[]).includes(model);

/**
 * Records whose loss at the memory store's cap only makes someone start again (docs/adr/0021): a
 * session (a sign-out), an interaction, a code or a token (invalid, as if expired), a grant (its
 * tokens die with it). Every other model is kept: `ReplayDetection` lost would let a `jti` be
 * replayed, a registered `Client` is data; "consumed" and "revoked grant" marks are always kept.
 */
const EVICTABLE_MODELS = new Set([
  'Session',
  'Interaction',
  'AuthorizationCode',
  'AccessToken',
  'RefreshToken',
  'Grant',
  'PushedAuthorizationRequest',
]);

/**
 * The id oidc-provider gets back from `findByUid`: the digest, marked so that `destroy` and
 * `upsert` find the record. `find` never accepts it: only the real id opens a record.
 */
const BY_DIGEST = '~';

/** For a record saved without a lifetime (none of ours): the longest any of them lives. */
const DEFAULT_TTL_SECONDS = 30 * 24 * 3600;

export interface EphemeralAdapterOptions {
  /** Longest life of any grant member (access, refresh token, code…): how long revocations are kept. */
  maxTokenTtlSeconds: number;
  /** oidc-provider's clockTolerance: records outlive their `exp` by this much, as in its memory adapter. */
  clockToleranceSeconds: number;
  /** Milliseconds since the epoch. */
  now?: () => number;
}

const recordKey = (model: string, digest: string) => `oidc:${model}:${digest}`;
const consumedKey = (model: string, digest: string) => `oidc:${model}:consumed:${digest}`;
const revokedKey = (model: string, grantId: string) => `oidc:${model}:revoked-grant:${tokenDigest(grantId)}`;

export class EphemeralAdapter implements Adapter {
  private readonly now: () => number;

  constructor(
    private readonly model: string,
    private readonly store: EphemeralStore,
    private readonly options: EphemeralAdapterOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  private digestOf(id: string): string {
    return id.startsWith(BY_DIGEST) ? id.slice(BY_DIGEST.length) : tokenDigest(id);
  }

  private ttlMs(expiresInSeconds: number | undefined): number {
    const seconds = expiresInSeconds ?? DEFAULT_TTL_SECONDS;
    return Math.max(1, Math.ceil((seconds + this.options.clockToleranceSeconds) * 1000));
  }

  private indexKey(kind: 'uid' | 'user-code', value: string): string {
    return `oidc:${this.model}:${kind}:${tokenDigest(value)}`;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const digest = this.digestOf(id);
    const ttlMs = this.ttlMs(expiresIn);
    const { jti: _jti, ...stored } = payload;
    const write = EVICTABLE_MODELS.has(this.model) ? EVICTABLE : undefined;
    await this.store.set(recordKey(this.model, digest), JSON.stringify(stored), ttlMs, write);
    if (this.model === 'Session' && payload.uid) {
      await this.store.set(this.indexKey('uid', payload.uid), digest, ttlMs, write);
    }
    if (payload.userCode) await this.store.set(this.indexKey('user-code', payload.userCode), digest, ttlMs, write);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    if (id.startsWith(BY_DIGEST)) return undefined;
    return this.load(tokenDigest(id), id);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const digest = await this.store.get(this.indexKey('uid', uid));
    return digest === null ? undefined : this.load(digest, BY_DIGEST + digest);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const digest = await this.store.get(this.indexKey('user-code', userCode));
    return digest === null ? undefined : this.load(digest, BY_DIGEST + digest);
  }

  private async load(digest: string, jti: string): Promise<AdapterPayload | undefined> {
    const [raw, consumed] = await Promise.all([
      this.store.get(recordKey(this.model, digest)),
      this.store.get(consumedKey(this.model, digest)),
    ]);
    if (raw === null) return undefined;
    const payload = { ...(JSON.parse(raw) as AdapterPayload), jti };
    if (consumed !== null) payload.consumed = Number(consumed);
    if (isGrantMember(this.model) && payload.grantId) {
      if ((await this.store.get(revokedKey(this.model, payload.grantId))) !== null) return undefined;
    }
    return payload;
  }

  async consume(id: string): Promise<void> {
    const digest = this.digestOf(id);
    const raw = await this.store.get(recordKey(this.model, digest));
    const payload = raw === null ? undefined : (JSON.parse(raw) as AdapterPayload);
    const remaining = payload?.exp === undefined ? undefined : payload.exp - this.now() / 1000;
    const first = await this.store.setIfAbsent(
      consumedKey(this.model, digest),
      String(Math.floor(this.now() / 1000)),
      this.ttlMs(remaining === undefined ? undefined : Math.max(1, remaining)),
    );
    if (first) return;
    // Redeemed by another request since oidc-provider read it as unused: the same answer as for
    // a reuse it sees itself, including the revocation of everything the grant issued.
    if (payload?.grantId) await this.revokeGrant(payload.grantId);
    if (this.model === 'PushedAuthorizationRequest') {
      throw new errors.InvalidRequestUri('request_uri is invalid, expired, or was already used');
    }
    throw new errors.InvalidGrant(`${this.model} already consumed`);
  }

  async destroy(id: string): Promise<void> {
    const digest = this.digestOf(id);
    const raw = await this.store.get(recordKey(this.model, digest));
    await this.store.delete(recordKey(this.model, digest));
    await this.store.delete(consumedKey(this.model, digest));
    if (raw === null) return;
    const payload = JSON.parse(raw) as AdapterPayload;
    // Only an index entry that still points here: a session re-keyed since owns it now.
    for (const [kind, value] of [
      ['uid', payload.uid],
      ['user-code', payload.userCode],
    ] as const) {
      if (!value) continue;
      const key = this.indexKey(kind, value);
      if ((await this.store.get(key)) === digest) await this.store.delete(key);
    }
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.store.set(revokedKey(this.model, grantId), '1', this.ttlMs(this.options.maxTokenTtlSeconds));
  }

  /** What oidc-provider's revoke() does: every token of the grant, and the grant itself. */
  private async revokeGrant(grantId: string): Promise<void> {
    const ttlMs = this.ttlMs(this.options.maxTokenTtlSeconds);
    await Promise.all(GRANT_MEMBERS.map((model) => this.store.set(revokedKey(model, grantId), '1', ttlMs)));
    await this.store.delete(recordKey('Grant', tokenDigest(grantId)));
  }
}

/** The factory oidc-provider's `adapter` setting takes: one adapter per model name. */
export function ephemeralAdapterFactory(store: EphemeralStore, options: EphemeralAdapterOptions) {
  // A store that does not answer: temporarily_unavailable, not server_error (issue 10 finding 5).
  return (model: string): Adapter => withStoreFaults(new EphemeralAdapter(model, store, options));
}
