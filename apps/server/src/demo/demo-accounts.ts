import type { Clock, DurableStore, PasswordHasher } from '@sesame/core';

/**
 * Demo accounts of the embedded default (issue: an agent of a DDPP, a private operator, an
 * administrator). Their passwords are published in the README: the config flag that creates
 * them warns at every start and must stay off in production.
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
    label: 'Administrator',
  },
] as const;

/** Creates the demo accounts that are missing; returns how many were created. */
export async function seedDemoAccounts(services: {
  durable: DurableStore;
  hasher: PasswordHasher;
  clock?: Clock;
}): Promise<number> {
  let created = 0;
  for (const demo of DEMO_ACCOUNTS) {
    if (await services.durable.users.findByEmail(demo.email)) continue;
    const now = services.clock?.now() ?? new Date();
    await services.durable.transaction(async (tx) => {
      await tx.users.create({
        id: demo.id,
        email: demo.email,
        firstName: demo.firstName,
        lastName: demo.lastName,
        emailLocale: demo.emailLocale,
        passwordHash: await services.hasher.hash(demo.password),
        organisation: demo.organisation,
        roles: [...demo.roles],
        createdAt: now,
      });
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
