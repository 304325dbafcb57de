import { format } from '../../i18n/format-message';
import { PushWaitPage, type PushWaitState } from './push-wait-page';

/**
 * "Sésame app with PIN code", design §4 step 3 (the instruction's annex step 13): the number to
 * pick in the app, what to do there, and a live wait. `sign-in-app.js` follows the request's
 * verdict on the event stream and continues by itself; without JavaScript the button does.
 */
export function SignInAppPage({
  shown,
  deviceNames,
  ...wait
}: PushWaitState & {
  /** The number to pick in the app (number matching). */
  shown: number;
  deviceNames: string[];
}) {
  const a = wait.ctx.m.signInApp;
  return (
    <PushWaitPage
      {...wait}
      text={a}
      actions={{ events: '/login/app/events', continue: '/login/app', resend: '/login/app/resend' }}
      script="/static/sign-in-app.js"
      intro={<p>{format(a.intro, { devices: deviceNames.join(', ') })}</p>}
      beforeSteps={
        <p class="number-match">
          <span class="number-match__label" id="number-label">
            {a.numberLabel}
          </span>
          <strong class="number-match__number" aria-labelledby="number-label" data-testid="number-match">
            {shown}
          </strong>
        </p>
      }
      passwordLink={a.otherMethod}
    />
  );
}
