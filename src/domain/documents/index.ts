export * from './kinds';
export * from './caseDates';
export * from './placeholders';
export * from './scanner';
export * from './versions';
export * from './templates';
export * from './replyNumber';
export * from './kindTable';
