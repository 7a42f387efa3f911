/** Finds the calendar dates that news text writes out ("February 2, 2026", "07 December 2025"). */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'giu');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'giu');

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(prefix)) + 1;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Every full date written in `text`, as ISO `YYYY-MM-DD`, in order of appearance. */
export function findDates(text: string): string[] {
  const found: { at: number; date: string }[] = [];
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const date = iso(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
    if (date) found.push({ at: m.index, date });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const date = iso(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
    if (date) found.push({ at: m.index, date });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

/** True when the line is nothing but a date ("Tuesday, January 14, 2025") or an "Updated …" stamp. */
export function isDateLine(line: string): boolean {
  const rest = line
    .replace(/^updated\s+/iu, '')
    .replace(MONTH_DAY_YEAR, '')
    .replace(DAY_MONTH_YEAR, '')
    .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu, '')
    .replace(/[\s,|]+/gu, '');
  return rest.length === 0 && findDates(line).length > 0;
}
