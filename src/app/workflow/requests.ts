/**
 * What arrives from google.script.run is untrusted JSON: every field is checked before use, and
 * bad input gets a Japanese message instead of a stack.
 */
import { WORKFLOW_FIELDS, WORKFLOW_UI } from '../../strings/workflow';
import { WorkflowError } from '../../store/context';

export const MAX_COMMENT_CHARS = 2000;
export const MAX_TEXT_CHARS = 10_000;

export function textField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  return value;
}

export function checkComment(value: unknown): string {
  const comment = textField(value).trim();
  if (comment.length > MAX_COMMENT_CHARS) {
    throw new WorkflowError(WORKFLOW_UI.tooLong(WORKFLOW_FIELDS.comment, MAX_COMMENT_CHARS));
  }
  return comment;
}

/** A required free text, trimmed, at most `max` characters. */
export function requiredText(value: unknown, field: string, max = MAX_TEXT_CHARS): string {
  const text = textField(value).trim();
  if (!text) throw new WorkflowError(WORKFLOW_UI.required(field));
  if (text.length > max) throw new WorkflowError(WORKFLOW_UI.tooLong(field, max));
  return text;
}
