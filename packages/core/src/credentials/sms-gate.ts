import { SesameError } from '../errors';
import type { EphemeralStore, SmsMessage, SmsResult, SmsSender } from '../ports';
import { tokenDigest } from '../security/random-token';

/**
 * Toll fraud ("SMS pumping", docs/adr/0059): an attacker with many self-registered accounts makes
 * an IdP text premium-rate numbers at the operator's cost. Every text Sésame sends — a number's
 * confirmation code, a sign-in code — goes through this gate: the destination's country first,
 * then caps that hold across accounts, each reserved with one atomic increment of the ephemeral
 * store BEFORE the gateway is called (as CodeAttempts: a burst of parallel requests gets exactly
 * the cap, never more), then the gateway.
 */

/** Why a text is sent: a number's confirmation (any number a signed-in account types) or a sign-in. */
export type SmsPurpose = 'enrolment' | 'sign-in';

/** The limit that refused a text (the operators' metric and log say which; the user is told one thing). */
export type SmsLimit = 'country' | 'account' | 'number' | 'deployment';

/** The operator's settings (`sms.allowedCountryCodes`, `sms.maxPerHour`, `sms.maxPerNumberPerDay`). */
export interface SmsSendingPolicy {
  /** E.164 country calling codes without "+" ("33", "353"): a number under no other code is never texted. */
  readonly allowedCountryCodes: readonly string[];
  /** Texts per hour for the whole deployment (every node, every account), confirmation and sign-in codes. */
  readonly maxPerHour: number;
  /** Texts per day to one number, whatever the account; confirmation and sign-in codes counted apart. */
  readonly maxPerNumberPerDay: number;
}

/**
 * The default of `sms.allowedCountryCodes`: the calling codes of the EU and EEA member states, and
 * of the EU's outermost regions that have their own (Guadeloupe and Saint-Martin 590, French Guiana
 * 594, Martinique 596, Réunion and Mayotte 262; the Azores, Madeira and the Canaries use 351 and 34).
 */
export const EU_EEA_CALLING_CODES: readonly string[] = Object.freeze([
  // EU member states.
  '43', // Austria
  '32', // Belgium
  '359', // Bulgaria
  '385', // Croatia
  '357', // Cyprus
  '420', // Czechia
  '45', // Denmark
  '372', // Estonia
  '358', // Finland (and Åland)
  '33', // France
  '49', // Germany
  '30', // Greece
  '36', // Hungary
  '353', // Ireland
  '39', // Italy
  '371', // Latvia
  '370', // Lithuania
  '352', // Luxembourg
  '356', // Malta
  '31', // Netherlands
  '48', // Poland
  '351', // Portugal
  '40', // Romania
  '421', // Slovakia
  '386', // Slovenia
  '34', // Spain
  '46', // Sweden
  // EEA.
  '354', // Iceland
  '423', // Liechtenstein
  '47', // Norway
  // The EU's outermost regions with a calling code of their own (TFEU art. 349).
  '262', // Réunion, Mayotte
  '590', // Guadeloupe, Saint-Martin
  '594', // French Guiana
  '596', // Martinique
]);

/** Confirmation texts per account and day, beyond the 5 per window (SMS_SENDS_PER_WINDOW). */
export const SMS_ENROLMENTS_PER_ACCOUNT_PER_DAY = 10;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Whether `phone` (E.164, as parsePhoneNumber gives it) is under one of `codes`. Country calling
 * codes are a prefix code (ITU-T E.164: no code begins another), so the number's own code is the
 * one listed code it begins with, if any.
 */
export function hasAllowedCallingCode(phone: string, codes: readonly string[]): boolean {
  const digits = phone.startsWith('+') ? phone.slice(1) : phone;
  return codes.some((code) => digits.startsWith(code));
}

/** What the gate tells the operators (the server's metrics and log; docs/operators/running.md). */
export interface SmsGateObserver {
  /**
   * A text refused before anything was sent. `firstInWindow`: the first refusal of this counter's
   * window — one log line per window, however many follow.
   */
  refused(event: { purpose: SmsPurpose; limit: SmsLimit; firstInWindow: boolean }): void;
  /** A text handed to the gateway, and what became of it. */
  handed(event: { purpose: SmsPurpose; status: SmsResult['status'] }): void;
}

const SILENT: SmsGateObserver = { refused: () => undefined, handed: () => undefined };

