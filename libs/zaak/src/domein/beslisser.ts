import { GeenBevoegdheid, OngeldigeInvoer, OngeldigeOvergang } from './fouten';

/**
 * The decider toolkit every case service's domain is built from: a command is checked
 * against a role table and one or more explicit state machines before its handler runs,
 * and the handler's result is checked against the table afterwards. Pure: no I/O, no
 * framework, no clock (the work context brings today's date and id generation).
 */

/** Who gives a command, as the domain sees it. */
export interface ZaakActor {
  readonly id: string;
  readonly rol: string;
  /** The SWV id for SWV staff; a school, board or gemeente id for others; 'systeem' for the deadline engine. */
  readonly organisatie: string;
}

/** A handler's answer: the new state (never the old one mutated), the domain events, and follow-up cases it started. */
export interface Beslissing<S, E> {
  readonly state: S;
  readonly events: readonly E[];
  /** New cases this command started (e.g. a verlenging's new aanvraag): stored with `state`, announcing nothing yet. */
  readonly nieuw?: readonly S[];
}

/** For each state, the commands allowed there and the states each may lead to. */
export type Overgangstabel<St extends string, K extends string> = { readonly [T in St]: { readonly [X in K]?: readonly St[] } };

/** For each command, the roles that may give it. */
export type Roltabel<K extends string, R extends string> = { readonly [X in K]: readonly R[] };

export type CommandoVan<C extends { readonly type: string }, K extends C['type']> = Extract<C, { readonly type: K }>;

export type Handler<S, C, E, W> = (s: S, c: C, w: W) => Beslissing<S, E>;

/** What every handler gets besides the state and the command. Services extend it (rules, calculators). */
export interface Werkcontext {
  readonly actor: ZaakActor;
  /** Today in Europe/Amsterdam, 'YYYY-MM-DD'. */
  readonly vandaag: string;
  readonly nieuwId: () => string;
}

/**
 * One state machine over part of the state. A case may have several side by side (TLV:
 * the legal procedure and the uitvoering); each command belongs to exactly one. A machine
 * that is not active (`status` gives undefined) allows nothing.
 */
export interface Toestandsmachine<S, K extends string, St extends string = string> {
  readonly naam: string;
  readonly status: (s: S) => St | undefined;
  readonly commandos: readonly K[];
  readonly overgangen: Overgangstabel<St, K>;
  /** A reason for the user where the bare table would puzzle them. */
  readonly waaromNiet?: (s: S, commando: K) => string | undefined;
}

export interface BeslisserDefinitie<S, C extends { readonly type: string }, E, R extends string, W extends Werkcontext> {
  /** The machines, leading one first: a command of a later machine may not change an earlier machine's status. */
  readonly machines: readonly Toestandsmachine<S, C['type'], string>[];
  readonly rollen: Roltabel<C['type'], R>;
  readonly handlers: { readonly [K in C['type']]: Handler<S, CommandoVan<C, K>, E, W> };
  /** Checks beyond the role table (own school, own case, the SWV): a reason when refused. */
  readonly bevoegdheid?: (actor: ZaakActor, commando: C, s: S) => string | undefined;
}

export interface Beslisser<S, C extends { readonly type: string }, E, W extends Werkcontext> {
  readonly commandoTypes: readonly C['type'][];
  /**
   * Decide: (state, command, context) → new state + events, or a typed error with nothing
   * changed. Order: well-formed → role (403 before revealing state) → other permission
   * checks → state machine (409) → the handler's own guards and input rules → the result
   * lands where the table says (else a bug, not a user error).
   */
  beslis(s: S, commando: C, w: W): Beslissing<S, E>;
  /** The commands the state machines allow now for this role (guards aside): the UI's buttons. */
  toegestaan(s: S, rol?: string): C['type'][];
  /** Allowed target states, or undefined when no active machine allows the command here. */
  doelen(s: S, type: C['type']): readonly string[] | undefined;
}

