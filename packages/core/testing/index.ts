// `@sesame/core/testing`: doubles and worlds for tests of core and of what runs over it (ADR 0026
// §2.8, rule `no-test-code-in-production`). Never imported by production code.
export * from './account-policy';
export * from './device-kit';
export * from './memory-account-options-repository';
export * from './memory-credential-repository';
export * from './memory-eid-link-repository';
export * from './memory-device-repository';
export * from './memory-ephemeral-store';
// The CAS world shares the device world's T0 (the same instant).
export {
  APPS,
  BACKEND_CALLBACK,
  BACKEND_SERVICE,
  type CasKit,
  createCasKit,
  EULOGIN_SERVICE,
  OTHER_SERVICE,
  PROXY_CALLBACK,
  SERVICE,
  SESSION_LIFE_MS,
  USER,
} from './cas-kit';
export * from './recording-ephemeral-store';
export * from './totp-kit';
export * from './recovery-code-kit';
export * from './webauthn-kit';
