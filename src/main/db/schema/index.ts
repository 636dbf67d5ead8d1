export * from './settings';
export * from './audit';
