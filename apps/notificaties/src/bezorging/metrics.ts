import { metricsRegistry } from '@pao/platform';
import { Counter, Gauge, Histogram } from 'prom-client';

/** Attempts by outcome (bezorgd, http-fout, time-out, netwerkfout, geweigerd). */
export const pogingenTotaal = new Counter({
  name: 'notificaties_pogingen_total',
  help: 'Delivery attempts by outcome',
  labelNames: ['uitkomst'],
  registers: [metricsRegistry],
});

export const pogingDuur = new Histogram({
  name: 'notificaties_poging_duur_seconds',
  help: 'Duration of one delivery attempt (HTTP POST) by outcome',
  labelNames: ['uitkomst'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** From the event's arrival in this service to its delivery (first success). */
export const bezorgLatentie = new Histogram({
  name: 'notificaties_bezorg_latentie_seconds',
  help: 'Time from receiving an event to delivering it to a subscription',
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60, 600, 3600, 86400],
  registers: [metricsRegistry],
});

export const abonnementenFalend = new Gauge({
  name: 'notificaties_abonnementen_falend',
  help: 'Subscriptions marked failing (no success for a day); alert on > 0',
  registers: [metricsRegistry],
});

export const falendGemeld = new Counter({
  name: 'notificaties_abonnement_falend_total',
  help: 'Times a subscription was marked failing',
  registers: [metricsRegistry],
});
