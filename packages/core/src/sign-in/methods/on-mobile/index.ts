export * from './app-link';
export * from './on-mobile-data';
export * from './on-mobile-method';
