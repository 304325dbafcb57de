import { accountSmsSunset, type OrganisationRepository, type SmsSender, type SmsSunsets } from '@sesame/core';
import type { SesameConfig } from '../config/config-schema';
import { smsSunsets } from '../sms/create-sms-sender';

/** SMS as the sign-in and the credential pages see it (docs/adr/0030): the gateway and the sunsets. */
export interface SmsParts {
  readonly sender: SmsSender;
  /** From them on SMS is refused: the global date and the organisations' (docs/adr/0034). */
  readonly sunsets: SmsSunsets;
  /** The account's own date (core accountSmsSunset: its organisation's nearest, else the global); null: none. */
  sunsetOf(userId: string): Promise<Date | null>;
}

/** null when the deployment texts nothing (`sms.provider=none`): no SMS method, no phone-number page. */
export function smsParts(
  config: Pick<SesameConfig, 'sms'>,
  sender: SmsSender | null,
  organisations: Pick<OrganisationRepository, 'accountOrganisation'>,
): SmsParts | null {
  if (sender === null) return null;
  const sunsets = smsSunsets(config);
  return Object.freeze({
    sender,
    sunsets,
    sunsetOf: (userId: string) => accountSmsSunset(organisations, sunsets, userId),
  });
}
