/// <reference lib="dom" />
/**
 * The case sidebar: summary, status and its due date, the allowed moves, department hand-off,
 * dialogue log (対話の原則), goal and role split (目標共有), PoC checklist, documents, history.
 * Everything comes from the server as a CaseView (sidebarContract.ts) and is drawn with DOM text
 * nodes only. Every action returns the fresh CaseView, which is drawn again; drafts typed in other
 * sections survive the redraw, and a refused action leaves the page as it was.
 */
import type { CaseEditResult, CaseRef, CaseView, MoveOption } from '../app/sidebarContract';
import { staffDate, staffDeadline } from '../domain/calendar/displayDate';
import { SIDEBAR } from '../strings/sidebar';
import { PUBLICATION_CHOICES, PUBLICATION_CONSENT_CHOICES } from '../strings/publication';
import { call, HandlerName, Handlers } from './lib/run';
import { button, el, field, safeHttpUrl, select, textArea, textInput, tokyoToday } from './lib/dom';
import {
  asksLetterReason,
  canEmail,
  endsCase,
  missingReceiptsMessage,
  needsRegenerateConfirmation,
  pendingChecklistOnLeave,
} from './lib/caseRules';

/** Sections that can be opened by name (the template's `section`, or the page itself). */
const SECTIONS = [
  'status',
  'department',
  'dialogue',
  'documents',
  'checklist',
  'receipts',
  'agreement',
  'content',
] as const;

const root = document.getElementById('app') as HTMLElement;
const content = document.getElementById('content') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const errorBox = document.getElementById('error') as HTMLElement;

let view: CaseView | null = null;
let busy = false;
let firstRender = true;

// ------------------------------------------------------------------ messages and calls

function showNotice(text: string): void {
  errorBox.textContent = '';
  notice.textContent = text;
}

function showError(text: string): void {
  notice.textContent = '';
  errorBox.textContent = text;
}

function setBusy(on: boolean): void {
  busy = on;
  content.setAttribute('aria-busy', String(on));
  for (const control of Array.from(content.querySelectorAll('button, input, select, textarea'))) {
    (control as HTMLButtonElement).disabled = on;
  }
  if (on) notice.textContent = SIDEBAR.busy;
}

/** One server call at a time; a refusal is shown as is (Japanese) and changes nothing here. */
async function run<K extends HandlerName>(
  name: K,
  arg: Handlers[K][0],
): Promise<Handlers[K][1] | null> {
  if (busy) return null;
  setBusy(true);
  const result = await call(name, arg);
  setBusy(false);
  if (!result.ok) {
    showError(result.message);
    return null;
  }
  notice.textContent = '';
  return result.value;
}

function refOf(v: CaseView): CaseRef {
  return { row: v.row, caseNumber: v.caseNumber };
}

