import { dagenTussen } from '@pao/zaak/domein';
import { OngeldigeInvoer, type Invoerfout } from '@pao/zaak/domein';
import { type Aanvrager, type Dossier, type TlvAanvraag } from '../aanvraag';
import { valideerDossier, vereisSoort } from '../besluit-regels';
import {
  type Aanvullen,
  type AanvullingVragen,
  type BuitenBehandelingStellen,
  type ConceptWijzigen,
  type Indienen,
  type InBehandelingNemen,
  type Intrekken,
} from '../commandos';
import { event } from '../events';
import { ONTBREKENDE_ONDERDELEN, type Swv } from '../soort';
import { feitdatum, vereisDatum, vereisEen, vereisId, vereisNietVoor, vereisObject, vereisTekst } from '@pao/zaak/domein';
import { basis, verder, weiger, type Handler, type Resultaat, type Werkcontext } from './gemeen';

/** Shared by aanmaken and verlengingAanvragen: a fresh concept. */
export function nieuweAanvraag(
  invoer: { swv: Swv; leerlingRef: unknown; aanvrager: unknown; dossier?: unknown; verlengingVan?: string },
  w: Werkcontext,
): Resultaat {
  const a = vereisObject('aanvrager', invoer.aanvrager);
  const aanvrager: Aanvrager = {
    bevoegdGezagId: vereisId('aanvrager.bevoegdGezagId', a.bevoegdGezagId),
    schoolId: vereisId('aanvrager.schoolId', a.schoolId),
  };
  const state: TlvAanvraag = {
    id: vereisId('aanvraagId', w.nieuwId()),
    swv: invoer.swv,
    versie: 1,
    status: 'concept',
    leerlingRef: vereisId('leerlingRef', invoer.leerlingRef),
    aanvrager,
    dossier: valideerDossier(invoer.dossier, w.beleid),
    ...(invoer.verlengingVan ? { verlengingVan: invoer.verlengingVan } : {}),
    aangemaaktOp: w.vandaag,
    opschortingen: [],
    adviezen: [],
    vervangenBesluiten: [],
  };
  const data = { ...basis(state, w.vandaag), leerlingRef: state.leerlingRef, schoolId: aanvrager.schoolId };
  return { state, events: [event('aanvraag-aangemaakt', invoer.verlengingVan ? { ...data, verlengingVan: invoer.verlengingVan } : data)] };
}

export const conceptWijzigen: Handler<ConceptWijzigen> = (s, c, w) => {
  const wijziging = valideerDossier(vereisObject('dossier', c.dossier), w.beleid);
  return verder(s, { dossier: { ...s.dossier, ...wijziging } }, [event('concept-gewijzigd', basis(s, w.vandaag))]);
};

/** Everything a complete aanvraag needs (001:1993-2030); all gaps reported at once. */
function ontbrekendeVelden(d: Dossier, verlenging: boolean): Invoerfout[] {
  const fouten: Invoerfout[] = [];
  const verplicht = (veld: keyof Dossier) => d[veld] === undefined && fouten.push({ veld: `dossier.${veld}`, melding: 'is verplicht bij indienen' });
  verplicht('gevraagdeSoort');
  verplicht('ondersteuningsbehoefte');
  verplicht('oppRef');
  verplicht('tloVerslagRef');
  // A verlenging states the goals and the time needed (001:2102).
  if (verlenging) verplicht('gewensteDuur');
  return fouten;
}

export const indienen: Handler<Indienen> = (s, c, w) => {
  const fouten = ontbrekendeVelden(s.dossier, s.verlengingVan !== undefined);
  if (fouten.length > 0) throw new OngeldigeInvoer(fouten);
  // The rules may have changed since the concept was saved.
  const soort = vereisSoort('dossier.gevraagdeSoort', s.dossier.gevraagdeSoort, w.beleid);
  const ingediendOp = feitdatum('ontvangenOp', c.ontvangenOp, w.vandaag);
  // The signal comes before the aanvraag; a later date would make the lead time negative.
  if (s.dossier.eersteSignaalOp !== undefined && s.dossier.eersteSignaalOp > ingediendOp) {
    throw new OngeldigeInvoer('dossier.eersteSignaalOp', 'ligt na de indiening van de aanvraag');
  }
  const data = { ...basis(s, ingediendOp), leerlingRef: s.leerlingRef, schoolId: s.aanvrager.schoolId, soort };
  return verder(s, { status: 'ingediend', ingediendOp }, [
    event('aanvraag-ingediend', s.verlengingVan ? { ...data, verlengingVan: s.verlengingVan } : data),
  ]);
};

