export * from './sms-data';
export * from './sms-method';