function parseRef(json: string | undefined): CaseRef | null {
  try {
    const ref = JSON.parse(json || '') as Partial<CaseRef>;
    return typeof ref.row === 'number' && typeof ref.caseNumber === 'string'
      ? { row: ref.row, caseNumber: ref.caseNumber }
      : null;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ drawing

interface RenderOptions {
  /** Drafts emptied by the action just done (the rest survive the redraw). */
  cleared?: string[];
  /** Where focus goes after the redraw: the control that acted, or the new status. */
  focus?: string;
}

/** Redraws from `next`, keeping typed drafts and which sections are open. */
function render(next: CaseView, { cleared = [], focus = '' }: RenderOptions = {}): void {
  const drafts = new Map<string, string>();
  for (const control of Array.from(content.querySelectorAll('[data-draft]'))) {
    const input = control as HTMLInputElement;
    if (!cleared.includes(input.id)) drafts.set(input.id, input.value);
  }
  const open = new Set(
    Array.from(content.querySelectorAll('details[open]')).map((d) => (d as HTMLElement).id),
  );

  view = next;
  content.replaceChildren(
    summarySection(next),
    contentSection(next),
    statusSection(next),
    receiptsSection(next),
    departmentSection(next),
    dialogueSection(next),
    goalsSection(next),
    agreementSection(next),
    ...(next.checklist.length ? [checklistSection(next)] : []),
    publicationSection(next),
    documentsSection(next),
    historySection(next),
    reloadButton(),
  );

  for (const [id, value] of drafts) {
    const control = document.getElementById(id) as HTMLInputElement | null;
    if (!control || control.value === value) continue;
    control.value = value;
    // Controls that depend on this one (the send button on the document kind) follow it.
    control.dispatchEvent(new Event('change'));
  }
  for (const id of open)
    (document.getElementById(id) as HTMLDetailsElement | null)?.setAttribute('open', '');
  if (firstRender) {
    firstRender = false;
    openSection(root.dataset.section ?? '');
  } else if (focus) {
    document.getElementById(focus)?.focus();
  }
}

function openSection(section: string): void {
  if (!(SECTIONS as readonly string[]).includes(section) || section === 'status') return;
  const details = document.getElementById(`${section}-section`) as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  details.scrollIntoView();
  (details.querySelector('select, input, textarea') as HTMLElement | null)?.focus();
}

function withId<T extends HTMLElement>(id: string, node: T): T {
  node.id = id;
  return node;
}

function heading(text: string): HTMLElement {
  return el('h2', { text });
}

function collapsible(id: string, title: string, children: HTMLElement[]): HTMLDetailsElement {
  return el('details', { attrs: { id } }, [el('summary', { text: title }), ...children]);
}

function facts(rows: Array<[string, string]>): HTMLElement {
  return el(
    'dl',
    { className: 'facts' },
    rows.flatMap(([term, value]) => [
      el('dt', { text: term }),
      el('dd', { text: value || SIDEBAR.none }),
    ]),
  );
}

function draft<T extends HTMLElement>(control: T): T {
  control.setAttribute('data-draft', '');
  return control;
}

function summarySection(v: CaseView): HTMLElement {
  return el('section', { attrs: { id: 'summary-section', 'aria-label': SIDEBAR.summary } }, [
    el('p', { className: 'case-number', text: v.caseNumber }),
    el('h1', { className: 'case-title', text: v.title }),
    facts([
      [SIDEBAR.organisation, v.organisation],
      [SIDEBAR.applicantName, v.applicantName],
      [SIDEBAR.email, v.email],
      [SIDEBAR.phone, v.proposal.phone],
      [SIDEBAR.track, v.trackLabel],
      [SIDEBAR.proposalKind, v.proposal.kind],
      ...(v.proposal.challenge
        ? ([[SIDEBAR.challenge, v.proposal.challenge]] as Array<[string, string]>)
        : []),
      [SIDEBAR.roles, v.proposal.roles],
      [SIDEBAR.owner, v.owner],
    ]),
    ...(v.partnerCases
      ? [
          el('p', {
            className: 'muted',
            attrs: { id: 'partner-cases' },
            text: SIDEBAR.partnerCases(v.partnerCases),
          }),
        ]
      : []),
  ]);
}

/** The whole 提案内容 once asked for (per case): kept across redraws. */
let fullContent: { caseNumber: string; text: string } | null = null;

/** 提案内容: its beginning, the whole text on demand (from 長文保管 when it was that long). */
function contentSection(v: CaseView): HTMLElement {
  const full = fullContent && fullContent.caseNumber === v.caseNumber ? fullContent.text : null;
  const text = full ?? v.proposal.contentPreview + (v.proposal.contentMore ? '…' : '');
  const more = async () => {
    if (!view) return;
    const got = await run('sidebarGetContent', refOf(view));
    if (!got || !view) return;
    fullContent = { caseNumber: view.caseNumber, text: got.content };
    render(view, { focus: 'content-text' });
    showNotice(SIDEBAR.contentLoaded);
  };
  return collapsible('content-section', SIDEBAR.content, [
    el('p', {
      className: 'body content',
      text: text || SIDEBAR.none,
      attrs: { id: 'content-text', tabindex: '-1' },
    }),
    ...(v.proposal.contentMore && full === null
      ? [
          withId(
            'content-more',
            button(SIDEBAR.showFullContent, () => void more(), 'link'),
          ),
        ]
      : []),
  ]);
}

/** An edit's result merged into the view shown: the row as it left it and its history entry. */
function merged(edit: CaseEditResult): CaseView | null {
  if (!view) return null;
  return { ...view, ...edit.summary, history: [...view.history, edit.historyEntry] };
}

/** 書類の受領: when the proposal (and a PoC's report) arrived, with a link to the file. */
function receiptsSection(v: CaseView): HTMLElement {
  const r = v.receipts;
  const documents: Array<{ id: 'proposal' | 'report'; label: string; on: string; url: string }> = [
    {
      id: 'proposal',
      label: SIDEBAR.proposalReceipt,
      on: r.proposalReceivedOn,
      url: r.proposalFileUrl,
    },
  ];
  if (r.hasReport) {
    documents.push({
      id: 'report',
      label: SIDEBAR.reportReceipt,
      on: r.reportReceivedOn,
      url: r.reportFileUrl,
    });
  }
  const blocks = documents.map((d) => {
    const date = draft(textInput('date', d.on || tokyoToday()));
    const url = draft(textInput('url', d.url));
    const href = safeHttpUrl(d.url);
    const record = async () => {
      if (!view) return;
      if (!date.value) return showError(SIDEBAR.needReceivedOn);
      const edit = await run('sidebarRecordReceipt', {
        ...refOf(view),
        document: d.id,
        receivedOn: date.value,
        fileUrl: url.value,
      });
      const next = edit && merged(edit);
      if (!next) return;
      render(next, {
        cleared: [`receipt-${d.id}-date`, `receipt-${d.id}-url`],
        focus: `receipt-${d.id}-record`,
      });
      showNotice(SIDEBAR.receiptRecorded(d.label));
    };
    return el('div', { className: 'receipt', attrs: { id: `receipt-${d.id}` } }, [
      el('h3', { text: d.label }),
      el('p', { attrs: { id: `receipt-${d.id}-state` } }, [
        d.on ? SIDEBAR.receivedAt(staffDate(d.on)) : SIDEBAR.notReceived,
        ...(href
          ? [
              ' ',
              el('a', {
                text: SIDEBAR.openFile,
                attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
              }),
            ]
          : []),
      ]),
      field(`receipt-${d.id}-date`, SIDEBAR.receivedOn, date),
      field(`receipt-${d.id}-url`, SIDEBAR.fileUrl, url),
      withId(
        `receipt-${d.id}-record`,
        button(SIDEBAR.recordReceipt(d.label), () => void record(), 'primary'),
      ),
    ]);
  });
  return collapsible('receipts-section', SIDEBAR.receipts, blocks);
}

/** 協定の内容: what the agreement prints (register columns 代表者…協定満了日). */
function agreementSection(v: CaseView): HTMLElement {
  const a = v.agreement;
  const representative = draft(textInput('text', a.representative));
  const items = draft(textArea(a.partnershipItems, 4));
  const date = draft(textInput('date', a.agreementDate));
  const end = draft(textInput('date', a.agreementEnd));
  const save = async () => {
    if (!view) return;
    const edit = await run('sidebarSaveAgreement', {
      ...refOf(view),
      representative: representative.value,
      partnershipItems: items.value,
      agreementDate: date.value,
      agreementEnd: end.value,
    });
    const next = edit && merged(edit);
    if (!next) return;
    render(next, {
      cleared: ['agreement-representative', 'agreement-items', 'agreement-date', 'agreement-end'],
      focus: 'agreement-save',
    });
    showNotice(SIDEBAR.agreementSaved);
  };
  return collapsible('agreement-section', SIDEBAR.agreement, [
    field('agreement-representative', SIDEBAR.representative, representative),
    field('agreement-items', SIDEBAR.partnershipItems, items),
    field('agreement-date', SIDEBAR.agreementDate, date),
    field('agreement-end', SIDEBAR.agreementEnd, end),
    withId(
      'agreement-save',
      button(SIDEBAR.saveAgreement, () => void save(), 'primary'),
    ),
  ]);
}

/** A yes/no question shown in place (no browser dialog: sidebars may not open one). */
function askConfirm(host: HTMLElement, lines: string[], yes: string, onYes: () => void): void {
  const back = document.activeElement as HTMLElement | null;
  const dismiss = () => {
    host.replaceChildren();
    back?.focus();
  };
  const yesButton = button(
    yes,
    () => {
      host.replaceChildren();
      onYes();
    },
    'danger',
  );
  host.replaceChildren(
    el('div', { className: 'confirm', attrs: { role: 'group', 'aria-label': lines[0] } }, [
      ...lines.map((line) => el('p', { text: line })),
      el('div', { className: 'buttons' }, [yesButton, button(SIDEBAR.confirmNo, dismiss)]),
    ]),
  );
  yesButton.focus();
}

function statusSection(v: CaseView): HTMLElement {
  const confirmHost = el('div', { attrs: { id: 'move-confirm' } });
  const comment = draft(textArea('', 2));
  const moveButtons = v.moves.map((move, i) => {
    const node = button(move.label, () => requestMove(move, confirmHost), `move move-${move.kind}`);
    node.id = `move-${i}`;
    node.setAttribute('data-to', move.to);
    return node;
  });
  return el('section', { attrs: { id: 'status-section' } }, [
    heading(SIDEBAR.status),
    el('p', { className: 'status-line' }, [
      el('span', {
        className: 'status',
        text: v.status,
        attrs: { id: 'current-status', tabindex: '-1' },
      }),
    ]),
    facts([
      [SIDEBAR.statusChangedAt, staffDate(v.statusChangedAt)],
      [SIDEBAR.dueDate, v.dueDate ? staffDeadline(v.dueDate) : SIDEBAR.noDue],
    ]),
    ...(v.moves.length
      ? [
          field('move-comment', SIDEBAR.comment, comment),
          el(
            'div',
            { className: 'moves', attrs: { role: 'group', 'aria-label': SIDEBAR.moves } },
            moveButtons,
          ),
          confirmHost,
        ]
      : [el('p', { className: 'muted', text: SIDEBAR.noMoves })]),
  ]);
}

function requestMove(move: MoveOption, confirmHost: HTMLElement): void {
  if (!view) return;
  // The server refuses to leave 実施準備 with items open: say so here and show the checklist.
  const pending = pendingChecklistOnLeave(view, move.kind);
  if (pending.length) {
    showError(SIDEBAR.pendingChecklist(pending));
    return openSection('checklist');
  }
  // A gate of the process table: the file must be recorded as received first.
  const missing = missingReceiptsMessage(view, move.to);
  if (missing) {
    showError(missing);
    return openSection('receipts');
  }
  if (!endsCase(move.to)) return void moveTo(move);
  if (asksLetterReason(move.to)) return askDeclineReason(move, confirmHost);
  askConfirm(
    confirmHost,
    [SIDEBAR.confirmMove(move.to), SIDEBAR.confirmTerminal],
    SIDEBAR.confirmYes,
    () => void moveTo(move),
  );
}

/**
 * 不採択: the reason printed in the reply letter is asked in its own field, apart from the
 * comment (the internal record), together with the confirmation.
 */
function askDeclineReason(move: MoveOption, host: HTMLElement): void {
  const reason = textArea('', 3);
  const back = document.activeElement as HTMLElement | null;
  const yes = button(
    SIDEBAR.confirmYes,
    () => {
      if (!reason.value.trim()) {
        showError(SIDEBAR.needLetterReason);
        return reason.focus();
      }
      const letterReason = reason.value;
      host.replaceChildren();
      void moveTo(move, letterReason);
    },
    'danger',
  );
  const no = button(SIDEBAR.confirmNo, () => {
    host.replaceChildren();
    back?.focus();
  });
  host.replaceChildren(
    el(
      'div',
      {
        className: 'confirm',
        attrs: { role: 'group', 'aria-label': SIDEBAR.confirmMove(move.to) },
      },
      [
        el('p', { text: SIDEBAR.confirmMove(move.to) }),
        el('p', { text: SIDEBAR.confirmTerminal }),
        field('letter-reason', SIDEBAR.letterReason, reason),
        el('div', { className: 'buttons' }, [yes, no]),
      ],
    ),
  );
  reason.focus();
}

async function moveTo(move: MoveOption, letterReason?: string): Promise<void> {
  if (!view) return;
  const comment =
    (document.getElementById('move-comment') as HTMLTextAreaElement | null)?.value ?? '';
  const moved = await run('sidebarMoveCase', {
    ...refOf(view),
    expectedStatus: view.status,
    to: move.to,
    comment,
    ...(letterReason === undefined ? {} : { letterReason }),
  });
  if (!moved || !view) return;
  // The move returns only what it changed (its call budget has no room to re-read the case).
  const next: CaseView = {
    ...view,
    ...moved.summary,
    history: [...view.history, moved.historyEntry],
  };
  render(next, { cleared: ['move-comment'], focus: 'current-status' });
  showNotice(SIDEBAR.moved(next.status));
}

function departmentSection(v: CaseView): HTMLElement {
  const choices = [
    { value: '', label: SIDEBAR.choosePlaceholder },
    ...v.departments.map((d) => ({ value: d, label: d })),
  ];
  const chooser = draft(select(choices, v.departments.includes(v.department) ? v.department : ''));
  const request = draft(textArea('', 3));
  const due = draft(textInput('date'));
  const assign = async () => {
    if (!view) return;
    if (!chooser.value) return showError(SIDEBAR.needDepartment);
    const next = await run('sidebarAssignDepartment', {
      ...refOf(view),
      department: chooser.value,
      request: request.value,
      dueDate: due.value,
    });
    if (!next) return;
    render(next, {
      cleared: ['department-choice', 'department-request', 'department-due'],
      focus: 'department-assign',
    });
    showNotice(SIDEBAR.assigned(next.department));
  };
  return collapsible('department-section', SIDEBAR.department, [
    facts([
      [SIDEBAR.currentDepartment, v.department],
      [SIDEBAR.departmentDue, staffDeadline(v.departmentDue)],
    ]),
    ...(v.departments.length
      ? [
          field('department-choice', SIDEBAR.chooseDepartment, chooser),
          field('department-request', SIDEBAR.departmentRequest, request),
          field('department-due', SIDEBAR.departmentDueInput, due),
          withId(
            'department-assign',
            button(SIDEBAR.assign, () => void assign(), 'primary'),
          ),
        ]
      : [el('p', { className: 'muted', text: SIDEBAR.noDepartments })]),
  ]);
}

function dialogueSection(v: CaseView): HTMLElement {
  const date = draft(textInput('date', tokyoToday()));
  const parties = draft(textInput('text'));
  const summary = draft(textArea('', 4));
  const add = async () => {
    if (!view) return;
    if (!date.value || !parties.value.trim() || !summary.value.trim()) {
      return showError(SIDEBAR.needDialogue);
    }
    const next = await run('sidebarAddDialogue', {
      ...refOf(view),
      date: date.value,
      parties: parties.value,
      summary: summary.value,
    });
    if (!next) return;
    render(next, { cleared: ['dialogue-parties', 'dialogue-summary'], focus: 'dialogue-add' });
    showNotice(SIDEBAR.dialogueAdded);
  };
  const entries = [...v.dialogues]
    .reverse()
    .map((d) =>
      el('li', {}, [
        el('p', { className: 'meta' }, [
          el('span', { text: staffDate(d.date) }),
          ' ',
          el('span', { text: d.parties }),
        ]),
        el('p', { className: 'body', text: d.summary }),
        el('p', { className: 'meta', text: SIDEBAR.recordedBy(d.by) }),
      ]),
    );
  return collapsible('dialogue-section', SIDEBAR.dialogue, [
    field('dialogue-date', SIDEBAR.dialogueDate, date),
    field('dialogue-parties', SIDEBAR.dialogueParties, parties),
    field('dialogue-summary', SIDEBAR.dialogueSummary, summary),
    withId(
      'dialogue-add',
      button(SIDEBAR.addDialogue, () => void add(), 'primary'),
    ),
    entries.length
      ? el('ol', { className: 'log', attrs: { id: 'dialogue-list' } }, entries)
      : el('p', { className: 'muted', text: SIDEBAR.noDialogues }),
  ]);
}

function goalsSection(v: CaseView): HTMLElement {
  const goal = draft(textArea(v.goal, 3));
  const roleSplit = draft(textArea(v.roleSplit, 4));
  const save = async () => {
    if (!view) return;
    const next = await run('sidebarSaveGoals', {
      ...refOf(view),
      goal: goal.value,
      roleSplit: roleSplit.value,
    });
    if (!next) return;
    render(next, { cleared: ['goals-goal', 'goals-role-split'], focus: 'goals-save' });
    showNotice(SIDEBAR.goalsSaved);
  };
  return collapsible('goals-section', SIDEBAR.goals, [
    field('goals-goal', SIDEBAR.goal, goal),
    field('goals-role-split', SIDEBAR.roleSplit, roleSplit),
    withId(
      'goals-save',
      button(SIDEBAR.saveGoals, () => void save(), 'primary'),
    ),
  ]);
}

/** 公開: the applicant's consent (read only), the desk's decision, summary and date. */
function publicationSection(v: CaseView): HTMLElement {
  const p = v.publication;
  const decision = draft(
    select(
      PUBLICATION_CHOICES.map((c) => ({ value: c, label: c })),
      p.decision,
    ),
  );
  const summary = draft(textArea(p.summary, 3));
  const date = draft(textInput('date', p.publishedOn));
  const missing = [
    ...(p.realised ? [] : [SIDEBAR.publicationMissing.realised]),
    ...(p.consent === PUBLICATION_CONSENT_CHOICES[0] ? [] : [SIDEBAR.publicationMissing.consent]),
    ...(p.decision === PUBLICATION_CHOICES[0] ? [] : [SIDEBAR.publicationMissing.decision]),
    ...(p.summary ? [] : [SIDEBAR.publicationMissing.summary]),
  ];
  const save = async () => {
    if (!view) return;
    const next = await run('sidebarSavePublication', {
      ...refOf(view),
      decision: decision.value,
      summary: summary.value,
      publishedOn: date.value,
    });
    if (!next) return;
    render(next, {
      cleared: ['publication-decision', 'publication-summary', 'publication-date'],
      focus: 'publication-save',
    });
    showNotice(SIDEBAR.publicationSaved);
  };
  return collapsible('publication-section', SIDEBAR.publication, [
    el('p', {
      attrs: { id: 'publication-consent' },
      text: `${SIDEBAR.publicationConsent}：${p.consent || SIDEBAR.publicationNoAnswer}`,
    }),
    el('p', {
      className: p.listed ? '' : 'muted',
      attrs: { id: 'publication-state' },
      text: p.listed ? SIDEBAR.publicationListed : SIDEBAR.publicationNotListed(missing),
    }),
    field('publication-decision', SIDEBAR.publicationDecision, decision),
    field('publication-summary', SIDEBAR.publicSummary, summary),
    field('publication-date', SIDEBAR.publishedOn, date),
    withId(
      'publication-save',
      button(SIDEBAR.savePublication, () => void save(), 'primary'),
    ),
  ]);
}

function checklistSection(v: CaseView): HTMLElement {
  const items = v.checklist.map((item) => {
    const box = el('input', { attrs: { type: 'checkbox', id: `check-${item.id}` } });
    box.checked = item.done;
    box.addEventListener('change', async () => {
      if (!view) return;
      const done = box.checked;
      const next = await run('sidebarSetChecklistItem', { ...refOf(view), itemId: item.id, done });
      if (!next) {
        box.checked = !done;
        return;
      }
      render(next, { focus: box.id });
      showNotice(SIDEBAR.checklistSaved(item.label, done));
    });
    return el('li', {}, [
      box,
      el('label', { text: item.label, attrs: { for: `check-${item.id}` } }),
    ]);
  });
  return collapsible('checklist-section', SIDEBAR.checklist, [
    el('ul', { className: 'checklist' }, items),
  ]);
}

function documentLinks(documentUrl: string, pdfUrl: string, folderUrl: string): HTMLElement {
  const link = (label: string, url: string) => {
    const href = safeHttpUrl(url);
    return href
      ? el('a', { text: label, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } })
      : el('span', { text: url || SIDEBAR.none });
  };
  return el('dl', { className: 'facts', attrs: { id: 'document-links' } }, [
    el('dt', { text: SIDEBAR.latestDocument }),
    el('dd', {}, [documentUrl ? link(SIDEBAR.openLink, documentUrl) : SIDEBAR.none]),
    el('dt', { text: SIDEBAR.latestPdf }),
    el('dd', {}, [pdfUrl ? link(SIDEBAR.openLink, pdfUrl) : SIDEBAR.none]),
    el('dt', { text: SIDEBAR.caseFolder }),
    el('dd', {}, [folderUrl ? link(SIDEBAR.openLink, folderUrl) : SIDEBAR.none]),
  ]);
}

/** The case whose folder was last asked for: each opening asks once, never in a loop. */
let folderRequestedFor = '';
/** The request in flight: generating waits for it, so two calls never make two folders. */
let folderPreparation: Promise<void> = Promise.resolve();

/**
 * Opening the documents of a case that may have some prepares its Drive folder on the server
 * (once): staff can keep the applicant's materials there, and generating only adds to it.
 */
function prepareCaseFolder(): Promise<void> {
  if (!view || !view.documentKinds.length || view.folder) return folderPreparation;
  if (folderRequestedFor === view.caseNumber) return folderPreparation;
  folderRequestedFor = view.caseNumber;
  folderPreparation = run('sidebarOpenDocuments', refOf(view)).then((prepared) => {
    if (prepared && view) render({ ...view, folder: prepared.folder });
  });
  return folderPreparation;
}

function documentsSection(v: CaseView): HTMLElement {
  const confirmHost = el('div', { attrs: { id: 'document-confirm' } });
  const links = documentLinks(v.latestDocument, v.latestPdf, v.folder);
  if (!v.documentKinds.length) {
    return collapsible('documents-section', SIDEBAR.documents, [
      el('p', { className: 'muted', text: SIDEBAR.noDocumentKinds }),
      links,
    ]);
  }
  const kinds = draft(select(v.documentKinds.map((k) => ({ value: k.kind, label: k.label }))));
  /** Generating and sending add history entries: the case is read again to show them. */
  const refreshThenNotice = async (text: string, focus: string) => {
    if (view) {
      const next = await run('sidebarGetCase', refOf(view));
      if (next) render(next, { focus });
    }
    showNotice(text);
  };
  const generate = async (confirmed: boolean) => {
    await folderPreparation;
    if (!view) return;
    const doc = await run('sidebarGenerateDocument', {
      ...refOf(view),
      kind: kinds.value,
      confirmed,
    });
    if (doc) await refreshThenNotice(SIDEBAR.generated(doc.name, doc.version), 'document-generate');
  };
  const requestGenerate = () => {
    if (!view) return;
    if (!needsRegenerateConfirmation(view, kinds.value)) return void generate(false);
    askConfirm(confirmHost, [SIDEBAR.confirmRegenerate], SIDEBAR.regenerateYes, () => {
      void generate(true);
    });
  };
  const send = async () => {
    if (!view) return;
    const sent = await run('sidebarSendReplyLetter', { ...refOf(view), kind: kinds.value });
    if (sent) await refreshThenNotice(SIDEBAR.sent(sent.sentTo), 'send-reply');
  };
  const sendButton = button(SIDEBAR.sendReply, () => {
    if (view) askConfirm(confirmHost, [SIDEBAR.confirmSend(view.email)], SIDEBAR.sendYes, send);
  });
  sendButton.id = 'send-reply';
  // Only a reply letter (回答書) can be emailed; the button follows the chosen kind.
  const followKind = () => {
    sendButton.hidden = !canEmail(kinds.value);
    confirmHost.replaceChildren();
  };
  kinds.addEventListener('change', followKind);
  followKind();
  const section = collapsible('documents-section', SIDEBAR.documents, [
    field('document-kind', SIDEBAR.documentKind, kinds),
    el('div', { className: 'buttons' }, [
      withId('document-generate', button(SIDEBAR.generate, requestGenerate, 'primary')),
      sendButton,
    ]),
    confirmHost,
    links,
  ]);
  section.addEventListener('toggle', () => {
    if (section.open) void prepareCaseFolder();
  });
  return section;
}

function historySection(v: CaseView): HTMLElement {
  const entries = [...v.history].reverse().map((h) =>
    el('li', {}, [
      el('p', { className: 'meta' }, [el('span', { text: h.at }), ' ', el('span', { text: h.by })]),
      el('p', { className: 'move', text: SIDEBAR.historyMove(h.from, h.to) }),
      h.comment ? el('p', { className: 'body', text: h.comment }) : null,
      h.letterReason
        ? el('p', {
            className: 'body letter-reason',
            text: SIDEBAR.historyLetterReason(h.letterReason),
          })
        : null,
    ]),
  );
  return el('section', { attrs: { id: 'history-section' } }, [
    heading(SIDEBAR.history),
    entries.length
      ? el('ol', { className: 'log', attrs: { id: 'history-list' } }, entries)
      : el('p', { className: 'muted', text: SIDEBAR.noHistory }),
  ]);
}

// ------------------------------------------------------------------ start

async function reload(): Promise<void> {
  const ref = view ? refOf(view) : parseRef(root.dataset.caseRef);
  if (!ref) return showError(SIDEBAR.noCase);
  const next = await run('sidebarGetCase', ref);
  if (next) render(next, { focus: 'reload' });
}

function reloadButton(): HTMLElement {
  return el('p', {}, [
    withId(
      'reload',
      button(SIDEBAR.reload, () => void reload(), 'link'),
    ),
  ]);
}

document.title = SIDEBAR.pageTitle;
content.textContent = SIDEBAR.loading;
// A first load that failed leaves its message and a way to try again.
void reload().then(() => {
  if (!view) content.replaceChildren(reloadButton());
});
