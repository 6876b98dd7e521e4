/**
 * The process table owns each status's behaviour (issue 11): the behaviour of every status of
 * every track is built from the table alone through the functions that use it (due dates,
 * reminders, gates, documents, applicant notices, milestones) and compared to a table written
 * by hand from docs/domain.md; and a status added to an extended table — 「中間報告」 in the PoC,
 * with a deadline and a reminder — is honoured by the same functions given that table.
 */
import { dueDateFor, dueRuleOf } from '../../src/domain/deadlines/dueDates';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { planSweep } from '../../src/domain/deadlines/plan';
import { keyHash } from '../../src/domain/deadlines/sentLog';
import {
  effectiveDueDate,
  ReminderContext,
  remindedOf,
  remindersFor,
} from '../../src/domain/deadlines/reminders';
import { availableKinds, kindAvailability, documentKind } from '../../src/domain/documents/kinds';
import { defaultSettings } from '../../src/domain/settings';
import {
  ALL_STATUSES,
  ALL_TRACKS,
  isRealised,
  milestoneStatus,
  notifiesApplicant,
  OPEN_STATUSES,
  PROCESS,
  ProcessTable,
  STATUS_TABLE,
  stepOf,
  statusesOf,
  TERMINAL_STATUSES,
  Track,
} from '../../src/domain/workflow';
import { sweepCase } from '../support/reminders';

const settings = defaultSettings();
const DEPARTMENT = '道路維持課';
const DEPARTMENTS = { [DEPARTMENT]: 'douro@city.aomori.example.lg.jp' };

/** The behaviour of one status on one track, as one readable line. */
function behaviourOf(track: Track, status: string, table: ProcessTable = PROCESS): string {
  const rule = dueRuleOf(status, table);
  // Entered Mon 2026-06-01; a dialogue logged 06-10; the PoC ended 06-01.
  const due = dueDateFor(
    { status, enteredOn: '2026-06-01', lastDialogueOn: '2026-06-10', pocEnd: '2026-06-01' },
    settings,
    table,
  );
  const c = sweepCase({
    status,
    statusChangedAt: '2026-06-01',
    pocEnd: '2026-06-01',
    department: DEPARTMENT,
  });
  const ctx: ReminderContext = {
    today: '2027-01-15',
    settings,
    departments: DEPARTMENTS,
    table,
  };
  const reminded = remindersFor(c, ctx)
    .map((r) => (r.note ? `${r.role}(${r.note})` : r.role))
    .join('+');
  const step = stepOf(track, status, table);
  const gates = [
    step?.requires ? `${step.requires.field}@${step.requires.on}` : '',
    step?.checklist ? 'checklist' : '',
  ].filter(Boolean);
  const docs = availableKinds(track, status, table).map((k) => {
    const availability = kindAvailability(k, track, status, table);
    return availability.ok && availability.needsConfirmation ? `${k.id}?` : k.id;
  });
  const milestones = (['screening', 'answer', 'agreement', 'pocEnd'] as const).filter(
    (m) => milestoneStatus(track, m, table) === status,
  );
  if (isRealised(track, status, table)) milestones.push('realised' as never);
  return [
    rule ? `due ${rule.setting}/${rule.from}=${due}` : 'no due',
    `remind ${reminded || '-'}`,
    `gates ${gates.join(',') || '-'}`,
    `docs ${docs.join(',') || '-'}`,
    `notify ${notifiesApplicant(track, status, table) ? 'yes' : 'no'}`,
    `milestones ${milestones.join(',') || '-'}`,
  ].join(' | ');
}

/**
 * Written by hand from docs/domain.md ("The process", "Deadlines and reminders", "Documents"),
 * with the default settings: business days from Mon 2026-06-01 (entered) or Wed 06-10 (last
 * dialogue); the report 30 calendar days after the PoC end (06-01). `x?` is a document made only
 * after confirmation.
 */
