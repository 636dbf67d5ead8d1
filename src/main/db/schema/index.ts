export * from './settings';
export * from './audit';
export * from './users';
