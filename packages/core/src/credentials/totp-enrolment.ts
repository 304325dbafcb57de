import { otpauthTotpUri, type Strength, toBase32 } from '@sesame/protocol';
import { type DeviceActor, type DeviceDeps } from '../devices/device-deps';
import { assertMayChangeAuthenticators } from '../devices/authenticator-change-policy';
import { invalidInput, SesameError } from '../errors';
import type { CredentialRecord, UserRecord } from '../ports';
import { markNewFactor, tellRecoveryCompleted } from './new-factor';
import { randomToken } from '../security/random-token';
import { CodeAttempts } from './code-attempts';
import { parseCredentialName } from './credential-name';
import { matchingTotpStep } from './totp-check';
import { parseTotpCode } from './totp-code';
import { readTotpParameters, TOTP_PARAMETERS, TOTP_SECRET_BYTES } from './totp-parameters';

/**
 * "Add an authenticator app" (issue 13 point 2; docs/adr/0027): a random seed shown once as a QR
 * (`otpauth://`) and as text, kept sealed under the device key ring, whose keys live in the
 * device-keys file outside the database (SEC-21); the credential stays `pending` until the user
 * types a first right code, so a seed that never reached an app is never a way in.
 */
export type TotpDeps = Pick<DeviceDeps, 'durable' | 'ephemeral' | 'mailer' | 'vault' | 'policy'>;

/** What the page shows once: the QR's text and the seed in base32 for typing. */
export interface TotpEnrolmentStarted {
  readonly credentialId: string;
  readonly otpauthUri: string;
  /** base32, unpadded, in groups of 4 for reading ("JBSW Y3DP …"). */
  readonly secret: string;
}

/** The label of the app's entry: "Sésame" by default, the deployment's name otherwise. */
export interface TotpIssuer {
  readonly issuer: string;
}

/** A confirmation's attempts: per pending credential (a user may start again). */
const confirmAttempts = (deps: TotpDeps) => new CodeAttempts(deps.ephemeral, 'totp-confirm', deps.policy);

/**
 * Starts an enrolment: SEC-27 first (adding a factor needs what mayChangeAuthenticators says; a
 * first factor may come with the password alone). Any other pending TOTP of the user is dropped:
 * one enrolment at a time.
 */
export async function startTotpEnrolment(
  deps: TotpDeps,
  user: Pick<UserRecord, 'id' | 'email'>,
  input: { readonly name: string | undefined } & TotpIssuer,
  sessionStrengths: readonly Strength[],
  now: Date,
  recoveryBrowserToken?: string,
): Promise<TotpEnrolmentStarted> {
  const name = parseCredentialName(input.name);
  await assertMayChangeAuthenticators(deps, user.id, sessionStrengths, now, recoveryBrowserToken);
  for (const old of await deps.durable.credentials.listByUser(user.id, 'totp')) {
    if (old.status === 'pending') await deps.durable.credentials.delete(old.id);
  }
  const id = randomToken(16);
  const seed = crypto.getRandomValues(new Uint8Array(TOTP_SECRET_BYTES));
  const sealed = await deps.vault.seal(id, seed);
  const credential: CredentialRecord = {
    id,
    userId: user.id,
    kind: 'totp',
    name,
    externalId: null,
    secret: { keyId: sealed.keyId, ciphertext: sealed.ciphertext },
    data: JSON.stringify(TOTP_PARAMETERS),
    counter: 0,
    status: 'pending',
    createdAt: now,
    lastUsedAt: null,
  };
  await deps.durable.credentials.create(credential);
  const base32 = toBase32(seed, { padding: false });
  return {
    credentialId: id,
    otpauthUri: otpauthTotpUri({ issuer: input.issuer, account: user.email, secret: seed, ...TOTP_PARAMETERS }),
    secret: base32.replace(/(.{4})(?=.)/g, '$1 '),
  };
}

/** The seed of a TOTP credential (DEVICE_SECRET_UNREADABLE when its key is gone from the ring). */
export async function openTotpSeed(deps: Pick<TotpDeps, 'vault'>, credential: CredentialRecord): Promise<Uint8Array> {
  if (credential.secret === null) throw new SesameError('DEVICE_SECRET_UNREADABLE');
  return deps.vault.open(credential.id, credential.secret);
}

/**
 * Confirms an enrolment with the first code the app shows (±1 step, SEC-20). The attempt is
 * reserved before the check (5 per pending credential, then TOO_MANY_REQUESTS); a wrong code is
 * INVALID_INPUT `code` mismatch. A right one activates the credential with its step as the last
 * one used (so that code cannot sign in: SEC-19), marks the account as having a second factor
 * (as a device's activation does: authenticator-change-policy.ts) and writes the history
 * (SEC-31).
 */
export async function confirmTotpEnrolment(
  deps: TotpDeps,
  userId: string,
  credentialId: string,
  rawCode: string | undefined,
  sessionStrengths: readonly Strength[],
  actor: DeviceActor,
  now: Date,
  recoveryBrowserToken?: string,
): Promise<CredentialRecord> {
  const code = parseTotpCode(rawCode);
  const credential = await deps.durable.credentials.findById(credentialId);
  if (credential === null || credential.userId !== userId || credential.kind !== 'totp') {
    throw new SesameError('NOT_FOUND');
  }
  if (credential.status !== 'pending') throw new SesameError('NOT_FOUND');
  // SEC-27 again: what allowed the start must still allow the activation.
  await assertMayChangeAuthenticators(deps, userId, sessionStrengths, now, recoveryBrowserToken);
  const attempts = confirmAttempts(deps);
  const attempt = await attempts.reserve(credential.id);
  const step = await matchingTotpStep(
    await openTotpSeed(deps, credential),
    code,
    now,
    readTotpParameters(credential.data),
  );
  if (step === null) throw invalidInput('code', 'mismatch');
  await attempt.right();
  const owner = await deps.durable.users.findById(userId);
  let recovered = false;
  const activated = await deps.durable.transaction(async (tx) => {
    if (!(await tx.credentials.activate(credential.id, step, now))) return false;
    recovered = await markNewFactor(tx, owner, actor, now, { credentialId: credential.id, kind: 'totp' });
    await tx.audit.append({
      type: 'credential.enrolled',
      userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { credentialId: credential.id, kind: 'totp', name: credential.name },
    });
    return true;
  });
  // Two confirmations at once: the other one activated it.
  if (!activated) throw new SesameError('NOT_FOUND');
  if (recovered) await tellRecoveryCompleted(deps.mailer, owner, credential.name);
  return { ...credential, status: 'active', counter: step, lastUsedAt: now };
}