const OPENING = {
  事前相談: 'no due | remind - | gates - | docs - | notify no | milestones -',
  '受付・内容確認':
    'due dueReceiptCheck/entered=2026-06-08 | remind desk | gates - | docs - | notify no | milestones screening',
  '対話・調整':
    'due dueDialogueIdle/lastDialogue=2026-06-24 | remind desk | gates - | docs - | notify yes | milestones -',
  提案書確認:
    'due dueProposalReview/entered=2026-06-22 | remind department+desk(copy) | gates proposalReceivedOn@leave | docs - | notify no | milestones -',
  実施可否判断:
    'due dueDecision/entered=2026-06-15 | remind department+desk | gates - | docs replyDeclined | notify no | milestones -',
};
const CLOSING = {
  不採択: 'no due | remind - | gates - | docs replyDeclined | notify yes | milestones -',
  取下げ: 'no due | remind - | gates - | docs - | notify yes | milestones -',
  対象外: 'no due | remind - | gates - | docs - | notify no | milestones -',
};
const EXPECTED: Record<Track, Record<string, string>> = {
  partnership: {
    ...OPENING,
    '回答（可）':
      'no due | remind - | gates - | docs replyAccepted,partnershipAgreement,comprehensiveAgreement | notify yes | milestones answer',
    連携協定締結:
      'due dueAgreement/entered=2026-06-29 | remind desk | gates - | docs replyAccepted,partnershipAgreement,comprehensiveAgreement | notify yes | milestones agreement,realised',
    事業実施:
      'no due | remind - | gates - | docs replyAccepted,partnershipAgreement?,comprehensiveAgreement? | notify no | milestones realised',
    完了: 'no due | remind - | gates - | docs replyAccepted,partnershipAgreement?,comprehensiveAgreement? | notify yes | milestones realised',
    ...CLOSING,
  },
  poc: {
    ...OPENING,
    '回答（可）':
      'no due | remind - | gates - | docs replyAccepted,pocAgreement | notify yes | milestones answer',
    連携協定締結:
      'due dueAgreement/entered=2026-06-29 | remind desk | gates - | docs replyAccepted,pocAgreement | notify yes | milestones agreement',
    実施準備:
      'no due | remind - | gates checklist | docs replyAccepted,pocAgreement? | notify no | milestones -',
    '実証実験の実施・立ち合い':
      'no due | remind - | gates - | docs replyAccepted,pocAgreement? | notify no | milestones realised',
    報告書作成:
      'due pocReportDays/pocEnd=2026-07-01 | remind applicant | gates - | docs replyAccepted,pocAgreement? | notify no | milestones pocEnd,realised',
    報告書受領:
      'no due | remind - | gates reportReceivedOn@enter | docs replyAccepted,pocAgreement? | notify yes | milestones realised',
    完了: 'no due | remind - | gates - | docs replyAccepted,pocAgreement? | notify yes | milestones realised',
    ...CLOSING,
  },
  other: {
    事前相談: OPENING.事前相談,
    '受付・内容確認': OPENING['受付・内容確認'],
    担当課へ引継ぎ: 'no due | remind - | gates - | docs - | notify yes | milestones answer',
    完了: 'no due | remind - | gates - | docs - | notify yes | milestones realised',
    ...CLOSING,
  },
};

describe('the process table owns each status’s behaviour', () => {
  it.each(ALL_TRACKS)(
    'every status of the %s track behaves as the hand-written table says',
    (track) => {
      const built = Object.fromEntries(statusesOf(track).map((s) => [s, behaviourOf(track, s)]));
      expect(built).toEqual(EXPECTED[track]);
    },
  );

  it('the statuses, open and terminal, are the table’s keys in its order', () => {
    expect(ALL_STATUSES).toEqual(Object.keys(STATUS_TABLE));
    expect(OPEN_STATUSES).toEqual(ALL_STATUSES.filter((s) => !STATUS_TABLE[s].terminal));
    expect(TERMINAL_STATUSES).toEqual(['完了', '不採択', '取下げ', '対象外']);
    // Every step of every track is an open status of the table.
    for (const t of ALL_TRACKS) {
      for (const step of PROCESS.tracks[t].steps) expect(OPEN_STATUSES).toContain(step.status);
    }
  });

  it('a status with a due rule reminds someone; one without reminds no one', () => {
    for (const s of ALL_STATUSES) {
      expect(remindedOf(s) === undefined).toBe(dueRuleOf(s) === undefined);
    }
  });
});

/**
 * Adding a status with a deadline and a reminder: one file, the table
 * (src/domain/workflow/processTable.ts: its STATUS_TABLE entry and its place in the PoC steps) —
 * and, were it to need a due time of its own, the settings list (src/domain/settings.ts); here it
 * reuses 実施可否判断's. The functions take the table as a parameter (the real one by default).
 */
const INTERIM = '中間報告';
const EXTENDED: ProcessTable = {
  ...PROCESS,
  statuses: {
    ...PROCESS.statuses,
    [INTERIM]: {
      terminal: false,
      due: { from: 'entered', setting: 'dueDecision' },
      remind: 'applicant',
    },
  },
  tracks: {
    ...PROCESS.tracks,
    poc: {
      ...PROCESS.tracks.poc,
      steps: PROCESS.tracks.poc.steps.flatMap((step) =>
        step.status === '実証実験の実施・立ち合い'
          ? [step, { status: INTERIM, realised: true, notifyApplicant: true }]
          : [step],
      ),
    },
  },
};

