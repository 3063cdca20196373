import { type Werkcontext } from '@pao/zaak/domein';
import { type ThuiszittersRegels } from './regels';

/** What every handler gets besides state and command: who, today, new ids, and the SWV's rules. */
export interface ThuiszittersWerkcontext extends Werkcontext {
  /** The SWV (tenant) the command is given in. */
  readonly swv: string;
  readonly regels: ThuiszittersRegels;
}
