export * from './keyring';
export * from './hash-keyring';
export * from './encryption-keyring';
export * from './rekey';
export * from './secret-settings';
export * from './published-secrets';
