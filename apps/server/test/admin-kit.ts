import type { Role, StoredAuditEvent } from '@sesame/core';
import { expect } from 'vitest';
import { enrolTotp, totpCode } from './credentials-kit';
import { signIn, type Browser, type TestPortal } from './test-portal';

/**
 * The admin console's test world (issue 14; docs/adr/0033), shared by the route tests of
 * routes/admin*.test.ts: one organisation tree, a cast of people to pick from, and the two ways a
 * browser signs in to the console (password alone; password and an authenticator app's code).
 *
 * root ── dgal ─┬─ draaf-bzh ─┬─ ddpp-35
 *               │             └─ ddpp-29
 *               └─ draaf-idf ─── ddpp-75
 * Each test file picks its people from `CAST` and grants their roles with `seedAdminWorld`.
 */
export const PASSWORD = 'Correct-Horse-Battery-9';
export const AT = new Date('2026-12-01T09:00:00Z');

type NewOrganisation = Parameters<TestPortal['durable']['organisations']['create']>[0];

/** One organisation of the tree: kind and name default to `service` and the id in capitals. */
export interface TreeNode {
  readonly id: string;
  readonly parentId: string;
  readonly kind?: NewOrganisation['kind'];
  readonly name?: string;
}

export const TREE: readonly TreeNode[] = [
  { id: 'dgal', parentId: 'root' },
  { id: 'draaf-bzh', parentId: 'dgal' },
  { id: 'ddpp-35', parentId: 'draaf-bzh' },
  { id: 'ddpp-29', parentId: 'draaf-bzh' },
  { id: 'draaf-idf', parentId: 'dgal' },
  { id: 'ddpp-75', parentId: 'draaf-idf' },
];

export interface Person {
  readonly id: string;
  readonly email: string;
  readonly organisation: string;
}

/** Everyone the admin tests meet; a file's `PEOPLE` is the part of it that exists in its world. */
export const CAST = {
  marie: { id: 'agent035', email: 'marie@ddpp35.example.fr', organisation: 'ddpp-35' },
  luc: { id: 'agent036', email: 'luc@ddpp35.example.fr', organisation: 'ddpp-35' },
  yann: { id: 'agent029', email: 'yann@ddpp29.example.fr', organisation: 'ddpp-29' },
  paul: { id: 'agent075', email: 'paul@ddpp75.example.fr', organisation: 'ddpp-75' },
  anne: { id: 'manabzh1', email: 'anne@draaf-bzh.example.fr', organisation: 'draaf-bzh' },
  hugo: { id: 'manaidf1', email: 'hugo@draaf-idf.example.fr', organisation: 'draaf-idf' },
  sophie: { id: 'helpdsk1', email: 'sophie@agriculture.example.fr', organisation: 'dgal' },
  alice: { id: 'adminis1', email: 'alice@agriculture.example.fr', organisation: 'dgal' },
  otto: { id: 'auditor1', email: 'otto@agriculture.example.fr', organisation: 'dgal' },
} as const satisfies Record<string, Person>;

export interface AdminWorld {
  /** The tree to create, parents first (default `TREE`). */
  readonly tree?: readonly TreeNode[];
  /** The accounts, each created with `PASSWORD`, its key as first name, and placed in its organisation. */
  readonly people: Readonly<Record<string, Person>>;
  /** The roles granted, each over an organisation and its subtree. */
  readonly roles: readonly { readonly person: Person; readonly role: Role; readonly scopeId: string }[];
}

/** Creates the world's organisations, people and roles in the portal's store, all dated `AT`. */
export async function seedAdminWorld(portal: TestPortal, world: AdminWorld): Promise<void> {
  const { organisations, roles } = portal.durable;
  for (const { id, parentId, kind = 'service', name = id.toUpperCase() } of world.tree ?? TREE) {
    await organisations.create({ id, parentId, kind, name }, AT);
  }
  for (const [name, person] of Object.entries(world.people)) {
    await portal.createUser({ id: person.id, email: person.email, password: PASSWORD, firstName: name, lastName: 'X' });
    await organisations.placeAccount(person.id, person.organisation);
  }
  for (const { person, role, scopeId } of world.roles) {
    await roles.grant({ userId: person.id, role, scopeId }, AT);
  }
}

/** A browser signed in with the password alone. */
export async function signInWithPassword(portal: TestPortal, email: string, lang = 'en'): Promise<Browser> {
  const browser = portal.browser(lang);
  expect((await signIn(browser, email, PASSWORD)).location).toBe('/account');
  return browser;
}

/**
 * A browser signed in with the password and an authenticator app's code (a second factor): the
 * person enrols an app in a first session, then signs in again presenting it.
 */
export async function signInWithSecondFactor(portal: TestPortal, email: string, lang = 'en'): Promise<Browser> {
  const { seed } = await enrolTotp(portal, await signInWithPassword(portal, email, lang));
  return signInWithTotp(portal, email, seed, lang);
}

/** A new browser signed in with the password and a code of the app enrolled with `seed`. */
export async function signInWithTotp(
  portal: TestPortal,
  email: string,
  seed: Uint8Array,
  lang = 'en',
): Promise<Browser> {
  portal.clock.advance(30_000);
  const browser = portal.browser(lang);
  await browser.get('/login');
  await browser.post('/login', { email });
  expect((await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_TOTP' })).location).toBe(
    '/login/totp',
  );
  expect((await browser.post('/login/totp', { code: await totpCode(portal, seed) })).location).toBe('/account');
  return browser;
}

/** The audit trail as the store lists it (up to 1,000 events). */
export const auditTrail = (portal: TestPortal): Promise<StoredAuditEvent[]> =>
  portal.durable.audit.list({ limit: 1000 });
