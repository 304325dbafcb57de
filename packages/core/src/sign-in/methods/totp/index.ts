export * from './totp-data';
export * from './totp-method';
