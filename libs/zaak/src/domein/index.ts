/**
 * The pure half of the case-service kit: what a service's domain folder may import.
 * No framework, no I/O, no clock.
 */
export * from './beslisser';
export * from './datum';
export * from './fouten';
export * from './leerling/bsn';
export * from './leerling/leerling-id';
export * from './leerling/personalia';
export * from './leerling/zoektermen';
export * from './leerling/test-nummers';
export * from './termijnen';
export * from './validatie';
