import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import encodeQR from 'qr';
import { DEV_CERTIFICATE_DIR, devCertificate, localAddresses } from './dev-certificate';

/**
 * `npm run dev`: Sésame (with the demo accounts, the development pages and the demo relying
 * apps registered) and the demo relying apps "TRACES NT (démo)" (MEDIUM: the Sésame app) and
 * "Bulletin sanitaire (démo)" (BASIC: a password), side by side, each line of
 * output prefixed with its name. Ctrl+C (or SIGTERM) stops both; if one stops on its own, the
 * other is stopped too and the launcher exits with the first one's code.
 */

interface Program {
  name: string;
  script: string;
  env: Record<string, string>;
}

const DEMO_RP_PORT = process.env.DEMO_RP_PORT || '8081';
/** The second demo entry, "Bulletin sanitaire (démo)" (BASIC), served by the same demo process. */
const DEMO_RP_BULLETIN_PORT = process.env.DEMO_RP_BULLETIN_PORT || '8082';
const SESAME_PORT = process.env.PORT || '8080';

/**
 * `npm run dev -- --phone`: Sésame reachable from a phone on the same network, as the app needs
 * (camera, service worker and push only work in a secure context): HTTPS with a certificate
 * generated for this machine's addresses, listening on every interface, its public URL on the
 * first local address. The demo app trusts that certificate for its back-channel calls.
 */
const PHONE = process.argv.includes('--phone');
const PHONE_ADDRESS = PHONE ? (localAddresses()[0] ?? 'localhost') : 'localhost';
const SESAME_URL =
  process.env.SESAME_PUBLIC_URL ||
  (PHONE ? `https://${PHONE_ADDRESS}:${SESAME_PORT}` : `http://localhost:${SESAME_PORT}`);
const DEV_CERT_FILE = join(DEV_CERTIFICATE_DIR, 'sesame-dev.cert.pem');
// The public URL follows PORT too, so that every address printed is the one that answers. The
// server only reads the certificate files (tools/dev-certificate.ts generates them).
const PHONE_ENV: Record<string, string> = PHONE
  ? {
      SESAME_TLS_CERT_FILE: DEV_CERT_FILE,
      SESAME_TLS_KEY_FILE: join(DEV_CERTIFICATE_DIR, 'sesame-dev.key.pem'),
      HOST: process.env.HOST || '0.0.0.0',
      SESAME_PUBLIC_URL: SESAME_URL,
    }
  : { SESAME_PUBLIC_URL: SESAME_URL };

export const PROGRAMS: Program[] = [
  {
    name: 'sesame',
    script: 'apps/server/src/main.ts',
    env: {
      SESAME_DEMO_ACCOUNTS: 'true',
      SESAME_DEV_PAGES: 'true',
      SESAME_RELYING_APPS: process.env.SESAME_RELYING_APPS || 'config/demo-relying-apps.json',
      ...PHONE_ENV,
    },
  },
  {
    name: 'demo-rp',
    script: 'apps/demo-rp/src/main.ts',
    env: {
      DEMO_RP_PORT,
      DEMO_RP_BULLETIN_PORT,
      SESAME_URL,
      ...(PHONE ? { NODE_EXTRA_CA_CERTS: DEV_CERT_FILE } : {}),
    },
  },
];

/**
 * Copies each line of `from` to `to`, prefixed with the program's name padded to `width`;
 * `onLine` sees each line after it is written.
 */
export function prefixLines(
  from: Readable,
  to: Writable,
  name: string,
  width: number,
  onLine: (line: string) => void = () => {},
): void {
  const prefix = `[${name}]`.padEnd(width + 2);
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    to.write(`${prefix} ${line}\n`);
    onLine(line);
  });
}

/** Fastify's line once a server accepts connections. */
const LISTENING = /Server listening at /;

