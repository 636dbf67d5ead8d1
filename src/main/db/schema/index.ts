export * from './settings';
export * from './audit';
export * from './secrets';
export * from './dhis2';
