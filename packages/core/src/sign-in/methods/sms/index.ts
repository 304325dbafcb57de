export * from './sms-data';
export * from './sms-method';
export * from './sms-sunset';
