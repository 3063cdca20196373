export * from './local-servers';
export * from './test-database';
export * from './test-vhost';
