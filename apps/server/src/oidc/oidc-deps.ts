import type { Clock, DurableStore, EphemeralStore, ServiceRegistry } from '@sesame/core';
import type { SesameConfig } from '../config/config-schema';
import type { SessionGate } from '../sessions/session-gate';

/** What the OpenID Provider's configuration and middlewares read (built by compose, ADR 0026 §2.6). */
export interface OidcDeps {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'session' | 'trustProxy'>;
  readonly registry: ServiceRegistry;
  readonly clock: Clock;
  readonly ephemeral: EphemeralStore;
  readonly durable: Pick<DurableStore, 'users' | 'audit'>;
  readonly sessionGate: SessionGate;
}
