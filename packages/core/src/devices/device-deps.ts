import { isProtocolError, type ServerSigningKey } from '@sesame/protocol';
import { type InputReason, SesameError } from '../errors';
import type { DurableStore, EphemeralStore, Mailer } from '../ports';
import type { DeviceSecretVault } from './device-secret-vault';

export interface DevicePolicy {
  /** Design §5: "one phone, one user", on by default; off, an app holds several accounts. */
  oneAccountPerDevice: boolean;
  /** Life of the enrolment QR's token. */
  enrolmentTtlMinutes: number;
  /** Life of the PIN confirmation of annex step 4 (protocol: at most 10 minutes). */
  pinConfirmationTtlMinutes: number;
  /** Wrong PINs at confirmation before the enrolment is cancelled. */
  pinConfirmationTries: number;
  /** Life of a push challenge (design §5: ~2 min; NIST: at most 10). */
  pushChallengeTtlSeconds: number;
  /** Push-bombing limit (NIST SP 800-63B rev 4 §3.1.3.2): challenges per account per window. */
  pushPerUser: { limit: number; windowSeconds: number };
  /** Wrong answers in a row that block a device (design §5). */
  blockAfterWrongAnswers: number;
  /** The first block's length; each next one since the last right answer lasts 4 times longer (issue 10). */
  blockMinutes: number;
  /** The longest a block lasts. */
  blockMaxMinutes: number;
  /** Life of the links mailed about devices ("this was not me", recovery). */
  linkTtlMinutes: number;
  /** "I no longer have my phone": the waiting period before a new device may be added (issue 10). */
  recoveryWaitingHours: number;
}

export const DEFAULT_DEVICE_POLICY: DevicePolicy = {
  oneAccountPerDevice: true,
  enrolmentTtlMinutes: 10,
  pinConfirmationTtlMinutes: 5,
  pinConfirmationTries: 3,
  pushChallengeTtlSeconds: 120,
  pushPerUser: { limit: 3, windowSeconds: 120 },
  blockAfterWrongAnswers: 5,
  blockMinutes: 15,
  blockMaxMinutes: 24 * 60,
  linkTtlMinutes: 90,
  recoveryWaitingHours: 24,
};

export interface DeviceDeps {
  durable: DurableStore;
  ephemeral: EphemeralStore;
  mailer: Mailer;
  vault: DeviceSecretVault;
  /** Origin the app registers with (the enrolment QR's `server`). */
  serverOrigin: string;
  /** Public keys that sign offline QR challenges, given to the app at registration. */
  serverKeys: readonly ServerSigningKey[];
  policy: DevicePolicy;
}

/** Who acted, for the audit log. */
export interface DeviceActor {
  ip: string | null;
  userAgent: string | null;
}

export const NO_ACTOR: DeviceActor = { ip: null, userAgent: null };

export const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

const INPUT_REASONS: readonly InputReason[] = ['required', 'too_long', 'malformed', 'mismatch', 'too_short'];

/** Runs a protocol parser; its ProtocolError becomes DEVICE_MESSAGE_INVALID with the same field. */
export function parseMessage<T>(parse: (value: unknown) => T, value: unknown): T {
  try {
    return parse(value);
  } catch (error) {
    if (!isProtocolError(error)) throw error;
    const reason = error.details.reason as InputReason | undefined;
    throw new SesameError(
      'DEVICE_MESSAGE_INVALID',
      { field: error.details.field ?? '$', reason: reason && INPUT_REASONS.includes(reason) ? reason : 'malformed' },
      { cause: error },
    );
  }
}

export function badSignature(): SesameError {
  return new SesameError('DEVICE_MESSAGE_INVALID', { field: 'signature', reason: 'mismatch' });
}
