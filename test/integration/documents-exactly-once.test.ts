/**
 * Documents exactly once (issue 10, docs/reliability.md): generation, reply sending and folder
 * preparation under kills, failed calls and a second person, retried with the same request id.
 * The enumeration over every call is in test/chaos/scenarios/documents.ts; these are the cases
 * worth reading one by one.
 */
import type { GeneratedDocument, ServerResult } from '../../src/app/sidebarContract';
import { documentInvariants } from '../chaos/invariants/documents';
import { commonInvariants } from '../chaos/invariants/common';
import type { InjectedFault } from '../chaos/harness';
import { AGREEMENT_DATA, caseAt, cell, documentsDesk, idOf } from '../support/documents';
import type { Desk } from '../support/desk';

type Ref = { row: number; caseNumber: string };
const FOLDER_MIME = 'application/vnd.google-apps.folder';

function gen(desk: Desk, ref: Ref, kind: string, requestId?: string) {
  return desk.host.scriptRun<ServerResult<GeneratedDocument>>(
    desk.spreadsheetId,
    'sidebarGenerateDocument',
    [{ ...ref, kind, confirmed: false, ...(requestId ? { requestId } : {}) }],
  );
}

function send(desk: Desk, ref: Ref, requestId: string) {
  return desk.host.scriptRun<ServerResult<{ sentTo: string }>>(
    desk.spreadsheetId,
    'sidebarSendReplyLetter',
    [{ ...ref, kind: 'replyAccepted', requestId }],
  );
}

function open(desk: Desk, ref: Ref) {
  return desk.host.scriptRun<ServerResult<{ folder: string }>>(
    desk.spreadsheetId,
    'sidebarOpenDocuments',
    [ref],
  );
}

function quietly(body: () => unknown): void {
  try {
    body();
  } catch {
    // the killed execution's error
  }
}

/** The index (1-based) of the n-th call of `method` in the last execution. */
function callIndex(desk: Desk, method: string, nth = 1): number {
  let seen = 0;
  const calls = desk.host.lastExecution().calls;
  for (let i = 0; i < calls.length; i++) {
    if (calls[i].method === method && ++seen === nth) return i + 1;
  }
  throw new Error(`no call ${method}`);
}

/** A desk with one case at 回答（可）, its folder prepared. */
function prepared(): { desk: Desk; ref: Ref } {
  const desk = documentsDesk();
  const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
  open(desk, ref);
  return { desk, ref };
}

/** `fault`: the one send in flight at it may have been repeated once. */
function violations(desk: Desk, fault: InjectedFault | null = null): string[] {
  return [...commonInvariants(desk, fault), ...documentInvariants(desk)];
}

function historyComments(desk: Desk): string[] {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('履歴')!;
  const out: string[] = [];
  for (let r = 2; r <= sheet.lastRow(); r++) out.push(String(sheet.cell(r, 6)?.value ?? ''));
  return out;
}

/** Where a clean run of the agreement makes its calls (same desk shape, same calls). */
function agreementCalls(): string[] {
  const { desk, ref } = prepared();
  gen(desk, ref, 'partnershipAgreement', 'req-probe-000001');
  return desk.host.lastExecution().calls.map((c) => c.method);
}

