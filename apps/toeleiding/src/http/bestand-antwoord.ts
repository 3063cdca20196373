import { inhoudBijlage, type ExportBestand } from '@pao/zaak';
import type { Response } from 'express';

/** Sends an export as a download that no cache keeps. */
export function stuurBestand(res: Response, bestand: ExportBestand): void {
  res.setHeader('Content-Type', bestand.contentType);
  res.setHeader('Content-Disposition', inhoudBijlage(bestand.naam));
  res.setHeader('Cache-Control', 'no-store');
  res.send(bestand.inhoud);
}
