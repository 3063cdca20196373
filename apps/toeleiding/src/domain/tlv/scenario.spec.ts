import { GeenBevoegdheid, OngeldigeInvoer, OngeldigeOvergang } from '@pao/zaak/domein';
import { type TlvAanvraag } from './aanvraag';
import { standaardBeleid } from './beleid';
import { valideerBesluitInhoud } from './besluit-regels';
import { type TlvCommando } from './commandos';
import { type Actor } from './context';
import { ACTOR, AANMAKEN, TOELAATBAAR, bouw, ctx, idTeller, type ActorNaam } from './testing/fixtures';
import { nepTermijnrekenaar } from './testing/nep-termijnrekenaar';
import { maakAan, voerUit } from './voer-uit';

const VO = { swv: 'VO' } as const;

function voer(s: TlvAanvraag, datum: string, actor: ActorNaam | Actor, c: TlvCommando) {
  return voerUit(s, c, ctx(datum, typeof actor === 'string' ? ACTOR[actor] : actor, idTeller('nieuw')));
}

function fout(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('verwachtte een fout');
}

describe('aanmaken', () => {
  it('creates a concept with an injected id and an event without free text', () => {
    const { state, events } = maakAan(AANMAKEN, ctx('2025-03-03', ACTOR.school, () => 'aanvraag-1'));
    expect(state).toMatchObject({ id: 'aanvraag-1', status: 'concept', versie: 1, swv: 'VO', aangemaaktOp: '2025-03-03' });
    expect(events).toEqual([
      { naam: 'aanvraag-aangemaakt', data: { aanvraagId: 'aanvraag-1', swv: 'VO', datum: '2025-03-03', leerlingRef: 'leerling-a', schoolId: 'school-huidig' } },
    ]);
  });

  it('only by the aanvragende school or staff of the same SWV', () => {
    const vreemdeSchool = { ...ACTOR.school, organisatie: 'andere-school' };
    const poConsulent = { ...ACTOR.consulent, organisatie: 'PO' };
    expect(fout(() => maakAan(AANMAKEN, ctx('2025-03-03', vreemdeSchool)))).toBeInstanceOf(GeenBevoegdheid);
    expect(fout(() => maakAan(AANMAKEN, ctx('2025-03-03', poConsulent)))).toBeInstanceOf(GeenBevoegdheid);
    expect(fout(() => maakAan(AANMAKEN, ctx('2025-03-03', ACTOR.orthopedagoog)))).toBeInstanceOf(GeenBevoegdheid);
  });

  it('refuses a BSN where an id belongs, and soorten the SWV does not issue', () => {
    expect(fout(() => maakAan({ ...AANMAKEN, leerlingRef: '123456782' }, ctx('2025-03-03', ACTOR.school)))).toMatchObject({ veld: 'leerlingRef' });
    const sbo = { ...AANMAKEN, dossier: { gevraagdeSoort: 'SBO' as const } };
    expect(fout(() => maakAan(sbo, ctx('2025-03-03', ACTOR.school)))).toMatchObject({ veld: 'dossier.gevraagdeSoort' });
  });
});

