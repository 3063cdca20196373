export * from './clock';
export * from './sql';
export * from './types';
export * from './recurring';
export * from './deadline-scheduler';
export * from './testing';
export * from './metrics';
