/**
 * "Sésame app with QR code" (issue #5), both ends of the typed code:
 *
 * 1. The app: in Chromium, authenticator-core's `Authenticator.offlineCode(qrText, pin)` on the
 *    PWA's IndexedDB store — from "PIN submitted" to "code shown": the server's signature on the
 *    QR checked, the secret unsealed with the PIN (PBKDF2-SHA256, PIN_KDF_ITERATIONS + AES-CTR), the OCRA
 *    code computed — without throttling and under DevTools' 4× CPU throttling, same page, same
 *    run. Goal: < 50 ms at p50 and p95 under 4×. Each step alone next to it, and a pure-JS probe
 *    that shows how much the throttling really slows the page's main thread.
 * 2. The server: core's verifyOfflineCode on the server's own pieces (SQLite, the in-memory
 *    ephemeral store, the device-secret vault), right and wrong codes, next to a bare HMAC-SHA256
 *    and a bare OCRA verification; then POST /login/qr against a server in its own process.
 *
 *   npm run bench:offline
 *   BENCH_CODES (50) codes per throttling rate; BENCH_VERIFICATIONS (1000) right and as many
 *   wrong codes in process; BENCH_HTTP_ACCOUNTS (50: 4 sign-ins each) and BENCH_CONCURRENCY (8)
 *   over HTTP, BENCH_HTTP=0 to skip it. CHROMIUM_PATH (/usr/bin/chromium).
 */
import { measureInChromium } from './support/offline-code-browser';
import type { PageSamples } from './support/offline-code-page';
import { measureOverHttp } from './support/offline-verify-http';
import { measureInProcess, type Rate } from './support/offline-verify-in-process';

const codes = Number(process.env.BENCH_CODES ?? 50);
const verifications = Number(process.env.BENCH_VERIFICATIONS ?? 1000);
const httpAccounts = Number(process.env.BENCH_HTTP_ACCOUNTS ?? 50);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const withHttp = process.env.BENCH_HTTP !== '0';
const THROTTLE = 4;
const GOAL_MS = 50;
/** Codes made before each measured block, not counted (JIT, IndexedDB's first reads, the new rate settling). */
const WARM_UP = 2;