describe('indienen and aanvulling', () => {
  it('lists every missing part at once', () => {
    const leeg = maakAan({ ...AANMAKEN, dossier: {} }, ctx('2025-03-03', ACTOR.school)).state;
    const f = fout(() => voer(leeg, '2025-03-03', 'school', { ...VO, type: 'indienen' })) as OngeldigeInvoer;
    expect(f).toBeInstanceOf(OngeldigeInvoer);
    expect(f.fouten.map((x) => x.veld)).toEqual(['dossier.gevraagdeSoort', 'dossier.ondersteuningsbehoefte', 'dossier.oppRef', 'dossier.tloVerslagRef']);
  });

  it('refuses a receipt date in the future', () => {
    expect(fout(() => voer(bouw('concept'), '2025-03-03', 'school', { ...VO, type: 'indienen', ontvangenOp: '2025-03-04' }))).toMatchObject({
      veld: 'ontvangenOp',
    });
  });

  it('suspends the beslistermijn while aanvulling is asked and records the period', () => {
    const gevraagd = voer(bouw('ingediend'), '2025-03-05', 'consulent', { ...VO, type: 'aanvullingVragen', aanvullenVoor: '2025-03-19', ontbrekend: ['opp', 'opp'] });
    expect(gevraagd.state.opschortingen).toEqual([{ van: '2025-03-05', aanvullenVoor: '2025-03-19', ontbrekend: ['opp'] }]);
    const aangevuld = voer(gevraagd.state, '2025-03-12', 'school', { ...VO, type: 'aanvullen', dossier: { oppRef: 'doc-opp-2' } });
    expect(aangevuld.state.opschortingen[0].tot).toBe('2025-03-12');
    expect(aangevuld.state.dossier.oppRef).toBe('doc-opp-2');
    expect(aangevuld.events[0]).toMatchObject({ naam: 'aanvraag-aangevuld', data: { opgeschorteDagen: 7 } });
  });

  it('needs a term in the future, and buiten behandeling only after it', () => {
    const ingediend = bouw('ingediend');
    expect(fout(() => voer(ingediend, '2025-03-05', 'consulent', { ...VO, type: 'aanvullingVragen', aanvullenVoor: '2025-03-05', ontbrekend: ['opp'] }))).toBeInstanceOf(
      OngeldigeInvoer,
    );
    const vroeg = fout(() => voer(bouw('aanvulling-gevraagd'), '2025-03-19', 'teamleider', { ...VO, type: 'buitenBehandelingStellen', motivering: 'x' }));
    expect(vroeg).toBeInstanceOf(OngeldigeOvergang);
    expect((vroeg as OngeldigeOvergang).reden).toContain('2025-03-19');
  });
});

describe('deskundigenadvies and besluit', () => {
  const eerste = (deskundigeId: string = ACTOR.orthopedagoog.id, discipline = 'orthopedagoog'): TlvCommando =>
    ({ ...VO, type: 'adviesVastleggen', deskundige: { rol: 'eerste', discipline, deskundigeId }, advies: 'toelaatbaar' }) as TlvCommando;

  it('the eerste deskundige records their own advice', () => {
    const s = bouw('in-behandeling');
    expect(fout(() => voer(s, '2025-03-17', 'consulent', eerste()))).toBeInstanceOf(GeenBevoegdheid);
    expect(fout(() => voer(s, '2025-03-17', 'orthopedagoog', eerste('iemand-anders')))).toBeInstanceOf(GeenBevoegdheid);
    expect(fout(() => voer(s, '2025-03-17', 'orthopedagoog', eerste(undefined, 'arts')))).toMatchObject({ veld: 'deskundige.discipline' });
  });

  it('needs two different people, the second from the SWV list', () => {
    const s = bouw('in-behandeling#eerste-advies');
    const tweede = (deskundigeId: string, discipline: string) =>
      ({ ...VO, type: 'adviesVastleggen', deskundige: { rol: 'tweede', discipline, deskundigeId }, advies: 'toelaatbaar' }) as TlvCommando;
    expect(fout(() => voer(s, '2025-03-18', 'orthopedagoog', tweede(ACTOR.orthopedagoog.id, 'arts')))).toMatchObject({ veld: 'deskundige.deskundigeId' });
    const streng = { ...standaardBeleid('VO', 'VO'), tweedeDeskundigen: ['arts' as const] };
    const metBeleid = { ...ctx('2025-03-18', ACTOR.consulent), beleid: streng };
    expect(fout(() => voerUit(s, tweede('extern', 'pedagoog'), metBeleid))).toMatchObject({ veld: 'deskundige.discipline' });
    expect(voerUit(s, tweede('extern', 'arts'), metBeleid).state.status).toBe('advies-compleet');
    expect(fout(() => voer(s, '2025-03-18', 'orthopedagoog', eerste()))).toBeInstanceOf(OngeldigeOvergang);
  });

  it('refuses a besluit without both advices, and from anyone but the teamleider', () => {
    const f = fout(() => voer(bouw('in-behandeling#eerste-advies'), '2025-03-24', 'teamleider', { ...VO, type: 'besluitNemen', inhoud: TOELAATBAAR })) as OngeldigeOvergang;
    expect(f).toBeInstanceOf(OngeldigeOvergang);
    expect(f.reden).toContain('tweede');
    expect(fout(() => voer(bouw('advies-compleet'), '2025-03-24', 'orthopedagoog', { ...VO, type: 'besluitNemen', inhoud: TOELAATBAAR }))).toBeInstanceOf(
      GeenBevoegdheid,
    );
  });

  it('takes a toelaatbaar besluit with a new besluitId and tlvId', () => {
    const { state, events } = voer(bouw('advies-compleet'), '2025-03-24', 'teamleider', { ...VO, type: 'besluitNemen', inhoud: { ...TOELAATBAAR, extra: 'x' } as never });
    expect(state.besluit).toEqual({
      besluitId: 'nieuw-1',
      tlvId: 'nieuw-2',
      datum: '2025-03-24',
      genomenDoor: ACTOR.teamleider.id,
      grondslag: 'aanvraag',
      inhoud: TOELAATBAAR,
    });
    expect(events[0]).toMatchObject({ naam: 'besluit-genomen', data: { uitkomst: 'toelaatbaar', soort: 'VSO-laag', einddatum: '2026-07-31' } });
    expect(JSON.stringify(events)).not.toContain('motivering');
  });
});

