export * from './organisation';
export * from './roles';
export * from './authorise';
export * from './configured-tree';
