export * from './target';
export * from './meta';
export * from './state';
export * from './events';
export * from './errors';
export * from './method';
