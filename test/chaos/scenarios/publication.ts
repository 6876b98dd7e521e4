/**
 * Chaos scenarios of the public list (issue 13; see test/chaos/harness.ts): the regeneration of
 * 公開一覧を更新 or of the hourly trigger is killed or failed at each call, then the menu is pressed
 * again (or the next hour runs). After recovery: one CSV, one JSON and one public spreadsheet —
 * never twins — holding exactly the published cases, the web page's cache equal to the JSON, and
 * no private marker anywhere.
 */
import { MENU, PUBLICATION_CONSENT_CHOICES, PUBLICATION_FILES } from '../../../src/strings';
import type { PublicList } from '../../../src/domain/publication';
import { clickMenu, Desk, newDesk, STAFF_2 } from '../../support/desk';
import { addStaff } from '../../support/workflow';
import {
  allOutputs,
  liveFiles,
  publicCase,
  publicSheetRows,
  publicSpreadsheets,
  publishable,
  setCells,
  setPublicFolder,
} from '../../support/publication';
import type { InjectedFault, Interleaving, Scenario, World } from '../harness';
import { commonInvariants } from '../invariants/common';

const MARK = 'MRK-PRIVATE';

/** Three published cases, one not consented; private fields carry a marker. */
function publicationWorld(prepare: (w: World) => void = () => {}): World {
  const desk = newDesk();
  addStaff(desk, STAFF_2);
  const folder = setPublicFolder(desk, true);
  desk.ws.drive.get(folder)!.editors.push(STAFF_2); // the desk's shared folder
  // (Name and email stay as submitted: the common invariants match responses by them; the
  // integration test's corpus marks every private column.)
  const secret = {
    phone: `${MARK}-phone`,
    content: `${MARK}-content`,
    reviewReasons: `${MARK}-review`,
    goal: `${MARK}-goal`,
    source: '', // imported rows: the hourly reconciliation leaves the typed status alone
  };
  const published: string[] = [];
  const refs: Array<{ row: number; caseNumber: string }> = [];
  for (const [status, fields] of [
    ['事業実施', publishable('概要1')],
    ['連携協定締結', publishable('概要2')],
    ['完了', publishable('概要3')],
    ['事業実施', { ...publishable('概要4'), publicationConsent: PUBLICATION_CONSENT_CHOICES[1] }],
  ] as const) {
    const ref = publicCase(desk, status, { ...secret, ...fields });
    refs.push(ref);
    if (fields.publicationConsent === PUBLICATION_CONSENT_CHOICES[0])
      published.push(ref.caseNumber);
  }
  const world: World = { desk, published, refs };
  prepare(world);
  return world;
}

function refresh(world: World, user?: string): void {
  const outcome = clickMenu(world.desk, MENU.refreshPublication, user);
  if (outcome.error) throw outcome.error;
}

/** Staff record the consent the fourth case's applicant gave later (typed into the register). */
function consentLater(world: World): void {
  const ref = (world.refs as Array<{ row: number; caseNumber: string }>)[3];
  setCells(world.desk, ref.row, { publicationConsent: PUBLICATION_CONSENT_CHOICES[0] });
  world.published = [...(world.published as string[]), ref.caseNumber];
}

/** Publishes one more case (as staff would), so the next regeneration has new content. */
function publishAnother(world: World): void {
  const ref = publicCase(world.desk, '事業実施', { ...publishable('概要5'), source: '' });
  world.published = [...(world.published as string[]), ref.caseNumber];
}