export function maakBeslisser<S, C extends { readonly type: string }, E, R extends string, W extends Werkcontext>(
  def: BeslisserDefinitie<S, C, E, R, W>,
): Beslisser<S, C, E, W> {
  const commandoTypes = Object.keys(def.handlers) as C['type'][];
  const machineVan = new Map<string, number>();
  def.machines.forEach((m, i) =>
    m.commandos.forEach((k) => {
      if (machineVan.has(k)) throw new Error(`commando '${k}' hoort bij meer dan één toestandsmachine`);
      machineVan.set(k, i);
    }),
  );
  for (const k of commandoTypes) if (!machineVan.has(k)) throw new Error(`commando '${k}' hoort bij geen toestandsmachine`);

  const rolMag = (k: C['type'], rol: string) => (def.rollen[k as keyof typeof def.rollen] as readonly string[]).includes(rol);

  const doelen = (s: S, type: C['type']): readonly string[] | undefined => {
    const machine = def.machines[machineVan.get(type) ?? -1];
    const status = machine?.status(s);
    return status === undefined ? undefined : machine.overgangen[status]?.[type];
  };

  const statusTekst = (s: S): [string, string | undefined] => {
    const [eerste, ...rest] = def.machines.map((m) => m.status(s));
    const overig = rest.filter((x): x is string => x !== undefined);
    return [eerste ?? 'onbekend', overig.length > 0 ? overig.join('/') : undefined];
  };

  return {
    commandoTypes,
    doelen,
    toegestaan: (s, rol) => commandoTypes.filter((k) => doelen(s, k) !== undefined && (rol === undefined || rolMag(k, rol))),
    beslis(s, commando, w) {
      if (typeof commando !== 'object' || commando === null) throw new OngeldigeInvoer('commando', 'ontbreekt');
      const type = commando.type;
      if (!commandoTypes.includes(type)) throw new OngeldigeInvoer('type', `moet een van ${commandoTypes.join(', ')} zijn`);
      if (!rolMag(type, w.actor.rol)) throw new GeenBevoegdheid(w.actor.rol, type, 'rol niet toegestaan');
      const weigering = def.bevoegdheid?.(w.actor, commando, s);
      if (weigering) throw new GeenBevoegdheid(w.actor.rol, type, weigering);
      const toegestaan = doelen(s, type);
      const machineIndex = machineVan.get(type)!;
      const machine = def.machines[machineIndex];
      if (!toegestaan) {
        const [status, overig] = statusTekst(s);
        throw new OngeldigeOvergang(status, overig, type, machine.waaromNiet?.(s, type));
      }
      const handler = def.handlers[type as C['type']] as Handler<S, C, E, W>;
      const uitkomst = handler(s, commando, w);
      const bereikt = machine.status(uitkomst.state);
      const eerderGelijk = def.machines.slice(0, machineIndex).every((m) => m.status(uitkomst.state) === m.status(s));
      if (bereikt === undefined || !toegestaan.includes(bereikt) || !eerderGelijk) {
        throw new Error(`'${type}' leidde van ${statusTekst(s).join('/')} naar ${statusTekst(uitkomst.state).join('/')}, niet volgens de overgangstabel`);
      }
      return uitkomst;
    },
  };
}

/** A guard failed: the table allows the command here, but not in this situation. */
export function weiger(status: string, commando: string, reden: string, overig?: string): never {
  throw new OngeldigeOvergang(status, overig, commando, reden);
}

/** Checks the role for a command outside the state machines (the creating command). */
export function eisRol<R extends string>(rollen: readonly R[], actor: ZaakActor, commando: string): void {
  if (!(rollen as readonly string[]).includes(actor.rol)) throw new GeenBevoegdheid(actor.rol, commando, 'rol niet toegestaan');
}

/**
 * Table checks every service runs in its unit tests: every state of every machine is
 * listed, every target state exists, every command belongs to some machine and has roles.
 * Returns the problems found (empty when the tables are sound).
 */
export function controleerTabellen<S, C extends { readonly type: string }, E, R extends string, W extends Werkcontext>(
  def: BeslisserDefinitie<S, C, E, R, W>,
  statussen: { readonly [machine: string]: readonly string[] },
): string[] {
  const fouten: string[] = [];
  for (const m of def.machines) {
    const bekend = statussen[m.naam];
    if (!bekend) {
      fouten.push(`machine ${m.naam}: statussen onbekend`);
      continue;
    }
    for (const st of bekend) if (!(st in m.overgangen)) fouten.push(`machine ${m.naam}: status ${st} ontbreekt in de tabel`);
    for (const [st, rij] of Object.entries(m.overgangen) as Array<[string, Record<string, readonly string[] | undefined>]>) {
      if (!bekend.includes(st)) fouten.push(`machine ${m.naam}: onbekende status ${st}`);
      for (const [k, naar] of Object.entries(rij)) {
        if (!(m.commandos as readonly string[]).includes(k)) fouten.push(`machine ${m.naam}: commando ${k} in status ${st} hoort niet bij deze machine`);
        for (const d of naar ?? []) if (!bekend.includes(d)) fouten.push(`machine ${m.naam}: ${st} --${k}--> onbekende status ${d}`);
      }
    }
  }
  for (const k of Object.keys(def.handlers)) {
    const rollen = (def.rollen as Record<string, readonly string[] | undefined>)[k];
    if (!rollen || rollen.length === 0) fouten.push(`commando ${k}: geen rollen`);
  }
  return fouten;
}
