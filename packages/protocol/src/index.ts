export * from './locale';
export * from './levels';
export * from './strengths';
export * from './base64url';
export * from './errors';
export * from './ocra';
export * from './device';
export * from './qr';
