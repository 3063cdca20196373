import { type TermijnSoorten } from '@pao/zaak';

/** How each deadline soort is scheduled; the warnings come per SWV from the rules (the intents carry them). */
export const OJA_TERMIJNSOORTEN: TermijnSoorten = {
  beoordeling: {},
  evaluatie: {},
  'arrangement-einde': {},
  afsluiting: {},
};
