export * from './schema';
export * from './register';
export * from './load';
export * from './scholen';
