/**
 * Bench rows of the documents feature (called by scripts/bench.ts): generating an agreement
 * (事業連携協定書) with its PDF at 10, 1,000 and 10,000 cases, the case folder already made (a
 * reply letter was generated first). Versions live in the case's register row, so the cost does
 * not grow with the register. Budget: 48 calls and 10 s modeled (issue 10: the lock, the intent
 * records and the checks of src/store/intents.ts made it 40 + 8).
 * The sidebar prepares a case's folder when its documents are opened (its own row), so the first
 * agreement of a case stays within the budget too. Called without that step, generation makes the
 * folder itself (six more calls: the folder's intent, createFolder, its URL and the register
 * link) — shown without a budget.
 */
import { preloadCases } from '../test/support/workflow';
import { AGREEMENT_DATA, caseAt, documentsDesk, generate } from '../test/support/documents';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];
export const AGREEMENT_BUDGET = { calls: 48, ms: 10_000 };

export function benchDocuments(sizes = SIZES): BenchRow[] {
  return sizes.flatMap((size) => {
    const desk = documentsDesk();
    preloadCases(desk, size);
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const reply = generate(desk, ref, 'replyAccepted');
    const agreement = generate(desk, ref, 'partnershipAgreement');
    if (!reply.ok || !agreement.ok) throw new Error('bench: generation refused');
    const existing = measure(
      'agreement + PDF (folder exists)',
      size,
      desk.host.lastExecution(),
      AGREEMENT_BUDGET,
    );
    // The sidebar opens a case's documents before anything is generated: that prepares the folder.
    const opened = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    desk.host.scriptRun(desk.spreadsheetId, 'sidebarOpenDocuments', [opened]);
    const open = measure('open documents (makes folder)', size, desk.host.lastExecution(), null);
    if (!generate(desk, opened, 'partnershipAgreement').ok) throw new Error('bench: refused');
    const afterOpen = measure(
      'agreement + PDF (first of case)',
      size,
      desk.host.lastExecution(),
      AGREEMENT_BUDGET,
    );
    // Called without the sidebar (no folder yet), generation makes the folder itself: 2 more.
    const fresh = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    if (!generate(desk, fresh, 'partnershipAgreement').ok) throw new Error('bench: refused');
    const first = measure('agreement + PDF (no folder yet)', size, desk.host.lastExecution(), null);
    return [existing, open, afterOpen, first];
  });
}

if (require.main === module) console.table(benchDocuments());
