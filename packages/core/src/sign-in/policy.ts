import type { Level, Strength } from '@sesame/protocol';
import { type AuthenticationRequirement, satisfyingStrengths } from '../relying-apps/authentication-requirement';
import type { TransitionError } from './errors';
import type { MethodPosition, MethodWireName, SignInMethod } from './method';
import type { MethodId, SignInContext } from './state';
import type { LoginTarget } from './target';

/**
 * The one place that decides levels, strengths and per-application rules of a sign-in (issue 12
 * point 1; docs/adr/0026 §2.5). Future rules (SMS sunset, "always MFA", HIGH by attested key) are
 * added here only.
 */

/** What the policy knows of a method: never its verifier. */
export type MethodInfo = Pick<SignInMethod, 'id' | 'wireName' | 'position' | 'strengths' | 'afterwards' | 'retiring'>;

export interface PolicyInput {
  readonly target?: LoginTarget;
  readonly purpose: SignInContext['purpose'];
  /** The deployment's methods, in the registry's order. */
  readonly methods: readonly MethodInfo[];
  /** The `method` cookie: the wire name last used on this browser. */
  readonly lastUsed?: string;
  /** The wire name the user has just chosen (a form re-rendered with its errors). */
  readonly chosen?: string;
  /** The time the rules are judged at (a retiring method's sunset); absent, a retiring method is not offered. */
  readonly now?: Date;
  /** The portal page asked for opens only with a second factor (docs/adr/0050 §1). */
  readonly secondFactor?: boolean;
}

export interface PasswordStepPlan {
  /** The chooser: every method that follows or is the password, whatever the account has. */
  readonly chooser: readonly MethodId[];
  readonly preselected: MethodId;
  readonly passwordIsEnough: boolean;
  /** Methods offered instead of the password ("On mobile") because they reach the target. */
  readonly insteadOfPassword: readonly MethodId[];
}

/**
 * The chooser's order (design §4 step 2): the app's push, the app's QR code, a security key
 * (docs/adr/0029), an authenticator app (issue 13), a recovery code (the last resort,
 * docs/adr/0028), the password.
 */
const CHOOSER_ORDER: readonly MethodWireName[] = [
  'PASSWORD_MOBILE_APP',
  'PASSWORD_SOFTWARE_TOKEN',
  'PASSWORD_WEBAUTHN',
  'PASSWORD_TOTP',
  'PASSWORD_SMS',
  'PASSWORD_RECOVERY_CODE',
  'PASSWORD',
];
const IN_CHOOSER: readonly MethodPosition[] = ['first', 'after-password'];

/** What a step-up with the Sésame app's push presents (design §3: PASSWORD_MOBILE_APP, MEDIUM). */
export const APP_STEP_UP_STRENGTHS: readonly Strength[] = ['PASSWORD', 'PASSWORD_MOBILE_APP'];

/** The strengths that satisfy `requirement` (empty: not satisfied) — the one satisfaction check. */
export function reachedStrengths(strengths: readonly Strength[], requirement: AuthenticationRequirement): Strength[] {
  return satisfyingStrengths(strengths, requirement);
}

/**
 * Whether a method reaches the target; every method does on the portal itself. A method is judged
 * by its wire name, the strength it is named after (design §3), as the chooser always did.
 */
export function methodReaches(method: Pick<MethodInfo, 'wireName'>, target: LoginTarget | undefined): boolean {
  return !target || reachedStrengths([method.wireName], target.requirement).length > 0;
}

/**
 * The chooser's methods (design §4 step 2; docs/adr/0002, 0007): every method of the deployment
 * that is the password or follows it, whether or not the account has it — before the password is
 * checked, the page must not tell a stranger which factors an account holds.
 */
function chooserMethods(input: PolicyInput): MethodInfo[] {
  return input.methods
    .filter((m) => IN_CHOOSER.includes(m.position) && offered(m, input))
    .sort((a, b) => rank(a.wireName) - rank(b.wireName));
}

/**
 * A method on its way out (SMS, issue 13 point 4) is offered only before its sunset and only
 * where the application accepts its strength: an application whose policy refuses SMS (as TRACES
 * NT did on 1 April 2025) never shows it, and a forced POST of it is refused (mayStart). Every
 * other method is always offered. Without a time the sunset cannot be judged: not offered
 * (fails closed).
 */
