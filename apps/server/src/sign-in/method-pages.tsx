import {
  type AppPushView,
  type AppQrView,
  appLink,
  type ChallengeMethodId,
  type MethodId,
  type OnMobileView,
  type SignInEngine,
  type SignInMeta,
  type Step,
  type TotpView,
  type RecoveryCodeView,
  type SmsView,
  type WebAuthnView,
} from '@sesame/core';
import { format } from '../i18n/format-message';
import type { VNode } from 'preact';
import { qrImage } from '../http/qr-image';
import type { Messages } from '../i18n/en';
import { signInAppPage } from '../views/sign-in/sign-in-app-page';
import { SignInCodePage, type SignInCodeText } from '../views/sign-in/sign-in-code-page';
import { SignInMobilePage } from '../views/sign-in/sign-in-mobile-page';
import { SignInQrPage } from '../views/sign-in/sign-in-qr-page';
import { SignInWebAuthnPage } from '../views/sign-in/sign-in-webauthn-page';
import type { FormErrors, ViewContext } from '../views/view-context';

/** What a wait says, from the method's own part of the catalogue. */
export interface WaitMessages {
  title: string;
  signInAgain: string;
  expired: string;
  notYet: string;
  cancelled: string;
  denied: string;
  reported: string;
  failed: string;
}

/** A wait's page for this browser's pending challenge, and whether the challenge has expired. */
export interface ShownWait {
  /** Its tree, or the document rendered from a template (page-template.ts). */
  readonly page: VNode | string;
  readonly expired: boolean;
}

/** A method whose verdict comes from the app by itself: a page that waits and follows an event stream. */
export interface WaitMethodPage {
  readonly kind: 'wait';
  readonly method: ChallengeMethodId;
  /**
   * `after-password`: started by the password step, "Send a new request" renews it;
   * `instead-of-password`: started from the password page without the password, and again so.
   */
  readonly start: 'after-password' | 'instead-of-password';
  readonly paths: {
    readonly page: string;
    readonly events: string;
    readonly continue: string;
    readonly resend: string;
  };
  /** The event streams' name in the logs. */
  readonly streamName: string;
  readonly messages: (m: Messages) => WaitMessages;
  /** Its page, from the engine's view of the pending challenge; `notice` says what is new. */
  show(
    engine: SignInEngine,
    handle: string | undefined,
    meta: SignInMeta,
    view: ViewContext,
    notice: (expired: boolean) => string | undefined,
  ): Promise<Step<ShownWait>>;
}

/**
 * A code challenge as its page shows it: the text the QR code carries, or the options of a
 * security key's prompt (docs/adr/0029 §6); null when it has expired.
 */
export type CodeChallenge = { readonly text: string; readonly expiresAt: Date; readonly options?: unknown } | null;

/** What a code page says when the challenge has expired, the code is wrong, or the method is blocked. */
export interface CodeMessages {
  readonly expired: string;
  readonly wrongCode: string;
  /** With `{time}`: when the block ends. */
  readonly blocked: string;
  /** The account has nothing this method checks (NO_ACTIVE_DEVICE at its start), when the generic text would mislead. */
  readonly none?: string;
}

/** A method whose answer the user types: a page with the challenge and a field for the code. */
export interface CodeMethodPage {
  readonly kind: 'code';
  readonly method: ChallengeMethodId;
  readonly paths: { readonly page: string; readonly renew: string };
  /** Its messages, from the method's own part of the catalogue. */
  readonly messages: (m: Messages) => CodeMessages;
  /** The pending challenge, from the engine's view. */
  challenge(engine: SignInEngine, handle: string | undefined, meta: SignInMeta): Promise<Step<CodeChallenge>>;
  page(
    view: ViewContext,
    challenge: CodeChallenge,
    state: { readonly notice?: string | undefined; readonly errors?: FormErrors | undefined },
  ): Promise<VNode>;
}

export type MethodPage = WaitMethodPage | CodeMethodPage;

/** A step's value changed (the page built from the engine's view), its error kept. */
async function mapStep<A, B>(step: Step<A>, f: (a: A) => Promise<B>): Promise<Step<B>> {
  return step.ok ? { ok: true, handle: step.handle, state: await f(step.state) } : step;
}

/**
 * The browser's side of each method other than the password (whose page is the password step):
 * ONE entry per method, its paths and its page; the routes are generic (wait-routes.tsx,
 * code-routes.tsx). A new method adds its entry here and its page under views/sign-in/.
 */
