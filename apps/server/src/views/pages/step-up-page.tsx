import { setUpAlternatives, type AuthenticationRequirement, type LevelGap } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * The application asks for more than the session reached (issue 11 point 3; docs/adr/0019): say
 * what it needs and offer the one next step that gets there — confirm with the app, set it up now,
 * recover a lost phone, or (HIGH) the certified key that gives it. Never the app for a level it
 * cannot reach; always a way back to the application (CAS: its service; OIDC: an error it hears).
 */
export function StepUpPage(props: {
  ctx: ViewContext;
  appName: string;
  requirement: AuthenticationRequirement;
  gap: LevelGap;
  /** What the session holds: the page says what it was signed in with (docs/adr/0034 §5). */
  sessionStrengths: readonly Strength[];
  backHref?: string | undefined;
  /**
   * OpenID Connect: where "back to the application" posts, so that the application hears
   * `unmet_authentication_requirements` rather than nothing (docs/adr/0043 §3).
   */
  backAction?: string | undefined;
  /**
   * The account's linked eIDs that reach the level (docs/adr/0053 §2), each offered as "Sign in
   * with your eID (<provider>)" beside the other ways: a POST to `/login/step-up/eid`.
   */
  eids?: readonly { readonly id: string; readonly label: string }[];
  /** Why the last step-up was refused (an eID not this account's), above everything. */
  error?: string | undefined;
}) {
  const { m } = props.ctx;
  const s = m.levelGap;
  const opening = signedInWith(props.ctx, props.sessionStrengths, props.appName);
  // The level's name as applications and the instruction say it ("MEDIUM"), as in the demo app.
  const level = props.requirement.minimumLevel;
  const app = props.appName;
  // Where the page offers to confirm with the app or set it up, the notice names every factor the
  // application accepts after the password — the app, and the key and authenticator app the page
  // also offers (setUpAlternatives) — never "the Sésame app" alone (docs/adr/0050 §2).
  const eids = props.eids ?? [];
  // The eID is not "your password, then …": it is named after the factors, on its own (docs/adr/0053 §2).
  const eidNames = new Intl.ListFormat(props.ctx.locale, { type: 'disjunction' }).format(eids.map((e) => e.label));
  const factorsAsked = props.gap === 'confirm-with-app' || props.gap === 'set-up-app';
  const asks = factorsAsked
    ? format(eids.length > 0 ? s.asksFactorsOrEid : s.asksFactors, {
        app,
        level,
        factors: acceptedFactors(props.ctx, props.requirement),
        provider: eidNames,
      })
    : format(s.asksLevel, { app, level });
  return (
    <Layout ctx={props.ctx} title={m.stepUp.title}>
      <h1>{m.stepUp.title}</h1>
      {props.error && (
        <div class="notice notice--error" role="alert">
          {props.error}
        </div>
      )}
      <div class="notice notice--info" role="status">
        {asks}
      </div>
      {props.gap === 'confirm-with-app' && (
        <>
          <p>
            {opening} {s.confirmBody}
          </p>
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
          <p>
            {opening} {s.codeBody}
          </p>
          <StepUpWith ctx={props.ctx} method="PASSWORD_TOTP" label={s.confirmCode} />
        </>
      )}
      {props.gap === 'confirm-with-key' && (
        <>
          <p>
            {opening} {s.keyBody}
          </p>
          <StepUpWith ctx={props.ctx} method="PASSWORD_WEBAUTHN" label={s.confirmKey} />
        </>
      )}
      {props.gap === 'confirm-with-sms' && (
        <>
          <p>
            {opening} {s.smsBody}
          </p>
          <StepUpWith ctx={props.ctx} method="PASSWORD_SMS" label={s.confirmSms} />
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
          <OtherFactors ctx={props.ctx} requirement={props.requirement} app={app} />
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
      {props.gap === 'high-key-needed' && (
        <>
          <p>{format(s.highKeyBody, { app })}</p>
          <Actions>
            <a class="button" href="/account/security-keys">
              {s.registerKey}
            </a>
          </Actions>
        </>
      )}
      {/* "Not offered… such as an eID" would contradict the eID offered below. */}
      {props.gap === 'not-offered' && eids.length === 0 && <p>{s.notOfferedBody}</p>}
      {eids.length > 0 && (
        <section data-testid="eid-step-up">
          <p>{format(s.eidBody, { app })}</p>
          {eids.map((eid) => (
            <Form key={eid.id} ctx={props.ctx} action="/login/step-up/eid">
              <input type="hidden" name="provider" value={eid.id} />
              <Actions>
                <button type="submit" class="button">
                  {format(s.eidButton, { provider: eid.label })}
                </button>
              </Actions>
            </Form>
          ))}
        </section>
      )}
      {(props.gap === 'device-lost' || props.gap === 'not-offered' || props.gap === 'high-key-needed') && (
        <p>
          {s.support} <a href="/contact">{m.organisation.contact}</a>
        </p>
      )}
      {props.backHref && (
        <p class="aside">
          <a href={props.backHref}>{format(m.stepUp.back, { app })}</a>
        </p>
      )}
      {props.backAction && (
        <Form ctx={props.ctx} action={props.backAction}>
          <Actions>
            <button type="submit" class="button button--secondary">
              {format(m.stepUp.backOidc, { app })}
            </button>
          </Actions>
        </Form>
      )}
      <p class="aside">
        <a href="/account">{m.stepUp.setUp}</a>
      </p>
    </Layout>
  );
}

/**
 * "Confirm with my authenticator app / security key", "Confirm by SMS": the kept sign-in's step-up
 * by that factor (sign-in/step-up.tsx), the session standing for the password — only the missing
 * factor is asked, never the password again (docs/adr/0050, 0054, 0064). A POST with the CSRF
 * token, as the push's button: the SMS is sent by it, never by a link another site could follow.
 */
function StepUpWith(props: {
  ctx: ViewContext;
  method: 'PASSWORD_TOTP' | 'PASSWORD_WEBAUTHN' | 'PASSWORD_SMS';
  label: string;
}) {
  return (
    <Form ctx={props.ctx} action="/login/step-up">
      <input type="hidden" name="method" value={props.method} />
      <Actions>
        <button type="submit" class="button">
          {props.label}
        </button>
      </Actions>
    </Form>
  );
}

/**
 * The second factors the application accepts after the password, as the notice lists them: the
 * app (these gaps arise only where it reaches the level), then setUpAlternatives' order, joined by
 * the locale's "or" (Intl.ListFormat).
 */
function acceptedFactors(ctx: ViewContext, requirement: AuthenticationRequirement): string {
  const s = ctx.m.levelGap;
  const names = { 'security-key': s.factorKey, 'authenticator-app': s.factorTotp } as const;
  const factors = [s.factorApp, ...setUpAlternatives(requirement).map((alternative) => names[alternative])];
  return new Intl.ListFormat(ctx.locale, { type: 'disjunction' }).format(factors);
}

/**
 * For an agent without a suitable phone (issue 13): the other factors the application accepts,
 * each a link to its own "Add" page — never a dead end for someone who cannot install the app.
 */
function OtherFactors(props: { ctx: ViewContext; requirement: AuthenticationRequirement; app: string }) {
  const s = props.ctx.m.levelGap;
  const alternatives = setUpAlternatives(props.requirement);
  if (alternatives.length === 0) return null;
  const links = {
    'security-key': ['/account/security-keys/new', s.addKey],
    'authenticator-app': ['/account/authenticator-apps/new', s.addTotp],
  } as const;
  return (
    <>
      <p>{format(s.noPhone, { app: props.app })}</p>
      <ul>
        {alternatives.map((alternative) => (
          <li key={alternative}>
            <a href={links[alternative][0]}>{links[alternative][1]}</a>
          </li>
        ))}
      </ul>
      <p>{format(s.afterOther, { app: props.app })}</p>
    </>
  );
}

/**
 * The level page's first sentence (docs/adr/0034 §5): the session's second factor when it has one
 * the application does not accept (a session opened by SMS, for an application that refuses SMS),
 * else "your password alone" — never "password alone" to someone who typed an SMS code.
 */
function signedInWith(ctx: ViewContext, strengths: readonly Strength[], app: string): string {
  const { m } = ctx;
  const labels: Partial<Record<Strength, string>> = {
    PASSWORD_MOBILE_APP: m.signIn.methodAppPin,
    PASSWORD_SOFTWARE_TOKEN: m.signIn.methodAppQr,
    MOBILE_APP: m.signIn.methodOnMobile,
    PASSWORD_WEBAUTHN: m.signIn.methodWebauthn,
    PASSWORD_WEBAUTHN_HIGH: m.signIn.methodWebauthn,
    WEBAUTHN_PASSKEY: m.signIn.methodWebauthn,
    PASSWORD_TOTP: m.signIn.methodTotp,
    PASSWORD_SMS: m.signIn.methodSms,
    PASSWORD_RECOVERY_CODE: m.signIn.methodRecoveryCode,
  };
  const method = strengths.map((strength) => labels[strength]).find((label) => label !== undefined);
  return method === undefined
    ? m.levelGapOpening.passwordAlone
    : format(m.levelGapOpening.otherFactor, { method, app });
}
