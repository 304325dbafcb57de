/**
 * A text message to a mobile phone (issue 13 point 4: SMS, on its way out). The domain says what
 * to send and to which E.164 number; the server's adapter says how (the dev outbox, an HTTP
 * gateway). The text holds a secret code: an adapter never logs it.
 */
export interface SmsMessage {
  /** E.164, normalised by core's parsePhoneNumber: "+" then 8 to 15 digits. */
  readonly to: string;
  readonly text: string;
}

/**
 * What became of a message, as a value the caller can switch on (a gateway's failure is not a
 * fault of ours, and never throws):
 * - `sent`: the gateway took it (`id`: its message id when it gives one);
 * - `rejected`: the gateway refused it (4xx: a bad number, a bad account) — trying again would
 *   fail the same way;
 * - `unavailable`: no answer in time, a network error, or a 5xx after the bounded retries.
 */
export type SmsResult =
  | { readonly status: 'sent'; readonly id?: string }
  | { readonly status: 'rejected'; readonly httpStatus?: number }
  | { readonly status: 'unavailable' };

export interface SmsSender {
  send(message: SmsMessage): Promise<SmsResult>;
}
