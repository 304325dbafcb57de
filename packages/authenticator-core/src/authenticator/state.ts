import type { ServerSigningKey } from '@sesame/protocol';
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
}

/** What the app shows of an account (no key, no secret). */
export interface EnrolledAccount {
  readonly deviceId: string;
  readonly server: string;
  /** "You are connected to the account of {account}". */
  readonly account: string;
  readonly deviceName: string;
  readonly enrolledAt: number;
}

export function enrolledAccount(record: AccountRecord): EnrolledAccount {
  const { deviceId, server, account, deviceName, enrolledAt } = record;
  return { deviceId, server, account, deviceName, enrolledAt };
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

/** The accounts, at least one: ERR_NOT_ENROLLED otherwise. */
export async function loadEnrolledAccounts(store: KeyValueStore): Promise<readonly AccountRecord[]> {
  const accounts = await loadAccounts(store);
  if (accounts.length === 0) throw new AuthenticatorError('ERR_NOT_ENROLLED');
  return accounts;
}

export async function saveAccounts(store: KeyValueStore, accounts: readonly AccountRecord[]): Promise<void> {
  await store.set(ACCOUNTS_KEY, accounts);
}
