export * from './eid-levels';
export * from './eid-flow';
export * from './eid-method';
export * from './eid-newcomer';
