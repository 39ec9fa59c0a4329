// Lanes (js/lanes.min.js, which the reader's script fetches the first time a reader asks for lanes; most
// never do): each lane is a row of markers, a dot or bar per milestone, stacked when up to three collide and
// merged into a numbered cluster beyond; at the deepest zoom nothing is merged, so every milestone can be
// reached.
import { h, backdrop, plural } from './axis.js';

const GAP = 24;     // px: markers nearer than this collide; 24 keeps targets apart (WCAG 2.5.8)
const ROW = 24;     // px between stacked rows
const STACK = 3;    // how many colliding markers are stacked before they become a cluster
const TOP = 52;     // px kept for the dates and the era names
const FOOT = 20;    // px kept for the density of years not loaded
const MAX_LANES = 8;

/** Groups items into lanes by kind or actor; the rarest beyond MAX_LANES share one "other" lane. */
function lanes(items, by, names, other) {
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
    const label = h('div', 'tl-axis__lane-name', lane.label);
    label.style.top = top + 'px';
    label.setAttribute('aria-hidden', 'true');
    frag.append(label);
    top += 18;
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

// The reader's script takes the two from here once this file has run.
window.tlLanes = { lanes, render: renderLanes };