export function offered(method: MethodInfo, input: Pick<PolicyInput, 'target' | 'now'>): boolean {
  if (!method.retiring) return true;
  const { sunset } = method.retiring;
  if (input.now === undefined) return false;
  if (sunset !== null && input.now.getTime() >= sunset.getTime()) return false;
  return methodReaches(method, input.target);
}

function rank(wireName: MethodWireName): number {
  const i = CHOOSER_ORDER.indexOf(wireName);
  return i === -1 ? CHOOSER_ORDER.length : i;
}

/**
 * The password step's page: what the chooser lists, pre-selects and says (the rules of
 * login/sign-in-methods.ts and login/password-step-page.tsx).
 * - A re-authentication (adding or deleting a device) pre-selects the app's push unless the user
 *   has just chosen, and says the password is not enough.
 * - Else the method chosen or last used on this browser when it reaches the target, else the
 *   password when it does, else the first method that does, else the password. A way back
 *   (`afterwards: 'set-up-factor'`, recovery codes) is pre-selected only when just chosen, never
 *   from the `method` cookie: after a recovery the user signs in with the new factor (docs/adr/0028).
 * - "On mobile" is offered only when it reaches the target (ADR 0007).
 */
export function planPasswordStep(input: PolicyInput): PasswordStepPlan {
  const chooser = chooserMethods(input);
  const enough = chooser.filter((m) => methodReaches(m, input.target));
  const password = chooser.find((m) => m.position === 'first');
  const passwordReaches = password !== undefined && enough.includes(password);
  let preselected: MethodId;
  if (input.purpose === 'reauthenticate' && input.chosen === undefined) {
    preselected = chooser.find((m) => m.wireName === 'PASSWORD_MOBILE_APP')?.id ?? 'app-push';
  } else {
    const wanted = input.chosen ?? input.lastUsed;
    const last = enough.find(
      (m) => m.wireName === wanted && (input.chosen !== undefined || m.afterwards !== 'set-up-factor'),
    );
    preselected = last?.id ?? (passwordReaches ? 'password' : (enough[0]?.id ?? 'password'));
  }
  return {
    chooser: chooser.map((m) => m.id),
    preselected,
    passwordIsEnough: input.purpose !== 'reauthenticate' && input.secondFactor !== true && passwordReaches,
    insteadOfPassword: input.methods
      .filter((m) => m.position === 'instead-of-password' && methodReaches(m, input.target))
      .map((m) => m.id),
  };
}

/**
 * Whether `method` may start now. A method instead of the password ("On mobile") is refused when it
 * does not reach the target; a method after the password is never refused at start — the step-up
 * page comes after, and says how to get there (ADR 0007).
 */
export function mayStart(method: MethodId, input: PolicyInput): true | TransitionError {
  const info = input.methods.find((m) => m.id === method);
  if (!info || !offered(info, input)) return { code: 'NOT_OFFERED', method };
  if (info.position === 'instead-of-password' && !methodReaches(info, input.target)) {
    return { code: 'NOT_OFFERED', method };
  }
  return true;
}

/**
 * The app was chosen but no device may answer, for an application the password alone does not
 * reach (not a re-authentication): the password opens what it opens and the level page says what
 * next (docs/adr/0019) — routes/sign-in.tsx `passwordFallsShort`.
 */
export function passwordFallsShort(ctx: SignInContext): boolean {
  return (
    ctx.target !== undefined && ctx.purpose !== 'reauthenticate' && !methodReaches({ wireName: 'PASSWORD' }, ctx.target)
  );
}

export type Continuation =
  { readonly action: 'continue'; readonly strengths: Strength[] } | { readonly action: 'step-up' };

/**
 * Resumes a relying application's sign-in (design §4 step 4; login/continue-login.tsx). A forced
 * re-authentication (CAS renew, OIDC prompt=login or max_age) counts only what was presented now:
 * strengths kept from earlier in the session were not shown again.
 */
