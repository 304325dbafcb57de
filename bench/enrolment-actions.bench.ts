/**
 * The agent's enrolment (issue 11: "in at most 10 actions and 2 minutes"), counted and timed: the
 * journey of e2e/agent-journey.test.ts (e2e/support/agent-journey.ts, the same code) walked in
 * French and in English against a stack this bench starts — Sésame with real SMTP and "TRACES NT
 * (démo)" in process (e2e/support/demo-stack.ts), Chromium for the computer and a Chromium of its
 * own for each phone, whose fake camera films the portal's QR code. For each language it prints
 * the enrolment's actions (e2e/support/action-count.ts says what one action is), then
 *
 *   enrolment actions: N (target ≤ 10) · machine time: T s (target ≤ 120 s for a person)
 *
 * and the product changes of issue 11 still missing, each an extra action it walked. Machine time
 * is what the computer and the phone took (pages, scans, the server), without the person's
 * reading and thinking: the 2 minutes are the person's, this is the part they cannot shorten.
 *
 *   npm run bench:enrolment    (CHROMIUM_PATH, /usr/bin/chromium by default)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionRecorder } from '../e2e/support/action-count';
import {
  enrolmentFigure,
  journeyPerson,
  missingChangesMessage,
  PHASES,
  walkAgentJourney,
  type Locale,
} from '../e2e/support/agent-journey';
import { launchChromium } from '../e2e/support/browser';
import { startDemoStack } from '../e2e/support/demo-stack';
import { writeFakeCamera } from '../e2e/support/fake-camera';
import { blankFrame, ensureAppBuilt, launchPhone } from '../e2e/support/pwa';
import { cleanUp, cleanUpOnSignals, cleanups } from './support/clean-ups';

const LOCALES: readonly Locale[] = ['fr', 'en'];

cleanUpOnSignals();
const started = performance.now();
const figures: string[] = [];
try {
  await ensureAppBuilt();
  const cameras = await mkdtemp(join(tmpdir(), 'sesame-bench-enrolment-'));
  cleanups.push(() => rm(cameras, { recursive: true, force: true }));
  const stack = await startDemoStack();
  cleanups.push(() => stack.stop());
  const computers = await launchChromium();
  cleanups.push(() => computers.close());
  console.log(`Sésame ${stack.sesame.baseUrl}, TRACES NT (démo) ${stack.rp.url}, Chromium ${computers.version()}\n`);

  for (const locale of LOCALES) {
    const camera = join(cameras, `phone-${locale}.y4m`);
    await writeFakeCamera(camera, blankFrame());
    const phone = await launchPhone({ baseUrl: stack.sesame.baseUrl, locale, camera });
    const context = await computers.newContext({
      viewport: { width: 1280, height: 800 },
      locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
    });
    try {
      const computer = await context.newPage();
      computer.setDefaultTimeout(15_000);
      const recorder = new ActionRecorder(locale);
      const result = await walkAgentJourney({
        stack,
        locale,
        computer,
        phone,
        camera,
        ...journeyPerson(locale),
        recorder,
      });
      for (const phase of recorder.phases()) if (phase !== PHASES.enrolment) console.log(recorder.summary(phase));
      recorder.print(PHASES.enrolment);
      if (result.missing.length > 0)
        console.log(`${missingChangesMessage(result.missing, recorder.count(PHASES.enrolment))}\n`);
      figures.push(`${locale}: ${enrolmentFigure(recorder)}`);
    } finally {
      await context.close();
      await phone.close();
    }
  }
  console.log(figures.join('\n'));
  console.log(`${((performance.now() - started) / 1000).toFixed(0)} s in all.`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
