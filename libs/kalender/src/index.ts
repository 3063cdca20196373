export * from './civil-date';
export * from './schooljaar';
export * from './feestdagen';
export * from './termijn';
export * from './regelset';
export * from './swv-regels';
