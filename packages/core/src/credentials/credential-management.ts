import type { Strength } from '@sesame/protocol';
import { assertMayChangeAuthenticators } from '../devices/authenticator-change-policy';
import type { DeviceActor, DeviceDeps } from '../devices/device-deps';
import { SesameError } from '../errors';
import type { CredentialKind, CredentialRecord, CredentialStatus } from '../ports';
import { parseCredentialName } from './credential-name';

export type CredentialDeps = Pick<DeviceDeps, 'durable' | 'ephemeral'>;

/** What "Manage my …" shows of a credential: no secret, no counter. */
export interface CredentialSummary {
  readonly id: string;
  readonly kind: CredentialKind;
  readonly name: string;
  readonly status: CredentialStatus;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
}

const summary = (c: CredentialRecord): CredentialSummary => ({
  id: c.id,
  kind: c.kind,
  name: c.name,
  status: c.status,
  createdAt: c.createdAt,
  lastUsedAt: c.lastUsedAt,
});

/** The account's active credentials of one kind, oldest first (a pending one is an enrolment in progress). */
export async function listCredentials(
  deps: CredentialDeps,
  userId: string,
  kind: CredentialKind,
): Promise<CredentialSummary[]> {
  return (await deps.durable.credentials.listByUser(userId, kind)).filter((c) => c.status === 'active').map(summary);
}

/** Someone else's credential, or one of another kind, is NOT_FOUND, exactly like a missing one. */
async function ownCredential(
  deps: CredentialDeps,
  userId: string,
  kind: CredentialKind,
  id: string,
): Promise<CredentialRecord> {
  const credential = await deps.durable.credentials.findById(id);
  if (credential === null || credential.userId !== userId || credential.kind !== kind) {
    throw new SesameError('NOT_FOUND');
  }
  return credential;
}

/** Renaming changes no factor: no second factor asked (as a device's, authenticator-change-policy.ts). */
export async function renameCredential(
  deps: CredentialDeps,
  userId: string,
  kind: CredentialKind,
  id: string,
  rawName: string | undefined,
  actor: DeviceActor,
  now: Date,
): Promise<CredentialSummary> {
  const name = parseCredentialName(rawName);
  const credential = await ownCredential(deps, userId, kind, id);
  await deps.durable.transaction(async (tx) => {
    await tx.credentials.rename(id, name);
    await tx.audit.append({
      type: 'credential.renamed',
      userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { credentialId: id, kind, from: credential.name, to: name },
    });
  });
  return summary({ ...credential, name });
}

/**
 * Deletes one credential: SECOND_FACTOR_REQUIRED unless mayChangeAuthenticators allows it for this
 * session (SEC-27; issue 10: a password alone may not remove a factor). The account keeps
 * `secondFactorSince`: it had a second factor.
 */
export async function deleteCredential(
  deps: CredentialDeps,
  userId: string,
  kind: CredentialKind,
  id: string,
  actor: DeviceActor,
  now: Date,
  sessionStrengths: readonly Strength[] = [],
  recoveryBrowserToken?: string,
): Promise<void> {
  const credential = await ownCredential(deps, userId, kind, id);
  await assertMayChangeAuthenticators(deps, userId, sessionStrengths, now, recoveryBrowserToken);
  await deps.durable.transaction(async (tx) => {
    if (!(await tx.credentials.delete(id))) return;
    await tx.audit.append({
      type: 'credential.deleted',
      userId,
      ip: actor.ip,
      userAgent: actor.userAgent,
      at: now,
      details: { credentialId: id, kind, name: credential.name },
    });
  });
}
