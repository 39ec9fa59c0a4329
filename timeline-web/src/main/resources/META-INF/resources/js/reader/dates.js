// Days since 1970-01-01 (UTC), the unit the page's data-start/data-end attributes use.
const MS = 864e5;
export const YEAR = 365.2425;

export function dayOf(y, m = 0, d = 1) {
  const t = new Date(0);
  t.setUTCFullYear(y, m, d); // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are
  return Math.round(t.getTime() / MS);
}

export const dateOf = day => new Date(Math.floor(day) * MS);

export const iso = day => dateOf(day).toISOString().slice(0, 10);

/**
 * The days a filter value covers, [first, day after last], for the plain forms 2021, 2021-06 and
 * 2021-06-16; null for anything else (seasons, decades, BCE), which the server then reads.
 */
export function span(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec((value || '').trim());
  if (!m) return null;
  const y = +m[1], mo = m[2] ? m[2] - 1 : -1, d = m[3] ? +m[3] : 0;
  if (mo > 11 || (m[2] && mo < 0) || (m[3] && (d < 1 || dateOf(dayOf(y, mo, d)).getUTCDate() !== d))) return null;
  if (mo < 0) return [dayOf(y), dayOf(y + 1)];
  if (!d) return [dayOf(y, mo), dayOf(y, mo + 1)];
  return [dayOf(y, mo, d), dayOf(y, mo, d) + 1];
}

// Tick steps from a day to a millennium.
const STEPS = [[1, 'd'], [7, 'd'], [1, 'm'], [3, 'm'], [1, 'y'], [2, 'y'], [5, 'y'], [10, 'y'], [25, 'y'],
  [50, 'y'], [100, 'y'], [250, 'y'], [500, 'y'], [1000, 'y']];
const LENGTH = { d: 1, m: 30.44, y: YEAR };


// The axis's strip of dates, as the server draws it (AxisLayout.ticks): the finest step whose short labels
// stay apart (45px for "2021", 36 for "Mar", 28 for "12"); under months each year, under days each month, is named on a line
// above where it begins, and the one the view starts in at its left edge.
const SHORT = { d: { day: 'numeric' }, m: { month: 'short' }, y: { year: 'numeric' } };
const SPACING = { y: 45, m: 36, d: 28 };
const MAJOR = { d: { month: 'short', year: 'numeric' }, m: { year: 'numeric' } };

export function dateTicks(start, end, pxPerDay, lang, bce = '%y BCE') {
  const [n, u] = STEPS.find(([n, u]) => n * LENGTH[u] * pxPerDay >= SPACING[u]) || STEPS[STEPS.length - 1];
  const short = new Intl.DateTimeFormat(lang, { ...SHORT[u], timeZone: 'UTC' });
  // Year 0 of the calendar the script counts in is 1 BCE, -43 is 44 BCE: written as the server writes them.
  const yearText = date => date.getUTCFullYear() > 0 ? null : bce.replace('%y', String(1 - date.getUTCFullYear()));
  const format = { format: date => (u === 'y' && yearText(date)) || short.format(date) };
  const first = dateOf(start);
  let y = first.getUTCFullYear(), m = first.getUTCMonth(), d = first.getUTCDate();
  if (u === 'y') { y = Math.floor(y / n) * n; m = 0; d = 1; }
  if (u === 'm') { m = Math.floor(m / n) * n; d = 1; }
  const minor = [];
  for (let i = 0; i < 400; i++) {
    const day = dayOf(y, m, d);
    if (day > end) break;
    // A label at the right edge would be cut off.
    if (day >= start && (day - start) * pxPerDay <= (end - start) * pxPerDay - 24) minor.push({ day, label: format.format(dateOf(day)), major: false });
    if (u === 'y') y += n; else if (u === 'm') m += n; else d += n;
  }
  if (u === 'y') return minor;
  const long = new Intl.DateTimeFormat(lang, { ...MAJOR[u], timeZone: 'UTC' });
  const big = { format: date => (u === 'm' && yearText(date)) || long.format(date) };
  const major = [];
  y = first.getUTCFullYear(); m = u === 'm' ? 0 : first.getUTCMonth();
  for (let i = 0; i < 400; i++) {
    const day = dayOf(y, m, 1);
    if (day > end) break;
    if ((day - start) * pxPerDay < (end - start) * pxPerDay - 80) major.push({ day: Math.max(day, start), label: big.format(dateOf(day)), major: true });
    if (u === 'm') y++; else m++;
  }
  if (major.length > 1 && (major[1].day - start) * pxPerDay < 120) major.shift();
  return [...major, ...minor];
}