describe('besluit rules', () => {
  const vo = standaardBeleid('VO', 'VO');
  const po = standaardBeleid('PO', 'PO');
  const check = (inhoud: object, beleid = vo) => () => valideerBesluitInhoud('inhoud', inhoud, beleid);

  it('einddatum is a 31 July covering at least one full school year', () => {
    expect(check({ ...TOELAATBAAR, einddatum: '2026-06-30' })).toThrow(/31 juli/);
    expect(fout(check({ ...TOELAATBAAR, einddatum: '2025-07-31' }))).toMatchObject({ veld: 'inhoud.einddatum' });
    expect(fout(check({ ...TOELAATBAAR, ingangsdatum: '2025-09-01', einddatum: '2026-07-31' }))).toMatchObject({ veld: 'inhoud.einddatum' });
    expect(check({ ...TOELAATBAAR, ingangsdatum: '2025-09-01', einddatum: '2027-07-31' })).not.toThrow();
    expect(check({ ...TOELAATBAAR, ingangsdatum: '2025-09-01', einddatum: '2026-07-31' }, { ...vo, minimaalEenSchooljaarVoor: [] })).not.toThrow();
  });

  it("'onbepaald' needs reasons", () => {
    expect(fout(check({ ...TOELAATBAAR, einddatum: 'onbepaald' }))).toMatchObject({ veld: 'inhoud.onbepaaldReden' });
    expect(check({ ...TOELAATBAAR, einddatum: 'onbepaald', onbepaaldReden: 'EMB' })()).toMatchObject({ einddatum: 'onbepaald', onbepaaldReden: 'EMB' });
  });

  it('PrO and VSO only in VO, SBO and SO only in PO', () => {
    expect(fout(check({ ...TOELAATBAAR, soort: 'PrO' }, po))).toMatchObject({ veld: 'inhoud.soort' });
    expect(fout(check({ ...TOELAATBAAR, soort: 'SBO' }, vo))).toMatchObject({ veld: 'inhoud.soort' });
    expect(check({ ...TOELAATBAAR, soort: 'SO-hoog' }, po)()).toMatchObject({ soort: 'SO-hoog' });
  });

  it('niet-toelaatbaar needs only a motivering', () => {
    expect(check({ uitkomst: 'niet-toelaatbaar', motivering: 'x', soort: 'PrO' })()).toEqual({ uitkomst: 'niet-toelaatbaar', motivering: 'x' });
    expect(fout(check({ uitkomst: 'niet-toelaatbaar', motivering: ' ' }))).toMatchObject({ veld: 'inhoud.motivering' });
  });
});

