import { herkenBestandstype } from './bestandstype';

const zip = (...namen: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), ...namen.map((n) => Buffer.from(`....${n}....`))]);

describe('file type by its bytes', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n...'), 'application/pdf'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['DOCX', zip('[Content_Types].xml', 'word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('recognises %s', (_, inhoud, type) => {
    expect(herkenBestandstype(inhoud)?.inhoudstype).toBe(type);
  });

  it.each([
    ['a Windows executable (whatever its name)', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')],
    ['an ELF binary', Buffer.from('\x7fELF\x02\x01\x01')],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /')],
    ['HTML', Buffer.from('<html><script>')],
    ['a ZIP that is no Word document', zip('[Content_Types].xml', 'xl/workbook.xml')],
    ['a PDF header not at the start', Buffer.from('xx%PDF-1.7')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_, inhoud) => {
    expect(herkenBestandstype(inhoud)).toBeUndefined();
  });
});
