import { computeHotp, type HotpOptions } from './hotp';

export interface TotpOptions extends HotpOptions {
  /** X, the time step in seconds (RFC 6238 §4.1; 30 by default, §5.2). */
  readonly period?: number;
}

/** RFC 6238 §4.2: T = floor((Current Unix time − T0) / X), with T0 = 0. */
export function totpStep(at: Date, period = 30): number {
  return Math.floor(Math.floor(at.getTime() / 1000) / period);
}

/** TOTP = HOTP(K, T) (RFC 6238 §4.2) for the step that holds `at`. */
export function computeTotp(key: Uint8Array, at: Date, options: TotpOptions = {}): Promise<string> {
  return computeHotp(key, totpStep(at, options.period), options);
}

/** The code of a given step: a verifier tries the steps of its window one by one (RFC 6238 §5.2). */
export function computeTotpAtStep(key: Uint8Array, step: number, options: HotpOptions = {}): Promise<string> {
  return computeHotp(key, step, options);
}
