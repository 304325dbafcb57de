import type { SmsSender } from '@sesame/core';
import type { SesameConfig } from '../config/config-schema';
import { smsSunset } from '../sms/create-sms-sender';

/** SMS as the sign-in and the credential pages see it (docs/adr/0030): the gateway and the sunset. */
export interface SmsParts {
  readonly sender: SmsSender;
  /** From it on SMS is refused; null: no date. */
  readonly sunset: Date | null;
}

/** null when the deployment texts nothing (`sms.provider=none`): no SMS method, no phone-number page. */
export function smsParts(config: Pick<SesameConfig, 'sms'>, sender: SmsSender | null): SmsParts | null {
  return sender === null ? null : { sender, sunset: smsSunset(config) };
}
