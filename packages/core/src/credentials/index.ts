export * from './code-attempts';
export * from './credential-management';
export * from './credential-name';
export * from './totp-check';
export * from './totp-code';
export * from './totp-enrolment';
export * from './totp-parameters';
