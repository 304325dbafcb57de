import { readFileSync } from 'node:fs';
import { localisedText } from '../branding/branding';
import type { Clock, DeviceDeps, DurableStore, EidMethodDeps, EphemeralStore } from '@sesame/core';
import type { SesameConfig } from '../config/config-schema';
import { mayChangeAuthenticatorsOf } from '../compose/build-credentials';
import type { Mailer } from '@sesame/core';
import type { EidPages } from './context';
import { openIdFederation } from './openid-federation';

/** The callback address registered at every provider (docs/operators/eid.md). */
export const eidCallbackPath = (providerId: string) => `/login/eid/callback/${providerId}`;

export interface EidParts {
  /** The method's dependencies (core createSignInMethods). */
  readonly method: EidMethodDeps;
  readonly pages: EidPages;
}

/**
 * eID by federation (issue 15 point 1; docs/adr/0042) from `eid.*`: the openid-client adapter,
 * the links' store, the level mappings; null when no provider is configured (no button, no page).
 * A client secret file is read here, at start.
 */
export function buildEid(
  config: Pick<SesameConfig, 'eid' | 'publicUrl' | 'defaultLocale'>,
  stores: { durable: DurableStore; ephemeral: EphemeralStore; devices: DeviceDeps; mailer: Mailer },
  clock: Clock,
): EidParts | null {
  const configured = config.eid.providers;
  if (configured.length === 0) return null;
  const base = config.publicUrl.replace(/\/+$/, '');
  const federation = openIdFederation({
    providers: configured.map((p) => {
      const secret = p.clientSecretFile ? readFileSync(p.clientSecretFile, 'utf8').trim() : p.clientSecret;
      return {
        id: p.id,
        issuer: p.issuer,
        clientId: p.clientId,
        ...(secret ? { clientSecret: secret } : {}),
        scopes: p.scopes,
        ...(p.acrValues ? { acrValues: p.acrValues } : {}),
        allowHttp: p.allowHttp,
      };
    }),
    redirectUri: (id) => `${base}${eidCallbackPath(id)}`,
  });
  const label = localisedText;
  return {
    method: {
      ephemeral: stores.ephemeral,
      federation,
      links: stores.durable.eidLinks,
      users: stores.durable.users,
      providers: configured.map((p) => ({
        id: p.id,
        issuer: p.issuer,
        levels: { ...p.levels },
        createAccounts: p.createAccounts ?? config.eid.createAccounts,
      })),
      now: () => clock.now(),
    },
    pages: {
      providers: configured.map((p) => ({
        id: p.id,
        label: label(p.label),
        organisation: p.organisation ?? null,
        issuer: p.issuer,
        levels: { ...p.levels },
      })),
      ephemeral: stores.ephemeral,
      durable: stores.durable,
      links: stores.durable.eidLinks,
      mayChangeAuthenticators: mayChangeAuthenticatorsOf(stores.devices, clock),
      mailer: stores.mailer,
    },
  };
}