describe('bekendmaking and bezwaar', () => {
  it('fixes the bezwaartermijn and issues the TLV', () => {
    const { state, events } = voer(bouw('besluit-genomen'), '2025-03-25', 'consulent', { ...VO, type: 'bekendmaken' });
    expect(state.bekendmaking).toEqual({ datum: '2025-03-25', bezwaartermijn: { datum: '2025-05-06', regelVersie: 'nep/1' } });
    expect(state.uitvoering).toEqual({ tlvId: state.besluit?.tlvId, status: 'niet-geplaatst', sinds: '2025-03-25' });
    expect(events.map((e) => e.naam)).toEqual(['besluit-bekendgemaakt', 'tlv-afgegeven']);
    const niet = voer(bouw('besluit-genomen#niet-toelaatbaar'), '2025-03-25', 'consulent', { ...VO, type: 'bekendmaken' });
    expect(niet.events.map((e) => e.naam)).toEqual(['besluit-bekendgemaakt']);
    expect(niet.state.uitvoering).toBeUndefined();
  });

  it('refuses a bekendmaking before the besluit, and a broken calendar', () => {
    expect(fout(() => voer(bouw('besluit-genomen'), '2025-03-25', 'consulent', { ...VO, type: 'bekendmaken', datum: '2025-03-20' }))).toMatchObject({ veld: 'datum' });
    const kapot = { ...nepTermijnrekenaar, bezwaartermijnEinde: () => ({ datum: '2025-01-01', regelVersie: 'x' }) };
    expect(() => voerUit(bouw('besluit-genomen'), { ...VO, type: 'bekendmaken' }, { ...ctx('2025-03-25', ACTOR.consulent), termijnen: kapot })).toThrow(
      /Termijnrekenaar/,
    );
  });

  it('records a late bezwaar as late, also after onherroepelijk', () => {
    const bezwaar = (ontvangenOp: string): TlvCommando => ({ ...VO, type: 'bezwaarRegistreren', indiener: 'bevoegd-gezag', ontvangenOp });
    expect(voer(bouw('bekendgemaakt/niet-geplaatst'), '2025-05-06', 'consulent', bezwaar('2025-05-06')).state.bezwaar?.telaat).toBe(false);
    const laat = voer(bouw('onherroepelijk/niet-geplaatst'), '2025-05-20', 'consulent', bezwaar('2025-05-07'));
    expect(laat.state).toMatchObject({ status: 'bezwaar-ingediend', bezwaar: { telaat: true }, onherroepelijkOp: undefined });
    expect(laat.events[0]).toMatchObject({ naam: 'bezwaar-ingediend', data: { telaat: true, indiener: 'bevoegd-gezag' } });
    expect(fout(() => voer(bouw('bekendgemaakt/niet-geplaatst'), '2025-05-06', 'consulent', bezwaar('2025-03-24')))).toMatchObject({ veld: 'ontvangenOp' });
  });

  it('onherroepelijk only after the term, dated the day after it', () => {
    const vroeg = fout(() => voer(bouw('bekendgemaakt/niet-geplaatst'), '2025-05-06', 'systeem', { ...VO, type: 'onherroepelijkVerklaren' }));
    expect(vroeg).toBeInstanceOf(OngeldigeOvergang);
    const laat = voer(bouw('bekendgemaakt/niet-geplaatst'), '2025-06-30', 'systeem', { ...VO, type: 'onherroepelijkVerklaren' });
    expect(laat.state.onherroepelijkOp).toBe('2025-05-07');
    expect(fout(() => voer(bouw('bekendgemaakt/niet-geplaatst'), '2025-06-30', 'teamleider', { ...VO, type: 'onherroepelijkVerklaren' }))).toBeInstanceOf(
      GeenBevoegdheid,
    );
  });

  it('verdaging only before the beslistermijn op bezwaar has passed', () => {
    // Bezwaartermijn ends 2025-05-06; 12 weeks later is 2025-07-29.
    const f = fout(() => voer(bouw('bij-lbt/niet-geplaatst'), '2025-07-30', 'teamleider', { ...VO, type: 'beslissingOpBezwaarVerdagen' }));
    expect(f).toBeInstanceOf(OngeldigeOvergang);
    expect(voer(bouw('bij-lbt/niet-geplaatst'), '2025-07-29', 'teamleider', { ...VO, type: 'beslissingOpBezwaarVerdagen' }).state.bezwaar?.verdaagdOp).toBe('2025-07-29');
  });

  it('without LBT advice only niet-ontvankelijk', () => {
    const f = fout(() =>
      voer(bouw('bezwaar-ingediend/niet-geplaatst'), '2025-04-11', 'teamleider', { ...VO, type: 'beslissenOpBezwaar', uitkomst: 'ongegrond', motivering: 'x' }),
    );
    expect(f).toBeInstanceOf(OngeldigeOvergang);
    expect((f as OngeldigeOvergang).reden).toContain('LBT');
  });

  it('gegrond requires a herzien besluit, other outcomes forbid one', () => {
    const s = bouw('lbt-advies-ontvangen/niet-geplaatst');
    const bob = (uitkomst: 'gegrond' | 'ongegrond', herzienBesluit?: object): TlvCommando =>
      ({ ...VO, type: 'beslissenOpBezwaar', uitkomst, motivering: 'x', herzienBesluit }) as TlvCommando;
    expect(fout(() => voer(s, '2025-06-10', 'teamleider', bob('gegrond')))).toMatchObject({ veld: 'herzienBesluit' });
    expect(fout(() => voer(s, '2025-06-10', 'teamleider', bob('ongegrond', TOELAATBAAR)))).toMatchObject({ veld: 'herzienBesluit' });
  });
});

