export * from './locale';
export * from './levels';
export * from './base64url';
