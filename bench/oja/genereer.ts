// OJA bench data: arrangement histories played through the real domain (aanvraag →
// beoordeling → toekenning → start → evaluations, realisations → einde/afsluiting; collective
// groups with pupils), cloned with new ids and stored through the service's own repository.
// Used by bench:oja and bench:landelijk.
import { randomUUID } from 'node:crypto';
import { plusDagen, type ZaakActor } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { individueel, EINDSTATEN, type Stap } from '../../apps/oja/src/demo/scenarios';
import { aanvragen, type Arrangement, inrichten, isGemeentelijk, type OjaCommando, ojaBeslisser, plusMaanden, STANDAARD_OJA_REGELS, standaardVerdeling } from '../../apps/oja/src/domain';
import { ruimBudget } from '../../apps/oja/src/domain/testing/fixtures';
import { ArrangementRepository } from '../../apps/oja/src/persistence/arrangement.repository';
import { projectie } from '../../apps/oja/src/persistence/projectie';

export const REGELS = STANDAARD_OJA_REGELS;
const BUDGET = ruimBudget(REGELS, 10_000_000_000);

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const actor = (rol: string, organisatie: string): ZaakActor => ({ id: `bench-${rol}`, rol, organisatie });
const wie = (w: Stap['wie'], gemeente: string): ZaakActor =>
  w === 'gemeente' ? actor('gemeente', gemeente) : w === 'systeem' ? actor('systeem', 'systeem') : actor(w, 'VO');

/** One individual history through the domain, dated around `vandaag`. */
export function individueelSjabloon(r: () => number, vandaag: string): Arrangement {
  const types = REGELS.op('VO', vandaag)!.types.filter((t) => t.vorm === 'individueel');
  const type = types[Math.floor(r() * types.length)];
  const eind = EINDSTATEN[Math.floor(r() * EINDSTATEN.length)];
  const gemeente = r() < 0.85 ? 'GM0034' : 'GM0050';
  const versies = REGELS.versies.filter((v) => v.swv === 'VO');
  const alle = new Map(versies.flatMap((v) => v.betalers).map((b) => [b.code, b]));
  const s = individueel(eind, vandaag, {
    kostenPerJaarCent: 2_000_000 + Math.floor(r() * 3_000_000),
    evaluatieIntervalMaanden: type.evaluatieIntervalMaanden,
    gemeenteBetaalt: type.verdeling.some((a) => ['jeugdwet', 'wmo', 'participatiewet'].includes(a.soort)),
    verdeel: (kosten, van) => {
      const v = [...versies].filter((x) => x.geldigVanaf <= van).sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : -1))[0];
      const t = v.types.find((x) => x.code === type.code)!;
      return standaardVerdeling(t, v, gemeente, kosten).map((x) => ({ ...x, gemeentelijk: isGemeentelijk(alle.get(x.betaler)!) }));
    },
  });
  const ids = () => randomUUID();
  let a = aanvragen(
    {
      type: 'aanvragen',
      swv: 'VO',
      typeCode: type.code,
      leerlingRef: randomUUID(),
      gemeente,
      doelen: ['Dagelijks naar school'],
      plan: 'Onderwijs en jeugdhulp in één plan.',
      jeugdhulpaanbieder: 'Jeugdhulp Flevoland',
      gevraagdePeriode: s.aanvraag.periode,
    },
    { actor: actor('consulent', 'VO'), vandaag: s.aanvraag.dag, nieuwId: ids, regels: REGELS, budgetstand: BUDGET },
  ).state;
  for (const st of s.stappen) {
    a = ojaBeslisser.beslis(a, { ...st.body, type: st.commando } as unknown as OjaCommando, { actor: wie(st.wie, gemeente), vandaag: st.dag, nieuwId: ids, regels: REGELS, budgetstand: BUDGET }).state;
  }
  return a;
}

