export * from './recovery-code-data';
export * from './recovery-code-method';
