export * from './statuses';
export * from './tracks';
export * from './moves';
export * from './pocChecklist';
export * from './methods';
export { workflowMessages } from './messages';
export * from './caseRecord';
export * from './caseUpdate';
