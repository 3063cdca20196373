import { describeProblem, mapFieldErrors, nest, toProblem, withLabel } from '../src/api/problem';
import { beginWaarden, ontbrekendeVelden, teVersturen, type Veld } from '../src/acties';

describe('problem+json → form field errors', () => {
  const formulier = {
    'inhoud.uitkomst': 'Uitkomst',
    'inhoud.einddatum': 'Einddatum',
    'inhoud.motivering': 'Motivering',
    ontbrekend: 'Wat ontbreekt',
  };

  it('puts each error next to the field of the same dotted name, with the label in front of a bare predicate', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'inhoud.motivering', message: 'is verplicht' },
        { field: 'inhoud.einddatum', message: 'moet 31 juli zijn (einde schooljaar)' },
      ],
      formulier,
    );
    expect(mapped.fields).toEqual({ 'inhoud.motivering': 'Motivering is verplicht', 'inhoud.einddatum': 'Einddatum moet 31 juli zijn (einde schooljaar)' });
    expect(mapped.general).toEqual([]);
  });

  it('maps array items and body-prefixed paths to their form field, and keeps the first message per field', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'ontbrekend.1', message: 'moet een van opp, overig zijn' },
        { field: 'ontbrekend[2]', message: 'tweede melding' },
        { field: 'body.inhoud.uitkomst', message: 'Kies een uitkomst' },
      ],
      formulier,
    );
    expect(mapped.fields).toEqual({ ontbrekend: 'Wat ontbreekt moet een van opp, overig zijn', 'inhoud.uitkomst': 'Kies een uitkomst' });
  });

  it('reports errors about fields the form does not show as general errors, never drops them', () => {
    const mapped = mapFieldErrors([{ field: 'inhoud', message: 'ontbreekt' }, { field: '', message: 'Onbekende fout' }, { field: 'swv', message: 'past niet' }], formulier);
    expect(mapped.fields).toEqual({});
    expect(mapped.general).toEqual(['Inhoud ontbreekt', 'Onbekende fout', 'Swv past niet']);
  });

  it('names fields a form does not show in words, never as a path, and writes dates the Dutch way', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'dossier.oppRef', message: 'is verplicht bij indienen' },
        { field: 'dossier.tloVerslagRef', message: 'is verplicht bij indienen' },
        { field: 'motivering', message: 'de termijn voor aanvulling loopt nog tot 2026-03-04' },
      ],
      {},
    );
    expect(mapped.general).toEqual([
      'Het ontwikkelingsperspectiefplan (OPP) is verplicht bij indienen',
      'Het verslag van het toelaatbaarheidsoverleg is verplicht bij indienen',
      'Motivering de termijn voor aanvulling loopt nog tot 4 maart 2026',
    ]);
    expect(mapped.general.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}|oppRef|dossier\./);
    expect(describeProblem(toProblem(400, { errors: [{ field: 'dossier.oppRef', message: 'x' }] }), false)).toBe('Nog niet alles is in orde:');
  });

  it('reads a problem defensively and explains it in Dutch', () => {
    const p = toProblem(400, { type: 'urn:pao:problem:validation-failed', title: 'Request validation failed', status: 400, errors: [{ field: 'datum', message: 'ligt in de toekomst' }, 'rommel'] });
    expect(p.errors).toEqual([{ field: 'datum', message: 'ligt in de toekomst' }]);
    expect(describeProblem(p)).toBe('Controleer de gemarkeerde velden.');
    expect(toProblem(502, 'not json').status).toBe(502);
    expect(describeProblem(toProblem(403, {}))).toBe('Uw rol mag deze actie niet uitvoeren.');
    expect(describeProblem(toProblem(409, { detail: "'besluitNemen' is niet toegestaan in status 'ingediend'" }))).toMatch(/huidige status/);
  });

  it('leaves full sentences alone', () => {
    expect(withLabel('Datum', 'Kies een datum')).toBe('Kies een datum');
    expect(withLabel('Datum', 'ligt in de toekomst')).toBe('Datum ligt in de toekomst');
  });
});

describe('form values → request body', () => {
  const velden: Veld[] = [
    { naam: 'inhoud.uitkomst', label: 'Uitkomst', soort: 'keuze', verplicht: true, standaard: 'toelaatbaar', opties: [] },
    { naam: 'inhoud.soort', label: 'Soort TLV', soort: 'keuze', verplicht: true, standaard: '', zichtbaar: (w) => w['inhoud.uitkomst'] === 'toelaatbaar' },
    { naam: 'inhoud.motivering', label: 'Motivering', soort: 'tekstvak', verplicht: true },
    { naam: 'documentRef', label: 'Kenmerk', soort: 'tekst' },
  ];

  it('nests dotted names, drops empty optional and hidden fields', () => {
    const waarden = { ...beginWaarden(velden), 'inhoud.uitkomst': 'niet-toelaatbaar', 'inhoud.soort': 'PrO', 'inhoud.motivering': '  Geen ondersteuningsbehoefte  ' };
    expect(nest(teVersturen(velden, waarden))).toEqual({ inhoud: { uitkomst: 'niet-toelaatbaar', motivering: 'Geen ondersteuningsbehoefte' } });
  });

  it('makes a list of numbered parts (a new action in a form)', () => {
    expect(nest({ 'acties.0.omschrijving': 'Bellen', 'acties.0.eigenaar': 'school', afspraken: 'x' })).toEqual({ acties: [{ omschrijving: 'Bellen', eigenaar: 'school' }], afspraken: 'x' });
  });

  it('names every visible required field left empty', () => {
    expect(ontbrekendeVelden(velden, beginWaarden(velden))).toEqual({ 'inhoud.soort': 'Kies soort tlv', 'inhoud.motivering': 'Vul motivering in' });
  });
});
