import type {
  Clock,
  Mailer,
  CredentialDeps,
  RecoveryCodeDeps,
  SmsEnrolmentDeps,
  TotpDeps,
  UserRecord,
  UserVerificationRequirement,
  WebAuthnEnrolmentDeps,
  UserRepository,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyRequest } from 'fastify';
import type { MessageOptions } from '../http/error-map';

/**
 * Whether this session may add or remove an authenticator of `user` now (core
 * mayChangeAuthenticators, SEC-27; NIST SP 800-63B rev 4 §4.1.2.1): the account's devices, the
 * session's strengths and the browser's `recovery` cookie decide.
 */
export type MayChangeAuthenticators = (
  user: UserRecord,
  sessionStrengths: readonly Strength[],
  recoveryCookie: string | undefined,
) => Promise<boolean>;

/**
 * Everything the "Manage my authenticator apps" and "Recovery codes" pages use, and nothing more
 * (issue 13 points 2–3; docs/adr/0027 §6, 0028 §6): built once by the composition root, read-only.
 */
export interface CredentialRoutesContext {
  /** Start and confirm an authenticator app (core totp-enrolment.ts). */
  readonly totp: TotpDeps;
  /** Add a security key or trusted platform (core webauthn-enrolment.ts; docs/adr/0029). */
  readonly securityKeys: {
    readonly enrolment: WebAuthnEnrolmentDeps;
    /** SEC-25: 'required' when the deployment wants user verification at every use. */
    readonly userVerification: UserVerificationRequirement;
    /** The model of an AAGUID from the MDS3 BLOB (maker and model), null when not known. */
    modelOf(aaguid: string): string | null;
  };
  /** Make a set of recovery codes, count them (core recovery-codes.ts). */
  readonly recoveryCodes: RecoveryCodeDeps;
  /** List, rename, delete a credential (core credential-management.ts). */
  readonly credentials: CredentialDeps;
  /** The account as it is now (its `secondFactorSince`). */
  readonly users: Pick<UserRepository, 'findById'>;
  readonly mayChangeAuthenticators: MayChangeAuthenticators;
  /** "I no longer have my phone": its waiting period, said when nothing is left to confirm with (docs/adr/0040). */
  readonly recoveryWaitingHours: number;
  /** The owner is told of every added or deleted authenticator app (SEC-27). */
  readonly mailer: Mailer;
  /** The label of the entry in the authenticator app (`otpauth://` issuer): the organisation's name. */
  readonly issuer: string;
  readonly clock: Clock;
  readonly publicUrl: string;
  readonly messageOptions: MessageOptions;
  /**
   * "Manage my mobile phone numbers" (issue 13 point 4; docs/adr/0030): the gateway and the
   * blocking numbers, the sunset the page announces; null when the deployment texts nothing.
   */
  readonly sms: (SmsEnrolmentDeps & { sunsetOf(userId: string): Promise<Date | null> }) | null;
  /**
   * The application a kept sign-in of this browser's user waits for, by name, else null: once a
   * factor is added from the level page, its list offers "Continue to <app>" (docs/adr/0050 §3).
   */
  readonly pendingSignInApp: (request: FastifyRequest) => Promise<string | null>;
}
