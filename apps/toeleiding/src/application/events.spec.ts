import { catalogue, looksLikePersonalData, validateEnvelope } from '@pao/contracts';
import { maakAan, voerUit, type Actor, type TlvAanvraag, type TlvCommando, type TlvEvent } from '../domain';
import { AANMAKEN, ACTOR, ctx, FIXTURE_NAMEN, PADEN, idTeller } from '../domain/tlv/testing/fixtures';
import { naarCloudEvents } from './events';

type Stap = readonly [string, keyof typeof ACTOR | Actor, TlvCommando];

/** The path to a fixture state (and optional further steps), keeping every event on the way. */
function afspelen(naam: string, verder: readonly Stap[] = []): { state: TlvAanvraag; events: TlvEvent[] } {
  const nieuwId = idTeller();
  let state = maakAan(AANMAKEN, ctx('2025-03-03', ACTOR.school, nieuwId)).state;
  const events: TlvEvent[] = [];
  for (const [datum, actor, commando] of [...PADEN[naam], ...verder]) {
    const r = voerUit(state, commando, ctx(datum, typeof actor === 'string' ? ACTOR[actor] : actor, nieuwId));
    // As the service does: only this case's events (a verlenging's new concept announces nothing).
    events.push(...r.events.filter((e) => e.data.aanvraagId === r.state.id));
    state = r.state;
  }
  return { state, events };
}

const VO = { swv: 'VO' } as const;
/** The source of the VO SWV's events: toeleiding acting for its legal body. */
const BRON = 'urn:nld:swv-vo-almere:systeem:toeleiding';
const VSO_SCHOOL: Actor = { id: 'gebruiker-vso', rol: 'school', organisatie: 'vso-school' };
const GEGROND_NIET_TOELAATBAAR: readonly Stap[] = [
  ['2025-04-16', 'consulent', { ...VO, type: 'bezwaarRegistreren', indiener: 'ouders', ontvangenOp: '2025-04-16' }],
  ['2025-04-17', 'consulent', { ...VO, type: 'doorsturenNaarLbt' }],
  ['2025-05-20', 'consulent', { ...VO, type: 'lbtAdviesRegistreren', advies: 'gegrond' }],
  ['2025-06-10', 'teamleider', { ...VO, type: 'beslissenOpBezwaar', uitkomst: 'gegrond', motivering: 'x', herzienBesluit: { uitkomst: 'niet-toelaatbaar', motivering: 'x' } } as TlvCommando],
];

/** Steps beyond the named fixture states: how a running TLV goes on (overbrugging, verlenging, early end). */
const VERVOLGEN: ReadonlyArray<readonly [string, readonly Stap[]]> = [
  ['bekendgemaakt/overbrugging', [['2025-04-09', 'consulent', { ...VO, type: 'overbruggingBeeindigen' }]]],
  ['bekendgemaakt/overbrugging', [['2025-04-14', 'consulent', { ...VO, type: 'plaatsingRegistreren', schoolId: 'vso-school', datum: '2025-04-14' }]]],
  ['bekendgemaakt/overbrugging', [['2025-04-20', 'consulent', { ...VO, type: 'beeindigen', reden: 'uitstroom' }]]],
  ['bekendgemaakt/geplaatst', [['2026-03-01', VSO_SCHOOL, { ...VO, type: 'verlengingAanvragen', bevoegdGezagId: 'bestuur-vso' }]]],
  ['bekendgemaakt/geplaatst', GEGROND_NIET_TOELAATBAAR],
];

/** Fixture ids ('id-7', 'school-huidig') become UUIDs, as the service's ids are. */
function metUuids<T>(waarde: T): T {
  const tabel = new Map<string, string>();
  const json = JSON.stringify(waarde).replace(/"(id-\d+|leerling-a|school-huidig|vso-school|bestuur-huidig|bestuur-vso)"/g, (_, id: string) => {
    if (!tabel.has(id)) tabel.set(id, `00000000-0000-4000-8000-${String(tabel.size + 1).padStart(12, '0')}`);
    return `"${tabel.get(id)}"`;
  });
  return JSON.parse(json) as T;
}

