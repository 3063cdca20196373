export * from './local-servers';
export * from './test-database';
export * from './test-vhost';
export * from './tcp-proxy';
export * from './wait-for';
export * from './app-process';
export * from './stub-oidc-issuer';
