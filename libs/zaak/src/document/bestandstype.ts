/**
 * What a file is, read from its first bytes (magic numbers), never from its name or the
 * type a browser claims: an executable renamed `.pdf` stays an executable. Pure.
 */
export interface Bestandstype {
  readonly inhoudstype: string;
  readonly extensie: string;
  /** In words, for messages: "PDF". */
  readonly naam: string;
}

const PDF: Bestandstype = { inhoudstype: 'application/pdf', extensie: 'pdf', naam: 'PDF' };
const DOCX: Bestandstype = { inhoudstype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensie: 'docx', naam: 'Word-document (DOCX)' };
const PNG: Bestandstype = { inhoudstype: 'image/png', extensie: 'png', naam: 'PNG-afbeelding' };
const JPEG: Bestandstype = { inhoudstype: 'image/jpeg', extensie: 'jpg', naam: 'JPEG-afbeelding' };

export const TOEGESTANE_BESTANDEN = 'PDF, Word (DOCX), PNG of JPEG';

const begintMet = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);

export function herkenBestandstype(inhoud: Buffer): Bestandstype | undefined {
  if (begintMet(inhoud, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (begintMet(inhoud, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (begintMet(inhoud, [0xff, 0xd8, 0xff])) return JPEG;
  // DOCX is a ZIP (PK\x03\x04) whose entries include word/document.xml (names are stored uncompressed).
  if (begintMet(inhoud, [0x50, 0x4b, 0x03, 0x04]) && inhoud.includes('word/document.xml') && inhoud.includes('[Content_Types].xml')) return DOCX;
  return undefined;
}
