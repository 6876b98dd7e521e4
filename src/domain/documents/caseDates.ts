/**
 * Dates staff type into the register, read defensively: a date value (getValues gives Date for
 * date cells), or text as people write it: 2026-07-01, 2026/7/1, 2026.7.1, 2026年7月1日,
 * 令和8年7月1日, 令和元年5月1日, R8.7.1 — full-width digits included.
 */
import { formatIsoDate, IsoDate, isIsoDate } from '../calendar/isoDate';
import { toTokyoDate } from '../calendar/tokyoTime';
import { ERAS } from '../wareki';

export type CaseDate = { kind: 'blank' } | { kind: 'date'; iso: IsoDate } | { kind: 'unreadable' };

const WESTERN = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;
const ERA =
  /^(令和|平成|昭和|大正|明治|[RHSTM])\s*(元|\d{1,2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?$/i;
const ERA_LETTERS: Record<string, string> = {
  R: '令和',
  H: '平成',
  S: '昭和',
  T: '大正',
  M: '明治',
};

export function readCaseDate(value: unknown): CaseDate {
  if (isDateValue(value)) {
    return Number.isNaN(value.getTime())
      ? { kind: 'unreadable' }
      : { kind: 'date', iso: toTokyoDate(value) };
  }
  const text = String(value ?? '')
    .normalize('NFKC')
    .trim()
    .replace(/^'/, '');
  if (text === '') return { kind: 'blank' };
  const iso = parseWestern(text) ?? parseEra(text);
  return iso ? { kind: 'date', iso } : { kind: 'unreadable' };
}

/** Dates made in another realm (the Apps Script sandbox) fail instanceof, so check the tag. */
function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function parseWestern(text: string): IsoDate | null {
  const match = WESTERN.exec(text);
  if (!match) return null;
  return validIso(Number(match[1]), Number(match[2]), Number(match[3]));
}

function parseEra(text: string): IsoDate | null {
  const match = ERA.exec(text);
  if (!match) return null;
  const eraName = ERA_LETTERS[match[1].toUpperCase()] ?? match[1];
  const era = ERAS.find((candidate) => candidate.name === eraName);
  if (!era) return null;
  const eraYear = match[2] === '元' ? 1 : Number(match[2]);
  if (eraYear < 1) return null;
  const iso = validIso(
    Number(era.start.slice(0, 4)) + eraYear - 1,
    Number(match[3]),
    Number(match[4]),
  );
  // 平成31年5月1日 does not exist (令和 began that day): such a date is a typing mistake.
  if (!iso || iso < era.start) return null;
  const next = ERAS[ERAS.indexOf(era) - 1];
  return next && iso >= next.start ? null : iso;
}

function validIso(y: number, m: number, d: number): IsoDate | null {
  const iso = formatIsoDate({ y, m, d });
  return isIsoDate(iso) ? iso : null;
}
