import { type Beslissing, type IsoDatum } from '@pao/zaak/domein';
import { niveauIndex, type EscalatieDoel, type Niveau } from '../begrippen';
import { dagenThuis, type Casus } from '../casus';
import { ev, type CasusEvent } from '../events';
import { type ThuiszittersWerkcontext } from '../werkcontext';

export type Uitkomst = Beslissing<Casus, CasusEvent>;

/** A new state from a patch, one version up; the teamleider's open attention ends when the teamleider acts. */
export function verder(s: Casus, patch: Partial<Casus>, events: readonly CasusEvent[], w: ThuiszittersWerkcontext): Uitkomst {
  const aandacht = w.actor.rol === 'teamleider' ? { aandachtTeamleiderSinds: undefined } : {};
  return { state: zonderLeeg({ ...s, ...aandacht, ...patch, versie: s.versie + 1 }), events };
}

/** Optional fields set to undefined are dropped, so the stored state has no null holes. */
export function zonderLeeg<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Something moved on this day: the escalation moment counts from here. */
export function metVoortgang(s: Casus, op: IsoDatum, w: ThuiszittersWerkcontext): Casus {
  const vanaf = op > s.laatsteVoortgangOp ? op : s.laatsteVoortgangOp;
  return zonderLeeg({ ...s, laatsteVoortgangOp: vanaf, escalatieKlok: w.regels.escalatie(s.swv, s.niveau, vanaf) });
}

/** Moves the case to another rung (up or back down): the rung's clock starts anew. */
export function naarNiveau(s: Casus, niveau: Niveau, op: IsoDatum, w: ThuiszittersWerkcontext): Casus {
  const aanTafel = niveauIndex(niveau) >= niveauIndex('actietafel');
  const na: Casus = {
    ...s,
    niveau,
    niveauSinds: op,
    laatsteVoortgangOp: op > s.laatsteVoortgangOp ? op : s.laatsteVoortgangOp,
    ...(aanTafel && !s.actietafelSinds ? { actietafelSinds: op } : {}),
  };
  return zonderLeeg({ ...na, escalatieKlok: w.regels.escalatie(s.swv, niveau, na.laatsteVoortgangOp) });
}

/**
 * Escalate: one rung up (steunpunt, actietafel), or the teamleider's attention when the
 * case already sits at the table (doorzettingskracht and -macht are decisions, not timers).
 */
export function escaleer(
  s: Casus,
  naar: EscalatieDoel,
  reden: 'handmatig' | 'termijn' | 'thuiszitter',
  op: IsoDatum,
  w: ThuiszittersWerkcontext,
  extra: { termijn?: string; toelichting?: string } = {},
): { state: Casus; event: CasusEvent } {
  const van = s.niveau;
  const state =
    naar === 'teamleider' ? { ...s, aandachtTeamleiderSinds: s.aandachtTeamleiderSinds ?? op } : naarNiveau(s, naar, op, w);
  const escalatie = { op, van, naar, reden, ...extra };
  const dagen = dagenThuis(s, op);
  return {
    state: { ...state, escalaties: [...s.escalaties, escalatie] },
    event: ev('geescaleerd', { op, van, naar, reden, ...(extra.termijn ? { termijn: extra.termijn } : {}), ...(dagen !== undefined ? { dagenThuis: dagen } : {}) }),
  };
}

/** The next rung an escalation by hand or by the escalation moment reaches. */
export function volgendeTrede(n: Niveau): EscalatieDoel {
  if (n === 'school') return 'steunpunt';
  if (n === 'steunpunt') return 'actietafel';
  return 'teamleider';
}
