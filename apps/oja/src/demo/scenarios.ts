import { plusDagen, type IsoDatum } from '@pao/zaak';
import { plusMaanden } from '../domain';

/**
 * Demo arrangements, dated relative to today: every state of the lifecycle, for each
 * individual type of an SWV, and collective groups with pupils coming and going. A
 * scenario is a list of steps (who, what, on which day) the seed plays through the real
 * commands, so events, ledger, deadlines and audit trail are what they would be.
 */
export type Eindstaat =
  | 'wacht-op-beide'
  | 'wacht-op-gemeente'
  | 'beoordeeld'
  | 'afgewezen'
  | 'ingetrokken'
  | 'toegekend'
  | 'evaluatie-binnenkort'
  | 'evaluatie-verlopen'
  | 'einde-binnenkort'
  | 'boven-budget'
  | 'verlengd'
  | 'beeindigd'
  | 'afgesloten';

export const EINDSTATEN: readonly Eindstaat[] = [
  'wacht-op-beide',
  'wacht-op-gemeente',
  'beoordeeld',
  'afgewezen',
  'ingetrokken',
  'toegekend',
  'evaluatie-binnenkort',
  'evaluatie-verlopen',
  'einde-binnenkort',
  'boven-budget',
  'verlengd',
  'beeindigd',
  'afgesloten',
];

export type Wie = 'consulent' | 'orthopedagoog' | 'teamleider' | 'gemeente' | 'systeem';

export interface Stap {
  readonly dag: IsoDatum;
  readonly wie: Wie;
  readonly commando: string;
  readonly body: Record<string, unknown>;
}

/** When the arrangement starts relative to today (days, negative = in the past), and how long it runs. */
function planning(eind: Eindstaat, vandaag: IsoDatum, intervalMaanden: number): { start: IsoDatum; maanden: number; aanvraag: IsoDatum } {
  const terug = (dagen: number) => plusDagen(vandaag, -dagen);
  switch (eind) {
    case 'wacht-op-beide':
      return { aanvraag: terug(4), start: plusDagen(vandaag, 30), maanden: 12 };
    case 'wacht-op-gemeente':
      return { aanvraag: terug(12), start: plusDagen(vandaag, 25), maanden: 12 };
    case 'beoordeeld':
      return { aanvraag: terug(20), start: plusDagen(vandaag, 14), maanden: 12 };
    case 'afgewezen':
    case 'ingetrokken':
      return { aanvraag: terug(40), start: terug(5), maanden: 12 };
    case 'toegekend':
      return { aanvraag: terug(45), start: plusDagen(vandaag, 10), maanden: 12 };
    case 'evaluatie-binnenkort': {
      // The next evaluation falls 10 days from now.
      const start = plusMaanden(plusDagen(vandaag, 10), -intervalMaanden);
      return { aanvraag: plusDagen(start, -40), start, maanden: Math.max(12, intervalMaanden + 6) };
    }
    case 'evaluatie-verlopen': {
      const start = plusMaanden(terug(9), -intervalMaanden);
      return { aanvraag: plusDagen(start, -40), start, maanden: Math.max(12, intervalMaanden + 6) };
    }
    case 'einde-binnenkort': {
      const start = plusDagen(plusMaanden(plusDagen(vandaag, 30), -12), 1);
      return { aanvraag: plusDagen(start, -40), start, maanden: 12 };
    }
    case 'boven-budget':
    case 'verlengd':
      return { aanvraag: terug(250), start: terug(200), maanden: 12 };
    case 'beeindigd':
      return { aanvraag: terug(260), start: terug(220), maanden: 12 };
    case 'afgesloten':
      return { aanvraag: terug(480), start: terug(440), maanden: 12 };
  }
}

export interface IndividueelScenario {
  readonly eind: Eindstaat;
  readonly aanvraag: { dag: IsoDatum; periode: { van: IsoDatum; tot: IsoDatum } };
  readonly stappen: readonly Stap[];
}

export interface TypeGegevens {
  readonly kostenPerJaarCent: number;
  readonly evaluatieIntervalMaanden: number;
  /** Wlz: no gemeente share; the Steunpunt records the indicatie. */
  readonly gemeenteBetaalt: boolean;
  /** The payers and amounts of the default split for a cost (the seed asks the domain). */
  readonly verdeel: (kosten: number, van: IsoDatum) => Array<{ betaler: string; bedragCent: number; gemeentelijk: boolean }>;
}

const maandKosten = (jaar: number) => Math.round(jaar / 12);

