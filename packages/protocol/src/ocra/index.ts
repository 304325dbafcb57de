export * from './suite';
export * from './question';
export * from './data-input';
export { OCRA_MIN_KEY_BYTES, importOcraKey } from './key';
export * from './compute';
export * from './verify';
export * from './time';
export * from './password';
export * from './sesame-suites';
