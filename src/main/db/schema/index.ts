export * from './settings';
export * from './audit';
export * from './register';
export * from './hmis';
