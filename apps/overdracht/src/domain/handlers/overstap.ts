import { OngeldigeInvoer, vereisDatum, vereisId, weiger, type IsoDatum, type Werkcontext } from '@pao/zaak/domein';
import { type Commando } from '../commandos';
import { type OverdrachtEvent } from '../events';
import { warmeOverdrachtStatus } from '../overgangen';
import { controledatum, uitvalTot, verstrekenTermijnen, verwachteStartdatum, type Termijnsoort } from '../termijnen';
import {
  AFWIJZINGSREDENEN,
  ONTVANGENDE_SOORTEN,
  SCHOOLSOORTEN,
  VERTREKREDENEN,
  type Aanmelding,
  type NietGestartReden,
  type Overdracht,
} from '../typen';
import { datum, vereisEen, volgende, type Uitkomst } from './gemeen';

/** Rejections that count: a held (voorgelegde) third one is not recorded until the Steunpunt decides. */
export function aantalAfwijzingen(s: Overdracht): number {
  return s.aanmeldingen.filter((a) => a.uitkomst === 'afgewezen').length;
}

function openAanmelding(s: Overdracht, veld: string, id: unknown, commando: string): Aanmelding {
  const aanmeldingId = vereisId(veld, id);
  const a = s.aanmeldingen.find((x) => x.id === aanmeldingId);
  if (!a) throw new OngeldigeInvoer(veld, 'onbekende aanmelding van deze leerling');
  if (a.uitkomst !== 'open') weiger(s.status, commando, `deze aanmelding is al ${a.uitkomst}`);
  return a;
}

function metAanmelding(s: Overdracht, a: Aanmelding): readonly Aanmelding[] {
  return s.aanmeldingen.map((x) => (x.id === a.id ? a : x));
}

export function aanmelden(s: Overdracht, c: Commando<'aanmelden'>, w: Werkcontext): Uitkomst {
  const schoolId = vereisId('schoolId', c.schoolId);
  const soort = vereisEen('schoolId', c.schoolSoort, SCHOOLSOORTEN);
  if (!ONTVANGENDE_SOORTEN[s.route].includes(soort)) throw new OngeldigeInvoer('schoolId', 'deze school past niet bij de overstap');
  const op = datum('datum', c.datum, w);
  if (s.aanmeldingen.some((a) => a.uitkomst === 'open')) weiger(s.status, c.type, 'er loopt al een aanmelding; wacht op het besluit of trek haar in');
  if (s.aanmeldingen.some((a) => a.schoolId === schoolId && a.uitkomst === 'afgewezen')) weiger(s.status, c.type, 'deze school heeft de leerling al afgewezen');
  const aanmelding: Aanmelding = { id: w.nieuwId(), schoolId, aangemeldOp: op, uitkomst: 'open' };
  // VO→MBO: an aanmelding on or before the last day gives the right to admission (WEB, toelatingsrecht mbo).
  const mbo = s.kalender.mboAanmelding;
  const toelatingsrecht = s.route === 'vo-mbo' && mbo && op <= mbo.datum ? 'verworven' : s.toelatingsrecht;
  return volgende(s, { aanmeldingen: [...s.aanmeldingen, aanmelding], toelatingsrecht }, [{ naam: 'aangemeld', data: { aanmeldingId: aanmelding.id, schoolId } }]);
}

/**
 * A school rejects. Two recorded rejections flag the pupil; a third is not recorded but
 * held for the Steunpunt ("geen drie keer worden afgewezen"): never a placement, never a
 * silent third rejection.
 */
export function afwijzen(s: Overdracht, c: Commando<'afwijzen'>, w: Werkcontext): Uitkomst {
  const a = openAanmelding(s, 'aanmeldingId', c.aanmeldingId, c.type);
  const reden = vereisEen('reden', c.reden, AFWIJZINGSREDENEN);
  const op = datum('datum', c.datum, w);
  if (op < a.aangemeldOp) throw new OngeldigeInvoer('datum', 'ligt vóór de aanmelding');
  if (aantalAfwijzingen(s) >= 2) {
    const voorgelegd: Aanmelding = { ...a, uitkomst: 'voorgelegd', besluitOp: op, reden };
    return volgende(s, { status: 'steunpunt', aanmeldingen: metAanmelding(s, voorgelegd), voorgelegd: { aanmeldingId: a.id, sinds: op } }, [
      { naam: 'voorgelegdAanSteunpunt', data: { aanmeldingId: a.id } },
    ]);
  }
  const afgewezen: Aanmelding = { ...a, uitkomst: 'afgewezen', besluitOp: op, reden };
  return volgende(s, { aanmeldingen: metAanmelding(s, afgewezen) }, [{ naam: 'afgewezen', data: { aanmeldingId: a.id, aantal: aantalAfwijzingen(s) + 1 } }]);
}

