import { eisRol, OngeldigeInvoer } from '@pao/zaak/domein';
import { AANMAAK_ROLLEN } from './beslisser';
import { type Aanmaakcommando } from './commandos';
import { melden, signaalOntvangen, vrijstellingRegistreren } from './handlers/melding';
import { type Uitkomst } from './handlers/gemeen';
import { type ThuiszittersWerkcontext } from './werkcontext';

/** Creating a casus: a melding, a vrijstelling, or a signal from another service's event. */
export function maakCasus(c: Aanmaakcommando, id: string, w: ThuiszittersWerkcontext): Uitkomst {
  if (typeof c !== 'object' || c === null) throw new OngeldigeInvoer('commando', 'ontbreekt');
  if (!(c.type in AANMAAK_ROLLEN)) throw new OngeldigeInvoer('type', `moet een van ${Object.keys(AANMAAK_ROLLEN).join(', ')} zijn`);
  eisRol(AANMAAK_ROLLEN[c.type], w.actor, c.type);
  switch (c.type) {
    case 'melden':
      return melden(c, id, w);
    case 'vrijstellingRegistreren':
      return vrijstellingRegistreren(c, id, w);
    case 'signaalOntvangen':
      return signaalOntvangen(c, id, w);
  }
}
