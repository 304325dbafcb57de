import type { AuthenticatorContext } from './context';
import { loadInstallationId, saveInstallationId } from './state';

/**
 * Annex step 1, "Initialize": draws the installation id once (a UUID, which the protocol's
 * opaque id pattern accepts). Idempotent: returns the existing id on later calls.
 */
export async function initialise(ctx: AuthenticatorContext): Promise<string> {
  const existing = await loadInstallationId(ctx.store);
  if (existing !== undefined) return existing;
  const installationId = crypto.randomUUID();
  await saveInstallationId(ctx.store, installationId);
  return installationId;
}
