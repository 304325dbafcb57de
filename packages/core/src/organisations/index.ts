export * from './organisation';
export * from './roles';
export * from './authorise';
