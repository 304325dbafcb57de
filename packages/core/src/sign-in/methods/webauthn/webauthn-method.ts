import type { Level } from '@sesame/protocol';
import { checkWebAuthnAssertion } from '../../../credentials/webauthn-assertion';
import {
  readWebAuthnData,
  WEBAUTHN_CEREMONY_MS,
  webauthnDescriptor,
  webauthnDeviceFactor,
} from '../../../credentials/webauthn-credential-data';
import { newWebAuthnChallenge } from '../../../credentials/webauthn-enrolment';
import { SesameError } from '../../../errors';
import type { CredentialRecord, CredentialRepository, EphemeralStore } from '../../../ports';
import type { UserVerificationRequirement, WebAuthnVerifier } from '../../../ports/webauthn-verifier';
import type { SignInMeta } from '../../meta';
import type { Settled, SignInMethod } from '../../method';
import { webauthnLevel } from '../../policy';
import {
  parseWebAuthnAnswer,
  type WebAuthnAnswer,
  type WebAuthnData,
  webauthnData,
  type WebAuthnView,
} from './webauthn-data';

/** A sign count that went back (SEC-24): what the owner is told of. */
export interface WebAuthnCounterRegression {
  readonly userId: string;
  readonly credentialId: string;
  readonly meta: SignInMeta;
  readonly at: Date;
}

export interface WebAuthnMethodDeps {
  readonly durable: { readonly credentials: CredentialRepository };
  readonly ephemeral: EphemeralStore;
  readonly webauthn: WebAuthnVerifier;
}

export interface WebAuthnMethodOptions {
  /** SEC-25: 'required' where the level needs it; 'preferred' otherwise (the default). */
  readonly userVerification?: UserVerificationRequirement;
  /** SEC-24: the owner is told; a failing hook does not change the verdict. */
  readonly onCounterRegression?: (event: WebAuthnCounterRegression) => Promise<void>;
}

/** The sign-in's challenge, bound to the browser's sign-in handle. */
const challengeKey = (handle: string) => `webauthn-sign-in:${handle}`;

/**
 * "Security key or trusted platform" (wire PASSWORD_WEBAUTHN; issue 13 point 1; docs/adr/0029),
 * after a right password: the browser signs a single-use challenge with one of the account's
 * keys. Stateless over the credentials' sign counts.
 *
 * | verdict | when | audit reason |
 * | verified (+ level) | §7.2 checks pass (verifier), the count moved on by advanceCounter | — |
 * | refused wrong-answer | a key not the account's, or a check failed; a new challenge is set | webauthn_unknown_credential, webauthn_<check> |
 * | refused wrong-answer | the challenge was already used (a replay, a parallel answer) | webauthn_challenge |
 * | refused wrong-answer | the sign count went back (SEC-24); `onCounterRegression` told | webauthn_counter_regression |
 * | ended gone + NO_ACTIVE_DEVICE | no active key any more | — |
 * | expired | past `until` | — |
 * The level: `webauthnLevel` (policy.ts) — HIGH only for a certified key with UV now.
 */
export function webauthnMethod(
  deps: WebAuthnMethodDeps,
  options: WebAuthnMethodOptions = {},
): SignInMethod<WebAuthnData, WebAuthnAnswer, WebAuthnView> {
  const userVerification = options.userVerification ?? 'preferred';
  const onRegression = options.onCounterRegression ?? (async () => undefined);

  async function activeKeys(userId: string): Promise<CredentialRecord[]> {
    return (await deps.durable.credentials.listByUser(userId, 'webauthn')).filter((c) => c.status === 'active');
  }

  /** A new single-use challenge for this sign-in (≥ 16 random bytes, §13.4.3). */
  async function newChallenge(handle: string, until: number, now: Date): Promise<void> {
    await deps.ephemeral.set(challengeKey(handle), newWebAuthnChallenge(), Math.max(1, until - now.getTime()));
  }

  const levelOf = (c: CredentialRecord, userVerified: boolean): Level => {
    const { attestation, backupEligible } = readWebAuthnData(c);
    return webauthnLevel({ attestation, backupEligible, userVerified });
  };

  return {
    id: 'webauthn',
    wireName: 'PASSWORD_WEBAUTHN',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_WEBAUTHN'],
    dataSchema: webauthnData,

    parseAnswer: parseWebAuthnAnswer,

    async start(input) {
      if (input.userId === null || (await activeKeys(input.userId)).length === 0) {
        throw new SesameError('NO_ACTIVE_DEVICE');
      }
      const until = input.now.getTime() + WEBAUTHN_CEREMONY_MS;
      await newChallenge(input.handle, until, input.now);
      return { data: { until }, expiresAt: until, userId: input.userId };
    },

    async settle(input, answer) {
      const userId = input.userId;
      if (userId === null) return { verdict: 'ended', reason: 'gone', error: new SesameError('NO_ACTIVE_DEVICE') };
      if (input.now.getTime() >= input.data.until) return { verdict: 'expired' };
      if ((await activeKeys(userId)).length === 0) {
        return { verdict: 'ended', reason: 'gone', error: new SesameError('NO_ACTIVE_DEVICE') };
      }
      // SEC-23: single use — of two answers to one challenge, one is checked.
      const challenge = await deps.ephemeral.take(challengeKey(input.handle));
      if (challenge === null) return refused(input.data, 'webauthn_challenge');
      const outcome = await checkWebAuthnAssertion(deps, {
        userId,
        challenge,
        response: answer.response,
        requireUserVerification: userVerification === 'required',
        now: input.now,
      });
      if (outcome.ok) {
        return {
          verdict: 'verified',
          userId,
          // The key, told to applications (EU Login's webAuthnDevice; docs/adr/0032 §4).
          mobileDevices: [webauthnDeviceFactor(outcome.credential)],
          level: levelOf(outcome.credential, outcome.userVerified),
        };
      }
      if (outcome.auditReason === 'webauthn_counter_regression' && outcome.credential) {
        await onRegression({ userId, credentialId: outcome.credential.id, meta: input.meta, at: input.now }).catch(
          () => undefined,
        );
      }
      await newChallenge(input.handle, input.data.until, input.now);
      return refused(input.data, outcome.auditReason);
    },

    async view(input) {
      if (input.userId === null || input.now.getTime() >= input.data.until) return null;
      const challenge = await deps.ephemeral.get(challengeKey(input.handle));
      if (challenge === null) return null;
      const keys = await activeKeys(input.userId);
      return {
        options: await deps.webauthn.authenticationOptions({
          challenge,
          allow: keys.map(webauthnDescriptor),
          userVerification,
        }),
        expiresAt: new Date(input.data.until),
      };
    },
  };

  function refused(data: WebAuthnData, auditReason: string): Settled<WebAuthnData> {
    return { verdict: 'refused', reason: 'wrong-answer', data, auditReason };
  }
}
