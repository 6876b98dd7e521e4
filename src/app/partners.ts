/**
 * The partner master (事業者 sheet), rebuilt from the register by 事業者一覧を更新 and once a day
 * by the hourly trigger: one read of the register (the span of 案件番号, 受付日時 and 事業者名,
 * found by header), one read of the
 * sheet's own 統合先 column (the merges staff typed) and one batched write. The sheet is created
 * on first use (not by setup, whose onInstall run is close to its 25 s window).
 *
 * Safe to kill and retry: a rebuild only ever writes the whole sheet from the register and the
 * merges it read, under the document lock (so an intake's row and a concurrent rebuild cannot
 * interleave); a run stopped before the write leaves the previous list, and the next run (the
 * next hour, or the menu again) writes it.
 */
import { PARTNER_HEADERS, PARTNER_UI } from '../strings/partners';
import type { RegisterKey } from '../domain/register';
import { readRegisterColumns } from '../store/registerSearch';
import { openPartnerSheet } from '../store/partnersSheet';
import { mergesToJson, mergeTarget, PartnerCase, partnerRows } from '../domain/partners';
import { fiscalYearOfCell } from '../domain/search';
import { organisationKey } from '../domain/organisation';
import { cellAt, headerPositions } from '../domain/sheetHeader';
import { documentProperties } from '../adapters/properties';
import { activeSpreadsheet } from '../adapters/sheets';
import { requireDeskStaff } from '../store/access';
import { deskSettings } from '../store/settings';
import { withDeskLock } from '../store/deskLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export const PARTNER_PROP = {
  /** Tokyo day the hourly trigger last rebuilt the list. */
  refreshedOn: 'partners.refreshedOn',
  /** The merges staff typed, resolved (key → final target), for intake's repeat-proposer note. */
  merges: 'partners.merges',
} as const;

const PARTNER_KEYS: readonly RegisterKey[] = ['caseNumber', 'receivedAt', 'organisation'];
/**
 * The merges staff typed: key → target key (blank targets and self-merges left out), from the
 * sheet as read (header row first), the key and 統合先 columns found by header — a column staff
 * moved or inserted before the rebuild is read where it is.
 */
function mergesOf(sheetRows: unknown[][]): Map<string, string> {
  const [header = [], ...rows] = sheetRows;
  const [keyAt, mergeAt] = headerPositions(header, [PARTNER_HEADERS[0], '統合先']);
  const merges = new Map<string, string>();
  for (const row of rows) {
    const key = organisationKey(cellAt(row, keyAt));
    const target = mergeTarget(cellAt(row, mergeAt));
    if (key && target && key !== target) merges.set(key, target);
  }
  return merges;
}

/**
 * Rebuilds the 事業者 sheet; returns how many organisations it lists (merged ones apart). The
 * merges are kept in document properties too (one call, only when they changed), so the next
 * intake counts a merged organisation's cases as its target's.
 */
export function rebuildPartners(
  ss: Spreadsheet,
  props: Properties,
  all: Record<string, string>,
): number {
  // The columns it needs, found by header: one read of their span.
  const register = readRegisterColumns(ss, PARTNER_KEYS);
  if (!register) throw new Error(PARTNER_UI.noRegister);
  // A field the register lacks (a renamed header) reads as nothing.
  const at = (key: RegisterKey, i: number) => register[key]?.[i];
  const cases: PartnerCase[] = [];
  (register.caseNumber ?? []).forEach((caseNumber, i) => {
    if (String(caseNumber ?? '').trim() === '') return;
    cases.push({
      caseNumber: String(caseNumber),
      organisation: String(at('organisation', i) ?? ''),
      fiscalYear: fiscalYearOfCell(at('receivedAt', i)),
    });
  });
  const sheet = openPartnerSheet(ss);
  const merges = mergesOf(sheet.previous);
  const rows = partnerRows(cases, merges);
  sheet.rewrite(
    [
      [...PARTNER_HEADERS],
      ...rows.map((r) => [
        `'${r.key}`,
        r.name === '' ? '' : `'${r.name}`,
        r.count,
        r.caseNumbers,
        r.firstFiscalYear,
        r.lastFiscalYear,
        r.mergeInto === '' ? '' : `'${r.mergeInto}`,
      ]),
    ],
    PARTNER_HEADERS.length,
  );
  const mergesJson = mergesToJson(merges);
  if ((all[PARTNER_PROP.merges] ?? '{}') !== mergesJson) {
    props.setProperty(PARTNER_PROP.merges, mergesJson);
  }
  return rows.filter((r) => r.mergeInto === '').length;
}

/** 公民連携 › 事業者一覧を更新. */
export function refreshPartnersFromMenu(): string {
  return withDeskLock(
    'partners',
    () => {
      const props = documentProperties();
      const all = props.getProperties();
      const ss = activeSpreadsheet();
      requireDeskStaff(deskSettings(all, ss));
      return PARTNER_UI.refreshed(rebuildPartners(ss, props, all));
    },
    () => {
      throw new Error(PARTNER_UI.busy);
    },
  );
}

/**
 * The hourly trigger, once a day (the caller holds the lock and has read every document
 * property). Null when already rebuilt today.
 */
export function refreshPartnersIfDue(
  run: { spreadsheet: () => Spreadsheet; props: Properties; all: Record<string, string> },
  today: string,
): number | null {
  if (run.all[PARTNER_PROP.refreshedOn] === today) return null;
  const count = rebuildPartners(run.spreadsheet(), run.props, run.all);
  run.props.setProperty(PARTNER_PROP.refreshedOn, today);
  return count;
}
