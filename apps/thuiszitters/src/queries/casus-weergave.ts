import { type IsoDatum } from '@pao/zaak';
import { type z } from 'zod';
import { dagenThuis, lopendeKlokken, waarschuwOp, type Casus, type CommandoType } from '../domain';
import { type CasusAntwoord, type TermijnWeergave as TermijnWeergaveSchema, type Tijdlijnregel as TijdlijnregelSchema } from './antwoorden';

/**
 * The casus as a person sees it: the pupil masked, schools by name, the running clocks
 * with their warning day and rule version, the plan, the ladder and a timeline built from
 * the facts of the case, and the actions this role may take now. Its shapes are the
 * declared answers (./antwoorden).
 */
export type Tijdlijnregel = z.output<typeof TijdlijnregelSchema>;
export type TermijnWeergave = z.output<typeof TermijnWeergaveSchema>;

function dagen(van: IsoDatum, tot: IsoDatum): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

const NIVEAU_TEKST: Record<string, string> = {
  school: 'school',
  steunpunt: 'Steunpunt',
  actietafel: 'Actietafel Thuiszitters',
  teamleider: 'teamleider Toeleiding',
  doorzettingskracht: 'doorzettingskracht',
  doorzettingsmacht: 'doorzettingsmacht',
};

export function tijdlijn(s: Casus, school: (id: string | undefined) => string): Tijdlijnregel[] {
  const r: Tijdlijnregel[] = [];
  if (s.bron) r.push({ op: s.bron.ontvangenOp, soort: 'signaal', tekst: `Signaal ontvangen uit ${s.bron.bron}` });
  if (s.melding) r.push({ op: s.melding.gemeldOp, soort: 'melding', tekst: `Melding door ${s.melding.melder.soort}` });
  if (s.vrijstelling) r.push({ op: s.vrijstelling.ingangsdatum, soort: 'vrijstelling', tekst: `Vrijstelling (${s.vrijstelling.grond})` });
  if (s.thuiszitterSinds) r.push({ op: s.thuiszitterSinds, soort: 'thuiszitter', tekst: 'Thuiszitter' });
  if (s.pactVerstrekenOp) r.push({ op: s.pactVerstrekenOp, soort: 'pact', tekst: 'Langer dan 3 maanden thuis zonder passend aanbod' });
  for (const e of s.escalaties) {
    const waarom = e.reden === 'termijn' ? ` (termijn ${e.termijn?.replace(/-[0-9a-f-]{36}$/, '')} verstreken)` : e.reden === 'thuiszitter' ? ' (thuiszitter)' : e.reden === 'terug' ? ' (terug naar het Steunpunt)' : '';
    r.push({ op: e.op, soort: 'escalatie', tekst: `Van ${NIVEAU_TEKST[e.van]} naar ${NIVEAU_TEKST[e.naar]}${waarom}` });
  }
  for (const c of s.crisis?.stappen ?? []) r.push({ op: c.op, soort: 'crisis', tekst: `Crisis: ${c.stap}` });
  for (const o of s.overleggen) r.push({ op: o.op, soort: 'overleg', tekst: `Overleg met ${o.deelnemers.join(', ')}` });
  for (const b of s.besprekingen) r.push({ op: b.op, soort: 'bespreking', tekst: 'Besproken aan de Actietafel' });
  for (const a of s.acties) {
    r.push({ op: a.afgesprokenOp, soort: 'actie', tekst: `Actie afgesproken (${a.eigenaar}): ${a.omschrijving}` });
    if (a.afgerondOp) r.push({ op: a.afgerondOp, soort: 'actie', tekst: `Actie afgerond: ${a.omschrijving}` });
  }
  for (const a of s.aanmeldingen) {
    r.push({ op: a.aanmeldingOp, soort: 'aanmelding', tekst: `Schriftelijk aangemeld bij ${school(a.schoolId)}` });
    if (a.afgerondOp) r.push({ op: a.afgerondOp, soort: 'aanmelding', tekst: `Aanmelding ${school(a.schoolId)}: ${a.status}` });
  }
  if (s.doorzettingskracht) r.push({ op: s.doorzettingskracht.op, soort: 'doorzettingskracht', tekst: `Doorzettingskracht: ${s.doorzettingskracht.afspraak}` });
  if (s.doorzettingsmacht) r.push({ op: s.doorzettingsmacht.op, soort: 'doorzettingsmacht', tekst: `Doorzettingsmacht: ${school(s.doorzettingsmacht.aangewezenSchoolId)} moet een plek bieden` });
  if (s.aanbod) r.push({ op: s.aanbod.vastgelegdOp, soort: 'aanbod', tekst: `Passend aanbod: ${s.aanbod.uitkomst}${s.aanbod.schoolId ? ` (${school(s.aanbod.schoolId)})` : ''}` });
  if (s.afsluiting) r.push({ op: s.afsluiting.op, soort: 'afsluiting', tekst: `Afgesloten: ${s.afsluiting.reden}` });
  return r.sort((a, b) => (a.op < b.op ? -1 : a.op > b.op ? 1 : 0));
}