export function decideContinuation(a: {
  readonly target: LoginTarget;
  readonly sessionStrengths: readonly Strength[];
  readonly presented: readonly Strength[];
  readonly fresh: boolean;
}): Continuation {
  const basis = a.target.forceAuthentication && a.fresh ? a.presented : a.sessionStrengths;
  const strengths = reachedStrengths(basis, a.target.requirement);
  return strengths.length > 0 ? { action: 'continue', strengths } : { action: 'step-up' };
}

/**
 * Why an application's level is out of reach for now, and so which next step the page offers
 * (issue 11 point 3; docs/adr/0019). Never a dead end:
 * - `confirm-with-app`: the account has a usable device: a push, without the password again (b).
 * - `set-up-app`: no device, and this session may add one: enrol, then the push (a).
 * - `confirm-with-code`: no usable device, but another second factor of the account reaches the
 *   level (an authenticator app, issue 13): the kept sign-in goes on at the password step, where
 *   the chooser offers it — never "you lost your phone" to someone who has another factor.
 * - `confirm-with-key`: the same with a security key (docs/adr/0029), when no authenticator app
 *   reaches the level: the page names the key, not a code.
 * - `confirm-with-sms`: the same with a phone number (SMS is MEDIUM, design §3; docs/adr/0032 §1),
 *   when neither an authenticator app nor a key reaches the level — last, since SMS is on its way
 *   out — and only while SMS may be used: before its sunset, for an application that does not
 *   refuse it (requirementFor leaves PASSWORD_SMS out of its strengths then).
 * - `device-lost`: no usable device and the password alone may not add one (c).
 * - `high-key-needed`: HIGH, which the app never gives (MEDIUM, design §3) but a certified security
 *   key does (docs/adr/0029), and the account has none that gives it: the page names that key and
 *   where to register it — never the app (issue 15 point 2, docs/adr/0043 §3). An account with such
 *   a key gets `confirm-with-key`.
 * - `not-offered`: what the application asks is beyond every method this Sésame offers the account
 *   (an eID, or `acceptStrengths` without the methods that reach the level) (d).
 */
export type LevelGap =
  | 'confirm-with-app'
  | 'confirm-with-code'
  | 'confirm-with-key'
  | 'confirm-with-sms'
  | 'set-up-app'
  | 'device-lost'
  | 'high-key-needed'
  | 'not-offered';

export interface LevelGapInput {
  readonly requirement: AuthenticationRequirement;
  /** The account has a device that may answer a push now. */
  readonly hasUsableDevice: boolean;
  /** core mayChangeAuthenticators for this session. */
  readonly mayAddDevice: boolean;
  /** The strengths the account's other active second factors give (e.g. PASSWORD_TOTP, PASSWORD_SMS). */
  readonly otherFactors?: readonly Strength[];
  /**
   * SMS as the deployment offers it (issue 13 point 4): its sunset, and the time it is judged at.
   * Absent (the deployment texts nothing) or past the sunset: a phone number is no way up.
   */
  readonly sms?: { readonly sunset: Date | null; readonly now: Date };
  /**
   * The account has an active security key that gives HIGH (webauthnLevel: certified, not
   * backup-eligible; its user verified at each use).
   */
  readonly hasHighKey?: boolean;
}

/** A second factor the user can set up from the level page besides the app (issue 13 intro). */
export type SetUpAlternative = 'security-key' | 'authenticator-app';

/**
 * What an agent without a suitable phone may set up instead of the app, on the level page's
 * `set-up-app` (issue 13: "open to agents without a phone"; docs/adr/0019): the factors that, after
 * the password, reach what the application asks — a security key or trusted platform, an
 * authenticator app — in that order (a key needs nothing typed). SMS is never offered as a new
 * factor (on its way out, issue 13 point 4).
 */
export function setUpAlternatives(requirement: AuthenticationRequirement): SetUpAlternative[] {
  const reaches = (strength: Strength) => reachedStrengths(['PASSWORD', strength], requirement).length > 0;
  const alternatives: SetUpAlternative[] = [];
  if (reaches('PASSWORD_WEBAUTHN')) alternatives.push('security-key');
  if (reaches('PASSWORD_TOTP')) alternatives.push('authenticator-app');
  return alternatives;
}

