export * from './clock';
export * from './durable-store';
export * from './ephemeral-store';
export * from './password-hasher';
export * from './mailer';
export * from './device-repository';
export * from './device-notifier';
export * from './credential-repository';
