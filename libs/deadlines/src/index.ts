export * from './calendar';
export * from './scheduler';
