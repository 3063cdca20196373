import { maakBeslisser, OngeldigeInvoer, vereisEen, vereisObject } from '@pao/zaak/domein';
import { datumInAmsterdam } from '@pao/zaak/domein';
import { type TlvAanvraag } from './aanvraag';
import { type Aanmaken, type CommandoType, type TlvCommando } from './commandos';
import { type Rol, type TlvContext } from './context';
import { type TlvEvent } from './events';
import * as aanvraag from './handlers/aanvraag';
import * as beroep from './handlers/beroep';
import * as besluit from './handlers/besluit';
import * as bezwaar from './handlers/bezwaar';
import { type Resultaat, type Werkcontext } from './handlers/gemeen';
import * as uitvoering from './handlers/uitvoering';
import { PROCEDURE, PROCEDURE_COMMANDOS, UITVOERING, UITVOERING_COMMANDOS, waaromNiet, WERKZAAM } from './overgangen';
import { beoordeelBevoegdheid, eisBevoegdheid, ROLLEN_PER_COMMANDO } from './rollen';
import { type Swv } from './soort';

export type { Resultaat, Werkcontext } from './handlers/gemeen';

/**
 * The TLV decider, made from the kit: two state machines side by side (the legal
 * procedure leads; the uitvoering runs once a toelaatbaar besluit has effect), the role
 * table, the organisation checks, and one handler per command.
 */
export const tlvBeslisser = maakBeslisser<TlvAanvraag, TlvCommando, TlvEvent, Rol, Werkcontext>({
  machines: [
    { naam: 'procedure', status: (s) => s.status, commandos: PROCEDURE_COMMANDOS, overgangen: PROCEDURE, waaromNiet },
    {
      naam: 'uitvoering',
      status: (s) => (s.uitvoering && WERKZAAM.includes(s.status) ? s.uitvoering.status : undefined),
      commandos: UITVOERING_COMMANDOS,
      overgangen: UITVOERING,
      waaromNiet,
    },
  ],
  rollen: ROLLEN_PER_COMMANDO,
  handlers: {
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
    termijnoverschrijdingBeoordelen: bezwaar.termijnoverschrijdingBeoordelen,
    beroepRegistreren: beroep.beroepRegistreren,
    uitspraakRegistreren: beroep.uitspraakRegistreren,
    onherroepelijkVerklaren: bezwaar.onherroepelijkVerklaren,
    overbruggingStarten: uitvoering.overbruggingStarten,
    overbruggingBeeindigen: uitvoering.overbruggingBeeindigen,
    plaatsingRegistreren: uitvoering.plaatsingRegistreren,
    einddatumWijzigen: uitvoering.einddatumWijzigen,
    jaarlijkseEvaluatieVastleggen: uitvoering.jaarlijkseEvaluatieVastleggen,
    verlopen: uitvoering.verlopen,
    beeindigen: uitvoering.beeindigen,
    verlengingAanvragen: uitvoering.verlengingAanvragen,
  },
  bevoegdheid: (actor, c, s) => {
    const oordeel = beoordeelBevoegdheid(actor as TlvContext['actor'], c, s);
    return oordeel.toegestaan ? undefined : oordeel.reden;
  },
});

export const COMMANDO_TYPES = tlvBeslisser.commandoTypes as CommandoType[];

/** The handlers' context for a case of `swv`. */
export function tlvWerkcontext(ctx: TlvContext, swv: Swv): Werkcontext {
  const beleid = ctx.beleid;
  // Wiring error, not user input: the rules of one SWV applied to the other's case.
  if (beleid.swv !== swv) throw new Error(`beleid van SWV ${beleid.swv} gebruikt voor SWV ${swv}`);
  return { vandaag: datumInAmsterdam(ctx.nu), actor: ctx.actor, beleid, termijnen: ctx.termijnen, nieuwId: ctx.nieuwId };
}

/**
 * Decide: (state, command, context) → new state + events, or a typed error with nothing
 * changed. The command must be of the case's SWV; the kit's decider does the rest
 * (role → organisation → state machine → handler → target check).
 */
export function voerUit(state: TlvAanvraag, commando: TlvCommando, ctx: TlvContext): Resultaat {
  const c = vereisObject('commando', commando) as unknown as TlvCommando;
  vereisEen('type', c.type, COMMANDO_TYPES);
  if (c.swv !== state.swv) throw new OngeldigeInvoer('swv', 'het commando hoort bij een ander samenwerkingsverband');
  return tlvBeslisser.beslis(state, c, tlvWerkcontext(ctx, state.swv));
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
  return aanvraag.nieuweAanvraag({ swv, leerlingRef: c.leerlingRef, aanvrager, dossier: c.dossier }, tlvWerkcontext(ctx, swv));
}

/** Which commands the state machines allow now (guards and roles aside): the UI's buttons. */
export function toegestaneCommandos(s: TlvAanvraag): CommandoType[] {
  return tlvBeslisser.toegestaan(s);
}
