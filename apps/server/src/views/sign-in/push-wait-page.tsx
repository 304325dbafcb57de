import { intlTag } from '@sesame/protocol';
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/format-message';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { dateTimeFormat } from '../../i18n/date-time-format';

/** The words every push wait has, from its own part of the catalogue (`signInApp`, `signInMobile`). */
export interface PushWaitText {
  title: string;
  steps: readonly string[];
  expires: string;
  waiting: string;
  continue: string;
  resend: string;
}

/** Where a push's wait stands: what the method's own page passes on as it is. */
export interface PushWaitState {
  ctx: ViewContext;
  expiresAt: Date;
  /** The expiry as the page says it, when given: instead of formatting `expiresAt` (page templates). */
  expiresTime?: string;
  /** Said above everything else: "not confirmed yet", "expired"… */
  notice?: string;
  expired?: boolean;
}

/**
 * The page that waits for the app's verdict on a push ("PIN code" and "On mobile", design §5):
 * the steps, the request's expiry, the live wait on `events` (the page's script follows it and
 * continues by itself; without JavaScript the button does), "Send a new request", and a way back
 * to the password page. Each method puts its own pieces around the steps.
 */
export function PushWaitPage(
  props: PushWaitState & {
    text: PushWaitText;
    /** The method's routes: its verdict event stream, its continuation and its new request. */
    actions: { events: string; continue: string; resend: string };
    /** The method's script under /static/, which follows the event stream. */
    script: string;
    /** Shown whether the request is valid or expired. */
    intro?: ComponentChildren;
    /** Shown above and below the steps while the request is valid. */
    beforeSteps?: ComponentChildren;
    afterSteps?: ComponentChildren;
    /** The continue button is the page's main action unless another one is (the link to the app). */
    continueSecondary?: boolean;
    /** The text of the link back to the password page. */
    passwordLink: string;
  },
) {
  const { text, actions } = props;
  const time = dateTimeFormat(intlTag(props.ctx.locale), { timeStyle: 'medium' });
  return (
    <Layout ctx={props.ctx} title={text.title}>
      <h1>{text.title}</h1>
      {props.notice && (
        <div class="notice notice--error" role="alert">
          {props.notice}
        </div>
      )}
      {props.intro}
      {!props.expired && (
        <>
          {props.beforeSteps}
          <ol>
            {text.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {props.afterSteps}
          <p>{format(text.expires, { time: props.expiresTime ?? time.format(props.expiresAt) })}</p>
          <p role="status" data-verdict-events={actions.events}>
            {text.waiting}
          </p>
          <Form ctx={props.ctx} action={actions.continue}>
            <Actions>
              <button
                type="submit"
                class={props.continueSecondary ? 'button button--secondary' : 'button'}
                data-continue
              >
                {text.continue}
              </button>
            </Actions>
          </Form>
        </>
      )}
      <Form ctx={props.ctx} action={actions.resend}>
        <Actions>
          <button type="submit" class={props.expired ? 'button' : 'button button--secondary'}>
            {text.resend}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        <a href="/login/choose">{props.passwordLink}</a>
      </p>
      <script src={props.script} nonce={props.ctx.nonce} defer />
    </Layout>
  );
}

/** The push ended without an approval: what happened and what to do next. */
export function PushEndedPage(props: { ctx: ViewContext; title: string; message: string; signInAgain: string }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1>{props.title}</h1>
      <div class="notice notice--error" role="alert">
        {props.message}
      </div>
      <Notice kind="info">
        <a href="/login/password">{props.signInAgain}</a>
      </Notice>
    </Layout>
  );
}