describe('herzien besluit on a gegrond bezwaar', () => {
  function naarLbtAdvies(start: TlvAanvraag): TlvAanvraag {
    let s = voer(start, '2025-04-16', 'consulent', { ...VO, type: 'bezwaarRegistreren', indiener: 'ouders', ontvangenOp: '2025-04-16' }).state;
    s = voer(s, '2025-04-17', 'consulent', { ...VO, type: 'doorsturenNaarLbt' }).state;
    return voer(s, '2025-05-20', 'consulent', { ...VO, type: 'lbtAdviesRegistreren', advies: 'gegrond' }).state;
  }
  const gegrond = (herzienBesluit: object): TlvCommando => ({ ...VO, type: 'beslissenOpBezwaar', uitkomst: 'gegrond', motivering: 'x', herzienBesluit }) as TlvCommando;

  it('revoking a TLV ends the placement', () => {
    const s = naarLbtAdvies(bouw('bekendgemaakt/geplaatst'));
    const { state, events } = voer(s, '2025-06-10', 'teamleider', gegrond({ uitkomst: 'niet-toelaatbaar', motivering: 'x' }));
    expect(state.status).toBe('beslist-op-bezwaar');
    expect(state.uitvoering).toMatchObject({ status: 'beeindigd', einde: { datum: '2025-06-10', reden: 'herroepen' } });
    expect(state.vervangenBesluiten.map((b) => b.besluitId)).toEqual([s.besluit?.besluitId]);
    expect(events.map((e) => e.naam)).toEqual(['beslissing-op-bezwaar-genomen', 'besluit-genomen', 'tlv-beeindigd']);
  });

  it('a different soort keeps the running TLV and its placement', () => {
    const s = naarLbtAdvies(bouw('bekendgemaakt/geplaatst'));
    const { state, events } = voer(s, '2025-06-10', 'teamleider', gegrond({ ...TOELAATBAAR, soort: 'VSO-midden' }));
    expect(state.besluit).toMatchObject({ tlvId: s.uitvoering?.tlvId, grondslag: 'beslissing-op-bezwaar', inhoud: { soort: 'VSO-midden' } });
    expect(state.uitvoering).toEqual(s.uitvoering);
    expect(events.map((e) => e.naam)).toEqual(['beslissing-op-bezwaar-genomen', 'besluit-genomen']);
  });

  it('granting on bezwaar issues a new TLV', () => {
    const s = naarLbtAdvies(bouw('bekendgemaakt#niet-toelaatbaar'));
    const { state, events } = voer(s, '2025-06-10', 'teamleider', gegrond(TOELAATBAAR));
    expect(state.uitvoering).toMatchObject({ status: 'niet-geplaatst', sinds: '2025-06-10', tlvId: state.besluit?.tlvId });
    expect(events.map((e) => e.naam)).toEqual(['beslissing-op-bezwaar-genomen', 'besluit-genomen', 'tlv-afgegeven']);
  });
});

