// Draws the axis to scale: a strip of dates on top, era bands, and headline cards in rows; what finds no
// row is counted in a cluster ("+7") on the row below, which opens a list of its milestones. The layout is
// the server's (AxisLayout.java), in pixels for this screen. With lanes, each lane is a row of markers
// instead: a dot or bar per milestone, stacked when up to three collide and merged into a numbered cluster
// beyond; at the deepest zoom nothing is merged, so every milestone can be reached.
import { dateTicks, dayOf, dateOf } from './dates.js';

const GAP = 24;     // px: markers nearer than this collide; 24 keeps targets apart (WCAG 2.5.8)
const ROW = 24;     // px between stacked rows
const STACK = 3;    // how many colliding markers are stacked before they become a cluster
const TOP = 52;     // px kept for the dates and the era names
const FOOT = 20;    // px kept for the density of years not loaded
const MAX_LANES = 8;

const CARD_GAP = 8;  // px between cards, and between clusters
const CARD_H = 34, ROW_H = 38, MORE_W = 40, MORE_H = 22;
const DATES = 32;     // px: the strip of dates
const ERA_NAMES = 16; // px: era names, under the dates

const h = (tag, cls, text) => {
  const e = document.createElement(tag);
  e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

/** Groups items into lanes by kind or actor; the rarest beyond MAX_LANES share one "other" lane. */
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

export function lanes(items, by, names, other) {
  if (!by) return [{ key: '', label: '', items }];
  const map = new Map();
  for (const it of items) {
    const keys = by === 'kind' ? [it.kind] : it.actors.length ? it.actors : [''];
    for (const k of keys) (map.get(k) || map.set(k, []).get(k)).push(it);
  }
  const all = [...map].sort((a, b) => b[1].length - a[1].length);
  const out = all.slice(0, MAX_LANES).map(([k, list]) => ({ key: k, label: names[k] || other, items: list }));
  const rest = all.slice(MAX_LANES).flatMap(([, list]) => list);
  if (rest.length) out.push({ key: '*', label: other, items: [...new Set(rest)] });
  return out;
}

function renderLanes(el, m) {
  const width = el.clientWidth || 600;
  const [s, e] = m.view;
  const k = width / (e - s);
  const x = day => (day - s) * k;
  const frag = document.createDocumentFragment();
  const found = new Map();

  let top = TOP;
  for (const lane of m.lanes) {
    const inView = lane.items.filter(it => it.end > s && it.start < e).sort((a, b) => a.start - b.start);
    if (m.lanesBy) {
      const label = h('div', 'tl-axis__lane-name', lane.label);
      label.style.top = top + 'px';
      label.setAttribute('aria-hidden', 'true');
      frag.append(label);
      top += 18;
    }
    let rows = 1;
    for (let i = 0; i < inView.length;) {
      let j = i + 1;
      while (j < inView.length && x(inView[j].start) - x(inView[i].start) < GAP) j++;
      const group = inView.slice(i, j);
      if (group.length > STACK && !m.deepest) {
        frag.append(cluster(group, x, top, m, found));
      } else {
        group.forEach((it, r) => frag.append(marker(it, x, width, top + r * ROW, m, found)));
        rows = Math.max(rows, group.length);
      }
      i = j;
    }
    const band = h('div', 'tl-axis__lane');
    band.style.top = (top - 3) + 'px';
    band.style.height = (rows * ROW + 4) + 'px';
    band.setAttribute('aria-hidden', 'true');
    frag.prepend(band);
    top += rows * ROW + 6;
  }
  const height = top + FOOT;

  const [behind, dates] = backdrop(m, x, width, true);
  frag.prepend(...behind);
  frag.append(dates);
  el.style.height = height + 'px';
  el.replaceChildren(frag);
  return found;
}

/**
 * What lies behind the milestones: era bands (with their names when there is room) and, on big timelines,
 * a bar per year as high as its count, so spans the page has not loaded are not empty; and the strip of
 * dates, which lies above them.
 */
function backdrop(m, x, width, names) {
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

function marker(it, x, width, top, m, found) {
  const b = h('button', 'tl-axis__marker tl-axis__marker--' + it.status + ' tl-importance-' + it.importance);
  b.type = 'button';
  b.tabIndex = -1;
  b.dataset.slug = it.slug;
  b.setAttribute('aria-label', it.label);
  b.title = it.label;
  const l = x(it.start), r = x(it.end);
  if (r - l > 16) {
    // A milestone dated to a year or a month covers that span on the axis.
    const cl = Math.max(l, -8), cr = Math.min(r, width + 8);
    b.classList.add('tl-axis__marker--span');
    b.style.left = cl + 'px';
    b.style.width = Math.max(16, cr - cl) + 'px';
  } else {
    b.style.left = (l - 8) + 'px';
  }
  b.style.top = top + 'px';
  if (it.slug === m.sel) {
    b.classList.add('tl-is-selected');
    b.setAttribute('aria-current', 'true');
  }
  if (!found.has(it.slug)) found.set(it.slug, b);
  return b;
}

function cluster(group, x, top, m, found) {
  const b = h('button', 'tl-axis__cluster', String(group.length));
  b.type = 'button';
  b.tabIndex = -1;
  const from = Math.min(...group.map(it => it.start)), to = Math.max(...group.map(it => it.end));
  b.dataset.from = from;
  b.dataset.to = to;
  b.setAttribute('aria-label', plural(m.clusterText, group.length).replace('%n', group.length) + ' ' + group[0].date + ' – ' + group[group.length - 1].date);
  b.style.left = (x(group[0].start) - 4) + 'px';
  b.style.top = (top - 2) + 'px';
  for (const it of group) {
    if (!found.has(it.slug)) found.set(it.slug, b);
    if (it.slug === m.sel) {
      b.classList.add('tl-is-selected');
      b.setAttribute('aria-current', 'true');
    }
  }
  return b;
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
  const cards = [], left = [];
  for (const it of order) {
    const at = x(it.start), cx = Math.round(Math.min(Math.max(at, 0), width - cardW));
    const row = taken.findIndex(r => r.every(([l, rr]) => cx >= rr + CARD_GAP || l >= cx + cardW + CARD_GAP));
    if (row < 0) left.push({ at, count: 1, start: it.start, end: it.end, it });
    else {
      taken[row].push([cx, cx + cardW]);
      cards.push({ it, x: cx, row });
    }
  }
  for (const e of elsewhere) if (e.count > 0) left.push({ at: Math.max(0, x(e.start)), count: e.count, start: e.start, end: e.end });
  left.sort((a, b) => a.at - b.at);
  const clusters = [];
  for (const p of left) {
    const last = clusters[clusters.length - 1];
    let cx = Math.round(Math.min(Math.max(p.at, 0), width - MORE_W));
    if (last) cx = Math.max(cx, last.x + MORE_W + CARD_GAP);
    if (last && (p.at < last.x + MORE_W + CARD_GAP || cx > width - MORE_W)) {
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
  if (m.lanesBy) return renderLanes(el, m);
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
  const items = m.lanes.flatMap(l => l.items).filter(it => it.end > s && it.start < e);
  // Years of a big timeline not yet loaded: counted, less what is already known of them.
  const known = new Map();
  if (m.density.length) {
    for (const it of m.lanes.flatMap(l => l.items)) {
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