export function aanmeldingIntrekken(s: Overdracht, c: Commando<'aanmeldingIntrekken'>, w: Werkcontext): Uitkomst {
  const a = openAanmelding(s, 'aanmeldingId', c.aanmeldingId, c.type);
  const op = datum('datum', c.datum, w);
  return volgende(s, { aanmeldingen: metAanmelding(s, { ...a, uitkomst: 'ingetrokken', besluitOp: op }) });
}

export function plaatsen(s: Overdracht, c: Commando<'plaatsen'>, w: Werkcontext): Uitkomst {
  const a = openAanmelding(s, 'aanmeldingId', c.aanmeldingId, c.type);
  const op = datum('datum', c.datum, w);
  if (op < a.aangemeldOp) throw new OngeldigeInvoer('datum', 'ligt vóór de aanmelding');
  const startdatum = c.startdatum === undefined ? s.kalender.eersteSchooldag.datum : vereisDatum('startdatum', c.startdatum);
  if (startdatum < op) throw new OngeldigeInvoer('startdatum', 'ligt vóór de plaatsing');
  return volgende(
    s,
    {
      status: 'geplaatst',
      aanmeldingen: metAanmelding(s, { ...a, uitkomst: 'geplaatst', besluitOp: op }),
      plaatsing: { aanmeldingId: a.id, schoolId: a.schoolId, geplaatstOp: op, startdatum },
    },
    [{ naam: 'geplaatst', data: { schoolId: a.schoolId, geplaatstOp: op } }],
  );
}

/**
 * The Steunpunt decides on a held third rejection: it stands (recorded; the Steunpunt
 * takes regie over finding a place) or the school withdraws it (the aanmelding is open
 * again and the school still has to decide).
 */
export function steunpuntBesluiten(s: Overdracht, c: Commando<'steunpuntBesluiten'>, w: Werkcontext): Uitkomst {
  const uitkomst = vereisEen('uitkomst', c.uitkomst, ['afwijzing-bevestigd', 'afwijzing-ingetrokken'] as const);
  const a = s.aanmeldingen.find((x) => x.id === s.voorgelegd?.aanmeldingId && x.uitkomst === 'voorgelegd');
  if (!a) throw new Error('status steunpunt zonder voorgelegde aanmelding');
  if (uitkomst === 'afwijzing-bevestigd') {
    return volgende(s, { status: 'aanmelding', voorgelegd: undefined, regie: 'steunpunt', aanmeldingen: metAanmelding(s, { ...a, uitkomst: 'afgewezen', besluitOp: w.vandaag }) }, [
      { naam: 'afgewezen', data: { aanmeldingId: a.id, aantal: aantalAfwijzingen(s) + 1 } },
    ]);
  }
  return volgende(s, { status: 'aanmelding', voorgelegd: undefined, aanmeldingen: metAanmelding(s, { ...a, uitkomst: 'open', besluitOp: undefined, reden: undefined }) });
}

export function plaatsingVervallen(s: Overdracht, c: Commando<'plaatsingVervallen'>, w: Werkcontext): Uitkomst {
  const p = s.plaatsing!;
  const op = datum('datum', c.datum, w);
  const aanmeldingen = s.aanmeldingen.map((a) => (a.id === p.aanmeldingId ? { ...a, uitkomst: 'ingetrokken' as const, besluitOp: op } : a));
  return volgende(s, { status: 'aanmelding', plaatsing: undefined, aanmeldingen });
}

function eisStartBereikt(s: Overdracht, commando: string, w: Werkcontext): IsoDatum {
  const start = verwachteStartdatum(s);
  if (w.vandaag < start) weiger(s.status, commando, 'de leerling start pas op de startdatum');
  return start;
}

