/** What the sidebar decides before calling the server (src/ui/lib/caseRules.ts). */
import type { CaseView } from '../../src/app/sidebarContract';
import {
  canEmail,
  endsCase,
  needsRegenerateConfirmation,
  pendingChecklistOnLeave,
} from '../../src/ui/lib/caseRules';
import { errorDetail } from '../../src/ui/lib/run';
import { safeHttpUrl } from '../../src/ui/lib/dom';

function view(overrides: Partial<CaseView>): CaseView {
  return {
    row: 2,
    folder: '',
    caseNumber: 'R8-0001',
    title: '',
    organisation: '',
    applicantName: '',
    email: '',
    track: 'partnership',
    trackLabel: 'パートナーシップ事業',
    status: '受付・内容確認',
    statusChangedAt: '',
    dueDate: '',
    department: '',
    departmentDue: '',
    owner: '',
    goal: '',
    roleSplit: '',
    publication: {
      consent: '',
      decision: '未判断',
      summary: '',
      publishedOn: '',
      realised: false,
      listed: false,
    },
    moves: [],
    checklist: [],
    proposal: {
      kind: '',
      challenge: '',
      roles: '',
      phone: '',
      contentPreview: '',
      contentMore: false,
    },
    agreement: { representative: '', partnershipItems: '', agreementDate: '', agreementEnd: '' },
    receipts: {
      proposalReceivedOn: '',
      proposalFileUrl: '',
      reportReceivedOn: '',
      reportFileUrl: '',
      hasReport: false,
    },
    partnerCases: null,
    history: [],
    dialogues: [],
    departments: [],
    documentKinds: [],
    latestDocument: '',
    latestPdf: '',
    ...overrides,
  };
}

test('moves to 完了, 不採択, 取下げ and 対象外 end the case; others do not', () => {
  expect(['完了', '不採択', '取下げ', '対象外'].map(endsCase)).toEqual([true, true, true, true]);
  expect(['対話・調整', '受付・内容確認', 'unknown'].map(endsCase)).toEqual([false, false, false]);
});

test('leaving 実施準備 forward names the checklist items still open', () => {
  const checklist = [
    { id: 'coordination', label: '調整', done: true },
    { id: 'permits', label: '使用許可申請等', done: false },
  ];
  const poc = view({ track: 'poc', status: '実施準備', checklist });
  expect(pendingChecklistOnLeave(poc, 'forward')).toEqual(['使用許可申請等']);
  expect(pendingChecklistOnLeave(poc, 'rework')).toEqual([]);
  expect(pendingChecklistOnLeave(view({ status: '対話・調整', checklist }), 'forward')).toEqual([]);
});

test('an agreement asks for confirmation only once the case is past 連携協定締結', () => {
  expect(needsRegenerateConfirmation(view({ status: '事業実施' }), 'partnershipAgreement')).toBe(
    true,
  );
  expect(
    needsRegenerateConfirmation(view({ status: '連携協定締結' }), 'partnershipAgreement'),
  ).toBe(false);
  expect(needsRegenerateConfirmation(view({ status: '事業実施' }), 'replyAccepted')).toBe(false);
  expect(needsRegenerateConfirmation(view({ status: '事業実施' }), 'noSuchKind')).toBe(false);
});

test('only reply letters can be emailed', () => {
  expect(canEmail('replyAccepted')).toBe(true);
  expect(canEmail('replyDeclined')).toBe(true);
  expect(canEmail('pocAgreement')).toBe(false);
});

test('links from cells are followed only when they are web addresses', () => {
  expect(safeHttpUrl(' https://docs.google.com/document/d/x ')).toBe(
    'https://docs.google.com/document/d/x',
  );
  expect(safeHttpUrl('javascript:alert(1)')).toBe('');
  expect(safeHttpUrl('data:text/html,<script>')).toBe('');
});

test('a failure shows the first line of its message, never the stack', () => {
  const error = new Error('Exception: Service invoked too many times\n    at foo (Code:1:2)');
  expect(errorDetail(error)).toBe('Exception: Service invoked too many times');
  expect(errorDetail(null)).toBe('');
});
