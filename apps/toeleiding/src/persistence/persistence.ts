import { ServicePersistence } from '@pao/platform';
import { ToeleidingSchema1764000000000 } from './migrations/1764000000000-toeleiding-schema';
import { WerkvoorraadTellers1764000100000 } from './migrations/1764000100000-werkvoorraad-tellers';
import { SwvUitRegister1764000200000 } from './migrations/1764000200000-swv-uit-register';
import { ZaakFormaat1764000250000 } from './migrations/1764000250000-zaak-formaat';
import { Dossier1764000300000 } from './migrations/1764000300000-dossier';
import { Digest1764000400000 } from './migrations/1764000400000-digest';
import { WerkvoorraadStatusIngediend1764000500000 } from './migrations/1764000500000-werkvoorraad-status-ingediend';
import { WerkvoorraadWie1764000600000 } from './migrations/1764000600000-werkvoorraad-wie';
import { TellersPerStatement1764000700000 } from './migrations/1764000700000-tellers-per-statement';

export const SCHEMA = 'toeleiding';

/** The 'toeleiding' schema: owned by this service alone. */
export const toeleidingPersistence: ServicePersistence = {
  schema: SCHEMA,
  migrations: [ToeleidingSchema1764000000000, WerkvoorraadTellers1764000100000, SwvUitRegister1764000200000, ZaakFormaat1764000250000, Dossier1764000300000, Digest1764000400000, WerkvoorraadStatusIngediend1764000500000, WerkvoorraadWie1764000600000, TellersPerStatement1764000700000],
  entities: [],
};
