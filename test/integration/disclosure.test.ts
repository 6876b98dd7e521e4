/**
 * The disclosure case file on the built bundle (issue 13 item 4): the menu item and the
 * google.script.run handler make a Google Doc and its PDF in the case folder, masked (the marker
 * corpus), recorded in 文書の版 and the history, and exactly once per request.
 */
import { clickMenu, Desk, MENU, STAFF } from '../support/desk';
import { cell } from '../support/documents';
import { leakedMarkers, PUBLIC } from '../support/disclosureCorpus';
import {
  createDisclosure,
  disclosureCase,
  disclosureDesk,
  disclosureFile,
  disclosureText,
  pdfText,
} from '../support/disclosure';
import { historyRows, selectRow } from '../support/workflow';
import { DISCLOSURE_TEXT } from '../../src/strings/disclosure';

const LABEL = '情報公開用案件記録';

function liveFiles(desk: Desk, name: string) {
  return desk.ws.drive.all().filter((f) => !f.trashed && f.name === name);
}

describe('情報公開用の案件記録', () => {
  let desk: Desk;
  let ref: { row: number; caseNumber: string };
  beforeAll(() => {
    desk = disclosureDesk();
    ref = disclosureCase(desk);
  });

  it('makes a masked Doc and its PDF in the case folder, recorded in 文書の版 and the history', () => {
    const file = disclosureFile(desk, ref, 'req-disclosure-int-0001');
    expect(file.name).toBe(`${ref.caseNumber}_${LABEL}_v1`);
    const doc = desk.ws.drive.get(file.documentId)!;
    const pdf = desk.ws.drive.get(file.pdfId)!;
    const folderId = /folders\/([-\w]+)/.exec(String(cell(desk, ref.row, 'folder')))![1];
    expect(doc.parents).toEqual([folderId]);
    expect(pdf.parents).toEqual([folderId]);
    expect(pdf.mimeType).toBe('application/pdf');

    const text = disclosureText(desk, file.documentId);
    expect(leakedMarkers(text, STAFF)).toEqual([]);
    expect(leakedMarkers(pdfText(desk, file.pdfId), STAFF)).toEqual([]);
    expect(text).toContain(DISCLOSURE_TEXT.reviewNotice);
    expect(text).toContain(PUBLIC.title);
    expect(text).toContain(PUBLIC.organisation);
    expect(text).toContain('■■■');
    for (const heading of Object.values(DISCLOSURE_TEXT.sections)) expect(text).toContain(heading);
    // The dialogues the corpus recorded are in, masked.
    expect(text).toContain('実証の範囲を確認した。');

    expect(String(cell(desk, ref.row, 'documentVersions'))).toContain(`${LABEL}:1`);
    expect(String(cell(desk, ref.row, 'latestDocument'))).toBe('');
    const rows = historyRows(desk).filter((r) => String(r[5]).includes(file.name));
    expect(rows).toHaveLength(1);
  });

  it('the same request again returns the first result and makes nothing', () => {
    const before = desk.ws.drive.all().length;
    const again = disclosureFile(desk, ref, 'req-disclosure-int-0001');
    expect(again.version).toBe(1);
    expect(desk.ws.drive.all().length).toBe(before);
  });

  it('a new request makes the next version beside the first, which stays as it was', () => {
    const first = desk.ws.documents.renderText(
      liveFiles(desk, `${ref.caseNumber}_${LABEL}_v1`)[0].id,
    );
    const second = disclosureFile(desk, ref, 'req-disclosure-int-0002');
    expect(second.version).toBe(2);
    expect(liveFiles(desk, `${ref.caseNumber}_${LABEL}_v1`)).toHaveLength(1);
    expect(liveFiles(desk, `${ref.caseNumber}_${LABEL}_v2`)).toHaveLength(1);
    expect(liveFiles(desk, `${ref.caseNumber}_${LABEL}_v2.pdf`)).toHaveLength(1);
    expect(
      desk.ws.documents.renderText(liveFiles(desk, `${ref.caseNumber}_${LABEL}_v1`)[0].id),
    ).toBe(first);
    expect(String(cell(desk, ref.row, 'documentVersions'))).toContain(`${LABEL}:2`);
  });

  it('the menu item makes the file for the selected row and says where it is', () => {
    selectRow(desk, ref.row);
    const outcome = clickMenu(desk, MENU.createDisclosureRecord);
    expect(outcome.error).toBeUndefined();
    expect(liveFiles(desk, `${ref.caseNumber}_${LABEL}_v3`)).toHaveLength(1);
    const alert = desk.ws.ui.alerts[desk.ws.ui.alerts.length - 1];
    expect(JSON.stringify(alert)).toContain(`${ref.caseNumber}_${LABEL}_v3`);
  });

  it('the menu item refuses without a selected case row', () => {
    selectRow(desk, 1);
    const before = desk.ws.drive.all().length;
    clickMenu(desk, MENU.createDisclosureRecord);
    expect(desk.ws.drive.all().length).toBe(before);
  });

  it('someone not listed as desk staff is refused', () => {
    const result = createDisclosure(desk, ref, 'req-disclosure-int-0009', 'stranger@example.com');
    expect(result.ok).toBe(false);
  });
});
