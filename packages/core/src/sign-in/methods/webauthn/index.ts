export * from './webauthn-data';
export * from './webauthn-method';
export * from './webauthn-passkey';
