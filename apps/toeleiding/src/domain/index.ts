/**
 * Pure domain core of the toeleiding service: no framework, no I/O. The service layer
 * loads a TlvAanvraag, calls voerUit/maakAan, stores the state and publishes the events,
 * and (re)schedules `termijnen(state)`.
 */
export * from '@pao/zaak/domein/datum';
export * from '@pao/zaak/domein/fouten';
export * from '@pao/zaak/domein/leerling/bsn';
export * from '@pao/zaak/domein/leerling/leerling-id';
export * from '@pao/zaak/domein/leerling/personalia';
export * from '@pao/zaak/domein/leerling/test-nummers';
export * from './tlv/aanvraag';
export * from './tlv/beleid';
export * from './tlv/besluit-regels';
export * from './tlv/commandos';
export * from './tlv/context';
export * from './tlv/events';
export * from './tlv/overgangen';
export * from './tlv/pro-criteria';
export * from './tlv/rollen';
export * from './tlv/soort';
export * from './tlv/termijnen';
export * from './tlv/termijnrekenaar';
export * from './tlv/tijdigheid';
export * from './tlv/volgende-stap';
export * from './tlv/voer-uit';
