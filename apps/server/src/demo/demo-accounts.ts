import type { Locale } from '@sesame/protocol';
import type { Clock, ConfiguredOrganisation, DurableStore, PasswordHasher, Role } from '@sesame/core';
import { applyConfiguredTree } from '@sesame/core';

/**
 * The demo organisation tree (issue 14 point 1; docs/adr/0033): a ministry, a region with two
 * departmental services, the operators and the private veterinarians.
 */
export const DEMO_ORGANISATIONS: readonly ConfiguredOrganisation[] = [
  { id: 'dgal', parent: 'root', kind: 'ministry', name: 'DGAL (ministère de l’Agriculture)' },
  { id: 'draaf-bretagne', parent: 'dgal', kind: 'regional-service', name: 'DRAAF Bretagne' },
  { id: 'ddpp-35', parent: 'draaf-bretagne', kind: 'departmental-service', name: 'DDPP d’Ille-et-Vilaine (35)' },
  { id: 'ddpp-29', parent: 'draaf-bretagne', kind: 'departmental-service', name: 'DDPP du Finistère (29)' },
  { id: 'operators', parent: 'root', kind: 'operator', name: 'Opérateurs privés' },
  { id: 'private-vets', parent: 'root', kind: 'private-veterinarian', name: 'Vétérinaires libéraux' },
];

interface DemoAccount {
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly emailLocale: Locale;
  readonly password: string;
  /** EU Login's free-text `domain`, released to the relying apps. */
  readonly organisation: string;
  /** Legacy roles column (the `admin` role migration 0007 turns into an administrator grant). */
  readonly roles: readonly string[];
  /** Where the account sits in the demo tree. */
  readonly organisationId: string;
  readonly grants: ReadonlyArray<{ readonly role: Role; readonly scopeId: string }>;
  readonly label: string;
}

/**
 * Demo accounts of the embedded default (issue: an agent of a DDPP, a private operator, an
 * administrator; issue 14: a local manager of a region and a national helpdesk agent). Their
 * passwords are published in the README: the config flag that creates them warns at every start
 * and must stay off in production.
 */
export const DEMO_ACCOUNTS = [
  {
    id: 'n0025vuz',
    email: 'marie.dupont@ddpp35.example.fr',
    firstName: 'Marie',
    lastName: 'Dupont',
    emailLocale: 'fr',
    password: 'Vache-Normande-35',
    organisation: 'DDPP d’Ille-et-Vilaine (35)',
    roles: [],
    organisationId: 'ddpp-35',
    grants: [],
    label: 'Agent (DDPP)',
  },
  {
    id: 'n0031kqe',
    email: 'john.smith@operator.example.com',
    firstName: 'John',
    lastName: 'Smith',
    emailLocale: 'en',
    password: 'Port-of-Brest-29',
    organisation: 'Brest Seafood Export Ltd (operator)',
    roles: [],
    organisationId: 'operators',
    grants: [],
    label: 'Private operator',
  },
  {
    id: 'n00adm1n',
    email: 'admin@sesame.example.org',
    firstName: 'Alice',
    lastName: 'Martin',
    emailLocale: 'fr',
    password: 'Tour-de-Controle-01',
    organisation: 'Sésame',
    roles: ['admin'],
    organisationId: 'root',
    grants: [{ role: 'administrator', scopeId: 'root' }],
    label: 'Administrator',
  },
  {
    id: 'n0042lmb',
    email: 'yann.le-goff@draaf-bretagne.example.fr',
    firstName: 'Yann',
    lastName: 'Le Goff',
    emailLocale: 'fr',
    password: 'Pointe-du-Raz-1793',
    organisation: 'DRAAF Bretagne',
    roles: [],
    organisationId: 'draaf-bretagne',
    grants: [{ role: 'local_manager', scopeId: 'draaf-bretagne' }],
    label: 'Local manager',
  },
  {
    id: 'n0057hdk',
    email: 'sophie.bernard@agriculture.example.fr',
    firstName: 'Sophie',
    lastName: 'Bernard',
    emailLocale: 'en',
    password: 'Standard-Hotline-0800',
    organisation: 'DGAL',
    roles: [],
    organisationId: 'dgal',
    grants: [{ role: 'helpdesk', scopeId: 'dgal' }],
    label: 'Helpdesk',
  },
] as const satisfies readonly DemoAccount[];

/**
 * Creates the demo organisations and the demo accounts that are missing, each placed in its
 * organisation with its roles; returns how many accounts were created. An account already there
 * is left as it is (the console may have changed it).
 */
export async function seedDemoAccounts(services: {
  durable: DurableStore;
  hasher: PasswordHasher;
  clock?: Clock;
}): Promise<number> {
  await applyConfiguredTree(services.durable.organisations, DEMO_ORGANISATIONS, services.clock?.now() ?? new Date());
  let created = 0;
  for (const demo of DEMO_ACCOUNTS) {
    if (await services.durable.users.findByEmail(demo.email)) continue;
    const now = services.clock?.now() ?? new Date();
    const passwordHash = await services.hasher.hash(demo.password);
    await services.durable.transaction(async (tx) => {
      await tx.users.create({
        id: demo.id,
        email: demo.email,
        firstName: demo.firstName,
        lastName: demo.lastName,
        emailLocale: demo.emailLocale,
        passwordHash,
        organisation: demo.organisation,
        roles: [...demo.roles],
        createdAt: now,
      });
      await tx.organisations.placeAccount(demo.id, demo.organisationId);
      for (const grant of demo.grants) await tx.roles.grant({ userId: demo.id, ...grant }, now);
      await tx.audit.append({
        type: 'account.created',
        userId: demo.id,
        ip: null,
        userAgent: null,
        at: now,
        details: { demo: true },
      });
    });
    created++;
  }
  return created;
}
