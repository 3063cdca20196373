import { dagenTussen, datumInAmsterdam, eersteVolledigSchooljaarEinde, isIsoDatum, plusDagen, schooljaarEinde } from './datum';

describe('datum', () => {
  it('validates calendar dates', () => {
    expect(isIsoDatum('2024-02-29')).toBe(true);
    expect(isIsoDatum('2025-02-29')).toBe(false);
    expect(isIsoDatum('2025-13-01')).toBe(false);
    expect(isIsoDatum('2025-1-01')).toBe(false);
    expect(isIsoDatum(20250101)).toBe(false);
  });

  it('counts days across DST and leap days', () => {
    expect(dagenTussen('2025-03-29', '2025-03-31')).toBe(2);
    expect(dagenTussen('2024-02-28', '2024-03-01')).toBe(2);
    expect(plusDagen('2025-12-31', 1)).toBe('2026-01-01');
    expect(dagenTussen('2025-04-14', '2025-03-24')).toBe(-21);
  });

  it('takes "vandaag" in Amsterdam, not UTC', () => {
    expect(datumInAmsterdam(new Date('2025-03-02T23:30:00Z'))).toBe('2025-03-03');
    expect(datumInAmsterdam(new Date('2025-07-31T22:30:00Z'))).toBe('2025-08-01');
    expect(datumInAmsterdam(new Date('2025-07-31T21:59:00Z'))).toBe('2025-07-31');
  });

  it('knows the school year (1 August – 31 July)', () => {
    expect(schooljaarEinde('2025-07-31')).toBe('2025-07-31');
    expect(schooljaarEinde('2025-08-01')).toBe('2026-07-31');
    expect(eersteVolledigSchooljaarEinde('2025-08-01')).toBe('2026-07-31');
    expect(eersteVolledigSchooljaarEinde('2025-08-25')).toBe('2026-07-31');
    expect(eersteVolledigSchooljaarEinde('2025-09-01')).toBe('2027-07-31');
    expect(eersteVolledigSchooljaarEinde('2026-01-15')).toBe('2027-07-31');
  });
});