describe('document generation, exactly once', () => {
  test('killed mid-fill, the same button completes the first attempt: v1, no orphan', () => {
    const calls = agreementCalls();
    const { desk, ref } = prepared();
    // The numbered 連携事項 is filled in the middle of the placeholders.
    const midFill = calls.indexOf('Paragraph.replaceText') + 1;
    desk.ws.ledger.arm({ kind: 'kill', at: midFill, functionName: 'sidebarGenerateDocument' });
    quietly(() => gen(desk, ref, 'partnershipAgreement', 'req-agreement-0001'));
    desk.ws.ledger.disarm();
    const retry = gen(desk, ref, 'partnershipAgreement', 'req-agreement-0001');
    expect(retry.ok).toBe(true);
    expect(retry.ok && retry.value.version).toBe(1);
    expect(violations(desk)).toEqual([]);
    // The half-filled copy of the killed attempt went to the trash.
    const copies = desk.ws.drive.all().filter((f) => f.name === 'R8-0001_事業連携協定書_v1');
    expect(copies.map((f) => f.trashed).sort()).toEqual([false, true]);
  });

  test('killed after the PDF, the retry keeps the same files (no twin PDF, no v2)', () => {
    const calls = agreementCalls();
    const { desk, ref } = prepared();
    desk.ws.ledger.arm({
      kind: 'kill',
      at: calls.indexOf('Range.setValues') + 1,
      functionName: 'sidebarGenerateDocument',
    });
    quietly(() => gen(desk, ref, 'partnershipAgreement', 'req-agreement-0002'));
    desk.ws.ledger.disarm();
    const made = desk.ws.drive.all().filter((f) => f.name.startsWith('R8-0001_事業連携協定書'));
    const retry = gen(desk, ref, 'partnershipAgreement', 'req-agreement-0002');
    expect(retry.ok && retry.value.version).toBe(1);
    const after = desk.ws.drive.all().filter((f) => f.name.startsWith('R8-0001_事業連携協定書'));
    expect(after.map((f) => f.id)).toEqual(made.map((f) => f.id));
    expect(retry.ok && idOf(retry.value.documentUrl)).toBe(
      made.find((f) => !f.name.endsWith('.pdf'))!.id,
    );
    expect(violations(desk)).toEqual([]);
  });

  test('the same request id once done returns the first result; history has one row', () => {
    const { desk, ref } = prepared();
    const first = gen(desk, ref, 'partnershipAgreement', 'req-agreement-0003');
    const again = gen(desk, ref, 'partnershipAgreement', 'req-agreement-0003');
    expect(again).toEqual(first);
    expect(String(cell(desk, ref.row, 'documentVersions'))).toContain('事業連携協定書:1');
    expect(historyComments(desk).filter((c) => c.startsWith('文書作成:'))).toHaveLength(1);
    expect(violations(desk)).toEqual([]);
  });

  test('a retry without a request id after a kill makes v1 again, the orphans trashed', () => {
    const calls = agreementCalls();
    const { desk, ref } = prepared();
    desk.ws.ledger.arm({
      kind: 'kill',
      at: calls.indexOf('Folder.createFile') + 1 + 1,
      functionName: 'sidebarGenerateDocument',
    });
    quietly(() => gen(desk, ref, 'partnershipAgreement'));
    desk.ws.ledger.disarm();
    const retry = gen(desk, ref, 'partnershipAgreement');
    expect(retry.ok && retry.value.version).toBe(1);
    expect(violations(desk)).toEqual([]);
  });

  test('a transient getFolderById error is not "folder gone": no twin folder', () => {
    const { desk, ref } = prepared();
    const folders = () => desk.ws.drive.all().filter((f) => f.mimeType === FOLDER_MIME).length;
    const before = folders();
    desk.ws.ledger.injectFailure('DriveApp.getFolderById', 'Service error: Drive');
    const result = gen(desk, ref, 'partnershipAgreement', 'req-agreement-0004');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('一時的に応答しませんでした');
    expect(folders()).toBe(before);
    expect(gen(desk, ref, 'partnershipAgreement', 'req-agreement-0004').ok).toBe(true);
    expect(folders()).toBe(before);
    expect(violations(desk)).toEqual([]);
  });

  test('two generations of one kind at the same instant: v1 and v2, never the same version', () => {
    const { desk, ref } = prepared();
    let second: ServerResult<GeneratedDocument> | null = null;
    // The first is paused holding the lock (after waitLock): the second waits, then gives up.
    desk.ws.ledger.arm({
      kind: 'pause',
      at: 5,
      functionName: 'sidebarGenerateDocument',
      during: () => (second = gen(desk, ref, 'partnershipAgreement', 'req-second-00001')),
    });
    const first = gen(desk, ref, 'partnershipAgreement', 'req-first-000001');
    desk.ws.ledger.disarm();
    expect(first.ok && first.value.version).toBe(1);
    expect(second!.ok).toBe(false);
    const retried = gen(desk, ref, 'partnershipAgreement', 'req-second-00001');
    expect(retried.ok && retried.value.version).toBe(2);
    expect(violations(desk)).toEqual([]);
  });

  test('budget: an agreement with its PDF in at most 48 calls', () => {
    const { desk, ref } = prepared();
    expect(gen(desk, ref, 'partnershipAgreement', 'req-agreement-0005').ok).toBe(true);
    expect(desk.host.lastExecution().calls.length).toBeLessThanOrEqual(48);
  });
});

