/**
 * The case-service kit: what every case service (toeleiding, thuiszitters, oja,
 * overdracht) is made of. The pure half (`@pao/zaak/domein`) is what a domain folder may
 * import; this entry adds the infrastructure: the command pipeline, storage, deadlines,
 * events, pupil identity, HTTP pieces and the consumer path. See libs/zaak/README.md.
 */
export * from './domein';
export * from './brief/pdf-brief';
export * from './consument/verwerk-eenmaal';
export * from './document/bestandstype';
export * from './document/documenten';
export * from './events/publicatie';
export * from './export/bestand';
export * from './export/csv';
export * from './http/fouten';
export * from './http/keyset';
export * from './http/openapi';
export * from './http/params';
export * from './http/schemas';
export * from './leerling/leerling-register';
export * from './leerling/leerling-sleutels';
export * from './logboek/logboek.controller';
export * from './mail/mail';
export * from './mail/termijn-digest';
export * from './logboek/verantwoording';
export * from './medewerker/medewerkers';
export * from './opslag/kenmerk';
export * from './opslag/zaak-opslag';
export * from './opslag/zaak-tabel';
export * from './pijplijn/audit';
export * from './pijplijn/zaak-pijplijn';
export * from './termijnen/termijn-lifecycle';
export * from './termijnen/termijn-moment';
export * from './termijnen/termijn-synchronisatie';
export * from './termijnen/termijnmotor';
export * from './termijnen/zaak-termijn-effecten';
export * from './transactie/na-commit';
export * from './transactie/transactie';
export * from './zoeken/zaak-zoeker';
