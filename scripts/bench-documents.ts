/**
 * Bench rows of the documents feature (called by scripts/bench.ts): generating an agreement
 * (事業連携協定書) with its PDF at 10, 1,000 and 10,000 cases, the case folder already made (a
 * reply letter was generated first). Versions live in the case's register row, so the cost does
 * not grow with the register. Budget (issue 6): 40 calls and 10 s modeled.
 * A second row shows the first document of a case, which also creates the case folder (two more
 * calls: createFolder and its URL); it is shown without a budget and explained in the README.
 */
import { preloadCases } from '../test/support/workflow';
import { AGREEMENT_DATA, caseAt, documentsDesk, generate } from '../test/support/documents';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];
export const AGREEMENT_BUDGET = { calls: 40, ms: 10_000 };

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
    const fresh = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    if (!generate(desk, fresh, 'partnershipAgreement').ok) throw new Error('bench: refused');
    const first = measure(
      'agreement + PDF (first: makes folder)',
      size,
      desk.host.lastExecution(),
      null,
    );
    return [existing, first];
  });
}

if (require.main === module) console.table(benchDocuments());
