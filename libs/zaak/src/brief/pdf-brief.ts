import PDFDocument from 'pdfkit';

/** A letter as blocks: the service writes the words, the kit lays them out (A4, one style for every letter). */
export interface BriefInhoud {
  /** Letterhead: the sender's name and address lines. */
  readonly afzender: { readonly naam: string; readonly regels: readonly string[] };
  /** To whom, as address lines. */
  readonly aan: readonly string[];
  /** Kenmerk, datum, onderwerp: key → value, shown under the address. */
  readonly kenmerken: ReadonlyArray<readonly [string, string]>;
  readonly aanhef: string;
  /** Sections: an optional heading and paragraphs. */
  readonly delen: ReadonlyArray<{ readonly kop?: string; readonly alineas: readonly string[] }>;
  readonly afsluiting: readonly string[];
  readonly voet?: string;
  /** Document metadata title (no personal data: it is readable without opening the letter). */
  readonly titel: string;
}

/**
 * Renders a letter as PDF with pdfkit (docs/adr/0022): standard Helvetica (WinAnsi: Dutch
 * diacritics), no external fonts or images, so it runs anywhere. `comprimeer: false`
 * leaves the content streams readable (tests read the text back).
 */
export function maakBrief(b: BriefInhoud, opties: { comprimeer?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 64, left: 70, right: 70 }, compress: opties.comprimeer ?? true, info: { Title: b.titel, Author: b.afzender.naam, Creator: 'Passend Onderwijs Almere' } });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
  const breedte = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font('Helvetica-Bold').fontSize(14).text(b.afzender.naam);
  doc.font('Helvetica').fontSize(9).fillColor('#444444');
  for (const r of b.afzender.regels) doc.text(r);
  doc.moveTo(doc.page.margins.left, doc.y + 6).lineTo(doc.page.margins.left + breedte, doc.y + 6).strokeColor('#1a4f8b').lineWidth(1.5).stroke();
  doc.fillColor('#000000').moveDown(2.5).fontSize(10.5);
  for (const r of b.aan) doc.text(r);
  doc.moveDown(1.5).fontSize(9.5);
  for (const [k, v] of b.kenmerken) doc.font('Helvetica-Bold').text(`${k}: `, { continued: true }).font('Helvetica').text(v);
  doc.moveDown(1.5).fontSize(10.5).text(b.aanhef).moveDown(0.8);
  for (const deel of b.delen) {
    if (deel.kop) doc.font('Helvetica-Bold').text(deel.kop).font('Helvetica').moveDown(0.3);
    for (const a of deel.alineas) doc.text(a, { width: breedte, align: 'left' }).moveDown(0.6);
    doc.moveDown(0.3);
  }
  doc.moveDown(0.5);
  for (const r of b.afsluiting) doc.text(r);
  if (b.voet) doc.fontSize(8).fillColor('#555555').text(b.voet, doc.page.margins.left, doc.page.height - doc.page.margins.bottom + 20, { width: breedte, lineBreak: false });
  doc.end();
  return klaar;
}

/** The text of an uncompressed PDF made by maakBrief (hex strings of its TJ operators, WinAnsi): for tests and checks. */
export function tekstVanBrief(pdf: Buffer): string {
  const bron = pdf.toString('latin1');
  const regels: string[] = [];
  for (const tj of bron.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    regels.push([...tj[1].matchAll(/<([0-9a-f]*)>/g)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''));
  }
  return regels.join('\n');
}
