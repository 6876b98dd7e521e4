/**
 * The one date style of staff-facing text (sidebar, history, staff emails; issue 12):
 * yyyy/MM/dd, and yyyy/MM/dd（曜） where a deadline is shown. Documents and letters to the
 * applicant use 和暦 instead (src/domain/wareki.ts). Pure: the sidebar bundles it too.
 */
import { WEEKDAY_NAMES } from '../../strings/workflow';
import { dayOfWeek, isIsoDate } from './isoDate';

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|[ T])/;

/** 'YYYY-MM-DD' (or the start of an ISO date-time) as 'YYYY/MM/DD'; any other text as it is. */
export function staffDate(value: string): string {
  const match = ISO_PREFIX.exec(value);
  if (!match || !isIsoDate(match[0])) return value;
  return `${match[1]}/${match[2]}/${match[3]}${value.slice(10)}`;
}

/** A deadline: 'YYYY/MM/DD（曜）', e.g. 2026/05/18（月）; other text as it is, '' as ''. */
export function staffDeadline(value: string): string {
  if (!isIsoDate(value)) return staffDate(value);
  return `${staffDate(value)}（${WEEKDAY_NAMES[dayOfWeek(value)]}）`;
}
