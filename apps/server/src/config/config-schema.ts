import { z } from 'zod';

/** A boolean that environment variables can spell `true`/`false`/`1`/`0`. */
const booleanish = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1'),
]);

/**
 * The one typed configuration of the server. Every key has a documented default; the
 * operator's reference (docs/operators/config.md) is generated from this schema by
 * `npm run docs:config`, and a test fails when the two differ. Environment variables are named
 * in `env` (see load-config.ts); a JSON file named by SESAME_CONFIG may set any key.
 */
export const configSchema = z.object({
  publicUrl: z
    .string()
    .url()
    .default('http://localhost:8080')
    .describe('Public base URL of the portal, used in e-mail links.'),
  host: z.string().default('127.0.0.1').describe('Interface to listen on.'),
  port: z.coerce.number().int().min(0).max(65535).default(8080).describe('Port to listen on.'),
  trustProxy: booleanish.default(false).describe('Trust X-Forwarded-* headers (behind a reverse proxy).'),
  tls: z
    .object({
      certFile: z
        .string()
        .optional()
        .describe(
          'PEM certificate (chain) to serve HTTPS with, with keyFile; unset means plain HTTP (behind a TLS proxy).',
        ),
      keyFile: z.string().optional().describe('PEM private key of certFile; keep it secret (mode 0600).'),
      selfSigned: booleanish
        .default(false)
        .describe(
          "Serve HTTPS with a certificate generated at first start under `data/tls/` for localhost, this machine's names and its local IP addresses: for trying the app on a phone of the local network (docs/operators/running.md). Never in production.",
        ),
    })
    .default({ selfSigned: false }),
  databaseUrl: z
    .string()
    .default('sqlite:data/sesame.db')
    .describe('Durable store: `sqlite:<file>` (embedded default) or `postgres://…`.'),
  redisUrl: z
    .string()
    .optional()
    .describe('Ephemeral store: `redis://…` for several nodes; unset means in memory (one node, dev).'),
  storeStartupTimeoutSeconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(30)
    .describe(
      'At start, how long to keep retrying (with back-off) a database or Redis that does not answer before exiting with code 3 and one line naming it.',
    ),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino log level.'),
  defaultLocale: z.enum(['fr', 'en']).default('fr').describe('Language when the browser asks for none we have.'),
  mail: z
    .object({
      from: z.string().default('Sésame <no-reply@sesame.localhost>').describe('Sender of every mail.'),
      smtpUrl: z
        .string()
        .optional()
        .describe('SMTP server, e.g. `smtp://user:pass@host:587`; unset means the outbox (dev only).'),
      outboxDir: z.string().default('data/outbox').describe('Where the outbox also writes each mail as an .eml file.'),
    })
    .default({ from: 'Sésame <no-reply@sesame.localhost>', outboxDir: 'data/outbox' }),
  devPages: booleanish.default(false).describe('Serve development pages such as /dev/outbox. Never in production.'),
  demoAccounts: booleanish
    .default(false)
    .describe('Create the demo accounts at start when missing. Never in production.'),
  password: z
    .object({
      minLength: z.coerce
        .number()
        .int()
        .min(8)
        .default(12)
        .describe('Minimum length in Unicode code points (NIST SP 800-63B: ≥ 8, 15 for single-factor use).'),
      maxLength: z.coerce.number().int().min(64).max(1024).default(128).describe('Maximum length (NIST: at least 64).'),
      argon2: z
        .object({
          memoryKiB: z.coerce
            .number()
            .int()
            .min(8192)
            .default(19456)
            .describe('argon2id memory in KiB (OWASP: 19 MiB with t=2).'),
          iterations: z.coerce.number().int().min(1).default(2).describe('argon2id time cost.'),
          parallelism: z.coerce.number().int().min(1).default(1).describe('argon2id lanes.'),
        })
        .default({ memoryKiB: 19456, iterations: 2, parallelism: 1 }),
    })
    .default({ minLength: 12, maxLength: 128, argon2: { memoryKiB: 19456, iterations: 2, parallelism: 1 } }),
  signIn: z
    .object({
      lockAfterFailures: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(5)
        .describe('Consecutive failures that lock an account (NIST: at most 100).'),
      lockMinutes: z.coerce.number().int().min(1).default(15).describe('How long a lock lasts (EU Login: 15 minutes).'),
      ipFailuresPerWindow: z.coerce
        .number()
        .int()
        .min(1)
        .default(50)
        .describe('Failed sign-ins allowed per IP address per window.'),
      ipWindowMinutes: z.coerce.number().int().min(1).default(15).describe('The per-IP window.'),
    })
    .default({ lockAfterFailures: 5, lockMinutes: 15, ipFailuresPerWindow: 50, ipWindowMinutes: 15 }),
  mailRequests: z
    .object({
      perAddress: z.coerce
        .number()
        .int()
        .min(1)
        .default(5)
        .describe('Registration and forgotten-password requests per e-mail address per window.'),
      perIp: z.coerce.number().int().min(1).default(30).describe('The same requests per IP address per window.'),
      windowMinutes: z.coerce.number().int().min(1).default(15).describe('The window of these two limits.'),
    })
    .default({ perAddress: 5, perIp: 30, windowMinutes: 15 }),
  session: z
    .object({
      idleMinutes: z.coerce
        .number()
        .int()
        .min(1)
        .default(30)
        .describe('Inactivity that ends a session (NIST SP 800-63B AAL2).'),
      absoluteHours: z.coerce
        .number()
        .int()
        .min(1)
        .max(24)
        .default(12)
        .describe('Longest life of a session, activity or not.'),
    })
    .default({ idleMinutes: 30, absoluteHours: 12 }),
  relyingAppsFile: z
    .string()
    .optional()
    .describe(
      'JSON file listing the relying applications (CAS services, OIDC clients, policies); see docs/integrators.md.',
    ),
  relyingApps: z
    .array(z.unknown())
    .default([])
    .describe('Relying applications given inline (in the SESAME_CONFIG file); added to those of relyingAppsFile.'),
  oidc: z
    .object({
      keysFile: z
        .string()
        .default('data/oidc-keys.json')
        .describe(
          'OpenID Connect key ring (token signing keys and cookie keys), created at first start when missing. Every node must read the same file; keep it secret and backed up.',
        ),
    })
    .default({ keysFile: 'data/oidc-keys.json' }),
  devices: z
    .object({
      keysFile: z
        .string()
        .default('data/device-keys.json')
        .describe(
          'Authenticator app keys: the key ring that encrypts device secrets at rest and the key that signs offline QR challenges, created at first start when missing. Every node must read the same file; keep it secret and backed up.',
        ),
      oneAccountPerDevice: booleanish
        .default(true)
        .describe('One phone, one user: a device enrolled for an account cannot be enrolled for another.'),
    })
    .default({ keysFile: 'data/device-keys.json', oneAccountPerDevice: true }),
  webPush: z
    .object({
      enabled: booleanish
        .default(true)
        .describe(
          'Wake the authenticator app by Web Push (RFC 8030/8291/8292). Off, the app still gets sign-in requests through its event stream and polling, but only while it is open.',
        ),
      vapidKeysFile: z
        .string()
        .optional()
        .describe(
          'VAPID key pair (P-256) that signs Web Push requests, created at first start when missing; unset means `vapid-keys.json` next to devices.keysFile (`data/vapid-keys.json`). Apps subscribe with its public key: every node must read the same file, and a new key silences every subscribed app until it subscribes again.',
        ),
      vapidPublicKey: z
        .string()
        .optional()
        .describe('VAPID public key (base64url, uncompressed P-256 point) given here instead of vapidKeysFile.'),
      vapidPrivateKey: z
        .string()
        .optional()
        .describe('VAPID private key (base64url, 32 bytes), with vapidPublicKey; keep it secret.'),
      subject: z
        .string()
        .optional()
        .describe(
          'Contact the push services may write to (RFC 8292 §2.1), a `mailto:` or `https:` URL; unset means `mailto:security@<host of publicUrl>`.',
        ),
    })
    .default({ enabled: true }),
  linkTtlMinutes: z.coerce
    .number()
    .int()
    .min(5)
    .max(1440)
    .default(90)
    .describe('Life of e-mail links (registration, reset, e-mail change).'),
});

export type SesameConfig = z.infer<typeof configSchema>;