export interface SmsTextRequest extends SmsMessage {
  readonly purpose: SmsPurpose;
  /** The account the text is for (the one adding the number, the one signing in). */
  readonly userId: string;
}

/** The only way core texts anything (docs/adr/0059). */
export interface SmsGate {
  /**
   * SMS_COUNTRY_NOT_ACCEPTED for a number outside `allowedCountryCodes`: asked before anything is
   * counted or written, so a refused number costs the account none of its sends.
   */
  assertDestination(to: string, purpose: SmsPurpose): void;
  /**
   * The destination checked again, the caps reserved (SMS_LIMIT_REACHED when one is full; a store
   * that does not answer throws STORE_UNAVAILABLE), then the text handed to the gateway.
   */
  send(request: SmsTextRequest): Promise<SmsResult>;
}

/** The refusal of every cap: one message for the user, whichever it was (it tells nothing of others' texts). */
function limitReached(): SesameError {
  return new SesameError('SMS_LIMIT_REACHED');
}

interface Cap {
  readonly limit: SmsLimit;
  readonly key: string;
  readonly max: number;
  readonly windowMs: number;
}

export function smsGate(
  sender: SmsSender,
  store: EphemeralStore,
  policy: SmsSendingPolicy,
  observer: SmsGateObserver = SILENT,
): SmsGate {
  function assertDestination(to: string, purpose: SmsPurpose): void {
    if (hasAllowedCallingCode(to, policy.allowedCountryCodes)) return;
    observer.refused({ purpose, limit: 'country', firstInWindow: false });
    throw new SesameError('SMS_COUNTRY_NOT_ACCEPTED', { callingCodes: policy.allowedCountryCodes });
  }

  /**
   * The caps a text of `purpose` takes, in order. Confirmation texts go to any number a signed-in
   * account types — the open door of SMS pumping — so they also have a per-account day and at most
   * half of the hourly ceiling, so that pumping through "Add a number" cannot use up the sign-ins'
   * texts; per number they are counted apart from sign-in texts, so that strangers typing a number
   * cannot use up its owner's sign-ins either.
   */
  function caps(request: SmsTextRequest): Cap[] {
    const own = request.purpose === 'enrolment';
    return [
      ...(own
        ? [
            {
              limit: 'account' as const,
              key: `sms-cap:account-enrol:${tokenDigest(request.userId)}`,
              max: SMS_ENROLMENTS_PER_ACCOUNT_PER_DAY,
              windowMs: DAY_MS,
            },
          ]
        : []),
      {
        limit: 'number',
        key: `sms-cap:number-${request.purpose}:${tokenDigest(request.to)}`,
        max: policy.maxPerNumberPerDay,
        windowMs: DAY_MS,
      },
      ...(own
        ? [
            {
              limit: 'deployment' as const,
              key: 'sms-cap:deployment-enrol',
              max: Math.max(1, Math.floor(policy.maxPerHour / 2)),
              windowMs: HOUR_MS,
            },
          ]
        : []),
      { limit: 'deployment', key: 'sms-cap:deployment', max: policy.maxPerHour, windowMs: HOUR_MS },
    ];
  }

  /**
   * Reserves every cap in order. A full one refuses: the ones taken before it are given back (the
   * text is not sent; the full one keeps its count, so its first refusal is `cap + 1`, once per
   * window). A store fault gives back what it can and is rethrown: nothing is sent.
   */
  async function reserve(request: SmsTextRequest): Promise<void> {
    const taken: string[] = [];
    try {
      for (const cap of caps(request)) {
        const count = await store.increment(cap.key, cap.windowMs);
        if (count > cap.max) {
          observer.refused({ purpose: request.purpose, limit: cap.limit, firstInWindow: count === cap.max + 1 });
          throw limitReached();
        }
        taken.push(cap.key);
      }
    } catch (error) {
      await Promise.allSettled(taken.map((key) => store.release(key)));
      throw error;
    }
  }

  return {
    assertDestination,
    async send(request) {
      assertDestination(request.to, request.purpose);
      await reserve(request);
      // Counted even when the gateway fails: a gateway that drops texts it was paid for, tried
      // again in a loop, must not be a way around the caps.
      const result = await sender.send({ to: request.to, text: request.text });
      observer.handed({ purpose: request.purpose, status: result.status });
      return result;
    },
  };
}