async function main() {
  // The certificate must exist before the servers start: Node reads NODE_EXTRA_CA_CERTS once.
  if (PHONE) {
    const certificate = await devCertificate(SESAME_URL);
    if (certificate.generated) {
      const names = certificate.addresses.join(', ') || 'no network address';
      process.stdout.write(`HTTPS certificate generated for this machine (${names}): ${certificate.certFile}\n`);
      process.stdout.write('Install it as trusted on the phone (docs/operators/running.md, "On a phone").\n');
    }
  }
  const width = Math.max(...PROGRAMS.map((p) => p.name.length));
  const children = new Map<string, ChildProcess>();
  let exitCode: number | null = null;
  let stopping = false;

  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const child of children.values()) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };

  for (const program of PROGRAMS) {
    const child = spawn(process.execPath, ['--import', 'tsx', program.script], {
      env: { ...process.env, ...program.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.set(program.name, child);
    // The addresses are printed once Sésame listens, after its start-up warnings, where they are seen.
    prefixLines(child.stdout!, process.stdout, program.name, width, (line) => {
      if (program.name === 'sesame' && LISTENING.test(line)) void printBanner();
    });
    prefixLines(child.stderr!, process.stderr, program.name, width);
    child.on('exit', (code, signal) => {
      children.delete(program.name);
      if (!stopping) {
        console.error(`[dev] ${program.name} stopped (${signal ?? `exit code ${code}`}): stopping the others.`);
        exitCode = code ?? 1;
        stopAll('SIGTERM');
      }
      if (children.size === 0) process.exit(exitCode ?? 0);
    });
  }

  // Ctrl+C reaches the children too (same process group); forwarding is for `kill <launcher pid>`.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal));

  process.stdout.write(`\n  Starting Sésame and the demo apps TRACES NT (démo) and Bulletin sanitaire (démo)…\n\n`);
}

let bannerPrinted = false;
async function printBanner() {
  if (bannerPrinted) return;
  bannerPrinted = true;
  process.stdout.write(
    startBanner({ sesameUrl: SESAME_URL, demoRpPort: DEMO_RP_PORT, bulletinPort: DEMO_RP_BULLETIN_PORT, phone: PHONE }),
  );
  // On a phone, the address is scanned rather than typed; only a terminal shows the QR code.
  if (PHONE && process.stdout.isTTY) process.stdout.write(`${await terminalQr(`${SESAME_URL}/app/`)}\n`);
}

/**
 * The lines `npm run dev` (and `npm run quickstart`) prints first (issue 11, "Done when": the
 * README's first command shows the app's address and how to open it on a phone): where each
 * program is, the Sésame app's address, and how to reach it from a phone. Pure, for the test.
 */
export function startBanner(options: {
  sesameUrl: string;
  demoRpPort: string;
  /** "Bulletin sanitaire (démo)"'s port; '0' when it is not started. */
  bulletinPort?: string;
  phone: boolean;
}): string {
  const { sesameUrl, demoRpPort, phone } = options;
  const bulletinPort = options.bulletinPort ?? '8082';
  const lines = [
    '',
    `  Sésame (the portal):         ${sesameUrl}/login`,
    // The two demo entries (issue 11 point 4; docs/adr/0019): what each one requires.
    `  The demo app TRACES NT:      http://localhost:${demoRpPort}/   (level MEDIUM: the Sésame app)`,
    ...(bulletinPort === '0'
      ? []
      : [`  Bulletin sanitaire (démo):   http://localhost:${bulletinPort}/   (level BASIC: a password)`]),
    `  The Sésame app:              ${sesameUrl}/app/`,
    phone
      ? '  On a phone on this network:  scan the QR code below (or type the address above); trust'
      : '  On a phone on this network:  npm run dev -- --phone',
    phone
      ? '                               data/tls/sesame-dev.cert.pem first: docs/operators/running.md'
      : '                               (HTTPS for the camera; docs/operators/running.md)',
    `  Mails sent (dev outbox):     ${sesameUrl}/dev/outbox`,
    '  Stop them all with Ctrl+C.',
    '',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A QR code of `text` drawn with half-block characters, the light modules as blocks (a terminal
 * draws light text on a dark background), with the server's own encoder (`qr`) and its level M.
 */
export async function terminalQr(text: string): Promise<string> {
  return encodeQR(text, 'ascii', { ecc: 'medium', border: 4 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
