export * from './locale';
export * from './levels';
export * from './strengths';
export * from './base64url';
