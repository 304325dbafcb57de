export * from './app-push-data';
export * from './app-push-method';
