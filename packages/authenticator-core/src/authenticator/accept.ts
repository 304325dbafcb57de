import { signDeviceActivation } from '@sesame/protocol';
import { AuthenticatorError, isAuthenticatorError } from '../errors';
import type { AuthenticatorContext } from './context';
import {
  accountStatus,
  type AccountRecord,
  type EnrolledAccount,
  enrolledAccount,
  loadAccounts,
  saveAccounts,
} from './state';

async function replace(
  ctx: AuthenticatorContext,
  deviceId: string,
  change: (record: AccountRecord) => AccountRecord | null,
): Promise<void> {
  const accounts = await loadAccounts(ctx.store);
  const next = accounts.flatMap((a) => (a.deviceId === deviceId ? (change(a) ?? []) : [a]));
  await saveAccounts(ctx.store, next);
}

/**
 * Annex step 10: « Cliquez dessus pour valider l'acceptation de votre téléphone ». Signs the
 * server's activation request (protocol device/device-activation.ts: the label, the device id and
 * the request's nonce) with the device key and sends it; the account is then active. Accepting an
 * account already active returns it unchanged (a second tap). When the server no longer awaits
 * the acceptance (ERR_SERVER 404, or 410 once expired) the enrolment is over on both sides: the
 * account is forgotten, and the error thrown — add the device again on the portal. ERR_NETWORK
 * leaves it awaiting: try again.
 */
export async function accept(ctx: AuthenticatorContext, deviceId: string): Promise<EnrolledAccount> {
  const record = (await loadAccounts(ctx.store)).find((a) => a.deviceId === deviceId);
  if (record === undefined) throw new AuthenticatorError('ERR_NOT_ENROLLED');
  if (accountStatus(record) === 'active') return enrolledAccount(record);
  if (record.activation === undefined) throw new AuthenticatorError('ERR_NOT_ENROLLED');

  const activation = await signDeviceActivation(record.deviceKey, record.activation);
  try {
    // The contract has no refusal by verdict: anything but {"accepted": true} is the server's fault.
    if (!(await ctx.deviceApi(record.server).activate(activation)).accepted) throw new AuthenticatorError('ERR_SERVER');
  } catch (error) {
    if (isAuthenticatorError(error, 'ERR_SERVER') && (error.details.status === 404 || error.details.status === 410)) {
      await replace(ctx, deviceId, () => null);
    }
    throw error;
  }
  const { server, account, deviceName, enrolledAt, serverKeys, deviceKey, secret, pushEndpoint } = record;
  const active: AccountRecord = {
    deviceId,
    server,
    account,
    deviceName,
    enrolledAt,
    serverKeys,
    deviceKey,
    secret,
    ...(pushEndpoint === undefined ? {} : { pushEndpoint }),
  };
  await replace(ctx, deviceId, () => active);
  return enrolledAccount(active);
}
