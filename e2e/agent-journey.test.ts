import { describe, expect, it } from 'vitest';
import { format } from '@sesame/server';
import { ActionRecorder } from './support/action-count';
import {
  ENROLMENT_TARGET_ACTIONS,
  missingChangesMessage,
  PHASES,
  walkAgentJourney,
  journeyPerson,
  type ProductChange,
} from './support/agent-journey';
import { expectNoAxeViolations } from './support/browser';
import { demo, useDemoStackWithPhones } from './support/phone-and-computer';
import { appErrors } from './support/pwa';

/**
 * Issue 11, "Done when": in French and in English, from the registration mail to a MEDIUM
 * sign-in into "TRACES NT (démo)", starting from a phone whose browser does not know the app's
 * address, printing the number of user actions of the enrolment (≤ 10). The journey itself is
 * e2e/support/agent-journey.ts (the bench `npm run bench:enrolment` walks the same one); every
 * page it reaches, on the computer and in the app, passes axe-core (WCAG 2.1 A/AA).
 *
 * How actions are counted (e2e/support/action-count.ts): a click or tap, a field filled (all its
 * keystrokes), a choice, a box ticked, a PIN on the keypad, a scan, an opened mail link — one
 * each; what the machines do by themselves is none. The enrolment is the target path's 10:
 *   phone    1 open the app (its own camera scans the QR code of My account) · 2 Initialize ·
 *            3 Continue
 *   computer 4 Add a mobile device (on My account) · device name as proposed: 0 · 5 PIN ·
 *            6 confirm PIN · 7 Submit
 *   phone    8 scan the enrolment QR code · 9 PIN on the keypad (checked at the 4th digit) ·
 *            10 Accept (the app returns to Home by itself; the computer's page moves on)
 * The account request and the registration (mail link, password, confirmation, submit) and the
 * day's sign-in are printed apart, not in the enrolment's figure.
 *
 * Where the product still has an extra tap around those steps, the journey does it (counted) and
 * the test FAILS naming each missing change, after printing the count. JOURNEY_ALLOW_CURRENT=1
 * accepts the product as it is and checks the rest: the instrument checked against today's product.
 */

const allowCurrent = process.env.JOURNEY_ALLOW_CURRENT === '1';
/** Extra taps of a product without the change, outside the enrolment's phase. */
const OUTSIDE_ENROLMENT: readonly ProductChange[] = ['signedInAfterRegistration'];

const run = useDemoStackWithPhones('journey');

describe.each(['fr', 'en'] as const)('the agent’s journey, from the registration mail to TRACES NT (%s)', (locale) => {
  const d = demo[locale];

  it(`${locale}: enrols the app in ≤ ${ENROLMENT_TARGET_ACTIONS} actions, then signs in at MEDIUM with it`, async () => {
    const { phone, camera, computer } = await run.phoneAndComputer(locale);
    const recorder = new ActionRecorder(locale);
    let printed = false;
    try {
      const result = await walkAgentJourney({
        stack: run.stack,
        locale,
        computer: computer.page,
        phone,
        camera,
        ...journeyPerson(locale),
        recorder,
        check: expectNoAxeViolations,
      });

      for (const phase of recorder.phases()) {
        if (phase !== PHASES.enrolment) recorder.print(phase);
      }
      const summary = recorder.print(PHASES.enrolment, ENROLMENT_TARGET_ACTIONS);
      printed = true;
      const count = recorder.count(PHASES.enrolment);

      // The instrument: 10 actions on the target path, one more for each extra tap walked.
      const extraTaps = result.missing.filter((change) => !OUTSIDE_ENROLMENT.includes(change)).length;
      expect(count, summary).toBe(ENROLMENT_TARGET_ACTIONS + extraTaps);
      expect(recorder.phases().includes(PHASES.signIn)).toBe(result.missing.includes('signedInAfterRegistration'));
      // Registration: the mail's link, the password, its confirmation, the button.
      expect(recorder.count(PHASES.registration)).toBe(4);

      // TRACES NT (démo) received a MEDIUM sign-in with the app, by the device just enrolled.
      expect(result.demo.uid).toBe(result.userId);
      expect(result.demo.level).toBe(`MEDIUM — ${d.levels.MEDIUM}`);
      expect(result.demo.strengths).toContain(`PASSWORD_MOBILE_APP — ${d.strengths.PASSWORD_MOBILE_APP}`);
      expect(result.demo.factors).toContain(format(d.factors.mobileDevice, { value: result.deviceName }));

      expect(computer.errors, 'console errors or CSP violations on the computer').toEqual([]);
      expect(appErrors(phone.errors), 'console errors or CSP violations in the app').toEqual([]);

      // The target: ≤ 10, every extra tap gone (the count above is then exactly 10).
      if (result.missing.length > 0) {
        const message = missingChangesMessage(result.missing, count);
        if (!allowCurrent)
          throw new Error(`${message}\nJOURNEY_ALLOW_CURRENT=1 accepts the current product (its count still printed).`);
        console.log(`${locale}: ${message}`);
      }
      expect(count <= ENROLMENT_TARGET_ACTIONS || allowCurrent, summary).toBe(true);
    } catch (error) {
      // What was walked before the failure, to see where it stopped.
      if (!printed) for (const phase of recorder.phases()) console.log(recorder.table(phase));
      throw error;
    } finally {
      await phone.close();
      await computer.context.close();
    }
  }, 300_000);
});
