import { datumVan, plusDagen, type RecurringOccurrence, type SchedulerLogger } from '@pao/deadlines';
import { runWithCorrelationId } from '@pao/platform';
import { type EntityManager } from 'typeorm';
import { type Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { soortenOpTeldatum, TELLING_MOMENT_PREFIX } from './teldatum';
import { stelTellingVast } from './telling';

/** The telling on each teldatum (the moment fires the day after), per SWV whose soorten count then. */
export function tellingOpMoment(log: SchedulerLogger, swvs: Samenwerkingsverbanden) {
  return async (m: EntityManager, o: RecurringOccurrence): Promise<void> => {
    if (!o.name.startsWith(TELLING_MOMENT_PREFIX)) return;
    const teldatum = plusDagen(datumVan(o.occurrenceAt), -1);
    for (const swv of swvs.ids()) {
      const soorten = soortenOpTeldatum(swv, teldatum, swvs);
      if (soorten.length === 0) continue;
      const telling = await runWithCorrelationId(`telling-${swv}-${teldatum}`, () => stelTellingVast(m, swv, teldatum, soorten, swvs.bron(swv)));
      if (telling) log.info({ tellingId: telling.tellingId, swv, teldatum, totaal: telling.totaalGeldigeTlvs }, 'teldatum-telling vastgesteld');
    }
  };
}
