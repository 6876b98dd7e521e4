/**
 * The only place where instants (Date) meet calendar dates. Asia/Tokyo has had a fixed
 * +09:00 offset with no DST since 1951, so a constant offset is exact and avoids depending on
 * the runtime's time-zone database (Apps Script's script time zone may be anything).
 */
import { fromDayNumber, IsoDate, toDayNumber } from './isoDate';

const TOKYO_OFFSET_MS = 9 * 3_600_000;
const MS_PER_DAY = 86_400_000;

/** The Tokyo calendar date of an instant. */
export function toTokyoDate(instant: Date): IsoDate {
  return fromDayNumber(Math.floor((instant.getTime() + TOKYO_OFFSET_MS) / MS_PER_DAY));
}

/** Midnight (00:00) in Tokyo at the start of the given date, as an instant. */
export function fromTokyoDate(iso: IsoDate): Date {
  return new Date(toDayNumber(iso) * MS_PER_DAY - TOKYO_OFFSET_MS);
}

const SHEET_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The instant a spreadsheet's serial number stands for (days since 1899-12-30, the fraction the
 * time of day; the Sheets API's SERIAL_NUMBER), read as Tokyo wall-clock time — the desk's
 * spreadsheets are in Asia/Tokyo (setup sets it; ヘルスチェック reports another zone).
 */
export function fromSheetSerial(serial: number): Date {
  return new Date(SHEET_EPOCH_MS + Math.round(serial * MS_PER_DAY) - TOKYO_OFFSET_MS);
}
