export * from './app-qr-data';
export * from './app-qr-method';
