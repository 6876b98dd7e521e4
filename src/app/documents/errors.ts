import { WorkflowError } from '../../store/context';

/**
 * A refusal or bad input of the documents feature: its message is shown to the person as is
 * (a WorkflowError, so the shared sidebar and menu wrappers treat it as one).
 */
export class DocumentError extends WorkflowError {}
