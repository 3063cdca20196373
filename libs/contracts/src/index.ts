export * from './values';
export * from './envelope';
export * from './define';
export * from './events';
export * from './catalogue';