/** A collective group of a school year with pupils coming and going. */
export function collectiefSjabloon(r: () => number, schooljaar: number, vandaag: string): Arrangement {
  const type = r() < 0.5 ? 'opdc-groep' : 'pro-groep';
  const van = `${schooljaar}-08-01`;
  const tot = `${schooljaar + 1}-07-31`;
  const ids = () => randomUUID();
  const w = (rol: string, dag: string) => ({ actor: actor(rol, 'VO'), vandaag: dag, nieuwId: ids, regels: REGELS, budgetstand: BUDGET });
  let a = inrichten(
    { type: 'inrichten', swv: 'VO', typeCode: type, gemeente: 'GM0034', periode: { van, tot }, kostenCent: 20_000_000 + Math.floor(r() * 20_000_000), referentie: { soort: 'beschikking', kenmerk: 'SUB-1' } },
    w('teamleider', plusDagen(van, -30)),
  ).state;
  if (van > vandaag) return a;
  a = ojaBeslisser.beslis(a, { type: 'starten', datum: van }, w('consulent', van)).state;
  for (let p = 0; p < 12; p++) {
    const dag = plusDagen(van, p * 11);
    if (dag > vandaag || dag > tot || a.deelnames.filter((d) => !d.tot).length >= (a.plaatsen ?? 0)) break;
    a = ojaBeslisser.beslis(a, { type: 'leerlingPlaatsen', leerlingRef: randomUUID(), gemeente: r() < 0.85 ? 'GM0034' : 'GM0050', datum: dag }, w('consulent', dag)).state;
  }
  for (const d of a.deelnames.filter((_, k) => k % 3 === 1)) {
    const dag = [plusDagen(d.van, 100), tot, vandaag].sort()[0];
    a = ojaBeslisser.beslis(a, { type: 'leerlingUitschrijven', deelnameId: d.id, resultaat: 'deels-bereikt', datum: dag }, w('consulent', dag)).state;
  }
  for (let m = van; plusMaanden(m, 3) <= [vandaag, plusDagen(tot, 1)].sort()[0]; m = plusMaanden(m, 3)) {
    const blok = plusDagen(plusMaanden(m, 3), -1);
    a = ojaBeslisser.beslis(a, { type: 'realisatieBoeken', periode: { van: m, tot: blok }, bedragen: [{ betaler: 'swv-vo-onderwijs', bedragCent: 500_000 }, { betaler: 'almere-jeugdwet', bedragCent: 300_000 }] }, w('consulent', [plusDagen(blok, 10), vandaag].sort()[0])).state;
  }
  if (tot < vandaag) {
    a = ojaBeslisser.beslis(a, { type: 'einddatumBereikt' }, w('systeem', plusDagen(tot, 1))).state;
    a = ojaBeslisser.beslis(a, { type: 'afsluiten', resultaat: 'deels-bereikt', vervolg: 'regulier-onderwijs' }, w('consulent', plusDagen(tot, 20))).state;
  }
  return a;
}

/** The same history with every id new (arrangement, pupils, toekenningen, entries, places). */
export function kloon(s: Arrangement): Arrangement {
  const nieuw = new Map<string, string>();
  return JSON.parse(JSON.stringify(s).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (u) => nieuw.get(u) ?? (nieuw.set(u, randomUUID()), nieuw.get(u)!))) as Arrangement;
}

export async function laad(ds: DataSource, zaken: Arrangement[]): Promise<void> {
  const repo = new ArrangementRepository();
  for (let i = 0; i < zaken.length; i += 500) {
    const batch = zaken.slice(i, i + 500);
    const leerlingen = new Map(batch.flatMap((s) => [...(s.leerlingRef ? [s.leerlingRef] : []), ...s.deelnames.map((d) => d.leerlingRef)].map((id) => [id, s.swv] as const)));
    await ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO oja.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
         SELECT id, swv, 'bsn', id::text, 'v1.bench', '***-**-' || lpad((random() * 999)::int::text, 3, '0'), 'GM0034' FROM unnest($1::uuid[], $2::text[]) AS t(id, swv)`,
        [[...leerlingen.keys()], [...leerlingen.values()]],
      );
      for (const s of batch) await repo.voegToe(m, s, projectie(s));
    });
  }
}
