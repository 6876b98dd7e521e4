/**
 * Chaos scenarios of the documents operations (see test/chaos/harness.ts): each is killed or
 * failed at every call, then the person presses the same button again (same request id).
 */
import type { Interleaving, InjectedFault, Scenario, World } from '../harness';
import { commonInvariants, mailCount, sheetValues } from '../invariants/common';
import { documentInvariants } from '../invariants/documents';
import { AGREEMENT_DATA, caseAt, MAYOR } from '../../support/documents';
import { Desk, newDesk } from '../../support/desk';
import { SHEET } from '../../../src/strings';
import { registerColumn } from '../../../src/domain/register';

type Ref = { row: number; caseNumber: string };
const APPLICANT = 'taro@aomori-tech.example.co.jp';

function run(desk: Desk, fn: string, request: object): void {
  desk.host.scriptRun(desk.spreadsheetId, fn, [request]);
}

function generateAs(world: World, kind: string, requestId: string): void {
  run(world.desk, 'sidebarGenerateDocument', {
    ...(world.ref as Ref),
    kind,
    confirmed: false,
    requestId,
  });
}

function openDocuments(world: World): void {
  run(world.desk, 'sidebarOpenDocuments', world.ref as Ref);
}

/**
 * documentsDesk without its 設定を反映 run (half the cost of a fresh desk): 市長名 is written to
 * the sheet and to the settings snapshot, as that menu item would.
 */
function fastDocumentsDesk(): Desk {
  const desk = newDesk();
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('設定')!;
  for (let r = 1; r <= sheet.lastRow(); r++) {
    if (sheet.cell(r, 1)?.value === '市長名') sheet.cellForWrite(r, 2).value = MAYOR;
  }
  const props = desk.ws.properties.documents.get(desk.spreadsheetId)!;
  const snapshot = JSON.parse(props.get('settings.snapshot')!) as Record<string, unknown>;
  props.set('settings.snapshot', JSON.stringify({ ...snapshot, mayorName: MAYOR }));
  return desk;
}

function documentsWorld(prepare: (w: World) => void = () => {}): World {
  const desk = fastDocumentsDesk();
  const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
  const world: World = { desk, ref };
  prepare(world);
  world.mailsBefore = desk.ws.mail.outbox.length;
  return world;
}

function check(world: World, fault: InjectedFault | null): string[] {
  return [...commonInvariants(world.desk, fault), ...documentInvariants(world.desk)];
}

/** The generation happened once: the register has version `expected` of the kind. */
function generatedOnce(world: World, label: string, expected: number): string[] {
  const versions = String(
    sheetValues(world.desk, SHEET.register)
      .find((r) => String(r[0]).replace(/^'/, '') === (world.ref as Ref).caseNumber)
      ?.join('\u0000') ?? '',
  );
  return versions.includes(`${label}:${expected}`) && !versions.includes(`${label}:${expected + 1}`)
    ? []
    : [`${label}: register does not show exactly v${expected}`];
}

function generation(
  name: string,
  kind: string,
  label: string,
  expected: number,
  prepare?: (w: World) => void,
): Scenario {
  const id = `req-${kind}-chaos-0001`;
  return {
    name,
    arrange: () => documentsWorld(prepare),
    act: (w) => generateAs(w, kind, id),
    target: 'sidebarGenerateDocument',
    recover: (w) => generateAs(w, kind, id),
    check: (w, fault) => [...check(w, fault), ...generatedOnce(w, label, expected)],
  };
}

const SEND_ID = 'req-send-chaos-0001';

function send(world: World): void {
  run(world.desk, 'sidebarSendReplyLetter', {
    ...(world.ref as Ref),
    kind: 'replyAccepted',
    requestId: SEND_ID,
  });
}

export const scenarios: Scenario[] = [
  generation(
    'document: agreement (folder prepared)',
    'partnershipAgreement',
    '事業連携協定書',
    1,
    openDocuments,
  ),
  generation(
    'document: first of a case (folder made by generation)',
    'replyAccepted',
    '回答書（採択）',
    1,
  ),
  generation('document: reply letter v2', 'replyAccepted', '回答書（採択）', 2, (w) =>
    generateAs(w, 'replyAccepted', 'req-arrange-reply-v1'),
  ),
  {
    // The person reopens the sidebar and presses again: another request id finds the attempt.
    name: 'document: reply letter retried by another request (文書番号 kept)',
    arrange: () => documentsWorld(),
    act: (w) => generateAs(w, 'replyAccepted', 'req-replyAccepted-chaos-0002'),
    target: 'sidebarGenerateDocument',
    recover: (w) => generateAs(w, 'replyAccepted', 'req-replyAccepted-chaos-0003'),
    // A new request is a new generation (v2 when the first had completed); either way the
    // letter keeps the one number, and the invariants hold the sequence to it.
    check: (w, fault) => {
      const row = sheetValues(w.desk, SHEET.register).find(
        (r) => String(r[0]).replace(/^'/, '') === (w.ref as Ref).caseNumber,
      );
      const number = String(row?.[registerColumn('replyNumber') - 1] ?? '');
      return [
        ...check(w, fault),
        ...(number === '回答書（採択）:青連第1号' ? [] : [`文書番号 cell is "${number}"`]),
      ];
    },
  },
  {
    name: 'document: send reply letter',
    arrange: () => documentsWorld((w) => generateAs(w, 'replyAccepted', 'req-arrange-reply-v1')),
    act: send,
    target: 'sidebarSendReplyLetter',
    recover: send,
    check: (w, fault) => {
      const sent = mailCount(w.desk, APPLICANT, 'ご提案への回答', w.mailsBefore as number);
      const allowed = fault ? 2 : 1;
      return [
        ...check(w, fault),
        ...(sent < 1 ? ['reply letter lost'] : []),
        ...(sent > allowed ? [`reply letter sent ${sent} times`] : []),
      ];
    },
  },
  {
    name: 'document: prepare folder (open documents)',
    arrange: () => documentsWorld(),
    act: openDocuments,
    target: 'sidebarOpenDocuments',
    recover: openDocuments,
    check: (w, fault) => {
      const linked = sheetValues(w.desk, SHEET.register).some(
        (r) =>
          String(r[0]).replace(/^'/, '') === (w.ref as Ref).caseNumber &&
          /folders\//.test(r.join(' ')),
      );
      return [...check(w, fault), ...(linked ? [] : ['case folder not linked after recovery'])];
    },
  },
];

export const interleavings: Interleaving[] = [
  {
    name: 'document: two generations of one kind for one case',
    arrange: () => documentsWorld(openDocuments),
    act: (w) => generateAs(w, 'partnershipAgreement', 'req-first-chaos-0001'),
    target: 'sidebarGenerateDocument',
    during: (w) => generateAs(w, 'partnershipAgreement', 'req-second-chaos-0001'),
    recover: (w) => {
      // Each person presses their button again after a failure (a no-op once done).
      generateAs(w, 'partnershipAgreement', 'req-second-chaos-0001');
      generateAs(w, 'partnershipAgreement', 'req-first-chaos-0001');
    },
    check: (w, fault) => [...check(w, fault), ...generatedOnce(w, '事業連携協定書', 2)],
  },
];
