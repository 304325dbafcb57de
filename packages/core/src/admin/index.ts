export * from './admin-deps';
export * from './admin-actor';
export * from './admin-accounts';
export * from './api-client';
