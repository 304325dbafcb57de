import type { UserRecord } from '../ports';
import type { ServiceRegistry } from '../relying-apps/service-registry';
import type { CasTicketStore } from './cas-ticket-store';

/** What the CAS flows need: ports, no HTTP. */
export interface CasDeps {
  tickets: CasTicketStore;
  registry: ServiceRegistry;
  findUser(id: string): Promise<UserRecord | null>;
  /**
   * GETs a proxy callback URL (CAS 3.0 §2.5.4) and tells whether it answered 200 over a TLS
   * connection whose certificate verified (PKIX). Redirects are not followed.
   */
  callProxyCallback(url: string): Promise<boolean>;
}

/** A user whose credentials changed after the authentication no longer vouches for it (as for SSO sessions). */
export async function userStillValid(deps: CasDeps, userId: string, authTime: number): Promise<UserRecord | null> {
  const user = await deps.findUser(userId);
  // A deactivated account (docs/adr/0035) vouches for nothing, whatever the ticket's age.
  return user && !user.deactivatedAt && user.credentialsChangedAt.getTime() <= authTime ? user : null;
}
