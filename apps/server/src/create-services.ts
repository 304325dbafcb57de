import type { Parts } from './compose/parts';
import { compose } from './compose/compose';
import { openParts, type Opened } from './compose/open-parts';
import type { SesameConfig } from './config/config-schema';
import { loadOrCreateKeyRing } from './oidc/key-ring';
import { serverLogger, silentLogger } from './observability/logger';
import type { Services } from './services';

/**
 * Old names kept for e2e/support/stack.ts and the bench until they use the public entry
 * (issue 12; the lead removes them): `createServices` opens the parts (compose/open-parts.ts),
 * which `buildApp` composes; `assembleServices` returns the bridge of a composed app.
 */
export function createServices(config: SesameConfig): Promise<Parts & Opened> {
  return openParts(config, serverLogger(config));
}

export function assembleServices(
  parts: Omit<Parts, 'logger' | 'oidcKeyRing'> & Partial<Pick<Parts, 'logger' | 'oidcKeyRing'>>,
): Services {
  const now = parts.clock?.now() ?? new Date();
  return compose({
    ...parts,
    logger: parts.logger ?? silentLogger(),
    oidcKeyRing: parts.oidcKeyRing ?? loadOrCreateKeyRing(parts.config.oidc.keysFile, now).ring,
  }).legacy;
}
