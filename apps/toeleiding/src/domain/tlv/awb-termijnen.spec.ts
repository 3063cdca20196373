import fc from 'fast-check';
import { OngeldigeOvergang, plusDagen } from '@pao/zaak/domein';
import { type TlvAanvraag } from './aanvraag';
import { type TlvCommando } from './commandos';
import { termijnen } from './termijnen';
import { ACTOR, BELEID_VO, TOELAATBAAR, bouw, ctx, idTeller, type ActorNaam } from './testing/fixtures';
import { nepTermijnrekenaar } from './testing/nep-termijnrekenaar';
import { beoordeelTijdigheid } from './tijdigheid';
import { toegestaneCommandos, voerUit } from './voer-uit';

/**
 * Issue 16, Awb 6:9 and 6:11 and beroep. The fixture's besluit was bekendgemaakt on
 * 2025-03-25: the bezwaartermijn ends 2025-05-06 (a Tuesday; the test calendar has no
 * holidays), a posted bezwaar may arrive until 2025-05-13.
 */
const VO = { swv: 'VO' } as const;
const EINDE = '2025-05-06';
const NAZEND = '2025-05-13';

function voer(s: TlvAanvraag, datum: string, actor: ActorNaam, c: TlvCommando) {
  return voerUit(s, c, ctx(datum, ACTOR[actor], idTeller('n')));
}
function fout(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('verwachtte een fout');
}
const bezwaar = (ontvangenOp: string, verzondenOp?: string): TlvCommando => ({
  ...VO,
  type: 'bezwaarRegistreren',
  indiener: 'ouders',
  ontvangenOp,
  ...(verzondenOp ? { verzondenOp } : {}),
});
const onherroepelijk: TlvCommando = { ...VO, type: 'onherroepelijkVerklaren' };

describe('Awb 6:9: when a bezwaar is on time', () => {
  it.each([
    // [verzonden, ontvangen, tijdig, regel]
    [undefined, EINDE, true, 'awb-6:9-lid-1'],
    [undefined, plusDagen(EINDE, 1), false, 'te-laat'],
    [EINDE, plusDagen(EINDE, 5), true, 'awb-6:9-lid-2'], // posted on the last day, received 5 days later
    [EINDE, plusDagen(EINDE, 7), true, 'awb-6:9-lid-2'], // the last day of the week
    [EINDE, plusDagen(EINDE, 8), false, 'te-laat'], // received 8 days later
    [plusDagen(EINDE, 1), plusDagen(EINDE, 3), false, 'te-laat'], // posted after the term
    [plusDagen(EINDE, -10), plusDagen(EINDE, -2), true, 'awb-6:9-lid-1'], // received in time: lid 1 decides
  ] as const)('sent %s, received %s → tijdig %s (%s)', (verzondenOp, ontvangenOp, tijdig, regel) => {
    expect(beoordeelTijdigheid({ verzondenOp, ontvangenOp, termijnEinde: EINDE, nazendtermijnEinde: NAZEND })).toEqual({ tijdig, regel });
  });

  it('is the rule of the Awb for any dates (property)', () => {
    const dag = fc.integer({ min: -30, max: 30 }).map((n) => plusDagen(EINDE, n));
    fc.assert(
      fc.property(fc.option(dag, { nil: undefined }), dag, (verzondenOp, ontvangenOp) => {
        const { tijdig, regel } = beoordeelTijdigheid({ verzondenOp, ontvangenOp, termijnEinde: EINDE, nazendtermijnEinde: NAZEND });
        const verwacht = ontvangenOp <= EINDE || (verzondenOp !== undefined && verzondenOp <= EINDE && ontvangenOp <= NAZEND);
        expect(tijdig).toBe(verwacht);
        expect(regel === 'te-laat').toBe(!tijdig);
        // Receiving earlier never makes a bezwaar late.
        if (tijdig) expect(beoordeelTijdigheid({ verzondenOp, ontvangenOp: plusDagen(ontvangenOp, -1), termijnEinde: EINDE, nazendtermijnEinde: NAZEND }).tijdig).toBe(true);
      }),
    );
  });
});

