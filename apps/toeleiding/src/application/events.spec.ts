import { looksLikePersonalData, validateEnvelope } from '@pao/contracts';
import { maakAan, voerUit, type TlvAanvraag, type TlvEvent } from '../domain';
import { AANMAKEN, ACTOR, ctx, FIXTURE_NAMEN, PADEN, idTeller } from '../domain/tlv/testing/fixtures';
import { naarCloudEvents } from './events';

/** The path to a fixture state, keeping every event on the way. */
function afspelen(naam: string): { state: TlvAanvraag; events: TlvEvent[] } {
  const nieuwId = idTeller();
  let state = maakAan(AANMAKEN, ctx('2025-03-03', ACTOR.school, nieuwId)).state;
  const events: TlvEvent[] = [];
  for (const [datum, actor, commando] of PADEN[naam]) {
    const r = voerUit(state, commando, ctx(datum, ACTOR[actor], nieuwId));
    events.push(...r.events);
    state = r.state;
  }
  return { state, events };
}

/** Fixture ids ('id-7', 'school-huidig') become UUIDs, as the service's ids are. */
function metUuids<T>(waarde: T): T {
  const tabel = new Map<string, string>();
  const json = JSON.stringify(waarde).replace(/"(id-\d+|leerling-a|school-huidig|vso-school|bestuur-huidig)"/g, (_, id: string) => {
    if (!tabel.has(id)) tabel.set(id, `00000000-0000-4000-8000-${String(tabel.size + 1).padStart(12, '0')}`);
    return `"${tabel.get(id)}"`;
  });
  return JSON.parse(json) as T;
}

describe('domain events as catalogue events', () => {
  it('maps the events of every reachable path to valid CloudEvents without personal data', () => {
    const gezien = new Set<string>();
    for (const naam of FIXTURE_NAMEN) {
      const { state, events } = metUuids(afspelen(naam));
      for (const e of naarCloudEvents(events, state, { gemeente: 'GM0034' })) {
        const r = validateEnvelope(e);
        expect({ naam, type: e.type, reason: r.ok ? 'ok' : r.reason }).toEqual({ naam, type: e.type, reason: 'ok' });
        expect(e.subject).toBe(state.id);
        expect(looksLikePersonalData(JSON.stringify(e))).toBeUndefined();
        gezien.add(e.type.split('.')[3]);
      }
    }
    expect([...gezien].sort()).toEqual([
      'aanvraag-ingediend',
      'aanvulling-gevraagd',
      'beslissing-op-bezwaar-genomen',
      'besluit-bekendgemaakt',
      'besluit-genomen',
      'besluit-onherroepelijk',
      'bezwaar-ingediend',
      'leerling-geplaatst',
      'tlv-afgegeven',
      'tlv-verlopen',
    ]);
  });

  it('publishes nothing for facts only the audit trail needs', () => {
    const { state, events } = metUuids(afspelen('in-behandeling#eerste-advies'));
    const typen = naarCloudEvents(events, state, { gemeente: 'GM0034' }).map((e) => e.type.split('.')[3]);
    expect(typen).toEqual(['aanvraag-ingediend', 'aanvulling-gevraagd', 'aanvraag-ingediend']);
  });
});
