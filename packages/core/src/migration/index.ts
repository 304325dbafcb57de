export * from './figures';
export * from './migration-deps';
export * from './dashboard';
export * from './reminders';
export * from './campaign';
