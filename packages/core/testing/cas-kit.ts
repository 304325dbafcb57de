import type { Strength } from '@sesame/protocol';
import { createMemoryEphemeralStore } from './memory-ephemeral-store';
import { CasTicketStore, type CasDeps, type TicketRecord } from '../src/cas';
import type { EphemeralStore, UserRecord } from '../src/ports';
import type { RelyingAppInput } from '../src/relying-apps/relying-app';
import { ServiceRegistry } from '../src/relying-apps/service-registry';

/** A CAS world for unit tests: a fake clock shared with the memory store, a registry, one user. */
export const SERVICE = 'https://app.example.org/cas/callback';
export const OTHER_SERVICE = 'https://other.example.org/login';
export const EULOGIN_SERVICE = 'https://traces.example.eu/cas';
export const PROXY_CALLBACK = 'https://app.example.org/pgt?tenant=1';
export const BACKEND_SERVICE = 'https://backend.example.org/api';
export const BACKEND_CALLBACK = 'https://backend.example.org/pgt';

export const APPS: RelyingAppInput[] = [
  {
    id: 'app',
    name: 'App',
    attributes: ['email', 'firstName', 'lastName', 'organisation'],
    cas: { services: [SERVICE], proxyCallbacks: ['https://app.example.org/pgt*'] },
  },
  { id: 'other', name: 'Other', cas: { services: ['https://other.example.org/*'] } },
  {
    id: 'traces',
    name: 'TRACES',
    attributes: ['email', 'firstName', 'lastName', 'organisation', 'locale', 'employeeType'],
    cas: { services: [EULOGIN_SERVICE], flavour: 'eulogin' },
  },
  {
    id: 'medium',
    name: 'Medium',
    policy: { minimumLevel: 'MEDIUM' },
    cas: { services: ['https://medium.example.org/*'] },
  },
  {
    id: 'backend',
    name: 'Backend',
    cas: { services: [`${BACKEND_SERVICE}*`], proxyCallbacks: [BACKEND_CALLBACK] },
  },
];

export const USER: UserRecord = {
  id: 'n0025vuz',
  email: 'marie.dupont@example.org',
  firstName: 'Marie',
  lastName: 'Dupont',
  emailLocale: 'fr',
  passwordHash: 'unused',
  organisation: 'DDPP 35',
  roles: [],
  createdAt: new Date('2025-01-01T00:00:00Z'),
  credentialsChangedAt: new Date('2025-01-01T00:00:00Z'),
  secondFactorSince: null,
  recovery: null,
};

export const T0 = Date.parse('2025-03-01T08:00:00.000Z');
export const SESSION_LIFE_MS = 12 * 3_600_000;

export interface CasKit {
  deps: CasDeps;
  store: EphemeralStore;
  tickets: CasTicketStore;
  registry: ServiceRegistry;
  now(): Date;
  advance(ms: number): void;
  /** Proxy callback URLs called, in order. */
  callbacks: string[];
  /** What the proxy callbacks answer: true = 200. */
  callbackAnswers: boolean;
  users: Map<string, UserRecord>;
  /** A service ticket as /cas/login issues it. */
  issue(overrides?: Partial<Omit<TicketRecord, 'kind'>> & { strengths?: Strength[] }): Promise<string>;
}

export function createCasKit(): CasKit {
  let time = T0;
  const store = createMemoryEphemeralStore({ clock: () => time });
  const tickets = new CasTicketStore(store);
  const registry = ServiceRegistry.from(APPS);
  const users = new Map([[USER.id, USER]]);
  const kit: CasKit = {
    store,
    tickets,
    registry,
    users,
    callbacks: [],
    callbackAnswers: true,
    now: () => new Date(time),
    advance: (ms) => {
      time += ms;
    },
    deps: {
      tickets,
      registry,
      findUser: async (id) => users.get(id) ?? null,
      callProxyCallback: async (url) => {
        kit.callbacks.push(url);
        return kit.callbackAnswers;
      },
    },
    async issue(overrides = {}) {
      const { ticket } = await tickets.issueServiceTicket({
        appId: 'app',
        service: SERVICE,
        userId: USER.id,
        sessionRef: 'session-digest',
        sessionEndsAt: time + SESSION_LIFE_MS,
        strengths: ['PASSWORD'],
        fromNewLogin: true,
        authTime: time,
        ...overrides,
      });
      return ticket;
    },
  };
  return kit;
}
