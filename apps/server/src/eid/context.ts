import type { DurableStore, EidLevelMapping, EidLinkRepository, EphemeralStore, Mailer } from '@sesame/core';
import type { Localised } from '../branding/branding';
import type { MayChangeAuthenticators } from '../credentials/context';

/** A provider as the pages show it: its id and its name in each language. */
export interface EidProviderLabel {
  readonly id: string;
  readonly label: Localised;
  /** The organisation of the accounts made from its eIDs (docs/adr/0047); null: none. */
  readonly organisation?: string | null;
  /** Its issuer and level mapping: the level page offers its eID where it reaches the level (docs/adr/0053). */
  readonly issuer: string;
  readonly levels: EidLevelMapping;
}

/**
 * What the eID pages use beyond the sign-in's context (issue 15 point 1; docs/adr/0042): the
 * providers' names, the links, SEC-27's rule for linking and unlinking, the owner's mail.
 */
export interface EidPages {
  readonly providers: readonly EidProviderLabel[];
  readonly links: EidLinkRepository;
  readonly mayChangeAuthenticators: MayChangeAuthenticators;
  readonly mailer: Mailer;
  /** The eIDs no account has linked, waiting for their owner's decision (docs/adr/0047). */
  readonly ephemeral: EphemeralStore;
  /** An account made from an eID: the user, its link and audit in one transaction. */
  readonly durable: DurableStore;
}