export function levelGap(input: LevelGapInput): LevelGap {
  if (reachedStrengths(APP_STEP_UP_STRENGTHS, input.requirement).length === 0) {
    // HIGH, beyond the app: a certified key is the one method of Sésame that reaches it (design §3).
    const byHighKey = reachedStrengths(['PASSWORD', 'PASSWORD_WEBAUTHN_HIGH'], input.requirement).length > 0;
    if (input.requirement.minimumLevel !== 'HIGH' || !byHighKey) return 'not-offered';
    return input.hasHighKey ? 'confirm-with-key' : 'high-key-needed';
  }
  if (input.hasUsableDevice) return 'confirm-with-app';
  const reaches = (strength: Strength) => reachedStrengths(['PASSWORD', strength], input.requirement).length > 0;
  const sunset = input.sms?.sunset ?? null;
  const smsUsable = input.sms !== undefined && (sunset === null || input.sms.now.getTime() < sunset.getTime());
  const others = (input.otherFactors ?? []).filter(
    (strength) => reaches(strength) && (strength !== 'PASSWORD_SMS' || smsUsable),
  );
  if (others.some((strength) => strength !== 'PASSWORD_WEBAUTHN' && strength !== 'PASSWORD_SMS')) {
    return 'confirm-with-code';
  }
  if (others.includes('PASSWORD_WEBAUTHN')) return 'confirm-with-key';
  if (others.includes('PASSWORD_SMS')) return 'confirm-with-sms';
  return input.mayAddDevice ? 'set-up-app' : 'device-lost';
}

/**
 * The strength a method's strength is kept as when its proof reached a higher level than the
 * strength's own (docs/adr/0029 §6): a key at HIGH is PASSWORD_WEBAUTHN_HIGH inside Sésame, told
 * to applications as PASSWORD_WEBAUTHN with the level HIGH (protocol INTERNAL_STRENGTHS).
 */
const RAISED: Partial<Record<Strength, Partial<Record<Level, Strength>>>> = {
  PASSWORD_WEBAUTHN: { HIGH: 'PASSWORD_WEBAUTHN_HIGH' },
};

/**
 * The strengths a verified proof puts in the session: the method's, each raised to `level` when
 * the method says its proof reached it (Settled.level) and a raised name exists; else as they are.
 * A level never lowers a strength, and nothing is raised without a name for it.
 */
export function strengthsAtLevel(strengths: readonly Strength[], level: Level | undefined): Strength[] {
  if (level === undefined) return [...strengths];
  return strengths.map((s) => RAISED[s]?.[level] ?? s);
}

/** What the level of a WebAuthn sign-in is judged on (docs/adr/0029 §3). */
export interface WebAuthnLevelInput {
  /** The stored credential's attestation verdict, from registration. */
  readonly attestation: 'certified' | 'attested' | 'none';
  /** The BE flag at registration: the key may be synced to other devices (a synced passkey). */
  readonly backupEligible: boolean;
  /** The UV flag of this assertion. */
  readonly userVerified: boolean;
}

/**
 * The level a WebAuthn key gives (design §3: PASSWORD_WEBAUTHN is MEDIUM, HIGH with an attested,
 * FIDO-certified key, by policy; SEC-25: "high" needs a hardware key with attestation and user
 * verification). HIGH only when the attestation policy found the key `certified` at registration,
 * the key verified its user now, and it is not backup-eligible: NIST SP 800-63B rev 4 §2.3.2
 * wants AAL3 keys non-exportable, which a synced passkey is not. Anything else is MEDIUM.
 */
export function webauthnLevel(input: WebAuthnLevelInput): Level {
  return input.attestation === 'certified' && input.userVerified && !input.backupEligible ? 'HIGH' : 'MEDIUM';
}

export interface AccountChooserInput {
  readonly target?: LoginTarget;
  /** The deployment's methods, in the registry's order. */
  readonly methods: readonly MethodInfo[];
  /** The wire names of the second factors the account HAS (active devices, credentials). */
  readonly has: readonly MethodWireName[];
  /** The account's preferred method ("Configure my account"), if any. */
  readonly preferred: string | null;
  /** The method that last completed a sign-in of the account, if any. */
  readonly lastUsed: string | null;
  /** The time a retiring method's sunset is judged at (SMS); absent, a retiring method is not listed. */
  readonly now?: Date;
}

