import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import {
  buildDemoRp,
  demoRpConfig,
  type DemoRpConfig,
  type DemoRpConfigInput,
  type SessionEnded,
} from '../../apps/demo-rp/src/index';
import { freePort, startStack, type Stack } from './stack';

const RELYING_APPS_FILE = new URL('../../config/demo-relying-apps.json', import.meta.url);
/** Where config/demo-relying-apps.json expects the demo app (`npm run dev`). */
const DEV_RP_URL = 'http://localhost:8081';

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
  rp: DemoRp;
  stop(): Promise<void>;
}

/**
 * The relying apps of config/demo-relying-apps.json (the ones `npm run dev` registers), with the
 * demo app's address moved from :8081 to `rpUrl`: the test uses the shipped registration.
 */
export function demoRelyingApps(rpUrl: string): unknown[] {
  const text = readFileSync(RELYING_APPS_FILE, 'utf8').replaceAll(DEV_RP_URL, rpUrl);
  return JSON.parse(text) as unknown[];
}

/**
 * Sésame (startStack, with the demo accounts and the demo relying apps registered for the demo
 * app's port), then the demo app "TRACES NT (démo)" in-process on a free loopback port, as a CAS
 * (EU Login flavour) and OpenID Connect client of that Sésame.
 */
export async function startDemoStack(
  options: Pick<DemoRpConfigInput, 'authenticationLevel' | 'cas'> = {},
): Promise<DemoStack> {
  const rpPort = await freePort();
  const rpUrl = `http://localhost:${rpPort}`;
  const relyingApps = demoRelyingApps(rpUrl);
  const sesame = await startStack({ config: { relyingApps }, demoAccounts: true });
  let app: FastifyInstance | undefined;
  try {
    const registered = (relyingApps as { id: string; oidc?: { clientId: string; clientSecret: string } }[]).find(
      (a) => a.id === 'traces-demo',
    );
    if (!registered?.oidc) throw new Error('config/demo-relying-apps.json has no traces-demo OIDC client');
    const config = demoRpConfig({
      publicUrl: rpUrl,
      sesameUrl: sesame.baseUrl,
      ...options,
      oidc: { clientId: registered.oidc.clientId, clientSecret: registered.oidc.clientSecret },
    });
    const ended: SessionEnded[] = [];
    const waiters = new Set<() => void>();
    app = await buildDemoRp(config, {
      logger: { level: process.env.E2E_LOG_LEVEL ?? 'error' },
      onSessionEnded: (event) => {
        ended.push(event);
        for (const wake of waiters) wake();
      },
    });
    await app.listen({ host: '127.0.0.1', port: rpPort });
    const started = app;
    return {
      sesame,
      rp: {
        url: rpUrl,
        app: started,
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
              reject(
                new Error(`no matching local session end within ${timeoutMs} ms; ended: ${JSON.stringify(ended)}`),
              );
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
      },
      async stop() {
        await started.close();
        await sesame.stop();
      },
    };
  } catch (error) {
    await app?.close();
    await sesame.stop();
    throw error;
  }
}
