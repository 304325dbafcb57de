import { isUsableDevice, type ChallengeMethodId } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { VNode } from 'preact';
import type { Messages } from '../i18n/en';
import type { PushWaitState } from '../views/sign-in/push-wait-page';
import { SignInAppPage } from '../views/sign-in/sign-in-app-page';
import { SignInMobilePage } from '../views/sign-in/sign-in-mobile-page';
import { SignInQrPage } from '../views/sign-in/sign-in-qr-page';
import type { FormErrors, ViewContext } from '../views/view-context';
import type { SignInRoutesContext } from './context';
import { appLink } from './mobile-sign-in';
import type { AuthenticationMethod } from './sign-in-methods';

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

/** The pending challenge as a page may show it: no secret, no challenge id. */
export interface PendingView {
  readonly userId: string;
  /** The number of number matching (push, "On mobile"). */
  readonly shown: number;
  /** ms. */
  readonly expiresAt: number;
}

interface MethodPageBase {
  readonly method: ChallengeMethodId;
  /** Form value, `method` cookie, audit detail (unchanged since issue 5). */
  readonly wireName: Exclude<AuthenticationMethod, 'PASSWORD'>;
  /**
   * `after-password`: started by the password step, renewed while it is recent enough;
   * `instead-of-password`: started from the password page without the password.
   */
  readonly position: 'after-password' | 'instead-of-password';
  /** What a success puts in the session and tells the applications. */
  readonly strengths: readonly Strength[];
}

/** A method whose verdict comes from the app by itself: a page that waits and follows an event stream. */
export interface WaitMethodPage extends MethodPageBase {
  readonly kind: 'wait';
  readonly paths: {
    readonly page: string;
    readonly events: string;
    readonly continue: string;
    readonly resend: string;
  };
  /** The event streams' name in the logs. */
  readonly streamName: string;
  readonly messages: (m: Messages) => WaitMessages;
  page(
    ctx: SignInRoutesContext,
    view: ViewContext,
    pending: PendingView,
    state: Omit<PushWaitState, 'ctx' | 'expiresAt'>,
  ): Promise<VNode>;
}

/** A method whose answer the user types: a page with the challenge and a field for the code. */
export interface CodeMethodPage extends MethodPageBase {
  readonly kind: 'code';
  readonly paths: { readonly page: string; readonly renew: string };
  page(
    view: ViewContext,
    challenge: { readonly qrImage: string; readonly expiresAt: Date } | null,
    state: { readonly notice?: string; readonly errors?: FormErrors },
  ): VNode;
}

export type MethodPage = WaitMethodPage | CodeMethodPage;

/** The account's devices that may answer now, by name (the PIN code page says where the request went). */
async function usableDeviceNames(ctx: SignInRoutesContext, userId: string): Promise<string[]> {
  const now = ctx.clock.now();
  const devices = await ctx.methods.devices.durable.devices.listByUser(userId);
  return devices.filter((d) => isUsableDevice(d, now)).map((d) => d.name);
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
    wireName: 'PASSWORD_MOBILE_APP',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    paths: { page: '/login/app', events: '/login/app/events', continue: '/login/app', resend: '/login/app/resend' },
    streamName: 'sign-in verdict events',
    messages: (m) => m.signInApp,
    page: async (ctx, view, pending, state) => (
      <SignInAppPage
        ctx={view}
        shown={pending.shown}
        deviceNames={await usableDeviceNames(ctx, pending.userId)}
        expiresAt={new Date(pending.expiresAt)}
        {...state}
      />
    ),
  },
  {
    // "Sésame app with QR code" (design §5 "QR code"; issue #5).
    kind: 'code',
    method: 'app-qr',
    wireName: 'PASSWORD_SOFTWARE_TOKEN',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_SOFTWARE_TOKEN'],
    paths: { page: '/login/qr', renew: '/login/qr/new' },
    page: (view, challenge, state) => (
      <SignInQrPage
        ctx={view}
        qrImage={challenge?.qrImage}
        expiresAt={challenge?.expiresAt}
        notice={state.notice}
        errors={state.errors}
      />
    ),
  },
  {
    // "On mobile" (design §3 MOBILE_APP, §5; docs/adr/0007): two factors without the password,
    // the device key (something you have) and the PIN that unlocks its secret (something you
    // know) — EU Login's MOBILE_APP, level MEDIUM.
    kind: 'wait',
    method: 'on-mobile',
    wireName: 'MOBILE_APP',
    position: 'instead-of-password',
    strengths: ['MOBILE_APP'],
    paths: {
      page: '/login/mobile',
      events: '/login/mobile/events',
      continue: '/login/mobile/continue',
      resend: '/login/mobile',
    },
    streamName: 'on-mobile verdict events',
    messages: (m) => m.signInMobile,
    page: async (_ctx, view, pending, state) => (
      <SignInMobilePage
        ctx={view}
        appLink={appLink(pending.shown, pending.expiresAt)}
        expiresAt={new Date(pending.expiresAt)}
        {...state}
      />
    ),
  },
];
