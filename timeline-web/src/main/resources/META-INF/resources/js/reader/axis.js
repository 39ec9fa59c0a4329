// Draws the axis to scale: a strip of dates on top, era bands, and headline cards in rows; what finds no
// row is counted in a cluster ("+7") on the row below, which opens a list of its milestones. The layout is
// the server's (AxisLayout.java), in pixels for this screen. Lanes are drawn by lanes.js.
import { dateTicks, dayOf, dateOf } from './dates.js';


const CARD_GAP = 8;  // px between cards, and between clusters
const CARD_H = 34, ROW_H = 38, MORE_W = 40, MORE_H = 22;
const DATES = 32;     // px: the strip of dates
const ERA_NAMES = 16; // px: era names, under the dates

export const h = (tag, cls, text) => {
  const e = document.createElement(tag);
  e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

/**
 * The form of a message for count n: the message holds its forms between '|' as the server's PluralForms
 * reads them (two: one and the rest; three: the East Slavic one, few and many).
 */
export function plural(text, n) {
  const forms = text.split('|');
  if (forms.length === 2) return forms[n === 1 ? 0 : 1];
  if (forms.length === 3) {
    const last = n % 10, lastTwo = n % 100;
    if (last === 1 && lastTwo !== 11) return forms[0];
    return forms[last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 1 : 2];
  }
  return forms[0];
}

/**
 * What lies behind the milestones: era bands (with their names when there is room) and, on big timelines,
 * a bar per year as high as its count, so spans the page has not loaded are not empty; and the strip of
 * dates, which lies above them.
 */
export function backdrop(m, x, width, names) {
  const [s, e] = m.view, behind = [];
  for (const era of m.eras) {
    if (era.end <= s || era.start >= e) continue;
    const l = Math.max(0, x(era.start)), band = h('div', 'tl-axis__era');
    band.style.left = l + 'px';
    band.style.width = (Math.min(width, x(era.end)) - l) + 'px';
    if (names) band.append(h('span', 'tl-axis__era-name', era.name));
    behind.push(band);
  }
  const most = Math.max(1, ...m.density.map(d => d.count));
  for (const d of m.density) {
    if (d.end <= s || d.start >= e) continue;
    const bar = h('div', 'tl-axis__density');
    bar.style.left = x(d.start) + 'px';
    bar.style.width = Math.max(1, x(d.end) - x(d.start) - 1) + 'px';
    bar.style.height = Math.max(2, Math.round(16 * d.count / most)) + 'px';
    behind.push(bar);
  }
  const dates = h('div', 'tl-axis__dates');
  for (const t of dateTicks(s, e, width / (e - s), m.lang, m.bceText)) {
    const tick = h('span', 'tl-axis__tick' + (t.major ? ' tl-axis__tick--major' : ''), t.label);
    tick.style.left = Math.max(0, x(t.day)) + 'px';
    dates.append(tick);
  }
  for (const el of [...behind, dates]) el.setAttribute('aria-hidden', 'true');
  return [behind, dates];
}

/**
 * Places cards as the server does: the most important first, then the earlier, each in the first row where
 * it keeps a gap to every card; the rest, and the counts of milestones not loaded, go into clusters from
 * the left, each taking what starts under it. Returns { cards: [{ it, x, row }], clusters: [{ x, items,
 * count, start, end }] }. Positions are pixels of the left edge.
 */
export function layoutCards(items, elsewhere, x, width, rows, cardW, first) {
  const order = [...items].sort((a, b) => (a.slug === first ? -1 : b.slug === first ? 1 : 0)
    || a.importance - b.importance || a.start - b.start);
  const taken = Array.from({ length: rows }, () => []);
  // What finds no row, by where it starts: "pos", not "at", for a property named "at" makes the compiler add
  // its polyfills of Array.prototype.at and its kin, a kilobyte gzipped the page would carry for nothing.
  const cards = [], left = [];
  for (const it of order) {
    const pos = x(it.start), cx = Math.round(Math.min(Math.max(pos, 0), width - cardW));
    const row = taken.findIndex(r => r.every(([l, rr]) => cx >= rr + CARD_GAP || l >= cx + cardW + CARD_GAP));
    if (row < 0) left.push({ pos, count: 1, start: it.start, end: it.end, it });
    else {
      taken[row].push([cx, cx + cardW]);
      cards.push({ it, x: cx, row });
    }
  }
  for (const e of elsewhere) if (e.count > 0) left.push({ pos: Math.max(0, x(e.start)), count: e.count, start: e.start, end: e.end });
  left.sort((a, b) => a.pos - b.pos);
  const clusters = [];
  for (const p of left) {
    const last = clusters[clusters.length - 1];
    let cx = Math.round(Math.min(Math.max(p.pos, 0), width - MORE_W));
    if (last) cx = Math.max(cx, last.x + MORE_W + CARD_GAP);
    if (last && (p.pos < last.x + MORE_W + CARD_GAP || cx > width - MORE_W)) {
      last.count += p.count;
      last.start = Math.min(last.start, p.start);
      last.end = Math.max(last.end, p.end);
      if (p.it) last.items.push(p.it);
    } else clusters.push({ x: cx, count: p.count, start: p.start, end: p.end, items: p.it ? [p.it] : [] });
  }
  cards.sort((a, b) => a.x - b.x || a.row - b.row);
  return { cards, clusters };
}

export function render(el, m) {
  const width = el.clientWidth || 600;
  const narrow = width < 640;
  const [s, e] = m.view;
  const k = width / (e - s);
  const x = day => (day - s) * k;
  const frag = document.createDocumentFragment();
  const found = new Map();
  const eras = m.eras.filter(era => era.end > s && era.start < e);
  const top = DATES + (eras.length && !narrow ? ERA_NAMES : 0) + 2;
  const rows = narrow ? 1 : 2;
  const cardW = narrow ? Math.floor((width - CARD_GAP) / 2) : Math.round(Math.min(200, Math.max(120, width / 6.25)));
  const items = m.items.filter(it => it.end > s && it.start < e);
  // Years of a big timeline not yet loaded: counted, less what is already known of them.
  const known = new Map();
  if (m.density.length) {
    for (const it of m.items) {
      const y = dayOf(dateOf(it.start).getUTCFullYear());
      known.set(y, (known.get(y) || 0) + 1);
    }
  }
  const elsewhere = m.density.filter(d => d.end > s && d.start < e)
    .map(d => ({ start: d.start, end: d.end, count: d.count - (known.get(d.start) || 0) }));
  const { cards, clusters } = layoutCards(items, elsewhere, x, width, rows, cardW, m.sel);
  const moreTop = top + rows * ROW_H;
  const height = moreTop + MORE_H + 4;

  const [behind, dates] = backdrop(m, x, width, !narrow);
  frag.append(...behind, dates);
  for (const c of cards) {
    const it = c.it;
    const b = h('button', 'tl-axis__card tl-axis__card--' + it.status + ' tl-importance-' + it.importance);
    b.type = 'button';
    b.tabIndex = -1;
    b.dataset.slug = it.slug;
    b.append(h('span', 'tl-axis__headline', it.headline), ' ', h('span', 'tl-axis__date', it.date));
    b.style.left = c.x + 'px';
    b.style.top = (top + c.row * ROW_H) + 'px';
    b.style.width = cardW + 'px';
    if (it.slug === m.sel) {
      b.classList.add('tl-is-selected');
      b.setAttribute('aria-current', 'true');
    }
    found.set(it.slug, b);
    frag.append(b);
  }
  clusters.forEach((c, i) => {
    const b = h('button', 'tl-axis__more', '+' + c.count);
    b.type = 'button';
    b.dataset.open = i;
    const first = c.items[0], last = c.items[c.items.length - 1];
    b.setAttribute('aria-label', plural(m.moreText, c.count).replace('%n', c.count)
      .replace('%from', first && first.start === c.start ? first.date : m.dayText(c.start))
      .replace('%to', last && last.end === c.end ? last.date : m.dayText(c.end - 1)));
    b.setAttribute('aria-expanded', 'false');
    b.style.left = c.x + 'px';
    b.style.top = moreTop + 'px';
    b.style.width = MORE_W + 'px';
    for (const it of c.items) if (!found.has(it.slug)) found.set(it.slug, b);
    frag.append(b);
  });
  el.style.height = height + 'px';
  el.replaceChildren(frag);
  found.clusters = clusters;
  return found;
}