describe('uitvoering', () => {
  const plaats = (schoolId: string, datum: string): TlvCommando => ({ ...VO, type: 'plaatsingRegistreren', schoolId, datum });

  it('plaatsing: within the TLV period, wait days since the besluit, ends the overbrugging', () => {
    const s = bouw('bekendgemaakt/overbrugging');
    expect(fout(() => voer(s, '2025-04-14', 'consulent', plaats('vso', '2025-03-31')))).toMatchObject({ veld: 'datum' });
    const { state, events } = voer(s, '2025-04-14', 'consulent', plaats('vso', '2025-04-14'));
    expect(state.uitvoering).toMatchObject({ status: 'geplaatst', plaatsing: { schoolId: 'vso', datum: '2025-04-14', wachtdagen: 21 }, overbrugging: { tot: '2025-04-14' } });
    expect(events.map((e) => e.naam)).toEqual(['overbrugging-beeindigd', 'leerling-geplaatst']);
  });

  it('an overbrugging that ends with the TLV (beëindigd, verlopen) is closed with its own event', () => {
    const s = bouw('bekendgemaakt/overbrugging');
    const beeindigd = voer(s, '2025-05-01', 'consulent', { ...VO, type: 'beeindigen', reden: 'verhuizing' });
    expect(beeindigd.state.uitvoering).toMatchObject({ status: 'beeindigd', overbrugging: { tot: '2025-05-01' } });
    expect(beeindigd.events.map((e) => e.naam)).toEqual(['overbrugging-beeindigd', 'tlv-beeindigd']);
    const verlopen = voer(s, '2026-09-01', 'systeem', { ...VO, type: 'verlopen' });
    expect(verlopen.state.uitvoering).toMatchObject({ status: 'verlopen', overbrugging: { tot: '2026-07-31' } });
    expect(verlopen.events.map((e) => e.naam)).toEqual(['overbrugging-beeindigd', 'tlv-verlopen']);
    // Without an overbrugging running there is nothing to close.
    expect(voer(bouw('bekendgemaakt/geplaatst'), '2025-05-01', 'consulent', { ...VO, type: 'beeindigen', reden: 'verhuizing' }).events.map((e) => e.naam)).toEqual(['tlv-beeindigd']);
  });

  it('the receiving school may register its own placement, not one elsewhere', () => {
    const ontvangend = { id: 'gebruiker-vso', rol: 'school' as const, organisatie: 'vso' };
    const s = bouw('bekendgemaakt/niet-geplaatst');
    expect(voer(s, '2025-04-14', ontvangend, plaats('vso', '2025-04-14')).state.uitvoering?.status).toBe('geplaatst');
    expect(fout(() => voer(s, '2025-04-14', ontvangend, plaats('elders', '2025-04-14')))).toBeInstanceOf(GeenBevoegdheid);
  });

  it('einddatum only later, as a wijzigingsbesluit on the same TLV', () => {
    const s = bouw('bekendgemaakt/geplaatst');
    const wijzig = (einddatum: string): TlvCommando => ({ ...VO, type: 'einddatumWijzigen', einddatum, motivering: 'x' });
    expect(fout(() => voer(s, '2025-05-01', 'teamleider', wijzig('2026-07-31')))).toMatchObject({ veld: 'einddatum' });
    expect(fout(() => voer(s, '2025-05-01', 'teamleider', wijzig('2027-06-30')))).toMatchObject({ veld: 'einddatum' });
    const { state } = voer(s, '2025-05-01', 'teamleider', wijzig('2027-07-31'));
    expect(state.besluit).toMatchObject({ tlvId: s.besluit?.tlvId, grondslag: 'wijziging-einddatum', inhoud: { einddatum: '2027-07-31', soort: 'VSO-laag' } });
    expect(state.vervangenBesluiten).toHaveLength(1);
  });

  it('verloopt only after the einddatum', () => {
    const s = bouw('bekendgemaakt/geplaatst');
    expect(fout(() => voer(s, '2026-07-31', 'systeem', { ...VO, type: 'verlopen' }))).toBeInstanceOf(OngeldigeOvergang);
    expect(voer(s, '2026-09-01', 'systeem', { ...VO, type: 'verlopen' }).state.uitvoering?.einde).toEqual({ datum: '2026-07-31', reden: 'verlopen' });
  });

  it('verlenging: by the placing school, once, as a new concept linked to this TLV', () => {
    const s = bouw('bekendgemaakt/geplaatst');
    const vso = { id: 'gebruiker-vso', rol: 'school' as const, organisatie: 'vso-school' };
    const vraag: TlvCommando = { ...VO, type: 'verlengingAanvragen', bevoegdGezagId: 'bestuur-vso', dossier: { ondersteuningsbehoefte: 'doelen' } };
    expect(fout(() => voer(s, '2026-03-01', 'school', vraag))).toBeInstanceOf(GeenBevoegdheid);
    const r = voer(s, '2026-03-01', vso, vraag);
    expect(r.state.verlenging).toEqual({ aanvraagId: 'nieuw-1', aangevraagdOp: '2026-03-01' });
    expect(r.nieuw?.[0]).toMatchObject({
      id: 'nieuw-1',
      status: 'concept',
      verlengingVan: s.id,
      leerlingRef: s.leerlingRef,
      aanvrager: { bevoegdGezagId: 'bestuur-vso', schoolId: 'vso-school' },
      dossier: { gevraagdeSoort: 'VSO-laag', ondersteuningsbehoefte: 'doelen' },
    });
    expect(r.events.map((e) => e.naam)).toEqual(['verlenging-aangevraagd', 'aanvraag-aangemaakt']);
    expect(fout(() => voer(r.state, '2026-03-02', vso, vraag))).toBeInstanceOf(OngeldigeOvergang);
    const f = fout(() => voer(r.nieuw![0], '2026-03-02', vso, { ...VO, type: 'indienen' })) as OngeldigeInvoer;
    expect(f.fouten.map((x) => x.veld)).toContain('dossier.gewensteDuur');
  });
});

describe('dispatcher', () => {
  it('refuses commands for another SWV, unknown commands and mismatched rules', () => {
    const s = bouw('concept');
    expect(fout(() => voer(s, '2025-03-03', 'school', { swv: 'PO', type: 'indienen' }))).toMatchObject({ veld: 'swv' });
    expect(fout(() => voer(s, '2025-03-03', 'school', { ...VO, type: 'weggooien' } as never))).toMatchObject({ veld: 'type' });
    expect(fout(() => voerUit(s, null as never, ctx('2025-03-03', ACTOR.school)))).toMatchObject({ veld: 'commando' });
    expect(() => voerUit(s, { ...VO, type: 'indienen' }, { ...ctx('2025-03-03', ACTOR.school), beleid: standaardBeleid('PO', 'PO') })).toThrow(/beleid/);
  });

  it('uses the date in Amsterdam', () => {
    const s = bouw('concept');
    const laat = { ...ctx('2025-03-03', ACTOR.school), nu: new Date('2025-03-03T23:30:00Z') };
    expect(voerUit(s, { ...VO, type: 'indienen' }, laat).state.ingediendOp).toBe('2025-03-04');
  });
});
