/**
 * Calendar fields of an instant in Japan time (calendar/tokyoTime.ts converts whole dates). Japan has had no daylight saving time since 1951,
 * so a fixed +09:00 offset is exact and needs no Intl (which Apps Script's V8 does not promise).
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface TokyoParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function tokyoParts(instant: Date): TokyoParts {
  const shifted = new Date(instant.getTime() + JST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** 'YYYY/MM/DD HH:mm' of the instant in Japan, for texts people read. */
export function tokyoDateTimeText(instant: Date): string {
  const p = tokyoParts(instant);
  return `${p.year}/${pad(p.month)}/${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
