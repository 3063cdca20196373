import { datumInAmsterdam } from '../datum';
import { OngeldigeInvoer } from '../fouten';
import { toestandVan, type TlvAanvraag } from './aanvraag';
import { type Aanmaken, type CommandoType, type CommandoVan, type TlvCommando } from './commandos';
import { type TlvContext } from './context';
import * as aanvraag from './handlers/aanvraag';
import * as besluit from './handlers/besluit';
import * as bezwaar from './handlers/bezwaar';
import { type Handler, type Resultaat, type Werkcontext } from './handlers/gemeen';
import * as uitvoering from './handlers/uitvoering';
import { doelen, eisOvergang, isProcedureCommando } from './overgangen';
import { eisBevoegdheid } from './rollen';
import { type Swv } from './soort';
import { vereisEen, vereisObject } from './validatie';

export type { Resultaat } from './handlers/gemeen';

const HANDLERS: { readonly [K in CommandoType]: Handler<CommandoVan<K>> } = {
  conceptWijzigen: aanvraag.conceptWijzigen,
  indienen: aanvraag.indienen,
  aanvullingVragen: aanvraag.aanvullingVragen,
  aanvullen: aanvraag.aanvullen,
  buitenBehandelingStellen: aanvraag.buitenBehandelingStellen,
  inBehandelingNemen: aanvraag.inBehandelingNemen,
  intrekken: aanvraag.intrekken,
  adviesVastleggen: besluit.adviesVastleggen,
  besluitNemen: besluit.besluitNemen,
  bekendmaken: besluit.bekendmaken,
  bezwaarRegistreren: bezwaar.bezwaarRegistreren,
  doorsturenNaarLbt: bezwaar.doorsturenNaarLbt,
  lbtAdviesRegistreren: bezwaar.lbtAdviesRegistreren,
  beslissingOpBezwaarVerdagen: bezwaar.beslissingOpBezwaarVerdagen,
  beslissenOpBezwaar: bezwaar.beslissenOpBezwaar,
  onherroepelijkVerklaren: bezwaar.onherroepelijkVerklaren,
  overbruggingStarten: uitvoering.overbruggingStarten,
  overbruggingBeeindigen: uitvoering.overbruggingBeeindigen,
  plaatsingRegistreren: uitvoering.plaatsingRegistreren,
  einddatumWijzigen: uitvoering.einddatumWijzigen,
  verlopen: uitvoering.verlopen,
  beeindigen: uitvoering.beeindigen,
  verlengingAanvragen: uitvoering.verlengingAanvragen,
};

export const COMMANDO_TYPES = Object.keys(HANDLERS) as CommandoType[];

function werkcontext(ctx: TlvContext, swv: Swv): Werkcontext {
  const beleid = ctx.beleid;
  // Wiring error, not user input: the rules of one SWV applied to the other's case.
  if (beleid.swv !== swv) throw new Error(`beleid van SWV ${beleid.swv} gebruikt voor SWV ${swv}`);
  return { vandaag: datumInAmsterdam(ctx.nu), actor: ctx.actor, beleid, termijnen: ctx.termijnen, nieuwId: ctx.nieuwId };
}

/**
 * Decide: (state, command, context) → new state + events, or a typed error with nothing
 * changed. Checks in order: well-formed → SWV → role (403 before revealing state) →
 * state machine (409) → the handler's own guards and input rules.
 */
export function voerUit(state: TlvAanvraag, commando: TlvCommando, ctx: TlvContext): Resultaat {
  const c = vereisObject('commando', commando) as unknown as TlvCommando;
  const type = vereisEen('type', c.type, COMMANDO_TYPES);
  if (c.swv !== state.swv) throw new OngeldigeInvoer('swv', 'het commando hoort bij een ander samenwerkingsverband');
  eisBevoegdheid(ctx.actor, c, state);
  eisOvergang(state, type);
  const handler = HANDLERS[type] as Handler<TlvCommando>;
  const resultaat = handler(state, c, werkcontext(ctx, state.swv));
  bewaakDoel(state, type, resultaat.state);
  return resultaat;
}

/** The handler must land where the table says; a mismatch is a bug, not user error. */
function bewaakDoel(voor: TlvAanvraag, type: CommandoType, na: TlvAanvraag): void {
  const toegestaan = doelen(voor, type) ?? [];
  const bereikt = isProcedureCommando(type) ? na.status : na.uitvoering?.status;
  const procedureGelijk = isProcedureCommando(type) || na.status === voor.status;
  if (!bereikt || !toegestaan.includes(bereikt) || !procedureGelijk) {
    throw new Error(`'${type}' leidde van ${toestandVan(voor)} naar ${toestandVan(na)}, niet volgens de overgangstabel`);
  }
}

/** An SWV id: which SWVs exist is the service's register, the domain only needs one. */
function vereisSwv(swv: unknown): Swv {
  if (typeof swv !== 'string' || swv.length === 0) throw new OngeldigeInvoer('swv', 'moet een samenwerkingsverband zijn');
  return swv;
}

/** Starts a case as a concept. */
export function maakAan(commando: Aanmaken, ctx: TlvContext): Resultaat {
  const c = vereisObject('commando', commando) as unknown as Aanmaken;
  if (c.type !== 'aanmaken') throw new OngeldigeInvoer('type', "moet 'aanmaken' zijn");
  const swv = vereisSwv(c.swv);
  const aanvrager = vereisObject('aanvrager', c.aanvrager) as unknown as Aanmaken['aanvrager'];
  eisBevoegdheid(ctx.actor, c, { swv, aanvrager });
  return aanvraag.nieuweAanvraag({ swv, leerlingRef: c.leerlingRef, aanvrager, dossier: c.dossier }, werkcontext(ctx, swv));
}