function publicationInvariants(desk: Desk, expected: string[]): string[] {
  const found: string[] = [];
  const twins = (what: string, n: number) => (n === 1 ? [] : [`${n} × ${what}`]);
  found.push(...twins('CSV', liveFiles(desk, PUBLICATION_FILES.csv).length));
  found.push(...twins('JSON', liveFiles(desk, PUBLICATION_FILES.json).length));
  const sheets = publicSpreadsheets(desk);
  found.push(...twins('public spreadsheet', sheets.length));
  if (sheets.some((s) => s.name !== PUBLICATION_FILES.spreadsheet)) {
    found.push(`public spreadsheet named ${sheets.map((s) => s.name).join(', ')}`);
  }
  const out = allOutputs(desk);
  for (const [name, text] of Object.entries(out)) {
    if (text.includes(MARK)) found.push(`private marker in ${name}`);
  }
  if (out.cache !== out.json) found.push('web page cache differs from the JSON file');
  const want = [...expected].sort().join(',');
  let list: PublicList | null = null;
  try {
    list = JSON.parse(out.json) as PublicList;
  } catch {
    found.push('JSON file unreadable');
  }
  const got = list
    ? list.cases
        .map((c) => c.caseNumber)
        .sort()
        .join(',')
    : '';
  if (list && got !== want) found.push(`JSON holds ${got}, expected ${want}`);
  const csv = out.csv
    .split('\r\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',')[0])
    .sort()
    .join(',');
  if (csv !== want) found.push(`CSV holds ${csv}, expected ${want}`);
  const rows = publicSheetRows(desk)
    .slice(1)
    .map((r) => r[0])
    .sort()
    .join(',');
  if (rows !== want) found.push(`public spreadsheet holds ${rows}, expected ${want}`);
  return found;
}

function check(world: World, fault: InjectedFault | null): string[] {
  return [
    ...commonInvariants(world.desk, fault),
    ...publicationInvariants(world.desk, world.published as string[]),
  ];
}

/** The hourly trigger's run after the sweep hour: the day's publication check. */
function hourly(world: World, time: string): void {
  world.desk.ws.clock.set(time);
  for (const o of world.desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
}

/** A day whose recovery and sweep ran; the next hourly run publishes. */
function daySwept(world: World): void {
  hourly(world, '2026-05-12T00:30:00+09:00');
  hourly(world, '2026-05-12T08:30:00+09:00');
}

export const scenarios: Scenario[] = [
  {
    name: 'publication: first regeneration (creates the files)',
    arrange: () => publicationWorld(),
    act: (w) => refresh(w),
    target: 'menuRefreshPublication',
    recover: (w) => refresh(w),
    check,
  },
  {
    name: 'publication: regeneration with new content (files exist)',
    arrange: () =>
      publicationWorld((w) => {
        refresh(w);
        publishAnother(w);
      }),
    act: (w) => refresh(w),
    target: 'menuRefreshPublication',
    recover: (w) => refresh(w),
    check,
  },
  {
    name: 'publication: the hourly trigger after the sweep',
    arrange: () =>
      publicationWorld((w) => {
        refresh(w);
        publishAnother(w);
        daySwept(w);
      }),
    act: (w) => hourly(w, '2026-05-12T09:30:00+09:00'),
    target: 'onDailySweep',
    recover: (w) => hourly(w, '2026-05-12T10:30:00+09:00'),
    check,
  },
];

export const interleavings: Interleaving[] = [
  {
    name: 'publication: menu paused while another staff member refreshes and a case changes',
    arrange: () => publicationWorld(),
    act: (w) => refresh(w),
    target: 'menuRefreshPublication',
    during: (w) => {
      consentLater(w);
      refresh(w, STAFF_2);
    },
    recover: (w) => refresh(w),
    check,
  },
  {
    name: 'publication: menu paused while the hourly trigger runs',
    arrange: () =>
      publicationWorld((w) => {
        daySwept(w);
        setCells(w.desk, 2, { publicSummary: '概要1（改訂）' });
      }),
    act: (w) => refresh(w),
    target: 'menuRefreshPublication',
    during: (w) => hourly(w, '2026-05-12T09:30:00+09:00'),
    recover: (w) => hourly(w, '2026-05-12T10:30:00+09:00'),
    check: (w, fault) => {
      const found = check(w, fault);
      // The menu (first or after recovery) or the trigger published the revision.
      const json = allOutputs(w.desk).json;
      return json.includes('概要1（改訂）') ? found : [...found, 'revision not published'];
    },
  },
];