interface Summary {
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles. */
function summary(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { p50: rank(50), p95: rank(95), max: sorted.at(-1) ?? Number.NaN };
}

const ms = (x: number) => x.toFixed(1);
const int = (x: number) => Math.round(x).toLocaleString('en-GB').replace(/,/g, ' ');
const started = performance.now();

// 1. The app, in Chromium.
const run = await measureInChromium([1, THROTTLE], codes, WARM_UP);
const base = run.byRate.get(1)!;
const slow = run.byRate.get(THROTTLE)!;
const steps: Array<[string, keyof Omit<PageSamples, 'rejected'>]> = [
  ['offlineCode(qrText, PIN): PIN submitted → code', 'offlineCode'],
  ['  … + code written in the page + next frame', 'offlineCodePainted'],
  ['  step alone: read the account (IndexedDB)', 'storeRead'],
  [`  step alone: unseal (PBKDF2 ${int(run.iterations)} + AES-CTR)`, 'unseal'],
  ['  step alone: QR signature (ES256)', 'qrSignature'],
  ['  step alone: OCRA code (HMAC-SHA256)', 'ocra'],
  ['probe: fixed plain-JS loop, main thread', 'jsProbe'],
];
const table: Record<string, Record<string, string>> = {};
for (const [label, key] of steps) {
  const a = summary(base[key]);
  const b = summary(slow[key]);
  table[label] = {
    'p50 ms': ms(a.p50),
    'p95 ms': ms(a.p95),
    'max ms': ms(a.max),
    [`${THROTTLE}× p50 ms`]: ms(b.p50),
    [`${THROTTLE}× p95 ms`]: ms(b.p95),
    [`${THROTTLE}× max ms`]: ms(b.max),
    [`${THROTTLE}×/1× p50`]: (b.p50 / a.p50).toFixed(1),
  };
}
console.log(
  `1. App side — Chromium ${run.chromium}, headless, the PWA's IndexedDB store; ${codes} codes per series (fresh QR challenges signed by the server key the account holds, each code checked by the server: ${base.rejected + slow.rejected} refused), in 5 blocks alternating the rates, each after ${WARM_UP} unmeasured codes; no throttling and Emulation.setCPUThrottlingRate ${THROTTLE}, same page.`,
);
console.table(table);
const code1 = summary(base.offlineCode);
const code4 = summary(slow.offlineCode);
const met = (s: Summary) => (s.p50 < GOAL_MS && s.p95 < GOAL_MS ? 'MET' : 'NOT MET');
const mainThread = summary(slow.jsProbe).p50 / summary(base.jsProbe).p50;
const cryptoThread = summary(slow.unseal).p50 / summary(base.unseal).p50;
console.log(
  `Goal < ${GOAL_MS} ms at p50 and p95 under ${THROTTLE}× throttling: ${met(code4)} as measured (p50 ${ms(code4.p50)}, p95 ${ms(code4.p95)} ms).`,
);
console.log(
  `But DevTools' throttling slowed the main thread ${mainThread.toFixed(1)}× (JS probe) and the PIN unsealing only ${cryptoThread.toFixed(1)}×: Chromium runs Web Crypto off the main thread, where it is not throttled, and PBKDF2 is most of the time. On a CPU ${THROTTLE}× slower in every thread, ≈ ${THROTTLE} × the unthrottled figure: p50 ${ms(THROTTLE * code1.p50)}, p95 ${ms(THROTTLE * code1.p95)} ms — goal ${met({ p50: THROTTLE * code1.p50, p95: THROTTLE * code1.p95, max: 0 })}.`,
);

// 2. The server, in process.
const inProcess = await measureInProcess(verifications);
const rateRow = (r: Rate) => ({
  'ops/s': int(r.opsPerSecond),
  'µs/op': r.usPerOp.toFixed(1),
  'CPU µs/op': r.cpuUsPerOp.toFixed(1),
  n: String(r.count),
});
console.log(
  `\n2. Server side, in process — core's verifyOfflineCode, SQLite file + in-memory ephemeral store + the server's device-secret vault; ${inProcess.users} users with one enrolled device each, one challenge per code made beforehand (not measured); one verification at a time; each wrong code (a wrong PIN in the app) counts a failure, the right one then takes the challenge and resets the count. CPU µs/op: this process, Web Crypto's threads included.`,
);
console.table({
  'baseline: HMAC-SHA256 (node:crypto)': rateRow(inProcess.baselines.hmacNode),
  'baseline: HMAC-SHA256 (Web Crypto)': rateRow(inProcess.baselines.hmacWebCrypto),
  'baseline: verifyOcra, window of 4 minutes': rateRow(inProcess.baselines.verifyOcra),
  'baseline: vault open + verifyOcra': rateRow(inProcess.baselines.vaultAndOcra),
  'verifyOfflineCode, right code': rateRow(inProcess.right),
  'verifyOfflineCode, wrong code': rateRow(inProcess.wrong),
});

// 3. The server, over HTTP.
if (withHttp) {
  const http = await measureOverHttp(httpAccounts, concurrency, 40);
  const httpRow = (r: typeof http.health) => ({
    'requests/s': int(r.perSecond),
    'server CPU ms/request': r.serverCpuMsPerRequest.toFixed(2),
    n: String(r.count),
  });
  console.log(
    `\n3. Server side, over HTTP — POST /login/qr to a server in its own process (SQLite, in-memory ephemeral store), ${http.concurrency} keep-alive clients; ${http.accounts} accounts, each with an app enrolled through the portal, ${http.right.count} browsers at the "QR code" step (password signed in, QR read from the page's image, code from authenticator-core: not measured). Wrong codes first (401 and the page again, QR image included; 4 per device, none blocked), then the right ones (303, session opened). Server CPU from /proc/<pid>/stat.`,
  );
  console.table({
    'baseline: GET /health': httpRow(http.health),
    'POST /login/qr, wrong code': httpRow(http.wrong),
    'POST /login/qr, right code': httpRow(http.right),
  });
}
console.log(`${((performance.now() - started) / 1000).toFixed(0)} s in all.`);
