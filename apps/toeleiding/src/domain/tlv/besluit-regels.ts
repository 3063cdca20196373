import { eersteVolledigSchooljaarEinde, is31Juli, type IsoDatum } from '@pao/zaak/domein';
import { OngeldigeInvoer } from '@pao/zaak/domein';
import { type BesluitInhoud, type Dossier } from './aanvraag';
import { type SwvBeleid } from './beleid';
import { type TlvSoort, TLV_SOORTEN } from './soort';
import { optioneelId, vereisDatum, vereisEen, vereisObject, vereisTekst } from '@pao/zaak/domein';

/** The soort must exist and be one this SWV issues (PrO only VO, SBO only PO, ...). */
export function vereisSoort(veld: string, waarde: unknown, beleid: SwvBeleid): TlvSoort {
  const soort = vereisEen(veld, waarde, TLV_SOORTEN);
  if (!beleid.soorten.includes(soort)) throw new OngeldigeInvoer(veld, `SWV ${beleid.swv} geeft geen TLV ${soort} af`);
  return soort;
}

/** An einddatum: a 31 July after the start, or 'onbepaald' with reasons (001:2025-2030). */
export function vereisEinddatum(
  veld: string,
  einddatum: unknown,
  redenVeld: string,
  onbepaaldReden: unknown,
  ingangsdatum: IsoDatum,
  soort: TlvSoort,
  beleid: SwvBeleid,
): { einddatum: IsoDatum | 'onbepaald'; onbepaaldReden?: string } {
  if (einddatum === 'onbepaald') return { einddatum, onbepaaldReden: vereisTekst(redenVeld, onbepaaldReden) };
  const datum = vereisDatum(veld, einddatum);
  if (!is31Juli(datum)) throw new OngeldigeInvoer(veld, 'moet 31 juli zijn (einde schooljaar)');
  if (datum <= ingangsdatum) throw new OngeldigeInvoer(veld, 'moet na de ingangsdatum liggen');
  if (beleid.minimaalEenSchooljaarVoor.includes(soort) && datum < eersteVolledigSchooljaarEinde(ingangsdatum)) {
    throw new OngeldigeInvoer(veld, `een TLV ${soort} geldt ten minste één volledig schooljaar (regel minimale duur VSO, ${beleid.versie})`);
  }
  return { einddatum: datum };
}

/** Checks a besluit and returns a clean copy (unknown fields dropped). */
export function valideerBesluitInhoud(veld: string, waarde: unknown, beleid: SwvBeleid): BesluitInhoud {
  const inhoud = vereisObject(veld, waarde);
  const uitkomst = vereisEen(`${veld}.uitkomst`, inhoud.uitkomst, ['toelaatbaar', 'niet-toelaatbaar'] as const);
  const motivering = vereisTekst(`${veld}.motivering`, inhoud.motivering);
  if (uitkomst === 'niet-toelaatbaar') return { uitkomst, motivering };
  const soort = vereisSoort(`${veld}.soort`, inhoud.soort, beleid);
  const ingangsdatum = vereisDatum(`${veld}.ingangsdatum`, inhoud.ingangsdatum);
  const einde = vereisEinddatum(`${veld}.einddatum`, inhoud.einddatum, `${veld}.onbepaaldReden`, inhoud.onbepaaldReden, ingangsdatum, soort, beleid);
  return { uitkomst, soort, ingangsdatum, motivering, ...einde };
}

/** Checks the fields given (a partial dossier); missing fields are checked at indienen. */
export function valideerDossier(waarde: unknown, beleid: SwvBeleid): Dossier {
  if (waarde === undefined) return {};
  const d = vereisObject('dossier', waarde);
  const uit: { -readonly [K in keyof Dossier]: Dossier[K] } = {};
  if (d.gevraagdeSoort !== undefined) uit.gevraagdeSoort = vereisSoort('dossier.gevraagdeSoort', d.gevraagdeSoort, beleid);
  if (d.ondersteuningsbehoefte !== undefined) uit.ondersteuningsbehoefte = vereisTekst('dossier.ondersteuningsbehoefte', d.ondersteuningsbehoefte);
  if (d.oppRef !== undefined) uit.oppRef = optioneelId('dossier.oppRef', d.oppRef);
  if (d.eersteSignaalOp !== undefined) uit.eersteSignaalOp = vereisDatum('dossier.eersteSignaalOp', d.eersteSignaalOp);
  if (d.tloVerslagRef !== undefined) uit.tloVerslagRef = optioneelId('dossier.tloVerslagRef', d.tloVerslagRef);
  if (d.gewensteDuur !== undefined) {
    const duur = vereisObject('dossier.gewensteDuur', d.gewensteDuur);
    const einddatum = duur.einddatum === 'onbepaald' ? 'onbepaald' : vereisDatum('dossier.gewensteDuur.einddatum', duur.einddatum);
    uit.gewensteDuur = { einddatum, onderbouwing: vereisTekst('dossier.gewensteDuur.onderbouwing', duur.onderbouwing) };
  }
  return uit;
}
