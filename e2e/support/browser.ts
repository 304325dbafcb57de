import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded build): `CHROMIUM_PATH` may point elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches Chromium headless, with `extraArgs` after the usual flags (a fake camera, say). A
 * missing executable is an error, not a skip: the end-to-end tests are the proof that the portal
 * works in a browser, and a silently skipped proof is none.
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The e2e tests need it: install Debian's chromium: apt-get install -y chromium ` +
        '(or set CHROMIUM_PATH to a Chromium executable).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, read once. */
const AXE_SOURCE = readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * Runs axe-core on the page (WCAG 2.1 A and AA rules) and fails listing every violation.
 *
 * Injection: the portal sends a strict CSP (`script-src 'nonce-…' 'strict-dynamic'`), so
 * `page.addScriptTag` (an inline or /node_modules script without the nonce) is refused. We do
 * NOT use a context with `bypassCSP: true`: that would test a page without its real CSP, and
 * hide a script or style the CSP blocks (e.g. the password toggle of sesame.js not appearing).
 * Instead the source is evaluated with `page.evaluate`, which goes through the DevTools
 * protocol (Runtime.evaluate) and is not subject to the page's CSP — how @axe-core/playwright
 * does it too. The page keeps its real CSP, and axe sees exactly what a visitor sees.
 */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags: string[]) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  if (violations.length === 0) return;
  const report = violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help} <${v.helpUrl}>\n` +
        v.nodes
          .map((n) => `    at ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
  throw new Error(`axe-core: ${violations.length} WCAG 2.1 A/AA violation(s) on ${label}:\n${report}`);
}

const IMAGES_DIR = fileURLToPath(new URL('../../docs/images/', import.meta.url));
export const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

/** With UPDATE_SCREENSHOTS=1, saves a full-page PNG to docs/images/<name>.png; otherwise nothing. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!UPDATE_SCREENSHOTS) return;
  await mkdir(IMAGES_DIR, { recursive: true });
  await page.screenshot({
    path: join(IMAGES_DIR, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}

/**
 * Console errors (a CSP violation shows up there) and uncaught page errors of a page, each with
 * the page's address. Chromium logs every 4xx response ("Failed to load resource"): a form
 * re-rendered with its error is a 400, so those are expected and left out.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/**
 * Chromium for one test file, launched in `beforeAll`. A launch failure is kept and thrown by
 * `get()`, so every test FAILS with the reason: an error thrown in `beforeAll` would only skip
 * them, and CI must never pass without a browser.
 */
export function chromiumForFile() {
  let instance: Browser | undefined;
  let failure: unknown;
  return {
    /** True when Chromium started. `extraArgs` are more command-line flags (e.g. a fake camera). */
    async launch(extraArgs: readonly string[] = []): Promise<boolean> {
      try {
        instance = await launchChromium(extraArgs);
        return true;
      } catch (error) {
        failure = error;
        return false;
      }
    },
    get(): Browser {
      if (!instance) throw failure;
      return instance;
    },
    async close(): Promise<void> {
      await instance?.close();
    },
  };
}

/** Waits for a heading; when it does not come, fails saying which page came instead. */
export async function waitForHeading(page: Page, name: string, level: 1 | 2 = 1): Promise<void> {
  try {
    await page.getByRole('heading', { level, name, exact: true }).waitFor();
  } catch (error) {
    const h1 = await page
      .locator('h1')
      .first()
      .innerText({ timeout: 1000 })
      .catch(() => '(none)');
    const alert = await page
      .locator('[role=alert]')
      .first()
      .innerText({ timeout: 1000 })
      .catch(() => '(none)');
    throw new Error(`expected the heading "${name}" on ${page.url()}, got the page "${h1}", alert: ${alert}`, {
      cause: error,
    });
  }
}