export const aanvullingVragen: Handler<AanvullingVragen> = (s, c, w) => {
  const aanvullenVoor = vereisDatum('aanvullenVoor', c.aanvullenVoor);
  if (aanvullenVoor <= w.vandaag) throw new OngeldigeInvoer('aanvullenVoor', 'moet na vandaag liggen (Awb 4:5: een redelijke termijn)');
  if (!Array.isArray(c.ontbrekend) || c.ontbrekend.length === 0) throw new OngeldigeInvoer('ontbrekend', 'noem ten minste één ontbrekend onderdeel');
  const ontbrekend = [...new Set(c.ontbrekend.map((o, i) => vereisEen(`ontbrekend[${i}]`, o, ONTBREKENDE_ONDERDELEN)))];
  const opschorting = { van: w.vandaag, aanvullenVoor, ontbrekend };
  return verder(s, { status: 'aanvulling-gevraagd', opschortingen: [...s.opschortingen, opschorting] }, [
    event('aanvulling-gevraagd', { ...basis(s, w.vandaag), uiterlijkOp: aanvullenVoor, ontbrekend }),
  ]);
};

/** Closes the open opschorting on `tot`; the last one is open while status is aanvulling-gevraagd. */
function sluitOpschorting(s: TlvAanvraag, tot: string) {
  const laatste = s.opschortingen[s.opschortingen.length - 1];
  return { opschortingen: [...s.opschortingen.slice(0, -1), { ...laatste, tot }], van: laatste.van };
}

export const aanvullen: Handler<Aanvullen> = (s, c, w) => {
  const open = s.opschortingen[s.opschortingen.length - 1];
  const ontvangenOp = vereisNietVoor('ontvangenOp', feitdatum('ontvangenOp', c.ontvangenOp, w.vandaag), open.van, 'het verzoek om aanvulling');
  const dossier = { ...s.dossier, ...valideerDossier(c.dossier, w.beleid) };
  const { opschortingen, van } = sluitOpschorting(s, ontvangenOp);
  return verder(s, { status: 'ingediend', dossier, opschortingen }, [
    event('aanvraag-aangevuld', { ...basis(s, ontvangenOp), opgeschorteDagen: dagenTussen(van, ontvangenOp) }),
  ]);
};

export const buitenBehandelingStellen: Handler<BuitenBehandelingStellen> = (s, c, w) => {
  const open = s.opschortingen[s.opschortingen.length - 1];
  if (w.vandaag <= open.aanvullenVoor) weiger(s, c.type, `de termijn voor aanvulling loopt nog tot ${open.aanvullenVoor}`);
  const afsluitMotivering = vereisTekst('motivering', c.motivering);
  const { opschortingen } = sluitOpschorting(s, w.vandaag);
  return verder(s, { status: 'buiten-behandeling', opschortingen, afgeslotenOp: w.vandaag, afsluitMotivering }, [
    event('aanvraag-buiten-behandeling-gesteld', basis(s, w.vandaag)),
  ]);
};

export const inBehandelingNemen: Handler<InBehandelingNemen> = (s, _c, w) =>
  verder(s, { status: 'in-behandeling' }, [event('aanvraag-in-behandeling-genomen', basis(s, w.vandaag))]);

/** The aanvrager may withdraw until the besluit (Awb 4:1 ff.). */
export const intrekken: Handler<Intrekken> = (s, c, w) => {
  const datum = feitdatum('datum', c.datum, w.vandaag);
  const open = s.status === 'aanvulling-gevraagd';
  if (open) vereisNietVoor('datum', datum, s.opschortingen[s.opschortingen.length - 1].van, 'het verzoek om aanvulling');
  const opschortingen = open ? sluitOpschorting(s, datum).opschortingen : s.opschortingen;
  return verder(s, { status: 'ingetrokken', opschortingen, afgeslotenOp: datum }, [event('aanvraag-ingetrokken', basis(s, datum))]);
};