describe('文書番号, reserved once per letter', () => {
  function replyCalls(): string[] {
    const { desk, ref } = prepared();
    gen(desk, ref, 'replyAccepted', 'req-probe-000002');
    return desk.host.lastExecution().calls.map((c) => c.method);
  }
  const sequence = (desk: Desk) =>
    desk.ws.properties.documentStore(desk.spreadsheetId).get('documents.replySequence.2026');
  const printed = (desk: Desk, url: string) =>
    /青連第\d+号/.exec(desk.ws.documents.renderText(idOf(url)))?.[0];

  // Killed after the sequence and intent are written (setProperties), before the register has
  // the number (Range.setValue), and after it, before the copy.
  for (const [label, method] of [
    ['reserved, not yet in the register', 'Range.setValue'],
    ['in the register, before the copy', 'File.makeCopy'],
  ] as const) {
    test(`killed ${label}: another request (or the same) takes that number, never a second`, () => {
      for (const retryId of ['req-reply-first-1', 'req-reply-other-1']) {
        const calls = replyCalls();
        const { desk, ref } = prepared();
        desk.ws.ledger.arm({
          kind: 'kill',
          at: calls.indexOf(method) + 1,
          functionName: 'sidebarGenerateDocument',
        });
        quietly(() => gen(desk, ref, 'replyAccepted', 'req-reply-first-1'));
        desk.ws.ledger.disarm();
        expect(sequence(desk)).toBe('1');
        const retry = gen(desk, ref, 'replyAccepted', retryId);
        expect(retry.ok).toBe(true);
        expect(retry.ok && printed(desk, retry.value.documentUrl)).toBe('青連第1号');
        expect(sequence(desk)).toBe('1');
        expect(cell(desk, ref.row, 'replyNumber')).toBe('回答書（採択）:青連第1号');
        expect(violations(desk)).toEqual([]);
      }
    });
  }

  test('a failed register write keeps the reservation pending; the next press uses it', () => {
    const calls = replyCalls();
    const { desk, ref } = prepared();
    desk.ws.ledger.arm({
      kind: 'fail',
      at: calls.indexOf('Range.setValue') + 1,
      message: 'Service error: Spreadsheets',
      functionName: 'sidebarGenerateDocument',
    });
    expect(gen(desk, ref, 'replyAccepted', 'req-reply-fail-01').ok).toBe(false);
    desk.ws.ledger.disarm();
    const retry = gen(desk, ref, 'replyAccepted', 'req-reply-fail-02');
    expect(retry.ok && printed(desk, retry.value.documentUrl)).toBe('青連第1号');
    expect(sequence(desk)).toBe('1');
    expect(violations(desk)).toEqual([]);
  });
});

describe('case folder, exactly once', () => {
  test('killed after createFolder, opening again adopts that folder: one folder, linked', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const probe = documentsDesk();
    open(probe, caseAt(probe, '回答（可）', AGREEMENT_DATA));
    const at = callIndex(probe, 'Folder.createFolder') + 1;
    desk.ws.ledger.arm({ kind: 'kill', at, functionName: 'sidebarOpenDocuments' });
    quietly(() => open(desk, ref));
    desk.ws.ledger.disarm();
    expect(cell(desk, ref.row, 'folder')).toBe('');
    const result = open(desk, ref);
    expect(result.ok).toBe(true);
    const live = desk.ws.drive
      .all()
      .filter((f) => f.mimeType === FOLDER_MIME && f.name.startsWith('R8-0001') && !f.trashed);
    expect(live).toHaveLength(1);
    expect(result.ok && idOf(result.value.folder)).toBe(live[0].id);
    expect(violations(desk)).toEqual([]);
  });
});

describe('reply letter sending', () => {
  function withReply(): { desk: Desk; ref: Ref } {
    const { desk, ref } = prepared();
    gen(desk, ref, 'replyAccepted', 'req-reply-v1-0001');
    return { desk, ref };
  }

  test('killed right after the send: the same button sends once more and says so', () => {
    const probe = withReply();
    send(probe.desk, probe.ref, 'req-send-probe-01');
    // The "sent" mark right after the send (the second setProperty).
    const at = callIndex(probe.desk, 'Properties.setProperty', 2);
    const { desk, ref } = withReply();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'kill', at, functionName: 'sidebarSendReplyLetter' });
    quietly(() => send(desk, ref, 'req-send-000001'));
    desk.ws.ledger.disarm();
    expect(desk.ws.mail.outbox.length - before).toBe(1);
    expect(send(desk, ref, 'req-send-000001').ok).toBe(true);
    expect(desk.ws.mail.outbox.length - before).toBe(2);
    expect(historyComments(desk).at(-1)).toContain('もう一度送信しました');
    // Done: the same id again sends nothing.
    expect(send(desk, ref, 'req-send-000001').ok).toBe(true);
    expect(desk.ws.mail.outbox.length - before).toBe(2);
    expect(violations(desk, { kind: 'kill', at })).toEqual([]);
  });

  test('killed after the "sent" mark: the retry only writes the history row', () => {
    const probe = withReply();
    send(probe.desk, probe.ref, 'req-send-probe-01');
    const at = callIndex(probe.desk, 'Sheet.appendRow');
    const { desk, ref } = withReply();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'kill', at, functionName: 'sidebarSendReplyLetter' });
    quietly(() => send(desk, ref, 'req-send-000002'));
    desk.ws.ledger.disarm();
    expect(send(desk, ref, 'req-send-000002').ok).toBe(true);
    expect(desk.ws.mail.outbox.length - before).toBe(1);
    expect(historyComments(desk).filter((c) => c.startsWith('回答書を送付'))).toHaveLength(1);
    expect(violations(desk)).toEqual([]);
  });

  test('a send the mail service refused is sent once by the retry, as new', () => {
    const { desk, ref } = withReply();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.injectFailure(
      'MailApp.sendEmail',
      'Service invoked too many times for one day: email.',
    );
    expect(send(desk, ref, 'req-send-000003').ok).toBe(false);
    expect(send(desk, ref, 'req-send-000003').ok).toBe(true);
    expect(desk.ws.mail.outbox.length - before).toBe(1);
    expect(historyComments(desk).at(-1)).not.toContain('もう一度');
  });
});
