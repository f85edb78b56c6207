export * from './errors';
export * from './agencies';
export * from './stages';
export * from './system';
export * from './staff';
export * from './audit';
export * from './messages';
export * from './interpretations';