describe('domain events as catalogue events', () => {
  it('maps the events of every reachable path to valid CloudEvents without personal data', () => {
    const gezien = new Set<string>();
    const paden: Array<readonly [string, readonly Stap[]]> = [...FIXTURE_NAMEN.map((naam) => [naam, []] as const), ...VERVOLGEN];
    for (const [naam, verder] of paden) {
      const { state, events } = metUuids(afspelen(naam, verder));
      for (const e of naarCloudEvents(events, state, { gemeente: 'GM0034', bron: BRON })) {
        const r = validateEnvelope(e);
        expect({ naam, type: e.type, reason: r.ok ? 'ok' : r.reason }).toEqual({ naam, type: e.type, reason: 'ok' });
        expect(e.subject).toBe(state.id);
        expect(e.source).toBe(BRON);
        expect(looksLikePersonalData(JSON.stringify(e))).toBeUndefined();
        gezien.add(e.type.split('.')[3]);
      }
    }
    expect([...gezien].sort()).toEqual([
      'aanvraag-ingediend',
      'aanvulling-gevraagd',
      'beroep-ingesteld',
      'beslissing-op-bezwaar-genomen',
      'besluit-bekendgemaakt',
      'besluit-genomen',
      'besluit-onherroepelijk',
      'bezwaar-ingediend',
      'leerling-geplaatst',
      'overbrugging-beeindigd',
      'overbrugging-gestart',
      'tlv-afgegeven',
      'tlv-beeindigd',
      'tlv-verlopen',
      'uitspraak-gedaan',
      'verlenging-aangevraagd',
    ]);
  });

  it('publishes an early end, a verlenging and an overbrugging with ids, codes and dates; gemeenten get the fact without the pupil', () => {
    const typen = (naam: string, verder: readonly Stap[] = []) => {
      const { state, events } = metUuids(afspelen(naam, verder));
      return { state, uit: naarCloudEvents(events, state, { gemeente: 'GM0034', bron: BRON }) };
    };
    const overbrugging = typen('bekendgemaakt/overbrugging', [VERVOLGEN[2][1][0]]);
    const tlvId = overbrugging.state.uitvoering!.tlvId;
    expect(overbrugging.uit.slice(-3).map((e) => [e.type.split('.')[3], e.data])).toEqual([
      ['overbrugging-gestart', { aanvraagId: overbrugging.state.id, tlvId, leerlingId: overbrugging.state.leerlingRef, gestartOp: '2025-04-02', gemeente: 'GM0034' }],
      // Ending the TLV also ends the overbrugging that was running, with its own event.
      ['overbrugging-beeindigd', { aanvraagId: overbrugging.state.id, tlvId, leerlingId: overbrugging.state.leerlingRef, beeindigdOp: '2025-04-20', gemeente: 'GM0034' }],
      ['tlv-beeindigd', { aanvraagId: overbrugging.state.id, tlvId, leerlingId: overbrugging.state.leerlingRef, reden: 'uitstroom', einddatum: '2025-04-20', gemeente: 'GM0034' }],
    ]);
    const [gestart, , beeindigd] = overbrugging.uit.slice(-3).map((e) => catalogue.viewFor(e, 'gemeente')?.data);
    expect(gestart).toEqual({ aanvraagId: overbrugging.state.id, tlvId, gestartOp: '2025-04-02', gemeente: 'GM0034' });
    expect(beeindigd).toEqual({ aanvraagId: overbrugging.state.id, tlvId, reden: 'uitstroom', einddatum: '2025-04-20', gemeente: 'GM0034' });

    const plaatsing = typen('bekendgemaakt/overbrugging', VERVOLGEN[1][1]).uit.slice(-2);
    expect(plaatsing.map((e) => [e.type.split('.')[3], (e.data as Record<string, unknown>).beeindigdOp])).toEqual([
      ['overbrugging-beeindigd', '2025-04-14'],
      ['leerling-geplaatst', undefined],
    ]);

    const herroepen = typen('bekendgemaakt/geplaatst', GEGROND_NIET_TOELAATBAAR).uit.at(-1)!;
    expect(herroepen).toMatchObject({ type: 'nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1', data: { reden: 'herroepen', einddatum: '2025-06-10' } });

    const verlenging = typen('bekendgemaakt/geplaatst', VERVOLGEN[3][1]);
    const [aangevraagd] = verlenging.uit.slice(-1);
    expect(aangevraagd.data).toEqual({
      aanvraagId: verlenging.state.id,
      vorigeTlvId: verlenging.state.uitvoering!.tlvId,
      nieuweAanvraagId: verlenging.state.verlenging!.aanvraagId,
      aangevraagdOp: '2026-03-01',
    });
    expect(catalogue.viewFor(aangevraagd, 'gemeente')).toBeUndefined();
  });

  it('publishes nothing for facts only the audit trail needs', () => {
    const { state, events } = metUuids(afspelen('in-behandeling#eerste-advies'));
    const typen = naarCloudEvents(events, state, { gemeente: 'GM0034', bron: BRON }).map((e) => e.type.split('.')[3]);
    expect(typen).toEqual(['aanvraag-ingediend', 'aanvulling-gevraagd', 'aanvraag-ingediend']);
  });
});