export const METHOD_PAGES: readonly MethodPage[] = [
  {
    // "Sésame app with PIN code" (design §4 step 3, §5 "PIN code").
    kind: 'wait',
    method: 'app-push',
    start: 'after-password',
    paths: { page: '/login/app', events: '/login/app/events', continue: '/login/app', resend: '/login/app/resend' },
    streamName: 'sign-in verdict events',
    messages: (m) => m.signInApp,
    show: async (engine, handle, meta, view, notice) =>
      mapStep(await engine.view<AppPushView>(handle, 'app-push', meta), async ({ state, view: data, expired }) => ({
        expired,
        page: signInAppPage({
          ctx: view,
          shown: data.shown,
          deviceNames: data.deviceNames,
          expiresAt: new Date(state.expiresAt),
          notice: notice(expired),
          expired,
        }),
      })),
  },
  {
    // "Sésame app with QR code" (design §5 "QR code"; issue #5).
    kind: 'code',
    method: 'app-qr',
    paths: { page: '/login/qr', renew: '/login/qr/new' },
    messages: (m) => ({
      expired: m.signInQr.expired,
      wrongCode: m.signInQr.wrongCode,
      blocked: m.errors.DEVICE_BLOCKED,
    }),
    challenge: async (engine, handle, meta) =>
      mapStep(await engine.view<AppQrView>(handle, 'app-qr', meta), async ({ view }) =>
        view === null ? null : { text: view.qrText, expiresAt: view.expiresAt },
      ),
    page: async (view, challenge, state) => (
      <SignInQrPage
        ctx={view}
        qrImage={challenge ? await qrImage(challenge.text) : undefined}
        expiresAt={challenge?.expiresAt}
        notice={state.notice}
        errors={state.errors}
      />
    ),
  },
  {
    // "On mobile" (design §3 MOBILE_APP, §5; docs/adr/0007): instead of the password, on the
    // phone that holds the app; the link opens the app on the request.
    kind: 'wait',
    method: 'on-mobile',
    start: 'instead-of-password',
    paths: {
      page: '/login/mobile',
      events: '/login/mobile/events',
      continue: '/login/mobile/continue',
      resend: '/login/mobile',
    },
    streamName: 'on-mobile verdict events',
    messages: (m) => m.signInMobile,
    show: async (engine, handle, meta, view, notice) =>
      mapStep(await engine.view<OnMobileView>(handle, 'on-mobile', meta), async ({ state, view: data, expired }) => ({
        expired,
        page: (
          <SignInMobilePage
            ctx={view}
            appLink={appLink(data.shown, state.expiresAt)}
            expiresAt={new Date(state.expiresAt)}
            notice={notice(expired)}
            expired={expired}
          />
        ),
      })),
  },
  {
    // "Security key or trusted platform" (issue 13 point 1; docs/adr/0029 §6): the page's script
    // calls the browser's prompt with the options and posts the answer as `credential`.
    kind: 'code',
    method: 'webauthn',
    paths: { page: '/login/webauthn', renew: '/login/webauthn/new' },
    messages: (m) => ({
      expired: m.signInCode.webauthnExpired,
      wrongCode: m.signInCode.webauthnWrong,
      blocked: m.signInCode.blocked,
      none: m.signInCode.webauthnNone,
    }),
    challenge: async (engine, handle, meta) =>
      mapStep(await engine.view<WebAuthnView>(handle, 'webauthn', meta), async ({ view }) =>
        view === null ? null : { text: '', expiresAt: view.expiresAt, options: view.options },
      ),
    page: async (view, challenge, state) => (
      <SignInWebAuthnPage
        ctx={view}
        options={challenge?.options}
        expiresAt={challenge?.expiresAt}
        notice={state.notice}
        errors={state.errors}
      />
    ),
  },
  // "Code from an authenticator app" (issue 13 point 2; RFC 6238; docs/adr/0027 §6).
  typedCodePage('totp', totpText, (c) => ({ wrongCode: c.totpWrong, none: c.totpNone })),
  // "A recovery code" (issue 13 point 3; SEC-29; docs/adr/0028 §6): last in the chooser.
  typedCodePage('recovery-code', recoveryText, (c) => ({ wrongCode: c.recoveryWrong, none: c.recoveryNone })),
  // "Mobile phone + SMS" (issue 13 point 4; docs/adr/0030): the code texted, typed back.
  {
    kind: 'code',
    method: 'sms',
    paths: { page: '/login/sms', renew: '/login/sms/new' },
    messages: (m) => ({
      expired: m.signInCode.expired,
      blocked: m.signInCode.blocked,
      wrongCode: m.signInSms.wrongCode,
      none: m.signInSms.none,
    }),
    challenge: async (engine, handle, meta) =>
      mapStep(await engine.view<SmsView>(handle, 'sms', meta), async ({ view }) =>
        view === null ? null : { text: view.to, expiresAt: view.expiresAt },
      ),
    page: async (view, challenge, state) => {
      const s = view.m.signInSms;
      const text: SignInCodeText = {
        title: s.title,
        intro: format(s.intro, { phone: challenge?.text ?? '' }),
        label: s.label,
        hint: s.hint,
        action: '/login/sms',
        renew: '/login/sms/new',
        numeric: false,
        maxLength: 20,
        renewLabel: s.resend,
      };
      return (
        <SignInCodePage
          ctx={view}
          text={text}
          expiresAt={challenge?.expiresAt}
          notice={state.notice}
          errors={state.errors}
        />
      );
    },
  },
];

