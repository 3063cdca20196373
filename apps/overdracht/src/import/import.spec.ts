import { testBsn } from '@pao/zaak';
import { decodeer, leesBestand, MAX_RIJEN } from './bestand';
import { controleerRij, deelKolommenIn, dubbeleLeerlingen, type CohortRij, type RijContext } from './rij';

const bytes = (s: string) => new TextEncoder().encode(s);
const ctx: RijContext = { sector: 'po', vandaag: '2026-01-15', startdatum: '2026-08-17', gemeente: 'GM0034' };

function controleer(csv: string, c = ctx) {
  const gelezen = leesBestand(bytes(csv));
  if (!gelezen.ok) throw new Error(gelezen.fout.melding);
  const k = deelKolommenIn(gelezen.kolommen);
  if (!k.ok) throw new Error(k.fout.melding);
  return gelezen.rijen.map((r) => controleerRij(r, k.indeling, c));
}

describe('cohort import: the file', () => {
  it('reads Dutch Excel CSV (semicolons, BOM, CRLF) and numbers rows as a spreadsheet does', () => {
    const g = leesBestand(bytes(`\uFEFFleerlingnummer;naam;definitief advies\r\n${testBsn(1)};Jan;havo\r\n\r\n${testBsn(2)};"Piet; de Vries";vwo\r\n`));
    expect(g.ok && g.kolommen).toEqual(['leerlingnummer', 'naam', 'definitief advies']);
    expect(g.ok && g.rijen.map((r) => r.regel)).toEqual([2, 4]);
    expect(g.ok && g.rijen[1].waarden[1]).toBe('Piet; de Vries');
  });

  it('refuses wrong encodings with a reason a school can act on', () => {
    const ansi = Uint8Array.from([...bytes('leerlingnummer;naam\n123;J'), 0xeb, 0x72, 0x6e, 0x0a]); // "Jërn" in Windows-1252
    expect(decodeer(ansi)).toEqual({ fout: expect.stringMatching(/geen UTF-8.*CSV UTF-8/) });
    expect(decodeer(Uint8Array.from([0xff, 0xfe, 0x6c, 0x00]))).toEqual({ fout: expect.stringMatching(/UTF-16/) });
    expect(decodeer(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toEqual({ fout: expect.stringMatching(/Excel/) });
    expect(leesBestand(new Uint8Array())).toEqual({ ok: false, fout: { veld: 'bestand', melding: 'het bestand is leeg' } });
  });

  it('refuses more rows than a cohort can have, without reading them all', () => {
    const veel = ['leerlingnummer', ...Array.from({ length: 100_000 }, (_, i) => testBsn(i))].join('\n');
    const g = leesBestand(bytes(veel));
    expect(g).toEqual({ ok: false, fout: { veld: 'bestand', melding: expect.stringContaining(`meer dan ${MAX_RIJEN.toLocaleString('nl-NL')}`) } });
  });

  it('names a missing column', () => {
    expect(deelKolommenIn(['naam', 'advies'])).toEqual({ ok: false, fout: { veld: 'kolommen', melding: expect.stringContaining('kolom ontbreekt: leerlingnummer') } });
  });

  it('refuses broken quoting as a file error', () => {
    const g = leesBestand(bytes(`leerlingnummer;naam\n${testBsn(1)};"Jan\n${testBsn(2)};Piet`));
    expect(g.ok).toBe(false);
  });
});

describe('cohort import: each row', () => {
  it('names the row and field of every problem, never the value', () => {
    const uit = controleer(
      [
        'leerlingnummer;route;definitief advies;kwetsbaar;voorzieningen;gemeente',
        `${testBsn(1)};;havo;ja;tlv-pro|lwoo;`,
        `123456789;po-vo;havo;nee;;GM0034`,
        `${testBsn(3)};vo-mbo;superslim;misschien;tlv-xyz;Almere`,
      ].join('\n'),
    );
    expect(uit[0]).toMatchObject({ ok: true, rij: { route: 'po-vo', definitiefAdvies: 'havo', kwetsbaar: true, voorzieningen: ['tlv-pro', 'lwoo'], gemeente: 'GM0034' } });
    expect(uit[1]).toEqual({ ok: false, fouten: [{ rij: 3, veld: 'leerlingnummer', melding: 'geen geldig BSN of onderwijsnummer (elfproef)' }] });
    const derde = uit[2] as { fouten: Array<{ rij: number; veld: string; melding: string }> };
    expect(derde.fouten.map((f) => f.veld)).toEqual(['route', 'gemeente', 'definitiefAdvies', 'kwetsbaar', 'voorzieningen']);
    expect(JSON.stringify(derde)).not.toMatch(/superslim|Almere|xyz/);
    expect(JSON.stringify(uit[1])).not.toContain('123456789');
  });

  it('applies the domain rules: no schooladvies or TLV on the way to MBO; 18+ from the birth date', () => {
    const vo: RijContext = { sector: 'vo', vandaag: '2026-01-15', startdatum: '2026-08-31', gemeente: 'GM0034' };
    const uit = controleer(['bsn;advies;geboortedatum', `${testBsn(4)};havo;01-01-2008`, `${testBsn(5)};;31-08-2008`, `${testBsn(6)};;01-09-2008`].join('\n'), vo);
    expect(uit[0]).toEqual({ ok: false, fouten: [{ rij: 2, veld: 'definitiefAdvies', melding: 'een schooladvies hoort bij de overstap van PO naar VO' }] });
    expect(uit[1]).toMatchObject({ ok: true, achttienPlus: true });
    expect(uit[2]).toMatchObject({ ok: true, achttienPlus: false });
  });

  it('refuses every row of a pupil listed twice', () => {
    const rijen = controleer(['leerlingnummer', testBsn(7), testBsn(8), testBsn(7)].join('\n')).map((r) => (r as { rij: CohortRij }).rij);
    expect(dubbeleLeerlingen(rijen)).toEqual([
      { rij: 2, veld: 'leerlingnummer', melding: 'dezelfde leerling staat ook in rij 4' },
      { rij: 4, veld: 'leerlingnummer', melding: 'dezelfde leerling staat ook in rij 2' },
    ]);
  });
});
