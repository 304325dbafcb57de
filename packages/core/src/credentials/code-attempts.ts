import { SesameError } from '../errors';
import type { EphemeralStore } from '../ports';
import { tokenDigest } from '../security/random-token';

/** How many codes may be tried, and for how long the count holds (DevicePolicy's numbers). */
export interface CodeAttemptPolicy {
  /** Wrong codes that block (design §5: 5, as a device). */
  readonly blockAfterWrongAnswers: number;
  /** The window, and so the longest block (device-blocking.ts's first block). */
  readonly blockMinutes: number;
}

/** One code the limiter let through: exactly one of its methods is called once it is checked. */
export interface CodeAttempt {
  /** This reservation's number: the `blockAfterWrongAnswers`-th one blocks if its code is wrong. */
  readonly number: number;
  /** A right code: the reservation is given back (the wrong codes before it still count). */
  right(): Promise<void>;
}

/**
 * Code guessing limits for the credentials of docs/adr/0027 (issue 10: "counters are reserved
 * before the check"; NIST SP 800-63B rev 4 §3.2.2), the SignInGuard pattern on the ephemeral
 * store: each code reserves its place with one atomic increment BEFORE it is checked, so that a
 * burst of parallel codes gets at most `blockAfterWrongAnswers` checks in a window of
 * `blockMinutes` (a fixed window, as Throttle's). `scope` names what is counted — a user's
 * sign-in codes, one enrolment's confirmation codes — and is stored only as a digest.
 */
export class CodeAttempts {
  constructor(
    private readonly store: EphemeralStore,
    private readonly name: string,
    private readonly policy: CodeAttemptPolicy,
  ) {}

  private key(scope: string): string {
    return `codes:${this.name}:${tokenDigest(scope)}`;
  }

  /** The refusal while the limit is reached: TOO_MANY_REQUESTS, with the window as the wait. */
  blocked(): SesameError {
    return new SesameError('TOO_MANY_REQUESTS', { retryAfterSeconds: this.policy.blockMinutes * 60 });
  }

  /** Reserves one check, or throws TOO_MANY_REQUESTS without any being made. */
  async reserve(scope: string): Promise<CodeAttempt> {
    const key = this.key(scope);
    const number = await this.store.increment(key, this.policy.blockMinutes * 60_000);
    if (number > this.policy.blockAfterWrongAnswers) throw this.blocked();
    return { number, right: () => this.store.release(key) };
  }

  /** The reservation that reaches the limit with a wrong code blocks until the window ends. */
  blocks(attempt: CodeAttempt): boolean {
    return attempt.number >= this.policy.blockAfterWrongAnswers;
  }
}