/**
 * A method whose code the user types from something they hold (an authenticator app, a saved
 * recovery code): nothing drawn on the page, only the field and the challenge's expiry.
 */
function typedCodePage(
  method: 'totp' | 'recovery-code',
  text: (m: Messages) => SignInCodeText,
  own: (c: Messages['signInCode']) => Pick<CodeMessages, 'wrongCode' | 'none'>,
): CodeMethodPage {
  return {
    kind: 'code',
    method,
    paths: { page: `/login/${method}`, renew: `/login/${method}/new` },
    messages: (m) => ({ expired: m.signInCode.expired, blocked: m.signInCode.blocked, ...own(m.signInCode) }),
    challenge: async (engine, handle, meta) =>
      mapStep(await engine.view<TotpView | RecoveryCodeView>(handle, method, meta), async ({ view }) =>
        view === null ? null : { text: '', expiresAt: view.expiresAt },
      ),
    page: async (view, challenge, state) => (
      <SignInCodePage
        ctx={view}
        text={text(view.m)}
        expiresAt={challenge?.expiresAt}
        notice={state.notice}
        errors={state.errors}
      />
    ),
  };
}

function totpText(m: Messages): SignInCodeText {
  const c = m.signInCode;
  return {
    title: c.totpTitle,
    intro: c.totpIntro,
    label: c.totpLabel,
    hint: c.totpHint,
    action: '/login/totp',
    renew: '/login/totp/new',
    numeric: true,
    maxLength: 12,
  };
}

function recoveryText(m: Messages): SignInCodeText {
  const c = m.signInCode;
  return {
    title: c.recoveryTitle,
    intro: c.recoveryIntro,
    label: c.recoveryLabel,
    hint: c.recoveryHint,
    action: '/login/recovery-code',
    renew: '/login/recovery-code/new',
    numeric: false,
    maxLength: 40,
  };
}

/**
 * The password step's errors when the chosen method could not start because the account has
 * nothing it checks (docs/adr/0027 §6: NO_ACTIVE_DEVICE in words fit for that method).
 */
export function methodStartErrors(m: Messages, chosen: MethodId | undefined, errors: FormErrors): FormErrors {
  const page = METHOD_PAGES.find((p) => p.method === chosen);
  return page?.kind === 'code' ? codeMethodErrors(m, page, errors) : errors;
}

/**
 * A code method's errors with NO_ACTIVE_DEVICE in its own words (docs/adr/0027 §6, 0054): at its
 * start, or when its factor went away while its page was open (a settle "gone") — an account with
 * an authenticator app and no Sésame app is never told "No active mobile device".
 */
export function codeMethodErrors(m: Messages, page: CodeMethodPage, errors: FormErrors): FormErrors {
  if (errors.general !== m.errors.NO_ACTIVE_DEVICE) return errors;
  const none = page.messages(m).none;
  return none ? { ...errors, general: none } : errors;
}

/** The page entry of `method` (every challenge method has one). */
export function methodPage(method: ChallengeMethodId): MethodPage {
  const page = METHOD_PAGES.find((p) => p.method === method);
  if (!page) throw new Error(`no page for the sign-in method ${method}`);
  return page;
}
