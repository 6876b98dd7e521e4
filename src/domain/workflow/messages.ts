/**
 * The domain modules' messages now live with the other user-facing text in
 * src/strings/workflow.ts; re-exported here so existing imports keep working.
 */
export { calendarMessages, warekiMessages, workflowMessages } from '../../strings/workflow';
