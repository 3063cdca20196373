import { OJA_EVENTS } from './oja';
import { OVERDRACHT_EVENTS } from './overdracht';
import { THUISZITTERS_EVENTS } from './thuiszitters';
import { TOELEIDING_EVENTS } from './toeleiding';

export * from './termijnen';
export * from './toeleiding';
export * from './thuiszitters';
export * from './oja';
export * from './overdracht';

/** Every event definition, grouped by domain in catalogue order. */
export const ALL_EVENTS = [...TOELEIDING_EVENTS, ...THUISZITTERS_EVENTS, ...OJA_EVENTS, ...OVERDRACHT_EVENTS] as const;
