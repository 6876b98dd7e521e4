export * from './isoDate';
export * from './tokyoTime';
export * from './holidays';
export * from './businessDays';
export * from './displayDate';
