/** An authenticator app enrolled on a device kit's account, for the TOTP tests (core and the sign-in method). */
import { computeTotp, fromBase32 } from '@sesame/protocol';
import { confirmTotpEnrolment, startTotpEnrolment } from '../src/credentials/totp-enrolment';
import { NO_ACTOR } from '../src/devices/device-deps';
import type { DeviceKit } from './device-kit';

/** A session that presented a second factor: adding one needs it once the account has one (SEC-27). */
export const MFA_SESSION = ['PASSWORD', 'PASSWORD_MOBILE_APP'] as const;

/** Starts and confirms a TOTP on `userId` with the code of the kit's current step; returns its seed. */
export async function enrolTotp(kit: DeviceKit, userId = 'n0025vuz', name = 'Aegis') {
  const user = kit.users.get(userId)!;
  const started = await startTotpEnrolment(kit.deps, user, { name, issuer: 'Sésame' }, MFA_SESSION, kit.now());
  const seed = fromBase32(new URL(started.otpauthUri).searchParams.get('secret')!);
  const code = await computeTotp(seed, kit.now());
  const credential = await confirmTotpEnrolment(
    kit.deps,
    userId,
    started.credentialId,
    code,
    MFA_SESSION,
    NO_ACTOR,
    kit.now(),
  );
  return { credentialId: credential.id, seed, started, confirmedWith: code };
}
