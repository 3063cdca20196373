import { aantalTekst, dagenTekst, datum, eersteVolledigSchooljaarEinde, getal, maand, werkdagenTekst, werkdagenTot } from '../src/format';
import { stapLabel, statusLabel } from '../src/labels';

describe('Dutch dates and wording in the UI', () => {
  it('writes calendar dates without time-zone shifts', () => {
    expect(datum('2026-12-15')).toBe('15 december 2026');
    expect(datum('2027-01-01')).toBe('1 januari 2027');
    expect(datum(null)).toBe('—');
    expect(maand('2026-03')).toBe('mrt 2026');
    expect(maand('2026-03', true)).toBe('maart 2026');
  });

  it('writes counts in Dutch notation, a count stopped at its limit as "10.000+" read as "meer dan 10.000"', () => {
    expect(getal(10_000)).toBe('10.000');
    expect(getal(1234567)).toBe('1.234.567');
    expect(aantalTekst(10_000, true)).toEqual({ zichtbaar: '10.000+', voorgelezen: 'meer dan 10.000' });
    expect(aantalTekst(10_000, false)).toEqual({ zichtbaar: '10.000', voorgelezen: '10.000' });
    expect(aantalTekst(7, false)).toEqual({ zichtbaar: '7', voorgelezen: '7' });
  });

  it('says how much time is left in words', () => {
    expect(dagenTekst(3)).toBe('nog 3 dagen');
    expect(dagenTekst(1)).toBe('nog 1 dag');
    expect(dagenTekst(0)).toBe('verloopt vandaag');
    expect(dagenTekst(-1)).toBe('1 dag te laat');
    expect(dagenTekst(-13)).toBe('13 dagen te laat');
  });

  it('proposes an einddatum of 31 July after at least one full school year (as the domain requires)', () => {
    expect(eersteVolledigSchooljaarEinde('2026-08-01')).toBe('2027-07-31');
    expect(eersteVolledigSchooljaarEinde('2026-11-23')).toBe('2028-07-31');
    expect(eersteVolledigSchooljaarEinde('2027-03-01')).toBe('2028-07-31');
  });

  it('counts working days after today up to the last day', () => {
    // Friday 2026-11-20 → Monday 2026-11-23 is one working day; to Friday 2026-11-27 five.
    expect(werkdagenTot('2026-11-20', '2026-11-23')).toBe(1);
    expect(werkdagenTot('2026-11-20', '2026-11-27')).toBe(5);
    expect(werkdagenTot('2026-11-20', '2026-11-20')).toBe(0);
  });

  it('translates codes, and shows unknown ones readably instead of hiding them', () => {
    expect(statusLabel('advies-compleet')).toBe('Advies compleet');
    expect(statusLabel('nieuwe-status')).toBe('Nieuwe status');
    expect(stapLabel('besluit-nemen')).toBe('Besluit nemen');
    expect(stapLabel('Deskundigenadvies vastleggen')).toBe('Deskundigenadvies vastleggen');
  });
});

describe('time left in working days only', () => {
  it.each([
    [3, 5, 'nog 3 werkdagen'],
    [1, 1, 'nog 1 werkdag'],
    [0, 0, 'verloopt vandaag'],
    [-1, -1, '1 werkdag te laat'],
    [-4, -6, '4 werkdagen te laat'],
  ])('%p working days (%p calendar days) read %p', (werkdagen, dagen, tekst) => {
    expect(werkdagenTekst(werkdagen, dagen)).toBe(tekst);
    expect(werkdagenTekst(werkdagen, dagen)).not.toMatch(/\bdagen\b/);
  });
});