describe('Awb 6:9 lid 2 in the case: posted on the last day', () => {
  it('received 5 days later is on time and stops the onherroepelijk event', () => {
    const start = bouw('bekendgemaakt/niet-geplaatst');
    // Before the bezwaar comes in, the consequence waits for the week after the term.
    const intentie = termijnen(start, nepTermijnrekenaar, BELEID_VO).find((t) => t.bijVerstrijken === 'onherroepelijkVerklaren');
    expect(intentie).toMatchObject({ soort: 'nazendtermijn', vervaltOp: NAZEND });
    expect(termijnen(start, nepTermijnrekenaar, BELEID_VO).find((t) => t.soort === 'bezwaartermijn')).toMatchObject({ vervaltOp: EINDE });
    expect(termijnen(start, nepTermijnrekenaar, BELEID_VO).find((t) => t.soort === 'bezwaartermijn')?.bijVerstrijken).toBeUndefined();
    // The night after the term is no longer the moment: a posted bezwaar may still arrive.
    expect(fout(() => voer(start, plusDagen(EINDE, 1), 'systeem', onherroepelijk))).toBeInstanceOf(OngeldigeOvergang);

    const { state, events } = voer(start, '2025-05-11', 'consulent', bezwaar('2025-05-11', EINDE));
    expect(state).toMatchObject({ status: 'bezwaar-ingediend', bezwaar: { telaat: false, tijdigheid: 'awb-6:9-lid-2', verzondenOp: EINDE, ontvangenOp: '2025-05-11' } });
    expect(events[0]).toMatchObject({ naam: 'bezwaar-ingediend', data: { telaat: false, tijdigheid: 'awb-6:9-lid-2', verzondenOp: EINDE } });
    expect(termijnen(state, nepTermijnrekenaar, BELEID_VO).some((t) => t.bijVerstrijken === 'onherroepelijkVerklaren')).toBe(false);
    expect(toegestaneCommandos(state)).not.toContain('onherroepelijkVerklaren');
    expect(fout(() => voer(state, '2025-06-30', 'systeem', onherroepelijk))).toBeInstanceOf(OngeldigeOvergang);
    // On time: decided on its merits after the LBT, no excuse needed.
    expect(fout(() => voer(state, '2025-05-12', 'consulent', { ...VO, type: 'termijnoverschrijdingBeoordelen', verschoonbaar: true, reden: 'x' }))).toBeInstanceOf(
      OngeldigeOvergang,
    );
  });

  it('received 8 days later is late unless excused (Awb 6:11)', () => {
    const laat = voer(bouw('bekendgemaakt/niet-geplaatst'), '2025-05-14', 'consulent', bezwaar('2025-05-14', EINDE)).state;
    expect(laat.bezwaar).toMatchObject({ telaat: true, tijdigheid: 'te-laat' });
    const naLbt = (s: TlvAanvraag) => {
      const bij = voer(s, '2025-05-15', 'consulent', { ...VO, type: 'doorsturenNaarLbt' }).state;
      return voer(bij, '2025-06-01', 'consulent', { ...VO, type: 'lbtAdviesRegistreren', advies: 'ongegrond' }).state;
    };
    const ongegrond: TlvCommando = { ...VO, type: 'beslissenOpBezwaar', uitkomst: 'ongegrond', motivering: 'Besluit blijft.' };

    // Not judged: only niet-ontvankelijk.
    const f = fout(() => voer(naLbt(laat), '2025-06-10', 'teamleider', ongegrond));
    expect(f).toBeInstanceOf(OngeldigeOvergang);
    expect((f as OngeldigeOvergang).reden).toContain('6:11');

    // Judged not excusable: still only niet-ontvankelijk.
    const niet = voer(laat, '2025-05-15', 'consulent', { ...VO, type: 'termijnoverschrijdingBeoordelen', verschoonbaar: false, reden: 'Geen reden.' }).state;
    expect(fout(() => voer(naLbt(niet), '2025-06-10', 'teamleider', ongegrond))).toBeInstanceOf(OngeldigeOvergang);
    expect(voer(niet, '2025-05-16', 'teamleider', { ...VO, type: 'beslissenOpBezwaar', uitkomst: 'niet-ontvankelijk', motivering: 'Te laat.' }).state.status).toBe(
      'beslist-op-bezwaar',
    );

    // Excused, with the handler's reason: decided on its merits.
    const { state, events } = voer(laat, '2025-05-15', 'consulent', {
      ...VO,
      type: 'termijnoverschrijdingBeoordelen',
      verschoonbaar: true,
      reden: 'Poststaking in de week na de termijn.',
    });
    expect(state.bezwaar?.verschoonbaarheid).toEqual({ verschoonbaar: true, reden: 'Poststaking in de week na de termijn.', datum: '2025-05-15', door: ACTOR.consulent.id });
    expect(events).toEqual([{ naam: 'termijnoverschrijding-beoordeeld', data: { aanvraagId: state.id, swv: 'VO', datum: '2025-05-15', bezwaarId: state.bezwaar?.bezwaarId, verschoonbaar: true } }]);
    expect(voer(naLbt(state), '2025-06-10', 'teamleider', ongegrond).state.bezwaar?.beslissing?.uitkomst).toBe('ongegrond');
  });

  it('without bezwaar: onherroepelijk after the week, dated the day after the term, naming the rule', () => {
    const start = bouw('bekendgemaakt/niet-geplaatst');
    expect(fout(() => voer(start, NAZEND, 'systeem', onherroepelijk))).toBeInstanceOf(OngeldigeOvergang);
    const { state, events } = voer(start, plusDagen(NAZEND, 1), 'systeem', onherroepelijk);
    const rede = { regel: 'bezwaartermijn-verstreken', termijnEindigdeOp: EINDE, nazendtermijnEindigdeOp: NAZEND, vastgesteldOp: plusDagen(NAZEND, 1) };
    expect(state).toMatchObject({ status: 'onherroepelijk', onherroepelijkOp: plusDagen(EINDE, 1), onherroepelijkheid: rede });
    expect(events).toEqual([
      { naam: 'besluit-onherroepelijk', data: { aanvraagId: state.id, swv: 'VO', datum: plusDagen(EINDE, 1), besluitId: state.besluit?.besluitId, tlvId: state.besluit?.tlvId, ...rede } },
    ]);
  });
});

