import { type Rol } from '@pao/platform';

/** Who reads the overdracht screens: the Steunpunt and the beheerder (schools with issue 16). */
export const LEZERS: Rol[] = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder'];
/** Who records: the Steunpunt; the domain's role table narrows per command. */
export const SCHRIJVERS: Rol[] = ['consulent', 'orthopedagoog', 'teamleider'];
