// The legal calendar moved to @pao/kalender; re-exported so imports from @pao/deadlines keep working.
export * from '@pao/kalender';
export * from './scheduler';
