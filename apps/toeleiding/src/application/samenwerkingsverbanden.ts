import { metSwvRegels, STANDAARD_REGELSET, type Regelset, type Swv as KalenderSwv } from '@pao/kalender';
import { swvRegister, type SwvRegister } from '@pao/swv';
import { standaardBeleid, type Swv, type SwvBeleid } from '../domain';

/**
 * The SWV register as toeleiding uses it, built once at start: each SWV's calendar rules
 * (the national rules of its sector plus its own), its TLV policy, the source of its
 * events and its default woongemeente. No SWV is named in code.
 */
export class Samenwerkingsverbanden {
  /** National rules plus every SWV's own rules from the register. */
  readonly regelset: Regelset;

  constructor(readonly register: SwvRegister, basis: Regelset = STANDAARD_REGELSET) {
    this.regelset = metSwvRegels(basis, register.all(), `swv-register-${register.versie}`);
  }

  ids(): readonly Swv[] {
    return this.register.ids();
  }

  /** What the calendar needs of an SWV (id and sector). */
  kalender(swv: Swv): KalenderSwv {
    return this.register.get(swv);
  }

  beleid(swv: Swv): SwvBeleid {
    return standaardBeleid(swv, this.register.get(swv).sector);
  }

  /** CloudEvent source: toeleiding acting for the SWV's legal body. */
  bron(swv: Swv): string {
    return this.register.sourceFor(swv, 'toeleiding');
  }

  /** CBS code of the gemeente assumed when a pupil's woongemeente is not given. */
  woongemeente(swv: Swv): string {
    return this.register.get(swv).gemeenten[0].code;
  }
}

/** For code without dependency injection (seed, bench, tests): the process's register. */
export function standaardSamenwerkingsverbanden(): Samenwerkingsverbanden {
  return new Samenwerkingsverbanden(swvRegister());
}