export interface AccountChooser {
  /** The main entries, the first one to open: the preferred, then the last used, then CHOOSER_ORDER. */
  readonly methods: readonly MethodId[];
  /** A recovery code: only ever an "I lost access" link, never a main entry (docs/adr/0028). */
  readonly lostAccess?: MethodId;
}

/**
 * The chooser shown AFTER the password (issue 13 point 6; docs/adr/0031): only the second factors
 * the account has and the application accepts, the preferred method first, then the last used,
 * then the usual order. It names the account's factors, so nothing before the right password may
 * call it (account enumeration).
 */
export function planAccountChooser(input: AccountChooserInput): AccountChooser {
  const listed = chooserMethods({
    purpose: 'sign-in',
    methods: input.methods,
    ...(input.target ? { target: input.target } : {}),
    ...(input.now ? { now: input.now } : {}),
  });
  const held = listed.filter(
    (m) => m.position === 'after-password' && input.has.includes(m.wireName) && methodReaches(m, input.target),
  );
  const lostAccess = held.find((m) => m.afterwards === 'set-up-factor');
  const main = held.filter((m) => m.afterwards !== 'set-up-factor');
  const weight = (m: MethodInfo) =>
    m.wireName === input.preferred ? 0 : m.wireName === input.lastUsed ? 1 : 2 + rank(m.wireName);
  const methods = [...main].sort((a, b) => weight(a) - weight(b)).map((m) => m.id);
  return lostAccess ? { methods, lostAccess: lostAccess.id } : { methods };
}

export interface OpeningMethodInput {
  /** The account's chooser for this sign-in (planAccountChooser): what it has and the app accepts. */
  readonly plan: AccountChooser;
  /** The method the password page sent. */
  readonly chosen: MethodId;
  /**
   * The user picked it: the page's pre-selection (a guess from this browser's last method, made
   * before the account is known) was changed. A choice made is kept; a guess gives way.
   */
  readonly explicit: boolean;
  readonly methods: readonly MethodInfo[];
  /** The account's preferred method and the one it last used (wire names; docs/adr/0031). */
  readonly preferred: string | null;
  readonly lastUsed: string | null;
}

/**
 * What the sign-in opens on after a right password: a method, or the account's chooser.
 */
export type Opening = { readonly open: MethodId } | { readonly open: 'chooser' };

/**
 * What the sign-in opens on after a right password (issue 13 point 5, "preferred method";
 * docs/adr/0032 §3, docs/adr/0034 §3). A method the user picked on the password page is kept.
 * Otherwise — the page's pre-selection left as it was, a guess made before the account was known
 * — the account's **preferred** method when it has it and the application accepts it, else its
 * **last used** one, else the pre-selection itself when the account has it (the user saw it and
 * pressed Sign in), else **the chooser**: the user picks among what the account has and the
 * application accepts, rather than Sésame starting one (a push sent, a text paid for) on a guess.
 * Two exceptions, where there is nothing to choose: a chooser of one method opens it, and an
 * account with nothing to open keeps what was sent (its page or the level page says what next,
 * docs/adr/0019).
 */
export function openingMethod(input: OpeningMethodInput): Opening {
  if (input.explicit) return { open: input.chosen };
  const held = input.plan.methods;
  const byWire = (wire: string | null) =>
    wire === null ? undefined : held.find((id) => input.methods.find((m) => m.id === id)?.wireName === wire);
  const fits = byWire(input.preferred) ?? byWire(input.lastUsed);
  if (fits !== undefined) return { open: fits };
  // The pre-selection the user saw on the page and sent, when the account has it and the
  // application accepts it: the annex's step 12 selects "Sésame app with PIN code" — the page's
  // default — and presses Sign in; that is a choice, not a guess to overrule (instruction annex).
  if (held.includes(input.chosen)) return { open: input.chosen };
  if (held.length === 1) return { open: held[0]! };
  if (held.length === 0) return { open: input.chosen };
  return { open: 'chooser' };
}
