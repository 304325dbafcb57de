import type { DeviceActivationRequest, ServerSigningKey } from '@sesame/protocol';
import { AuthenticatorError } from '../errors';
import type { KeyValueStore } from '../ports/key-value-store';
import type { SealedSecret } from '../secret/sealed-secret';

/** One enrolled account, as stored. Never leaves the package: callers see EnrolledAccount. */
export interface AccountRecord {
  readonly deviceId: string;
  /** Base URL of the server's device API. */
  readonly server: string;
  readonly account: string;
  readonly deviceName: string;
  /** Seconds since the epoch. */
  readonly enrolledAt: number;
  /** The keys that sign offline QR challenges (registration result). */
  readonly serverKeys: readonly ServerSigningKey[];
  /** ES256 private key, `sign` only; non-extractable unless the store must serialise it. */
  readonly deviceKey: CryptoKey;
  readonly secret: SealedSecret;
  /**
   * Absent once the device is active (and in records written before annex step 10 was built).
   * 'awaiting-acceptance': the PIN was right, the server waits for `accept` (annex step 10) with
   * the signature over `activation`'s nonce. Stored, not kept in memory, so that a reload of the
   * app between the PIN and the acceptance keeps the enrolment.
   */
  readonly status?: 'awaiting-acceptance';
  readonly activation?: DeviceActivationRequest;
  /**
   * The endpoint of the Web Push subscription the server holds for this device; null when it
   * holds none (absent in records written before it was kept: unknown, taken as none). Issue 10,
   * finding 6: without one the server cannot wake the app, and the app says so.
   */
  readonly pushEndpoint?: string | null;
}

export type AccountStatus = 'active' | 'awaiting-acceptance';

/** What the app shows of an account (no key, no secret). */
export interface EnrolledAccount {
  readonly deviceId: string;
  readonly server: string;
  /** "You are connected to the account of {account}". */
  readonly account: string;
  readonly deviceName: string;
  readonly enrolledAt: number;
  /** 'awaiting-acceptance' until `accept` (annex step 10); only active accounts answer requests. */
  readonly status: AccountStatus;
  /** Awaiting acceptance only: seconds since the epoch after which the server refuses it. */
  readonly acceptBefore?: number;
  /** The server holds a Web Push subscription for this device: it can wake the app. */
  readonly notifications: boolean;
}

export function accountStatus(record: AccountRecord): AccountStatus {
  return record.status ?? 'active';
}

export function enrolledAccount(record: AccountRecord): EnrolledAccount {
  const { deviceId, server, account, deviceName, enrolledAt } = record;
  const status = accountStatus(record);
  return {
    deviceId,
    server,
    account,
    deviceName,
    enrolledAt,
    status,
    ...(record.activation === undefined ? {} : { acceptBefore: record.activation.expiresAt }),
    notifications: typeof record.pushEndpoint === 'string',
  };
}

const INSTALLATION_KEY = 'installation';
const ACCOUNTS_KEY = 'accounts';

export async function loadInstallationId(store: KeyValueStore): Promise<string | undefined> {
  return (await store.get<{ installationId: string }>(INSTALLATION_KEY))?.installationId;
}

export async function saveInstallationId(store: KeyValueStore, installationId: string): Promise<void> {
  await store.set(INSTALLATION_KEY, { installationId });
}

/** All accounts under one key, so adding one is a single write. */
export async function loadAccounts(store: KeyValueStore): Promise<readonly AccountRecord[]> {
  return (await store.get<AccountRecord[]>(ACCOUNTS_KEY)) ?? [];
}

/** The active accounts, at least one: ERR_NOT_ENROLLED otherwise. One awaiting acceptance answers nothing yet. */
export async function loadEnrolledAccounts(store: KeyValueStore): Promise<readonly AccountRecord[]> {
  const accounts = (await loadAccounts(store)).filter((a) => accountStatus(a) === 'active');
  if (accounts.length === 0) throw new AuthenticatorError('ERR_NOT_ENROLLED');
  return accounts;
}

export async function saveAccounts(store: KeyValueStore, accounts: readonly AccountRecord[]): Promise<void> {
  await store.set(ACCOUNTS_KEY, accounts);
}
