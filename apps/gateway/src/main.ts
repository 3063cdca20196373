import { x } from '@pao/platform'; export const y = x;
