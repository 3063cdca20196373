/** The thuiszitters domain: pure rules, no framework, no I/O, no clock. */
export * from './aanmaken';
export * from './begrippen';
export * from './beslisser';
export * from './casus';
export * from './commandos';
export * from './events';
export * from './regels';
export * from './termijnen';
export * from './vergadering';
export * from './werkcontext';
