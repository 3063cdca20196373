import { type LeerlingWeergave } from '../api/types';
import { alsInvoer } from '../datum-invoer';

/** Who the pupil is, as the API lets this person see them: name and birth date, else the masked number only. */
export function LeerlingNaam({ leerling, kort = false }: { leerling: LeerlingWeergave; kort?: boolean }) {
  if (!leerling.naam) return <span className="nowrap">{leerling.weergave}</span>;
  return (
    <span className="leerling">
      <span className="leerling__naam">{leerling.naam}</span>
      {!kort && (
        <span className="sub">
          {leerling.geboortedatum && <>geb. {alsInvoer(leerling.geboortedatum)} · </>}
          <span className="nowrap">{leerling.weergave}</span>
        </span>
      )}
    </span>
  );
}

/** The pupil in one line of plain text (titles, labels). */
export function leerlingTekst(leerling: LeerlingWeergave): string {
  return leerling.naam ? `${leerling.naam} (${leerling.geboortedatum ? `geb. ${alsInvoer(leerling.geboortedatum)}` : leerling.weergave})` : leerling.weergave;
}
