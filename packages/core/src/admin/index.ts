export * from './admin-deps';
export * from './admin-actor';
export * from './admin-accounts';
export * from './admin-roles';
export * from './admin-organisations';
export * from './admin-audit';
