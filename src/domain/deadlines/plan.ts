/**
 * The sweep's plan for one day, decided without touching a service: which digests to send now
 * (most urgent first), which wait because their recipient already had today's digest, and which
 * sent keys are still worth remembering. Pure.
 */
import { Digest, groupDigests, MAX_ITEMS_PER_DIGEST } from './digest';
import {
  Reminder,
  ReminderContext,
  remindersFor,
  liveKeysOf,
  SweepCase,
  windowsFor,
} from './reminders';
import { keyHash } from './sentLog';

export interface SweepPlanInput {
  cases: SweepCase[];
  ctx: ReminderContext;
  /** Hashes of reminder keys already sent. */
  sent: ReadonlySet<string>;
  /** Hashes of recipients who already received today's digest. */
  mailedToday: ReadonlySet<string>;
  maxItems?: number;
}

export interface SweepPlan {
  /** To send now, most urgent first. */
  digests: Digest[];
  /** Reminders whose recipient already had today's digest: they go in tomorrow's. */
  waiting: Reminder[];
  /** Hashes of every key a case can still produce (the sent store keeps only these). */
  live: Set<string>;
}

export function planSweep(input: SweepPlanInput): SweepPlan {
  const { ctx, sent, mailedToday } = input;
  const windows = windowsFor(ctx);
  const fresh: Reminder[] = [];
  const waiting: Reminder[] = [];
  const live = new Set<string>();
  for (const c of input.cases) {
    for (const key of liveKeysOf(c, ctx)) live.add(keyHash(key));
    for (const r of remindersFor(c, ctx, windows)) {
      if (sent.has(keyHash(r.key))) continue;
      (mailedToday.has(keyHash(r.recipient)) ? waiting : fresh).push(r);
    }
  }
  return {
    digests: groupDigests(fresh, input.maxItems ?? MAX_ITEMS_PER_DIGEST),
    waiting,
    live,
  };
}
