import { maakBeslisser, type BeslisserDefinitie, type Werkcontext } from '@pao/zaak/domein';
import { type OverdrachtCommando } from './commandos';
import { type OverdrachtEvent } from './events';
import * as gegevens from './handlers/gegevens';
import * as overstap from './handlers/overstap';
import * as warm from './handlers/warme-overdracht';
import { MACHINES } from './overgangen';
import { bevoegdheid, ROLLEN_PER_COMMANDO, type Rol } from './rollen';
import { type Overdracht } from './typen';

export const DEFINITIE: BeslisserDefinitie<Overdracht, OverdrachtCommando, OverdrachtEvent, Rol, Werkcontext> = {
  machines: [MACHINES.overstap, MACHINES.gegevens, MACHINES.warmeOverdracht],
  rollen: ROLLEN_PER_COMMANDO,
  handlers: {
    adviesVastleggen: gegevens.adviesVastleggen,
    adviesBijstellen: gegevens.adviesBijstellen,
    ondersteuningVastleggen: gegevens.ondersteuningVastleggen,
    voorzieningVastleggen: gegevens.voorzieningVastleggen,
    voorzieningGeregeld: gegevens.voorzieningGeregeld,
    toeleidingKoppelen: gegevens.toeleidingKoppelen,
    toeleidingBijgewerkt: gegevens.toeleidingBijgewerkt,
    dossierVastleggen: gegevens.dossierVastleggen,
    perspectiefVastleggen: gegevens.perspectiefVastleggen,
    aanmelden: overstap.aanmelden,
    afwijzen: overstap.afwijzen,
    aanmeldingIntrekken: overstap.aanmeldingIntrekken,
    plaatsen: overstap.plaatsen,
    steunpuntBesluiten: overstap.steunpuntBesluiten,
    plaatsingVervallen: overstap.plaatsingVervallen,
    startBevestigen: overstap.startBevestigen,
    nietVerschenen: overstap.nietVerschenen,
    uitvalMelden: overstap.uitvalMelden,
    verhuizen: overstap.verhuizen,
    swvVerlaten: overstap.swvVerlaten,
    termijnVerstreken: overstap.termijnVerstreken,
    startControle: overstap.startControle,
    warmeOverdrachtPlannen: warm.warmeOverdrachtPlannen,
    warmeOverdrachtVastleggen: warm.warmeOverdrachtVastleggen,
  },
  bevoegdheid,
};

export const beslisser = maakBeslisser(DEFINITIE);
