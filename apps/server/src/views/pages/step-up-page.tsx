import type { AuthenticationRequirement, LevelGap } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * The application asks for more than the session reached (issue 11 point 3; docs/adr/0019): say
 * what it needs and offer the one next step that gets there — confirm with the app, set it up now,
 * recover a lost phone, or (HIGH) the way back. Never the app for a level it cannot reach.
 */
export function StepUpPage(props: {
  ctx: ViewContext;
  appName: string;
  requirement: AuthenticationRequirement;
  gap: LevelGap;
  backHref?: string | undefined;
}) {
  const { m } = props.ctx;
  const s = m.levelGap;
  // The level's name as applications and the instruction say it ("MEDIUM"), as in the demo app.
  const level = props.requirement.minimumLevel;
  const app = props.appName;
  const asks =
    props.gap === 'not-offered' ||
    props.gap === 'confirm-with-code' ||
    props.gap === 'confirm-with-key' ||
    props.gap === 'confirm-with-sms'
      ? s.asksLevel
      : s.asksApp;
  return (
    <Layout ctx={props.ctx} title={m.stepUp.title}>
      <h1>{m.stepUp.title}</h1>
      <div class="notice notice--info" role="status">
        {format(asks, { app, level })}
      </div>
      {props.gap === 'confirm-with-app' && (
        <>
          <p>{s.confirmBody}</p>
          <Form ctx={props.ctx} action="/login/step-up">
            <Actions>
              <button type="submit" class="button">
                {s.confirm}
              </button>
            </Actions>
          </Form>
        </>
      )}
      {props.gap === 'confirm-with-code' && (
        <>
          <p>{s.codeBody}</p>
          <Actions>
            <a class="button" href="/login/password?method=PASSWORD_TOTP">
              {s.confirmCode}
            </a>
          </Actions>
        </>
      )}
      {props.gap === 'confirm-with-key' && (
        <>
          <p>{s.keyBody}</p>
          <Actions>
            <a class="button" href="/login/password?method=PASSWORD_WEBAUTHN">
              {s.confirmKey}
            </a>
          </Actions>
        </>
      )}
      {props.gap === 'confirm-with-sms' && (
        <>
          <p>{s.smsBody}</p>
          <Actions>
            <a class="button" href="/login/password?method=PASSWORD_SMS">
              {s.confirmSms}
            </a>
          </Actions>
        </>
      )}
      {props.gap === 'set-up-app' && (
        <>
          <p>{format(s.setUpBody, { app })}</p>
          <Actions>
            <a class="button" href="/account/devices/new">
              {s.setUp}
            </a>
          </Actions>
        </>
      )}
      {props.gap === 'device-lost' && (
        <>
          <p>{s.lostBody}</p>
          <Actions>
            <a class="button" href="/account/recovery">
              {m.recovery.link}
            </a>
          </Actions>
        </>
      )}
      {props.gap === 'not-offered' && <p>{s.notOfferedBody}</p>}
      {(props.gap === 'device-lost' || props.gap === 'not-offered') && (
        <p>
          {s.support} <a href="/contact">{m.organisation.contact}</a>
        </p>
      )}
      {props.backHref && (
        <p class="aside">
          <a href={props.backHref}>{format(m.stepUp.back, { app })}</a>
        </p>
      )}
      <p class="aside">
        <a href="/account">{m.stepUp.setUp}</a>
      </p>
    </Layout>
  );
}
