import { spawn } from 'node:child_process';
import { createDurableStore } from '@sesame/storage';
import { type Argon2Parameters, createArgon2Hasher } from '@sesame/server';

export interface BenchAccount {
  id: string;
  email: string;
  password: string;
}

const PASSWORD = 'Bench-Push-Latency-2026';

const benchAccount = (i: number): BenchAccount => ({
  // EU Login-style ids (core accounts/user-id.ts): a letter and seven [0-9a-z].
  id: `b${String(i).padStart(7, '0')}`,
  email: `bench.${i}@bench.example.org`,
  password: PASSWORD,
});

/**
 * `count` accounts written straight into the durable store at `databaseUrl` (which it migrates)
 * before any server opens it, as main.ts seeds the demo accounts, so that no registration mail
 * or outbox is involved. All share one argon2id hash of one password, made with `argon2`: the
 * server verifies at the parameters stored in the hash.
 *
 * `root`: another checkout whose server will open the database (BENCH_BASELINE_ROOT). Its own
 * storage package migrates and writes it, in a process started there, so that the database has
 * that checkout's migrations, not this one's (a server refuses a database migrated further than
 * it knows).
 */
export async function seedAccounts(
  databaseUrl: string,
  count: number,
  argon2: Argon2Parameters,
  root?: string,
): Promise<BenchAccount[]> {
  const passwordHash = await createArgon2Hasher(argon2).hash(PASSWORD);
  const accounts = Array.from({ length: count }, (_, i) => benchAccount(i));
  if (root) await seedInCheckout(root, databaseUrl, accounts, passwordHash);
  else await writeAccounts(createDurableStore, databaseUrl, accounts, passwordHash);
  return accounts;
}

/** The store's part this writes through: the same in this checkout and in the one compared. */
type OpenStore = (url: string) => Promise<{
  users: { create(user: Record<string, unknown>): Promise<unknown> };
  close(): Promise<void>;
}>;

async function writeAccounts(open: OpenStore, databaseUrl: string, accounts: BenchAccount[], passwordHash: string) {
  const store = await open(databaseUrl);
  try {
    for (const [i, account] of accounts.entries()) {
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
    }
  } finally {
    await store.close();
  }
}

/** writeAccounts, run by `node --import tsx` in the checkout at `root` (its own @sesame/storage). */
async function seedInCheckout(root: string, databaseUrl: string, accounts: BenchAccount[], passwordHash: string) {
  const script = `
    import { createDurableStore } from '@sesame/storage';
    const { databaseUrl, accounts, passwordHash } = JSON.parse(process.env.BENCH_SEED);
    await (${writeAccounts.toString()})(createDurableStore, databaseUrl, accounts, passwordHash);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, BENCH_SEED: JSON.stringify({ databaseUrl, accounts, passwordHash }) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`seeding the accounts in ${root} failed (exit ${code})`);
}
