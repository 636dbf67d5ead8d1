export * from './settings';
export * from './audit';
export * from './register';
export * from './secrets';
export * from './dhis2';
export * from './slips';
export * from './users';
export * from './hmis';
