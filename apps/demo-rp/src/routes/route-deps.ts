import type { CasClient } from '../cas/cas-client';
import type { DemoRpConfig } from '../demo-rp-config';
import type { OidcClient } from '../oidc/oidc-client';
import type { LocalSessionStore } from '../sessions/local-session-store';

/** What the routes share, built once by buildDemoRp. */
export interface RouteDeps {
  config: DemoRpConfig;
  store: LocalSessionStore;
  cas: CasClient;
  oidc: OidcClient;
}
