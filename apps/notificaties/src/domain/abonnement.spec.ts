import fc from 'fast-check';
import { ontvangt, type AbonnementBereik, type Melding } from './abonnement';
import { controleerBereik, type BereikContext } from './abonnement-regels';

const TLV = 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1';
const GEMELD = 'nl.passend-onderwijs.thuiszitters.melding-gedaan.v1';
const typen = [
  { type: TLV, kanaal: 'toeleiding' },
  { type: 'nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1', kanaal: 'toeleiding' },
  { type: GEMELD, kanaal: 'thuiszitters' },
];

describe('ontvangt', () => {
  const almereVo: AbonnementBereik = { swv: 'VO', gemeenten: ['GM0034'], kanalen: [{ naam: 'toeleiding', filters: {} }] };
  const melding = (m: Partial<Melding>): Melding => ({ type: TLV, kanaal: 'toeleiding', swv: 'VO', gemeente: 'GM0034', ...m });

  it('takes the events of its own SWV and gemeente on its kanalen', () => {
    expect(ontvangt(almereVo, melding({}))).toBe(true);
    expect(ontvangt(almereVo, melding({ swv: 'PO' }))).toBe(false);
    expect(ontvangt(almereVo, melding({ gemeente: 'GM0050' }))).toBe(false);
    expect(ontvangt(almereVo, melding({ type: GEMELD, kanaal: 'thuiszitters' }))).toBe(false);
  });

  it('narrows by type and gemeente filters; an event without the kenmerk never passes a filter on it', () => {
    const gefilterd: AbonnementBereik = { swv: 'VO', gemeenten: ['GM0034', 'GM0050'], kanalen: [{ naam: 'toeleiding', filters: { type: TLV, gemeente: 'GM0050' } }] };
    expect(ontvangt(gefilterd, melding({ gemeente: 'GM0050' }))).toBe(true);
    expect(ontvangt(gefilterd, melding({ gemeente: 'GM0034' }))).toBe(false);
    expect(ontvangt(gefilterd, melding({ gemeente: 'GM0050', type: 'nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1' }))).toBe(false);
    expect(ontvangt(gefilterd, melding({ gemeente: undefined }))).toBe(false);
  });

  it('never delivers outside the SWV and gemeenten of the subscription, whatever the filters', () => {
    const code = fc.constantFrom('GM0034', 'GM0050', 'GM0303', 'GM0995');
    const bereik = fc.record({
      swv: fc.constantFrom('PO', 'VO'),
      gemeenten: fc.uniqueArray(code, { minLength: 1 }),
      kanalen: fc.array(fc.record({ naam: fc.constantFrom('toeleiding', 'thuiszitters'), filters: fc.record({ type: fc.constantFrom(TLV, GEMELD), gemeente: code }, { requiredKeys: [] }) }), { minLength: 1, maxLength: 3 }),
    });
    const event = fc.record({ type: fc.constantFrom(TLV, GEMELD), swv: fc.constantFrom('PO', 'VO'), gemeente: code }).map((e) => ({ ...e, kanaal: e.type === TLV ? 'toeleiding' : 'thuiszitters' }));
    fc.assert(fc.property(bereik, event, (a, m) => !ontvangt(a, m) || (a.swv === m.swv && a.gemeenten.includes(m.gemeente))));
  });
});

describe('controleerBereik', () => {
  const ctx: BereikContext = { swv: 'PO', swvGemeenten: ['GM0034', 'GM0050'], eigenGemeenten: ['GM0034', 'GM0303'], typen };

  it('takes the partner’s gemeenten within its SWV when none are asked for', () => {
    expect(controleerBereik({ kanalen: [{ naam: 'toeleiding', filters: { type: TLV } }] }, ctx)).toEqual({
      ok: true,
      kanalen: [{ naam: 'toeleiding', filters: { type: TLV } }],
      gemeenten: ['GM0034'],
    });
  });

  it('names every bad field: unknown kanaal, kenmerk and type; a gemeente of another SWV or organisation', () => {
    const uit = controleerBereik(
      {
        gemeenten: ['GM0034', 'GM0303', 'GM0050'],
        kanalen: [
          { naam: 'boekhouding' },
          { naam: 'toeleiding', filters: { type: 'nl.passend-onderwijs.toeleiding.bestaat-niet.v1', kleur: 'rood' } },
          { naam: 'thuiszitters', filters: { gemeente: 'GM0303' } },
        ],
      },
      ctx,
    );
    expect(uit.ok).toBe(false);
    expect(!uit.ok && uit.fouten.map((f) => f.field)).toEqual([
      'gemeenten.1',
      'gemeenten.2',
      'kanalen.0.naam',
      'kanalen.1.filters.type',
      'kanalen.1.filters.kleur',
      'kanalen.2.filters.gemeente',
    ]);
    expect(!uit.ok && uit.fouten[0].message).toBe('gemeente GM0303 hoort niet bij samenwerkingsverband PO');
    expect(!uit.ok && uit.fouten[1].message).toBe('gemeente GM0050 is geen gemeente van uw organisatie');
  });

  it('refuses a gemeente filter outside the subscription’s gemeenten, and a partner without gemeenten in the SWV', () => {
    const uit = controleerBereik({ gemeenten: ['GM0034'], kanalen: [{ naam: 'toeleiding', filters: { gemeente: 'GM0050' } }] }, { ...ctx, eigenGemeenten: ['GM0034', 'GM0050'] });
    expect(!uit.ok && uit.fouten).toEqual([{ field: 'kanalen.0.filters.gemeente', message: 'gemeente GM0050 staat niet in de gemeenten van dit abonnement' }]);
    const geen = controleerBereik({ kanalen: [{ naam: 'toeleiding' }] }, { ...ctx, eigenGemeenten: ['GM0303'] });
    expect(!geen.ok && geen.fouten.map((f) => f.field)).toEqual(['gemeenten']);
  });
});
