/**
 * The partner master (事業者 sheet): one row per organisation key with its cases across fiscal
 * years, built from the register. Staff merge two organisations the normaliser kept apart by
 * typing the other row's key into 統合先: the merged row keeps its key and 統合先 (so the merge
 * survives every rebuild) and its cases count under the target. Pure.
 */
import { organisationKey } from './organisation';

export interface PartnerCase {
  caseNumber: string;
  organisation: string;
  /** Fiscal year of receipt, or null when the register holds no readable date. */
  fiscalYear: number | null;
}

export interface PartnerRow {
  key: string;
  name: string;
  count: number | '';
  caseNumbers: string;
  firstFiscalYear: number | '';
  lastFiscalYear: number | '';
  mergeInto: string;
}

const CASE_SEPARATOR = '、';

/**
 * Where each key's cases count: the end of its 統合先 chain (a → b → c counts under c). A chain
 * that loops, or a target that is blank, leaves the key where it is.
 */
export function resolveMerges(merges: ReadonlyMap<string, string>): Map<string, string> {
  const resolved = new Map<string, string>();
  for (const start of merges.keys()) {
    const seen = new Set([start]);
    let current = start;
    let loops = false;
    for (let next = merges.get(current); next; next = merges.get(current)) {
      if (seen.has(next)) {
        loops = true;
        break;
      }
      seen.add(next);
      current = next;
    }
    if (!loops && current !== start) resolved.set(start, current);
  }
  return resolved;
}

/**
 * The merges as kept for intake (document property, JSON of key → final target), and the key a
 * case counts under: an organisation staff merged into another is the other at the next intake.
 */
export function mergesToJson(merges: ReadonlyMap<string, string>): string {
  return JSON.stringify(Object.fromEntries([...resolveMerges(merges)].sort()));
}

export function canonicalKeyOf(json: string | undefined): (key: string) => string {
  let merges: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    if (parsed && typeof parsed === 'object') merges = parsed as Record<string, unknown>;
  } catch {
    // A damaged value merges nothing: each key stands for itself until the next rebuild.
  }
  return (key) => {
    const target = merges[key];
    return typeof target === 'string' && target !== '' ? target : key;
  };
}

/** 統合先 as staff typed it: a key, or a name (normalised the same way). */
export function mergeTarget(typed: string): string {
  return organisationKey(typed);
}

/**
 * The 事業者 rows: organisations by key in order of their first case, each with its count, case
 * numbers and first and last fiscal year; then merged keys, each pointing at its target.
 */
export function partnerRows(
  cases: readonly PartnerCase[],
  merges: ReadonlyMap<string, string> = new Map(),
): PartnerRow[] {
  const into = resolveMerges(merges);
  const groups = new Map<string, { name: string; numbers: string[]; years: number[] }>();
  const merged = new Map<string, string>();
  for (const c of cases) {
    const own = organisationKey(c.organisation);
    if (!own || !c.caseNumber) continue;
    const key = into.get(own) ?? own;
    if (key !== own && !merged.has(own)) merged.set(own, c.organisation);
    const group = groups.get(key) ?? { name: '', numbers: [], years: [] };
    if (key === own) group.name = c.organisation; // the latest spelling of the organisation
    group.name ||= c.organisation;
    group.numbers.push(c.caseNumber);
    if (c.fiscalYear !== null) group.years.push(c.fiscalYear);
    groups.set(key, group);
  }
  const rows: PartnerRow[] = [...groups].map(([key, g]) => ({
    key,
    name: g.name,
    count: g.numbers.length,
    caseNumbers: g.numbers.join(CASE_SEPARATOR),
    firstFiscalYear: g.years.length ? Math.min(...g.years) : '',
    lastFiscalYear: g.years.length ? Math.max(...g.years) : '',
    mergeInto: '',
  }));
  for (const [key, target] of merges) {
    if (!target) continue;
    rows.push({
      key,
      name: merged.get(key) ?? '',
      count: '',
      caseNumbers: '',
      firstFiscalYear: '',
      lastFiscalYear: '',
      mergeInto: target,
    });
  }
  return rows;
}

/** An earlier case of the same organisation, as the intake reads it from the register. */
export interface EarlierCase {
  caseNumber: string;
  title: string;
  status: string;
}

export interface PartnerMatch {
  /** How many earlier cases the register holds under the same organisation key. */
  earlier: number;
  /** Earlier cases read (the latest ones), numbers only. */
  caseNumbers: string[];
  /** Of those, the open ones whose title is similar to the new one's. */
  similarOpen: EarlierCase[];
}

function bigrams(text: string): string[] {
  const t = searchKey(text);
  if (t.length < 2) return t ? [t] : [];
  return Array.from({ length: t.length - 1 }, (_, i) => t.slice(i, i + 2));
}

function searchKey(text: string): string {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・･、。,.「」『』()（）]/g, '');
}

/** How similar two titles read: 1 for the same text, 0 for nothing shared (Dice on bigrams). */
export function titleSimilarity(a: string, b: string): number {
  const [x, y] = [searchKey(a), searchKey(b)];
  if (!x || !y) return 0;
  if (x === y || x.includes(y) || y.includes(x)) return 1;
  const left = bigrams(x);
  const right = new Map<string, number>();
  for (const g of bigrams(y)) right.set(g, (right.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of left) {
    const n = right.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      right.set(g, n - 1);
    }
  }
  return (2 * shared) / (left.length + bigrams(y).length);
}

/** Titles at least this similar are pointed out to the desk (e.g. the same proposal re-sent). */
export const SIMILAR_TITLE = 0.5;

/** What the desk notice says about the organisation's earlier cases; null for a first proposal. */
export function partnerMatch(
  title: string,
  earlier: number,
  read: readonly EarlierCase[],
  isOpenStatus: (status: string) => boolean,
): PartnerMatch | null {
  if (earlier === 0) return null;
  return {
    earlier,
    caseNumbers: read.map((c) => c.caseNumber),
    similarOpen: read.filter(
      (c) => isOpenStatus(c.status) && titleSimilarity(title, c.title) >= SIMILAR_TITLE,
    ),
  };
}
