import { type PipeTransform } from '@nestjs/common';
import { ProblemError } from '@pao/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id in the path: a UUID, else 404 (there is no such resource). */
export const uuidParam: PipeTransform<string, string> = {
  transform(value: string): string {
    if (!UUID.test(value)) throw new ProblemError('notFound');
    return value.toLowerCase();
  },
};

/** Why a read happens (access log): the x-pao-doel header or the default. */
export function doelVan(header: string | undefined, standaard: string): string {
  return header && /^[a-z][a-z0-9-]{1,49}$/.test(header) ? header : standaard;
}
