import { createDurableStore } from '@sesame/storage';
import { type Argon2Parameters, createArgon2Hasher } from '@sesame/server';

export interface BenchAccount {
  id: string;
  email: string;
  password: string;
}

const PASSWORD = 'Bench-Push-Latency-2026';

/**
 * `count` accounts written straight into the durable store at `databaseUrl` (which it migrates)
 * before any server opens it, as main.ts seeds the demo accounts, so that no registration mail
 * or outbox is involved. All share one argon2id hash of one password, made with `argon2`: the
 * server verifies at the parameters stored in the hash.
 */
export async function seedAccounts(
  databaseUrl: string,
  count: number,
  argon2: Argon2Parameters,
): Promise<BenchAccount[]> {
  const store = await createDurableStore(databaseUrl);
  try {
    const passwordHash = await createArgon2Hasher(argon2).hash(PASSWORD);
    const accounts: BenchAccount[] = [];
    for (let i = 0; i < count; i++) {
      // EU Login-style ids (core accounts/user-id.ts): a letter and seven [0-9a-z].
      const account = {
        id: `b${String(i).padStart(7, '0')}`,
        email: `bench.${i}@bench.example.org`,
        password: PASSWORD,
      };
      await store.users.create({
        id: account.id,
        email: account.email,
        firstName: 'Bench',
        lastName: `User ${i}`,
        emailLocale: 'en',
        passwordHash,
        organisation: null,
        roles: [],
        createdAt: new Date(),
      });
      accounts.push(account);
    }
    return accounts;
  } finally {
    await store.close();
  }
}
