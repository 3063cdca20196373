/**
 * Typed domain errors of every case service. The HTTP layer maps them to problem+json: OngeldigeOvergang → 409,
 * OngeldigeInvoer → 400/422, GeenBevoegdheid → 403. Messages never contain input values:
 * input may hold a BSN or a name.
 */
export abstract class ZaakFout extends Error {
  abstract readonly code: string;
}

/** The command is not allowed in the current state; nothing was changed. */
export class OngeldigeOvergang extends ZaakFout {
  readonly code = 'ongeldige-overgang';

  constructor(
    readonly huidigeStatus: string,
    readonly uitvoering: string | undefined,
    readonly commando: string,
    readonly reden?: string,
  ) {
    const toestand = uitvoering ? `${huidigeStatus}/${uitvoering}` : huidigeStatus;
    super(`'${commando}' is niet toegestaan in status '${toestand}'${reden ? `: ${reden}` : ''}`);
    this.name = 'OngeldigeOvergang';
  }
}

export interface Invoerfout {
  readonly veld: string;
  readonly melding: string;
}

/** The command's input breaks a rule; `fouten` lists every problem found, `veld` the first. */
export class OngeldigeInvoer extends ZaakFout {
  readonly code = 'ongeldige-invoer';
  readonly veld: string;
  readonly melding: string;
  readonly fouten: readonly Invoerfout[];

  constructor(veldOfFouten: string | readonly Invoerfout[], melding?: string) {
    const fouten = typeof veldOfFouten === 'string' ? [{ veld: veldOfFouten, melding: melding ?? 'ongeldig' }] : veldOfFouten;
    if (fouten.length === 0) throw new Error('OngeldigeInvoer zonder fouten');
    super(fouten.map((f) => `${f.veld}: ${f.melding}`).join('; '));
    this.name = 'OngeldigeInvoer';
    this.fouten = fouten;
    this.veld = fouten[0].veld;
    this.melding = fouten[0].melding;
  }
}

/** The actor's role or organisation may not give this command. */
export class GeenBevoegdheid extends ZaakFout {
  readonly code = 'geen-bevoegdheid';

  constructor(
    readonly rol: string,
    readonly commando: string,
    readonly reden: string,
  ) {
    super(`rol '${rol}' mag '${commando}' niet uitvoeren: ${reden}`);
    this.name = 'GeenBevoegdheid';
  }
}

export function isZaakFout(fout: unknown): fout is ZaakFout {
  return fout instanceof ZaakFout;
}
