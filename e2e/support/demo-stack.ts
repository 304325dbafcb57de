import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import {
  buildDemoRp,
  type DemoEdition,
  demoRpConfig,
  type DemoRpConfig,
  type DemoRpConfigInput,
  type SessionEnded,
} from '@sesame/demo-rp';
import { freePort, startStack, type Stack } from './stack';

const RELYING_APPS_FILE = new URL('../../config/demo-relying-apps.json', import.meta.url);
/** Where config/demo-relying-apps.json expects the demo entries (`npm run dev`). */
const DEV_RP_URL = 'http://localhost:8081';
const DEV_BULLETIN_URL = 'http://localhost:8082';
/** Each demo entry's registration in config/demo-relying-apps.json. */
const APP_IDS: Record<DemoEdition, string> = { traces: 'traces-demo', bulletin: 'bulletin-demo' };

export interface DemoRp {
  /** `http://localhost:<port>` (no trailing slash). */
  url: string;
  app: FastifyInstance;
  config: DemoRpConfig;
  /** Every local session that ended, and why (sign-out, CAS single logout, back-channel logout…). */
  ended: SessionEnded[];
  /**
   * Resolves with the first ended session matching `predicate` (past or future), or rejects after
   * `timeoutMs` naming those that did end: single logout reaches the demo app server-to-server,
   * maybe after the browser has moved on.
   */
  waitForEnd(predicate: (event: SessionEnded) => boolean, timeoutMs?: number): Promise<SessionEnded>;
}

export interface DemoStack {
  sesame: Stack;
  /** "TRACES NT (démo)": MEDIUM, the Sésame app (issue 11 point 4). */
  rp: DemoRp;
  /** "Bulletin sanitaire (démo)": BASIC, a password alone opens it. */
  bulletin: DemoRp;
  stop(): Promise<void>;
}

/**
 * The relying apps of config/demo-relying-apps.json (the ones `npm run dev` registers), with the
 * demo entries' addresses moved from :8081 and :8082 to `rpUrl` and `bulletinUrl`: the test uses
 * the shipped registration.
 */
export function demoRelyingApps(rpUrl: string, bulletinUrl = DEV_BULLETIN_URL): unknown[] {
  const text = readFileSync(RELYING_APPS_FILE, 'utf8')
    .replaceAll(DEV_RP_URL, rpUrl)
    .replaceAll(DEV_BULLETIN_URL, bulletinUrl);
  return JSON.parse(text) as unknown[];
}

type Registered = { id: string; oidc?: { clientId: string; clientSecret: string } }[];

/** One demo entry in-process on `port`, as a CAS (EU Login) and OIDC client of `sesame`. */
async function startEntry(
  edition: DemoEdition,
  port: number,
  otherEntryUrl: string,
  sesame: Stack,
  relyingApps: unknown[],
  options: Pick<DemoRpConfigInput, 'authenticationLevel' | 'cas'>,
): Promise<DemoRp> {
  const url = `http://localhost:${port}`;
  const registered = (relyingApps as Registered).find((a) => a.id === APP_IDS[edition]);
  if (!registered?.oidc) throw new Error(`config/demo-relying-apps.json has no ${APP_IDS[edition]} OIDC client`);
  const config = demoRpConfig({
    edition,
    otherEntryUrl,
    publicUrl: url,
    sesameUrl: sesame.baseUrl,
    ...options,
    oidc: { clientId: registered.oidc.clientId, clientSecret: registered.oidc.clientSecret },
  });
  const ended: SessionEnded[] = [];
  const waiters = new Set<() => void>();
  const app = await buildDemoRp(config, {
    logger: { level: process.env.E2E_LOG_LEVEL ?? 'error' },
    onSessionEnded: (event) => {
      ended.push(event);
      for (const wake of waiters) wake();
    },
  });
  try {
    await app.listen({ host: '127.0.0.1', port });
  } catch (error) {
    await app.close();
    throw error;
  }
  return {
    url,
    app,
    config,
    ended,
    waitForEnd(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const event = ended.find(predicate);
          if (!event) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(event);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching local session end within ${timeoutMs} ms; ended: ${JSON.stringify(ended)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/**
 * Sésame (startStack, with the demo accounts and the demo relying apps registered for the demo
 * entries' ports), then both demo entries in-process on free loopback ports: "TRACES NT (démo)"
 * (`rp`, MEDIUM unless `options` say otherwise) and "Bulletin sanitaire (démo)" (`bulletin`,
 * BASIC), each a CAS (EU Login flavour) and OpenID Connect client of that Sésame.
 */
export async function startDemoStack(
  options: Pick<DemoRpConfigInput, 'authenticationLevel' | 'cas'> = {},
  /** Sésame's own configuration on top of the demo's, by dotted path (e.g. `sms.provider`). */
  sesameConfig: Record<string, unknown> = {},
): Promise<DemoStack> {
  const [rpPort, bulletinPort] = [await freePort(), await freePort()];
  const rpUrl = `http://localhost:${rpPort}`;
  const bulletinUrl = `http://localhost:${bulletinPort}`;
  const relyingApps = demoRelyingApps(rpUrl, bulletinUrl);
  const sesame = await startStack({ config: { relyingApps, ...sesameConfig }, demoAccounts: true });
  const started: DemoRp[] = [];
  try {
    started.push(await startEntry('traces', rpPort, bulletinUrl, sesame, relyingApps, options));
    started.push(await startEntry('bulletin', bulletinPort, rpUrl, sesame, relyingApps, {}));
    const [rp, bulletin] = started as [DemoRp, DemoRp];
    return {
      sesame,
      rp,
      bulletin,
      async stop() {
        await Promise.all(started.map((entry) => entry.app.close()));
        await sesame.stop();
      },
    };
  } catch (error) {
    await Promise.all(started.map((entry) => entry.app.close()));
    await sesame.stop();
    throw error;
  }
}