export function termijnWeergave(s: Casus, vandaag: IsoDatum): TermijnWeergave[] {
  return lopendeKlokken(s)
    .map(({ soort, klok }) => ({
      soort: soort.startsWith('actie-') ? 'actie' : soort.startsWith('zorgplicht-') ? 'zorgplicht' : soort,
      vervaltOp: klok.vervaltOp,
      waarschuwOp: waarschuwOp(klok),
      dagenResterend: dagen(vandaag, klok.vervaltOp),
      regelVersie: klok.regelVersie,
      ...(soort.startsWith('actie-') ? { actieId: soort.slice(6) } : {}),
      ...(soort.startsWith('zorgplicht-') ? { aanmeldingId: soort.slice(11) } : {}),
    }))
    .sort((a, b) => (a.vervaltOp < b.vervaltOp ? -1 : a.vervaltOp > b.vervaltOp ? 1 : 0));
}

/** Every school id the case names (to look up their names in one query). */
export function schoolIds(s: Casus): string[] {
  return [
    s.melding?.schoolId,
    s.bron?.schoolId,
    s.vrijstelling?.schoolId,
    s.doorzettingskracht?.schoolId,
    s.doorzettingsmacht?.aangewezenSchoolId,
    s.aanbod?.schoolId,
    ...s.aanmeldingen.map((a) => a.schoolId),
  ].filter((x): x is string => typeof x === 'string');
}

export function casusWeergave(
  s: Casus,
  vandaag: IsoDatum,
  extra: { leerling: string | undefined; scholen: Map<string, string>; toegestaneActies: readonly CommandoType[] },
): CasusAntwoord {
  const school = (id: string | undefined) => (id ? (extra.scholen.get(id) ?? 'onbekende school') : 'geen school');
  const metNaam = (id: string | undefined) => (id ? { id, naam: extra.scholen.get(id) ?? null } : null);
  return {
    id: s.id,
    versie: s.versie,
    soort: s.soort,
    status: s.status,
    niveau: s.niveau,
    gemeente: s.gemeente,
    leerling: extra.leerling ? { weergave: extra.leerling } : null,
    aangemaaktOp: s.aangemaaktOp,
    bron: s.bron ? { bron: s.bron.bron, bronId: s.bron.bronId, ontvangenOp: s.bron.ontvangenOp, sinds: s.bron.sinds, school: metNaam(s.bron.schoolId) } : null,
    melding: s.melding ? { ...s.melding, betrokkenen: [...s.melding.betrokkenen], school: metNaam(s.melding.schoolId) } : null,
    vrijstelling: s.vrijstelling ? { ...s.vrijstelling, school: metNaam(s.vrijstelling.schoolId) } : null,
    dagenThuis: dagenThuis(s, vandaag) ?? null,
    thuiszitterSinds: s.thuiszitterSinds ?? null,
    pactVerstrekenOp: s.pactVerstrekenOp ?? null,
    niveauSinds: s.niveauSinds,
    actietafelSinds: s.actietafelSinds ?? null,
    aandachtTeamleiderSinds: s.aandachtTeamleiderSinds ?? null,
    termijnen: termijnWeergave(s, vandaag),
    acties: [...s.acties],
    overleggen: s.overleggen.map((o) => ({ ...o, deelnemers: [...o.deelnemers] })),
    crisis: s.crisis ? { ...s.crisis, stappen: [...s.crisis.stappen] } : null,
    aanmeldingen: s.aanmeldingen.map((a) => ({ ...a, school: metNaam(a.schoolId) })),
    escalaties: [...s.escalaties],
    besprekingen: [...s.besprekingen],
    doorzettingskracht: s.doorzettingskracht ? { ...s.doorzettingskracht, partijen: [...s.doorzettingskracht.partijen], school: metNaam(s.doorzettingskracht.schoolId) } : null,
    doorzettingsmacht: s.doorzettingsmacht ? { ...s.doorzettingsmacht, aangewezenSchool: metNaam(s.doorzettingsmacht.aangewezenSchoolId) } : null,
    aanbod: s.aanbod ? { ...s.aanbod, school: metNaam(s.aanbod.schoolId) } : null,
    afsluiting: s.afsluiting ?? null,
    tijdlijn: tijdlijn(s, school),
    toegestaneActies: [...extra.toegestaneActies],
  };
}

export type CasusWeergave = CasusAntwoord;