describe('beroep', () => {
  // The bob of the fixture is of 2025-06-10: beroepstermijn until 2025-07-22, nazendtermijn 2025-07-29.
  const beroep: TlvCommando = { ...VO, type: 'beroepRegistreren', indiener: 'ouders', ontvangenOp: '2025-07-22' };
  const uitspraak = (uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk'): TlvCommando => ({ ...VO, type: 'uitspraakRegistreren', uitkomst, datum: '2025-12-01' });

  it('beslissing op bezwaar → beroep → uitspraak gegrond → a new besluit; never onherroepelijk meanwhile', () => {
    const bob = bouw('beslist-op-bezwaar/niet-geplaatst');
    expect(termijnen(bob, nepTermijnrekenaar, BELEID_VO).find((t) => t.bijVerstrijken === 'onherroepelijkVerklaren')).toMatchObject({ soort: 'nazendtermijn', vervaltOp: '2025-07-29' });

    const ingesteld = voer(bob, '2025-07-23', 'consulent', beroep);
    expect(ingesteld.state).toMatchObject({ status: 'beroep-ingesteld', beroepen: [{ tijdigheid: 'awb-6:9-lid-1', indiener: 'ouders', ontvangenOp: '2025-07-22' }] });
    expect(ingesteld.events[0]).toMatchObject({ naam: 'beroep-ingesteld', data: { tijdig: true, besluitId: bob.besluit?.besluitId } });
    expect(termijnen(ingesteld.state, nepTermijnrekenaar, BELEID_VO).some((t) => t.bijVerstrijken === 'onherroepelijkVerklaren')).toBe(false);
    expect(fout(() => voer(ingesteld.state, '2025-09-01', 'systeem', onherroepelijk))).toBeInstanceOf(OngeldigeOvergang);

    const gegrond = voer(ingesteld.state, '2025-12-02', 'consulent', uitspraak('gegrond'));
    expect(gegrond.state.status).toBe('beroep-gegrond');
    expect(gegrond.state.bezwaar?.beslissing).toBeUndefined();
    expect(gegrond.state.beroepen?.[0]).toMatchObject({ uitspraak: { uitkomst: 'gegrond', datum: '2025-12-01' }, vernietigdeBeslissing: { uitkomst: 'ongegrond' } });
    expect(gegrond.events[0]).toMatchObject({ naam: 'uitspraak-gedaan', data: { uitkomst: 'gegrond', datum: '2025-12-01' } });
    expect(termijnen(gegrond.state, nepTermijnrekenaar, BELEID_VO).some((t) => t.bijVerstrijken === 'onherroepelijkVerklaren')).toBe(false);

    // The SWV decides on the bezwaar anew; gegrond now, so a new besluit replaces the old one.
    const nieuw = voer(gegrond.state, '2026-01-15', 'teamleider', {
      ...VO,
      type: 'beslissenOpBezwaar',
      uitkomst: 'gegrond',
      motivering: 'Na de uitspraak.',
      herzienBesluit: { ...TOELAATBAAR, soort: 'VSO-midden', ingangsdatum: '2026-02-01', einddatum: '2027-07-31' },
    });
    expect(nieuw.state.status).toBe('beslist-op-bezwaar');
    expect(nieuw.events.map((e) => e.naam)).toEqual(['beslissing-op-bezwaar-genomen', 'besluit-genomen']);
    expect(nieuw.state.besluit).toMatchObject({ grondslag: 'beslissing-op-bezwaar', inhoud: { soort: 'VSO-midden' } });
    expect(nieuw.state.vervangenBesluiten.map((b) => b.besluitId)).toEqual([bob.besluit?.besluitId]);
    // A new beroepstermijn runs from the new beslissing; onherroepelijk after it and its week.
    expect(termijnen(nieuw.state, nepTermijnrekenaar, BELEID_VO).find((t) => t.bijVerstrijken === 'onherroepelijkVerklaren')).toMatchObject({ vervaltOp: '2026-03-05' });
    const klaar = voer(nieuw.state, '2026-03-06', 'systeem', onherroepelijk);
    expect(klaar.events[0]).toMatchObject({ naam: 'besluit-onherroepelijk', data: { regel: 'beroepstermijn-verstreken', termijnEindigdeOp: '2026-02-26', besluitId: nieuw.state.besluit?.besluitId } });
  });

  it('uitspraak ongegrond: onherroepelijk only after the hoger-beroepstermijn and its week', () => {
    const s = voer(voer(bouw('beslist-op-bezwaar/niet-geplaatst'), '2025-07-23', 'consulent', beroep).state, '2025-12-02', 'consulent', uitspraak('ongegrond')).state;
    expect(s.status).toBe('uitspraak-gedaan');
    const intenties = termijnen(s, nepTermijnrekenaar, BELEID_VO);
    expect(intenties.find((t) => t.soort === 'hoger-beroepstermijn')).toMatchObject({ vervaltOp: '2026-01-12' });
    expect(intenties.find((t) => t.bijVerstrijken === 'onherroepelijkVerklaren')).toMatchObject({ soort: 'nazendtermijn', vervaltOp: '2026-01-19' });
    expect(fout(() => voer(s, '2026-01-19', 'systeem', onherroepelijk))).toBeInstanceOf(OngeldigeOvergang);
    expect(voer(s, '2026-01-20', 'systeem', onherroepelijk).state.onherroepelijkheid).toMatchObject({ regel: 'hoger-beroepstermijn-verstreken', termijnEindigdeOp: '2026-01-12' });
  });

  it('a late beroep is recorded as late; beroep needs a beslissing op bezwaar', () => {
    const te = voer(bouw('beslist-op-bezwaar/niet-geplaatst'), '2025-08-01', 'consulent', { ...beroep, ontvangenOp: '2025-07-30', verzondenOp: '2025-07-22' } as TlvCommando);
    expect(te.state.beroepen?.[0].tijdigheid).toBe('te-laat');
    expect(te.events[0]).toMatchObject({ data: { tijdig: false } });
    expect(fout(() => voer(bouw('onherroepelijk/niet-geplaatst'), '2025-08-01', 'consulent', beroep))).toBeInstanceOf(OngeldigeOvergang);
    expect(fout(() => voer(bouw('beslist-op-bezwaar/niet-geplaatst'), '2025-08-01', 'consulent', { ...beroep, verzondenOp: '2025-07-23' } as TlvCommando))).toMatchObject({
      veld: 'verzondenOp',
    });
  });
});
