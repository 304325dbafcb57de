import { PushWaitPage, type PushWaitState } from './push-wait-page';

/**
 * "On mobile" (design §5; docs/adr/0007): on the phone that holds the Sésame app, a link opens
 * the app on the request; this page waits. `sign-in-mobile.js` follows the request's verdict on
 * the event stream, and looks again when the tab comes back to the front (phones suspend
 * background tabs); without JavaScript the button continues. The page is the same for every
 * address, known or not: it shows no device name.
 */
export function SignInMobilePage({
  appLink,
  ...wait
}: PushWaitState & {
  /** `/app/#/pending?…` (login/mobile-sign-in.ts). */
  appLink: string;
}) {
  const t = wait.ctx.m.signInMobile;
  return (
    <PushWaitPage
      {...wait}
      text={t}
      actions={{ events: '/login/mobile/events', continue: '/login/mobile/continue', resend: '/login/mobile' }}
      script="/static/sign-in-mobile.js"
      afterSteps={
        <p>
          {/* A new tab (or the installed app): this one keeps waiting for the verdict. */}
          <a class="button" href={appLink} target="_blank" rel="noopener" data-testid="open-app">
            {t.openApp}
          </a>
        </p>
      }
      continueSecondary
      passwordLink={t.usePassword}
    />
  );
}
