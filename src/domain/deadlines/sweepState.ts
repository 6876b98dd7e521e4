/**
 * What the sweep remembers between runs (in document properties, read with everything else):
 * the day it last swept and whether that day is finished, who already had that day's digest,
 * when responses were last recovered, and where the next 送信記録 row goes. Pure.
 */
import { isBusinessDay, IsoDate } from '../calendar';
import type { Settings } from '../settings';

export interface SweepState {
  /** The day of the latest sweep (Tokyo). */
  day: IsoDate | '';
  /** Whether that day's sweep finished (a run stopped by the time limit leaves it false). */
  done: boolean;
  /** Hashes of recipients who received that day's digest. */
  mailed: string[];
  /** The day missed form responses were last registered. */
  recoveredOn: IsoDate | '';
  /** 1-based row where the next 送信記録 row goes, and the sheet's row count (0: unknown). */
  logNextRow: number;
  logMaxRows: number;
  /** How many property values hold sent keys. */
  chunks: number;
  /** Problems the desk could not be emailed about (e.g. the quota was gone): told next run. */
  untold: string[];
}

/** Untold problems kept at most (the newest), each cut to a short line: the state stays small. */
export const MAX_UNTOLD = 10;
const UNTOLD_CHARS = 300;

/** The problems still to tell after a run: none when told, else the newest few. */
export function untoldAfter(problems: readonly string[], told: boolean): string[] {
  return told ? [] : problems.slice(-MAX_UNTOLD).map((p) => p.slice(0, UNTOLD_CHARS));
}

export const EMPTY_SWEEP_STATE: SweepState = {
  day: '',
  done: false,
  mailed: [],
  recoveredOn: '',
  logNextRow: 0,
  logMaxRows: 0,
  chunks: 0,
  untold: [],
};

export function parseSweepState(text: string | null | undefined): SweepState {
  if (!text) return { ...EMPTY_SWEEP_STATE };
  try {
    const parsed = JSON.parse(text) as Partial<SweepState>;
    return {
      ...EMPTY_SWEEP_STATE,
      ...parsed,
      mailed: Array.isArray(parsed.mailed) ? parsed.mailed.map(String) : [],
      untold: Array.isArray(parsed.untold) ? parsed.untold.map(String) : [],
    };
  } catch {
    return { ...EMPTY_SWEEP_STATE };
  }
}

/** Who already had today's digest (nobody, on a new day). */
export function mailedOn(state: SweepState, today: IsoDate): Set<string> {
  return new Set(state.day === today ? state.mailed : []);
}

export type HourlyDecision = 'recover' | 'sweep' | 'idle';

/**
 * What the hourly trigger does now. Once a day it first registers missed form responses (its own
 * execution, so each stays small); from the configured hour on a business day it sweeps until the
 * day is done (a run stopped near the time limit is continued the next hour).
 */
export function decideHourlyRun(
  state: SweepState,
  today: IsoDate,
  hour: number,
  settings: Settings,
): HourlyDecision {
  if (state.recoveredOn !== today) return 'recover';
  if (hour < settings.sweepHour) return 'idle';
  if (state.day === today && state.done) return 'idle';
  return isBusinessDay(today, settings.extraClosures) ? 'sweep' : 'idle';
}
