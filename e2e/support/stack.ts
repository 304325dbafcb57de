import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { buildApp, loadConfig, openParts, seedDemoAccounts, serverLogger } from '@sesame/server';

/** A mail as the SMTP capture received it: envelope recipients plus the parsed message. */
export interface CapturedMail {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[];
  from: string | undefined;
  subject: string;
  text: string;
  html: string;
}

export interface SmtpCapture {
  url: string;
  mails: readonly CapturedMail[];
  /**
   * Resolves with the first mail to `to` (matching `predicate`, if given) that no earlier call
   * has returned, waiting for it to arrive; rejects after `timeoutMs` (10 s by default) naming
   * what did arrive, so a missing mail fails with a useful message.
   */
  waitForMail(to: string, predicate?: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  close(): Promise<void>;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string | undefined {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.map((a) => a.text).join(', ') || undefined;
}

/** A real SMTP server on a free loopback port (no STARTTLS: there is no certificate). */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const taken = new Set<CapturedMail>();
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: addresses(parsed.from),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitForMail(to, predicate = () => true, timeoutMs = 10_000) {
      const recipient = to.toLowerCase();
      const find = () => mails.find((mail) => !taken.has(mail) && mail.to.includes(recipient) && predicate(mail));
      return new Promise<CapturedMail>((resolve, reject) => {
        const check = () => {
          const mail = find();
          if (!mail) return false;
          taken.add(mail);
          waiters.delete(check);
          clearTimeout(timer);
          resolve(mail);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const seen = mails.map((m) => `  ${m.to.join(',')}: ${m.subject}`).join('\n') || '  (none)';
          reject(new Error(`no matching mail to ${to} within ${timeoutMs} ms; mails received:\n${seen}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nobody listens on right now: the OS picks one for a throw-away server. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export interface Stack {
  /**
   * `http://localhost:<port>` (`https://` with `https`): browsers treat localhost as a secure
   * context, so `__Host-` cookies work.
   */
  baseUrl: string;
  smtp: SmtpCapture;
  app: FastifyInstance;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** More configuration keys (dotted paths, as `loadConfig` overrides), e.g. `relyingApps`. */
  config?: Record<string, unknown>;
  /** Create the demo accounts of the README (apps/server/src/demo/demo-accounts.ts). */
  demoAccounts?: boolean;
  /**
   * Serve HTTPS with this key and certificate (PEM), as `tls.certFile`/`tls.keyFile` make the
   * server do: for relying clients that talk to CAS only over HTTPS (e2e/real-clients/).
   */
  https?: { key: string; cert: string };
  /**
   * The server's log lines from `info` up, each as JSON (`level`, the details, `msg`), kept here
   * (errors still printed): for a test that checks what operators would read (docs/adr/0064).
   */
  logLines?: string[];
}

/**
 * The SMTP capture, then the real Sésame server (openParts + buildApp) on a free loopback
 * port, with a throw-away SQLite file, the in-memory ephemeral store and SMTP pointing at the
 * capture. The environment is NOT read (env = {}), so a developer's DATABASE_URL, REDIS_URL or
 * SESAME_CONFIG cannot leak into the test. Argon2 is set to its cheapest allowed cost.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const smtp = await startSmtpCapture();
  const dir = await mkdtemp(join(tmpdir(), 'sesame-e2e-'));
  let services: Awaited<ReturnType<typeof openParts>> | undefined;
  let app: FastifyInstance | undefined;
  try {
    const port = await freePort();
    const baseUrl = `${options.https ? 'https' : 'http'}://localhost:${port}`;
    const config = loadConfig(
      {},
      {
        publicUrl: baseUrl,
        host: '127.0.0.1',
        port,
        databaseUrl: `sqlite:${join(dir, 'sesame.db')}`,
        'mail.smtpUrl': smtp.url,
        'mail.outboxDir': join(dir, 'outbox'),
        'oidc.keysFile': join(dir, 'oidc-keys.json'),
        'devices.keysFile': join(dir, 'device-keys.json'),
        'password.argon2.memoryKiB': 8192,
        'password.argon2.iterations': 1,
        logLevel: 'error',
        ...options.config,
      },
    );
    services = await openParts(config, serverLogger(config));
    if (options.demoAccounts) await seedDemoAccounts(services);
    // Only unexpected errors are logged (the 500 handler logs them): a failing step then shows its cause.
    const lines = options.logLines;
    app = await buildApp(services, {
      logger: lines
        ? {
            level: 'info',
            hooks: {
              // Every line kept (level, object, message); only errors printed, as without logLines.
              logMethod(args, method, level) {
                const [first, second] = args as unknown[];
                // The details' plain values and an error's message (a request object is circular).
                const details = Object.fromEntries(
                  Object.entries(typeof first === 'object' && first !== null ? first : {})
                    .filter(([, value]) => value === null || typeof value !== 'object' || value instanceof Error)
                    .map(([key, value]) => [key, value instanceof Error ? value.message : value]),
                );
                lines.push(JSON.stringify({ level, ...details, msg: typeof first === 'string' ? first : second }));
                if (level >= 50) method.apply(this, args);
              },
            },
          }
        : { level: process.env.E2E_LOG_LEVEL ?? 'error' },
      ...(options.https ? { https: options.https } : {}),
    });
    await app.listen({ host: config.host, port: config.port });
    const started = { app, services };
    return {
      baseUrl,
      smtp,
      app,
      async stop() {
        await started.app.close();
        await started.services.close();
        await smtp.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    await services?.close();
    await smtp.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
