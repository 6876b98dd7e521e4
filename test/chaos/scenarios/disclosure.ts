/**
 * Chaos scenarios of the disclosure case file (src/app/documents/disclosure.ts; see
 * test/chaos/harness.ts): killed or failed at every call, then recovered as the product offers —
 * the same request sent again (google.script.run), or the menu item clicked again (a new request).
 * Checked after recovery: the common invariants, the documents' (every live disclosure file is a
 * version 文書の版 records, one Doc and one PDF each, one history row each; no orphan or twin
 * anywhere, My Drive's root included), no intent left pending, and no private marker in any live
 * disclosure Doc or PDF.
 */
import type { Interleaving, InjectedFault, Scenario, World } from '../harness';
import { commonInvariants, documentProperties, registerRows } from '../invariants/common';
import { documentInvariants } from '../invariants/documents';
import { readVersions } from '../../../src/domain/documents';
import { DISCLOSURE_LABEL } from '../../../src/strings/disclosure';
import { clickMenu, MENU, STAFF } from '../../support/desk';
import { leakedMarkers } from '../../support/disclosureCorpus';
import {
  CaseRef,
  createDisclosure,
  disclosureCase,
  disclosureDesk,
  disclosureText,
  pdfText,
} from '../../support/disclosure';
import { selectRow } from '../../support/workflow';

const REQUEST_ID = 'req-disclosure-chaos-0001';

interface DisclosureWorld extends World {
  ref: CaseRef;
}

function disclosureWorld(prepare: (w: DisclosureWorld) => void = () => {}): DisclosureWorld {
  const desk = disclosureDesk();
  const ref = disclosureCase(desk);
  const world: DisclosureWorld = { desk, ref };
  prepare(world);
  selectRow(desk, ref.row);
  return world;
}

function request(id: string): (w: World) => void {
  return (w) => void createDisclosure(w.desk, (w as DisclosureWorld).ref, id);
}

function clickAgain(w: World): void {
  clickMenu(w.desk, MENU.createDisclosureRecord);
}

/** The version of the case file 文書の版 records. */
function recordedVersion(w: World): number {
  const row = registerRows(w.desk).find(
    (r) => r.get('caseNumber') === (w as DisclosureWorld).ref.caseNumber,
  );
  return readVersions(row?.get('documentVersions')).get(DISCLOSURE_LABEL) ?? 0;
}

/** No marker in any live disclosure file; no disclosure intent pending; the version expected. */
function disclosureInvariants(w: World, versions: readonly number[]): string[] {
  const found: string[] = [];
  const files = w.desk.ws.drive
    .all()
    .filter((f) => !f.trashed && f.name.includes(DISCLOSURE_LABEL));
  for (const f of files) {
    const text = f.name.endsWith('.pdf') ? pdfText(w.desk, f.id) : disclosureText(w.desk, f.id);
    const leaked = leakedMarkers(text, STAFF);
    if (leaked.length) found.push(`live ${f.name} shows ${leaked.join(', ')}`);
  }
  for (const [key, value] of Object.entries(documentProperties(w.desk))) {
    if (key.startsWith('documents.disclosure.') && JSON.parse(value).pending) {
      found.push(`intent left pending: ${key}`);
    }
  }
  const version = recordedVersion(w);
  if (!versions.includes(version)) {
    found.push(`文書の版 records v${version} of the case file, expected ${versions.join(' or ')}`);
  }
  return found;
}

function check(versions: readonly number[]) {
  return (w: World, fault: InjectedFault | null): string[] => [
    ...commonInvariants(w.desk, fault),
    ...documentInvariants(w.desk),
    ...disclosureInvariants(w, versions),
  ];
}

export const scenarios: Scenario[] = [
  {
    name: 'disclosure: case file (same request again; folder made by it)',
    arrange: () => disclosureWorld(),
    act: request(REQUEST_ID),
    target: 'sidebarCreateDisclosureRecord',
    recover: request(REQUEST_ID),
    check: check([1]),
  },
  {
    name: 'disclosure: second version (same request again)',
    arrange: () => disclosureWorld((w) => request('req-disclosure-arrange-v1')(w)),
    act: request(REQUEST_ID),
    target: 'sidebarCreateDisclosureRecord',
    recover: request(REQUEST_ID),
    check: check([2]),
  },
  {
    // A new click is a new request: an attempt 文書の版 records is completed (then the click makes
    // the next version); one it does not is trashed and made again with the same number.
    name: 'disclosure: menu item clicked again',
    arrange: () => disclosureWorld(),
    act: clickAgain,
    target: 'menuCreateDisclosureRecord',
    recover: clickAgain,
    check: (w, fault) => check(fault ? [1, 2] : [2])(w, fault),
  },
];

export const interleavings: Interleaving[] = [
  {
    name: 'disclosure: two requests for one case',
    arrange: () => disclosureWorld(),
    act: request('req-disclosure-first-0001'),
    target: 'sidebarCreateDisclosureRecord',
    during: request('req-disclosure-second-0001'),
    recover: (w) => {
      // Each person presses their button again after a failure (a no-op once done).
      request('req-disclosure-second-0001')(w);
      request('req-disclosure-first-0001')(w);
    },
    check: check([2]),
  },
];
