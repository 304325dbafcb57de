export * from './admin-deps';
export * from './admin-actor';
export * from './admin-accounts';
export * from './account-lifecycle';
export * from './account-import';
export * from './account-export';
export * from './api-client';