describe('a new PoC status 「中間報告」 with a deadline and a reminder', () => {
  it('behaves as its table entry says, and the real table does not know it', () => {
    expect(behaviourOf('poc', INTERIM, EXTENDED)).toBe(
      'due dueDecision/entered=2026-06-15 | remind applicant | gates - | docs replyAccepted,pocAgreement? | notify yes | milestones realised',
    );
    expect(behaviourOf('poc', INTERIM)).toBe(
      'no due | remind - | gates - | docs - | notify no | milestones -',
    );
    // The statuses around it keep their behaviour.
    for (const s of statusesOf('poc'))
      expect(behaviourOf('poc', s, EXTENDED)).toBe(EXPECTED.poc[s]);
  });

  it('its due date follows the setting it names, business or calendar days', () => {
    const input = { status: INTERIM, enteredOn: '2026-06-01' };
    expect(dueDateFor(input, { ...settings, dueDecision: 3 }, EXTENDED)).toBe('2026-06-04');
    const calendar = {
      ...settings,
      dueDecision: 5,
      dueUnits: { dueDecision: 'calendar' as const },
    };
    expect(dueDateFor(input, calendar, EXTENDED)).toBe('2026-06-08'); // Sat 06-06 → Mon
    const r = sweepCase({
      status: INTERIM,
      statusChangedAt: '2026-06-01',
      track: '実証実験サポート',
    });
    expect(effectiveDueDate(r.record, settings, EXTENDED)).toBe('2026-06-15');
    expect(effectiveDueDate(r.record, settings)).toBe('');
  });

  it('the daily sweep plans the applicant’s reminder, once, and the desk’s when no address', () => {
    const c = sweepCase({
      status: INTERIM,
      statusChangedAt: '2026-06-01',
      track: '実証実験サポート',
    });
    const ctx: ReminderContext = {
      today: '2026-06-12',
      settings,
      departments: {},
      table: EXTENDED,
    };
    const plan = planSweep({ cases: [c], ctx, sent: new Set(), mailedToday: new Set() });
    expect(plan.digests.map((d) => [d.role, d.recipient, d.items.map((i) => i.kind)])).toEqual([
      ['applicant', 'taro@aomori-tech.example.co.jp', ['dueSoon']],
    ]);
    expect(plan.digests[0].items[0]).toMatchObject({ status: INTERIM, due: '2026-06-15' });
    const sent = new Set([keyHash(plan.digests[0].items[0].key)]);
    expect(planSweep({ cases: [c], ctx, sent, mailedToday: new Set() }).digests).toEqual([]);
    expect(
      planSweep({
        cases: [c],
        ctx: { ...ctx, table: PROCESS },
        sent: new Set(),
        mailedToday: new Set(),
      }).digests,
    ).toEqual([]);
    const noAddress = sweepCase({ status: INTERIM, statusChangedAt: '2026-06-01', email: 'なし' });
    expect(remindersFor(noAddress, ctx).map((r) => [r.role, r.note])).toEqual([
      ['desk', 'noApplicantEmail'],
    ]);
  });

  it('documents follow its place in the track: after the answer, the agreement again only on confirmation', () => {
    const agreement = documentKind('pocAgreement')!;
    expect(kindAvailability(agreement, 'poc', INTERIM, EXTENDED)).toEqual({
      ok: true,
      needsConfirmation: true,
    });
    expect(kindAvailability(agreement, 'poc', INTERIM).ok).toBe(false);
  });
});

/** Source files under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('no rule names a status outside the process table', () => {
  it('no status label is written as a literal in code outside processTable.ts and the strings', () => {
    const root = join(__dirname, '../../src');
    const table = [join('domain', 'workflow', 'processTable.ts')];
    const found: string[] = [];
    for (const file of sources(root)) {
      const rel = file.slice(root.length + 1);
      if (table.includes(rel) || rel.startsWith('strings')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.trim();
          if (code.startsWith('*') || code.startsWith('/*') || code.startsWith('//')) return;
          for (const status of ALL_STATUSES) {
            if (code.includes(`'${status}'`) || code.includes(`"${status}"`)) {
              found.push(`${rel}:${i + 1} ${status}`);
            }
          }
        });
    }
    expect(found).toEqual([]);
  });
});
