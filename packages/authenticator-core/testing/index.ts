// `@sesame/authenticator-core/testing`: the fake device server that tests, the CLI's tests and the
// offline-code bench enrol against (ADR 0026 §2.8, rule `no-test-code-in-production`). Never
// exported by the package's production index. No vitest here: the bench bundles it for Chromium.
export * from './fake-device-server';