export function individueel(eind: Eindstaat, vandaag: IsoDatum, t: TypeGegevens): IndividueelScenario {
  const p = planning(eind, vandaag, t.evaluatieIntervalMaanden);
  const periode = { van: p.start, tot: plusDagen(plusMaanden(p.start, p.maanden), -1) };
  const kosten = Math.round((t.kostenPerJaarCent * p.maanden) / 12);
  const stappen: Stap[] = [];
  const voeg = (dag: IsoDatum, wie: Wie, commando: string, body: Record<string, unknown> = {}) => {
    if (dag <= vandaag) stappen.push({ dag, wie, commando, body });
  };
  const na = (dagen: number) => plusDagen(p.aanvraag, dagen);
  if (eind === 'wacht-op-beide') return { eind, aanvraag: { dag: p.aanvraag, periode }, stappen };
  voeg(na(3), 'orthopedagoog', 'onderwijsBeoordelen', { oordeel: 'akkoord', toelichting: 'Onderwijsbehoefte past bij deze voorziening.' });
  if (eind === 'wacht-op-gemeente') return { eind, aanvraag: { dag: p.aanvraag, periode }, stappen };
  const verdeling = t.verdeel(kosten, periode.van);
  const toegezegd = verdeling.filter((r) => r.gemeentelijk).map((r) => ({ betaler: r.betaler, bedragCent: r.bedragCent }));
  if (eind === 'afgewezen') {
    voeg(na(9), t.gemeenteBetaalt ? 'gemeente' : 'consulent', 'jeugdhulpBeoordelen', { oordeel: 'niet-akkoord', toelichting: 'Ambulante jeugdhulp vanuit het wijkteam past beter.' });
    return { eind, aanvraag: { dag: p.aanvraag, periode }, stappen };
  }
  voeg(
    na(9),
    t.gemeenteBetaalt ? 'gemeente' : 'consulent',
    'jeugdhulpBeoordelen',
    t.gemeenteBetaalt
      ? { oordeel: 'akkoord', referentie: { soort: 'beschikking', kenmerk: `JZ-${p.aanvraag.slice(0, 4)}-${p.aanvraag.slice(5, 7)}${p.aanvraag.slice(8)}` }, toegezegd }
      : { oordeel: 'akkoord', referentie: { soort: 'indicatie', kenmerk: `CIZ-${p.aanvraag.replace(/-/g, '')}` } },
  );
  if (eind === 'beoordeeld') return { eind, aanvraag: { dag: p.aanvraag, periode }, stappen };
  if (eind === 'ingetrokken') {
    voeg(na(20), 'consulent', 'intrekken', { reden: 'Ouders kiezen voor een andere school.' });
    return { eind, aanvraag: { dag: p.aanvraag, periode }, stappen };
  }
  voeg(
    na(20),
    'teamleider',
    'toekennen',
    eind === 'boven-budget'
      ? { periode, kostenCent: kosten, overschrijding: { reden: 'Crisisplaatsing na thuiszitten; dekking uit de reserve, afgestemd met de gemeente.' } }
      : { periode, kostenCent: kosten },
  );
  if (eind === 'toegekend') return { eind, aanvraag: { dag: p.aanvraag, periode }, stappen };
  voeg(p.start, 'consulent', 'starten', { datum: p.start });
  // Evaluations at the interval, except the one that is overdue.
  for (let e = plusMaanden(p.start, t.evaluatieIntervalMaanden); e < periode.tot && e <= vandaag; e = plusMaanden(e, t.evaluatieIntervalMaanden)) {
    if (eind === 'evaluatie-verlopen' && plusMaanden(e, t.evaluatieIntervalMaanden) > vandaag) break;
    voeg(e, 'orthopedagoog', 'evalueren', { uitkomst: 'voortzetten', verslag: 'Doelen in ontwikkeling; aanwezigheid verbeterd, gezin betrokken.' });
  }
  // Realisation per quarter of the term (invoices), booked ten days after, within the term.
  const laatsteRealisatie = [plusDagen(vandaag, -10), eind === 'beeindigd' ? plusDagen(vandaag, -21) : periode.tot].sort()[0];
  for (let m = p.start; m <= periode.tot; m = plusMaanden(m, 3)) {
    const blokEinde = plusDagen(plusMaanden(m, 3), -1);
    const tot = blokEinde < periode.tot ? blokEinde : periode.tot;
    if (tot > laatsteRealisatie) break;
    voeg(plusDagen(tot, 10), 'consulent', 'realisatieBoeken', {
      periode: { van: m, tot },
      bedragen: t.verdeel(maandKosten(t.kostenPerJaarCent) * 3, m).map((r) => ({ betaler: r.betaler, bedragCent: r.bedragCent })),
    });
  }
  if (eind === 'verlengd') {
    voeg(plusDagen(vandaag, -15), 'teamleider', 'verlengen', {
      tot: plusDagen(plusMaanden(periode.tot, 6), 0),
      kostenCent: Math.round(t.kostenPerJaarCent / 2),
      motivering: 'Doelen deels bereikt; een half jaar extra om de overstap naar regulier onderwijs voor te bereiden.',
      ...(t.gemeenteBetaalt ? { referentie: { soort: 'beschikking', kenmerk: `JZ-VERL-${vandaag.replace(/-/g, '')}` } } : {}),
    });
  }
  if (eind === 'beeindigd') voeg(plusDagen(vandaag, -20), 'consulent', 'beeindigen', { datum: plusDagen(vandaag, -21), reden: 'voortijdig', toelichting: 'Verhuisd naar een andere regio.' });
  if (eind === 'afgesloten') voeg(plusDagen(periode.tot, 1), 'systeem', 'einddatumBereikt');
  if (eind === 'afgesloten') voeg(plusDagen(periode.tot, 14), 'consulent', 'afsluiten', { resultaat: 'doel-bereikt', vervolg: 'regulier-onderwijs', toelichting: 'Terug naar het regulier VO met ambulante begeleiding.' });
  return { eind, aanvraag: { dag: p.aanvraag, periode }, stappen: [...stappen].sort((a, b) => (a.dag < b.dag ? -1 : a.dag > b.dag ? 1 : 0)) };
}