export function startBevestigen(s: Overdracht, c: Commando<'startBevestigen'>, w: Werkcontext): Uitkomst {
  const start = eisStartBereikt(s, c.type, w);
  const op = datum('datum', c.datum, w);
  if (op < start) throw new OngeldigeInvoer('datum', 'ligt vóór de startdatum');
  const warm = warmeOverdrachtStatus(s) === 'gehouden';
  return volgende(s, { status: 'gestart', gestartOp: op, afloop: { op } }, [{ naam: 'gestart', data: { schoolId: s.plaatsing!.schoolId, gestartOp: op, warm } }]);
}

function nietGestart(s: Overdracht, reden: NietGestartReden, op: IsoDatum): Uitkomst {
  return volgende(s, { status: 'niet-gestart', afloop: { op, nietGestart: reden } }, [
    {
      naam: 'nietGestart',
      data: { reden, verwachteStartdatum: verwachteStartdatum(s), controledatum: controledatum(s), ontvangendeSchoolId: s.plaatsing?.schoolId ?? null },
    },
  ]);
}

/** The receiving school reports the pupil did not turn up. */
export function nietVerschenen(s: Overdracht, c: Commando<'nietVerschenen'>, w: Werkcontext): Uitkomst {
  const start = eisStartBereikt(s, c.type, w);
  const op = datum('datum', c.datum, w);
  if (op < start) throw new OngeldigeInvoer('datum', 'ligt vóór de startdatum');
  return nietGestart(s, 'niet-verschenen', op);
}

/** The check date passed without a confirmed start (systeem). */
export function startControle(s: Overdracht, c: Commando<'startControle'>, w: Werkcontext): Uitkomst {
  if (w.vandaag <= controledatum(s)) weiger(s.status, c.type, 'de controledatum is nog niet voorbij');
  return nietGestart(s, s.plaatsing ? 'niet-bevestigd' : 'geen-ontvangende-school', w.vandaag);
}

/** A drop-out in the first months after the start counts as voortijdig schoolverlaten. */
export function uitvalMelden(s: Overdracht, c: Commando<'uitvalMelden'>, w: Werkcontext): Uitkomst {
  const op = datum('datum', c.datum, w);
  if (s.uitgevallenOp) weiger(s.status, c.type, 'uitval is al gemeld');
  if (op < s.gestartOp!) throw new OngeldigeInvoer('datum', 'ligt vóór de start');
  if (op > uitvalTot(s)!) weiger(s.status, c.type, 'de nazorgperiode is voorbij');
  return volgende(s, { uitgevallenOp: op }, [{ naam: 'uitgevallen', data: { op } }]);
}

export function verhuizen(s: Overdracht, c: Commando<'verhuizen'>, w: Werkcontext): Uitkomst {
  const op = datum('datum', c.datum, w);
  return volgende(s, { status: 'verhuisd', afloop: { op } }, [{ naam: 'beeindigd', data: { status: 'verhuisd' } }]);
}

export function swvVerlaten(s: Overdracht, c: Commando<'swvVerlaten'>, w: Werkcontext): Uitkomst {
  const reden = vereisEen('reden', c.reden, VERTREKREDENEN);
  const op = datum('datum', c.datum, w);
  return volgende(s, { status: 'swv-verlaten', afloop: { op, vertrek: reden } }, [{ naam: 'beeindigd', data: { status: 'swv-verlaten' } }]);
}

/**
 * A term of the transfer calendar passed (systeem). Each passed term is recorded once;
 * without a receiving school the Steunpunt takes regie; a missed MBO aanmelding date
 * means the right to admission is lost.
 */
export function termijnVerstreken(s: Overdracht, c: Commando<'termijnVerstreken'>, w: Werkcontext): Uitkomst {
  const verstreken = verstrekenTermijnen(s, w.vandaag).map((t) => t.soort as Termijnsoort);
  if (verstreken.length === 0) weiger(s.status, c.type, 'geen termijn verstreken');
  const zonderSchool = !s.plaatsing;
  const regie = zonderSchool && verstreken.some((t) => t !== 'overstapdossier-gereed' && t !== 'overstapdossier-opgehaald') ? 'steunpunt' : s.regie;
  const toelatingsrecht = verstreken.includes('aanmelding-mbo') && s.toelatingsrecht === 'open' ? 'gemist' : s.toelatingsrecht;
  const events: OverdrachtEvent[] = [{ naam: 'geescaleerd', data: { soorten: verstreken } }];
  return volgende(s, { escalaties: [...s.escalaties, ...verstreken.map((soort) => ({ soort, op: w.vandaag }))], regie, toelatingsrecht }, events);
}
