import { isIsoDatum, OngeldigeOvergang, type Beslissing, type IsoDatum, type Werkcontext as ZaakWerkcontext } from '@pao/zaak/domein';
import { type TlvAanvraag, type Uitvoering } from '../aanvraag';
import { type SwvBeleid } from '../beleid';
import { type CommandoType } from '../commandos';
import { type Actor } from '../context';
import { event, type TlvEvent } from '../events';
import { type Termijn, type Termijnrekenaar } from '../termijnrekenaar';

/** What a handler needs besides the state and the command: the kit's context plus the SWV's rules and calendar. */
export interface Werkcontext extends ZaakWerkcontext {
  readonly vandaag: IsoDatum;
  readonly actor: Actor;
  readonly beleid: SwvBeleid;
  readonly termijnen: Termijnrekenaar;
}

/** A decision on a TLV case; `nieuw` holds the new concept of a verlengingAanvragen, stored with `state`. */
export type Resultaat = Beslissing<TlvAanvraag, TlvEvent>;

export type Handler<C> = (s: TlvAanvraag, c: C, w: Werkcontext) => Resultaat;

/** A new version of the case: never mutate `s`, callers may hold it frozen. */
export function verder(s: TlvAanvraag, wijziging: Partial<TlvAanvraag>, events: readonly TlvEvent[]): Resultaat {
  return { state: { ...s, ...wijziging, versie: s.versie + 1 }, events };
}

/** A guard failed: the table allows the command here, but not in this situation. */
export function weiger(s: TlvAanvraag, commando: CommandoType, reden: string): never {
  throw new OngeldigeOvergang(s.status, s.uitvoering?.status, commando, reden);
}

export function basis(s: Pick<TlvAanvraag, 'id' | 'swv'>, datum: IsoDatum) {
  return { aanvraagId: s.id, swv: s.swv, datum };
}

/**
 * Ends a running overbrugging on `datum` (plaatsing, verlopen, beëindigd, herroepen): the
 * changed field and its event, so subscribers always hear that it stopped.
 */
export function sluitOverbrugging(s: Pick<TlvAanvraag, 'id' | 'swv'>, u: Uitvoering, datum: IsoDatum): { velden: Pick<Uitvoering, 'overbrugging'> | Record<string, never>; events: TlvEvent[] } {
  if (!u.overbrugging || u.overbrugging.tot) return { velden: {}, events: [] };
  return {
    velden: { overbrugging: { ...u.overbrugging, tot: datum } },
    events: [event('overbrugging-beeindigd', { ...basis(s, datum), tlvId: u.tlvId })],
  };
}

/** Guards against a broken calendar adapter: a term must be a date on or after its start. */
export function controleerTermijn(t: Termijn, start: IsoDatum, naam: string): Termijn {
  if (!isIsoDatum(t?.datum) || t.datum < start || typeof t.regelVersie !== 'string' || t.regelVersie === '') {
    throw new Error(`Termijnrekenaar gaf een ongeldige ${naam}`);
  }
  return { datum: t.datum, regelVersie: t.regelVersie };
}
