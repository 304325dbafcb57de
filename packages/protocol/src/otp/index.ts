export { fromBase32, toBase32 } from './base32';
export { computeHotp, OTP_MIN_KEY_BYTES, type HotpOptions, type OtpAlgorithm } from './hotp';
export { computeTotp, computeTotpAtStep, totpStep, type TotpOptions } from './totp';
export { otpauthTotpUri, type OtpauthTotp } from './otpauth-uri';
