/**
 * Writes src/domain/calendar/holidays.generated.ts from @holiday-jp/holiday_jp.
 *
 * Run: npx tsx scripts/generate-holidays.ts
 *
 * Why a generated table instead of importing the package at runtime: Apps Script parses the
 * whole bundle on every execution, and the package ships ~80 years of holidays as verbose
 * objects. We keep a bounded range as one short string per year ("MMDD名前,MMDD名前,…").
 * Regenerate after updating the package (new holidays are announced each February for the
 * following year) or to move the range.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const FIRST_YEAR = 2019;
const LAST_YEAR = 2035;

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);

const packageJsonPath = require.resolve('@holiday-jp/holiday_jp/package.json');
const packageVersion = (JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string })
  .version;
const holidays = require('@holiday-jp/holiday_jp/lib/holidays.js') as Record<
  string,
  { date: string; name: string }
>;

const byYear = new Map<number, string[]>();
for (const { date, name } of Object.values(holidays)) {
  const year = Number(date.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) continue;
  if (/[,']/.test(name)) throw new Error(`holiday name would break the encoding: ${name}`);
  const codes = byYear.get(year) ?? [];
  codes.push(date.slice(5, 7) + date.slice(8, 10) + name);
  byYear.set(year, codes);
}

const lines: string[] = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const codes = (byYear.get(year) ?? []).sort();
  if (codes.length === 0) throw new Error(`no holidays for ${year} in the source package`);
  lines.push(`  ${year}: '${codes.join(',')}',`);
}

const output = `/**
 * GENERATED FILE — do not edit by hand. Regenerate with: npx tsx scripts/generate-holidays.ts
 *
 * Japanese national holidays (国民の祝日, 振替休日, 国民の休日) ${FIRST_YEAR}–${LAST_YEAR}.
 * Source: npm package @holiday-jp/holiday_jp ${packageVersion} (data from the Cabinet Office list).
 * Format: one string per year, comma-separated entries of MMDD followed by the holiday name.
 */
export const HOLIDAY_SOURCE = '@holiday-jp/holiday_jp ${packageVersion}';
export const HOLIDAY_FIRST_YEAR = ${FIRST_YEAR};
export const HOLIDAY_LAST_YEAR = ${LAST_YEAR};

export const HOLIDAYS_BY_YEAR: Readonly<Record<number, string>> = {
${lines.join('\n')}
};
`;

const target = join(root, 'src/domain/calendar/holidays.generated.ts');
writeFileSync(target, output);
console.log(`wrote ${target} (${output.length} chars, ${FIRST_YEAR}–${LAST_YEAR})`);
