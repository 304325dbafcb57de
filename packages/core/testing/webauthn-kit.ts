/** A scripted WebAuthnVerifier for core's WebAuthn tests (the real one is the server's, tested there). */
import { toBase64Url } from '@sesame/protocol';
import { NO_ACTOR } from '../src/devices/device-deps';
import { finishWebAuthnEnrolment, startWebAuthnEnrolment } from '../src/credentials/webauthn-enrolment';
import type {
  AuthenticationVerdict,
  RegisteredCredential,
  RegistrationVerdict,
  VerifyAuthenticationInput,
  VerifyRegistrationInput,
  WebAuthnVerifier,
} from '../src/ports/webauthn-verifier';
import type { DeviceKit } from './device-kit';
import { MFA_SESSION } from './totp-kit';

export interface FakeWebAuthnVerifier extends WebAuthnVerifier {
  /** Every options call's challenge, in order. */
  readonly challenges: string[];
  readonly registrations: VerifyRegistrationInput[];
  readonly authentications: VerifyAuthenticationInput[];
  /** The next verdicts (default: verified, the credential of `credential()`, count + 1). */
  nextRegistration?: RegistrationVerdict;
  nextAuthentication?: AuthenticationVerdict;
}

/** A registered credential as the verifier returns it; `id` of `idBytes` bytes. */
export function fakeRegisteredCredential(
  overrides: Partial<RegisteredCredential> = {},
  idBytes = 32,
): RegisteredCredential {
  return {
    id: toBase64Url(crypto.getRandomValues(new Uint8Array(idBytes))),
    publicKey: 'pQECAyYgASFYIA',
    counter: 0,
    aaguid: '00000000-0000-0000-0000-000000000000',
    transports: ['usb'],
    backupEligible: false,
    backedUp: false,
    userVerified: true,
    attestationFormat: 'none',
    attestation: 'none',
    ...overrides,
  };
}

export function createFakeWebAuthnVerifier(): FakeWebAuthnVerifier {
  const fake: FakeWebAuthnVerifier = {
    challenges: [],
    registrations: [],
    authentications: [],
    async registrationOptions(input) {
      fake.challenges.push(input.challenge);
      return { challenge: input.challenge, user: { id: input.userHandle }, excludeCredentials: input.exclude };
    },
    async verifyRegistration(input) {
      fake.registrations.push(input);
      const verdict = fake.nextRegistration ?? { verified: true, credential: fakeRegisteredCredential() };
      fake.nextRegistration = undefined;
      return verdict;
    },
    async authenticationOptions(input) {
      fake.challenges.push(input.challenge);
      return { challenge: input.challenge, allowCredentials: input.allow, userVerification: input.userVerification };
    },
    async verifyAuthentication(input) {
      fake.authentications.push(input);
      const verdict = fake.nextAuthentication ?? {
        verified: true,
        credentialId: input.credential.id,
        signCount: 1,
        userVerified: true,
        backedUp: false,
      };
      fake.nextAuthentication = undefined;
      return verdict;
    },
  };
  return fake;
}

/** Enrols a key on `userId` through core with the fake verifier; returns the stored credential. */
export async function enrolWebAuthn(
  kit: DeviceKit,
  verifier: FakeWebAuthnVerifier,
  registered: RegisteredCredential = fakeRegisteredCredential(),
  userId = 'n0025vuz',
  name = 'YubiKey 5 NFC',
) {
  const deps = { ...kit.deps, webauthn: verifier };
  const user = kit.users.get(userId)!;
  await startWebAuthnEnrolment(deps, user, name, {}, MFA_SESSION, kit.now());
  verifier.nextRegistration = { verified: true, credential: registered };
  return finishWebAuthnEnrolment(deps, userId, { id: registered.id }, MFA_SESSION, NO_ACTOR, kit.now());
}
