import {
  decodeEnrolmentQr,
  type EnrolmentPayload,
  type EnrolmentRefusalReason,
  parseEnrolmentRefusalResult,
} from '@sesame/protocol';
import type { AuthenticatorContext } from './context';
import { accountStatus, loadAccounts } from './state';

/** What the app does with a scanned enrolment QR, decided before any PIN is asked. */
export type EnrolmentCheck =
  | { readonly allowed: true; readonly qr: EnrolmentPayload }
  /**
   * Refused, and the server told: the enrolment is over (its QR spent, the portal page told).
   * `heldAccount` is the active account this phone already serves.
   */
  | {
      readonly allowed: false;
      readonly qr: EnrolmentPayload;
      readonly reason: EnrolmentRefusalReason;
      readonly heldAccount: string;
    };

/**
 * Issue 11, point 2 — « un téléphone portable ne peut être utilisé que pour l'authentification
 * d'un seul utilisateur »: right after the scan, before the PIN, a phone that already serves an
 * active account of the QR's server refuses the QR — the QR's own account (`same-account`: it is
 * here already) or someone else's (`other-account`: one phone, one person) — and tells the
 * server, which ends the enrolment so the portal page stops waiting and says why. The server
 * holds the policy (design §5: "one account per device" can be off): for `other-account` it may
 * answer `refused: false`, and the enrolment goes on. The server checks again at registration.
 * Rejects with ERR_SERVER (404: the QR is spent or expired) or ERR_NETWORK; nothing is stored.
 */
export async function checkEnrolment(
  ctx: AuthenticatorContext,
  qrText: string,
  options: { readonly server?: string } = {},
): Promise<EnrolmentCheck> {
  const qr = decodeEnrolmentQr(qrText);
  const server = options.server ?? qr.server;
  const active = (await loadAccounts(ctx.store)).filter((a) => a.server === server && accountStatus(a) === 'active');
  const held = active.find((a) => a.account === qr.account) ?? active[0];
  if (held === undefined) return { allowed: true, qr };
  const reason: EnrolmentRefusalReason = held.account === qr.account ? 'same-account' : 'other-account';
  const api = ctx.deviceApi(server);
  // An API without the verb (an older test double) still refuses: the server's own check stays.
  const result =
    api.refuseEnrolment === undefined
      ? { refused: true }
      : parseEnrolmentRefusalResult(
          await api.refuseEnrolment({ type: 'enrolment-refusal', enrolmentToken: qr.token, reason }),
        );
  if (!result.refused) return { allowed: true, qr };
  return { allowed: false, qr, reason, heldAccount: held.account };
}
