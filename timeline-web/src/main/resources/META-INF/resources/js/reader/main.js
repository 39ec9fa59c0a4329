// The reader's timeline page, enhanced (story mode's slides have their own script, story.js): the server-rendered list stays the content; this adds the axis,
// keyboard and pointer navigation, filtering without a reload, and keeps it all in the URL. Every word
// shown comes from the page (data attributes and form labels rendered from the message bundles).
import { dayOf, iso, span } from './dates.js';
import { read, write, sameFilters } from './url.js';
import { matcher, readForm, fillForm } from './filters.js';
import { render } from './axis.js';
import { gestures } from './gestures.js';
import { windows } from './windows.js';
import { more } from './more.js';

const MIN = 2;                          // days: the narrowest view
const LEVELS = [3653, 366, 31, 3];      // decade, year, month, day, after the whole span
// The editor's default zoom for a link that names no view (data-zoom on the axis).
const DEFAULT_ZOOM = { decade: LEVELS[0], year: LEVELS[1], month: LEVELS[2], day: LEVELS[3] };

// The reader's page, or the embed widget (which has no filter form and no lanes).
const root = document.querySelector('.tl-timeline, .tl-embed__frame');
const axis = document.getElementById('tl-axis');
const list = root && root.querySelector('ol.tl-milestones');
if (root && axis && list && 'replaceChildren' in document.body) {
  // An address with lanes waits for their script, so that the axis is laid out once, at its height.
  if (read().lanes) withLanes(start);
  else start();
}

// Lanes are drawn by their own script and styled by their own stylesheet, fetched the first time they are
// asked for: most readers never do, and the page need not carry them. Without them, the cards are drawn.
function withLanes(then) {
  if (window.tlLanes || document.getElementById('tl-lanes-script')) return;
  const css = document.createElement('link'), script = document.createElement('script');
  css.rel = 'stylesheet';
  css.href = '/css/lanes.css';
  script.id = 'tl-lanes-script';
  script.src = '/js/lanes.min.js';
  script.onload = script.onerror = () => then();
  document.head.append(css, script);
}

function start() {
  const $ = s => axis.querySelector(s);
  const view = $('.tl-axis__view'), caption = $('.tl-axis__caption'), level = $('.tl-axis__level');
  const laneSelect = $('.tl-axis__lanes select') || { value: '', addEventListener() {} };
  const form = root.querySelector('form.tl-filters'), count = document.getElementById('tl-count');
  const text = axis.dataset;
  // Wide screens show the folded filters whatever their state (site.css); keep the state true to what is
  // shown, so assistive technology does not call them collapsed.
  const fold = form && form.querySelector('.tl-filters__fold'), wide = window.matchMedia('(min-width: 60rem)');
  const unfold = () => { if (fold && wide.matches && !fold.open) fold.open = true; };
  unfold();
  wide.addEventListener('change', unfold);
  if (fold) fold.addEventListener('toggle', unfold);
  const lang = document.documentElement.lang || undefined;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  // Inside a publisher's article every pushState would add a step to their page's Back button; the widget
  // keeps its state in its own URL without adding history entries.
  const embedded = 'embed' in root.dataset;

  const items = [...list.querySelectorAll('article.tl-milestone')].map(fromPage);
  const bySlug = new Map(items.map(it => [it.slug, it]));
  const matching = +list.dataset.matching;
  let partial = matching > items.length;
  const state = read();
  // Where the timeline's address shows story mode first, the list names itself (mode=list) in every address
  // it writes, so that a reload or a shared link stays on the list.
  if (root.dataset.mode && !state.other.some(([k]) => k === 'mode')) state.other.push(['mode', root.dataset.mode]);
  // A link to a milestone of a big timeline that this page of cards does not hold: the server opens the
  // page that does (and the first page when the milestone does not match, so this happens once).
  const here = new URLSearchParams(location.search);
  if (state.sel && partial && !embedded && !bySlug.has(state.sel) && here.get('at') !== state.sel) {
    here.delete('offset');
    here.set('at', state.sel);
    location.replace(location.pathname + '?' + here + location.hash);
    return;
  }
  const server = { ...state.filters };
  // Filtering on the client needs every milestone on the page; otherwise the server filters.
  let complete = !partial && !Object.values(server).some(Boolean);

  const eras = [...root.querySelectorAll('li.tl-era')].map(li => ({
    start: +li.dataset.start, end: +li.dataset.end, name: li.querySelector('.tl-era__name').textContent
  }));
  const yearItems = [...root.querySelectorAll('nav.tl-years li[data-year]')];
  const years = yearItems.map(li => +li.dataset.year);
  // How many milestones each year holds; drawn only when the page holds just a window of them.
  const density = [];
  let lo = Infinity, hi = -Infinity;
  for (const it of items) if (it.start != null) { lo = Math.min(lo, it.start); hi = Math.max(hi, it.end); }
  for (const y of years) { lo = Math.min(lo, dayOf(y)); hi = Math.max(hi, dayOf(y + 1)); }
  if (!isFinite(lo)) return; // nothing dated: the list says it all
  const pad = Math.max(15, (hi - lo) * 0.04);
  const FULL = [lo - pad, hi + pad];
  const fullWidth = FULL[1] - FULL[0];
  const names = { kind: optionNames(form, 'kind'), actor: optionNames(form, 'actor') };
  if (partial) {
    for (const li of yearItems) {
      const y = +li.dataset.year;
      density.push({ start: dayOf(y), end: dayOf(y + 1), count: +li.dataset.count });
    }
  }
  let current = clamp(state.view || initial()), drawn = new Map(), frame = 0, urlTimer = 0;

  let load = partial ? windows(text.api, server, found => {
    for (const j of found) if (!bySlug.has(j.slug)) bySlug.set(j.slug, fromApi(j));
    draw();
  }) : null;

  axis.hidden = false;
  // The server's layout fits a nominal width; from here on the axis is laid out for this screen.
  view.classList.remove('tl-axis__view--static');
  view.setAttribute('aria-describedby', 'tl-axis-help');
  for (const el of axis.querySelectorAll('.tl-axis__tools, .tl-axis__keys')) el.hidden = false;
  const open = $('.tl-axis__open'), openList = open.querySelector('ul'), openTitle = open.querySelector('.tl-axis__open-title');
  const zoomTo = open.querySelector('.tl-axis__zoom-to');
  let opener = null;
  const dayText = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  laneSelect.value = state.lanes;
  new ResizeObserver(() => schedule()).observe(view);
  // The axis stays put while the list scrolls only while it takes a small share of the screen: a fifth on a
  // phone, two fifths on a wider one. Lanes of people can make it taller than the screen; then it scrolls
  // away with the page. And how far a milestone opened by a link (#m-…) must stop below the top to be clear
  // of it.
  const sticky = () => {
    const share = window.matchMedia('(max-width: 40rem)').matches ? 0.2 : 0.4;
    axis.classList.toggle('tl-axis--loose', axis.offsetHeight > window.innerHeight * share);
    document.documentElement.style.setProperty('--tl-sticky',
      getComputedStyle(axis).position === 'sticky' ? axis.offsetHeight + 'px' : '0px');
  };
  window.addEventListener('resize', sticky);
  new ResizeObserver(sticky).observe(axis);
  sticky();

  gestures(view, {
    zoom: (factor, at) => {
      const w = width(), day = current[0] + at * w, nw = limit(w * factor);
      move(day - at * nw + nw / 2, nw);
    },
    pan: fraction => move(mid() + fraction * width(), width()),
    zoomLevel,
    step: dir => {
      const order = ordered();
      const i = order.findIndex(it => it.slug === state.sel);
      const next = i < 0 ? order.find(it => it.start != null && it.end > current[0]) || order[0]
        : order[Math.min(order.length - 1, Math.max(0, i + dir))];
      if (next) select(next.slug, { focus: true });
    },
    edge: dir => {
      const order = ordered();
      const it = dir < 0 ? order[0] : order[order.length - 1];
      if (it) select(it.slug, { focus: true });
    }
  });

  axis.addEventListener('click', e => {
    const b = e.target.closest('button');
    if (!b) return;
    if (b.dataset.zoom) zoomLevel({ in: 1, out: -1, all: 0 }[b.dataset.zoom]);
    // Moving without dragging, for pointers that cannot drag (WCAG 2.5.7).
    else if (b.dataset.pan) move(mid() + +b.dataset.pan * 0.5 * width(), width());
    else if (b.dataset.step) {
      const order = ordered(), i = order.findIndex(it => it.slug === state.sel);
      const next = order[Math.min(order.length - 1, Math.max(0, i < 0 ? 0 : i + +b.dataset.step))];
      if (next) select(next.slug, {});
    } else if (b.dataset.slug) {
      if (open.contains(b)) closeCluster(false);
      select(b.dataset.slug, { push: true, focus: true });
    } else if (b.dataset.open) openCluster(b, drawn.clusters[+b.dataset.open]);
    else if (b === open.querySelector('.tl-axis__close')) closeCluster(true);
    else if (b.dataset.from) {
      const from = +b.dataset.from, to = +b.dataset.to;
      if (open.contains(b)) closeCluster(false);
      move((from + to) / 2, limit(Math.max(to - from, MIN) * 1.4));
      requestAnimationFrame(() => view.focus({ preventScroll: true }));
    }
  });
  open.addEventListener('keydown', e => {
    if (e.key === 'Escape') { e.preventDefault(); closeCluster(true); }
  });
  laneSelect.addEventListener('change', () => {
    state.lanes = laneSelect.value;
    history.replaceState(null, '', write(state));
    if (state.lanes) withLanes(draw);
    draw();
  });
  list.addEventListener('click', e => {
    const a = e.target.closest('article.tl-milestone');
    if (a && !e.target.closest('a, button, input, select, textarea')) select(a.id.slice(2), { push: true, scroll: false });
  });

  if (form) form.addEventListener('submit', e => {
    const f = readForm(form);
    // The server reads dates the script cannot and explains bad ones next to the field.
    if (!complete || !matcher(f)) return;
    e.preventDefault();
    state.filters = f;
    state.other = state.other.filter(([k]) => k !== 'offset'); // a new filter starts at its first window
    filter();
    history.pushState(null, '', write(state));
  });
  if (form) form.addEventListener('change', e => {
    if (complete && e.target.tagName === 'SELECT') form.requestSubmit();
  });

  window.addEventListener('popstate', () => {
    const next = read();
    if (!sameFilters(next.filters, state.filters)) {
      if (!complete || !matcher(next.filters)) { location.reload(); return; }
      state.filters = next.filters;
      if (form) fillForm(form, next.filters);
      filter();
    }
    state.lanes = laneSelect.value = next.lanes;
    if (state.lanes) withLanes(draw);
    current = clamp(next.view || initial());
    if (next.sel) select(next.sel, { reveal: !next.view, write: false });
    else unselect();
    draw();
  });

  // Cards of the windows before and after this one, added in place by the pager's links.
  more(list, (added, later) => {
    const fresh = added.map(fromPage);
    if (later) items.push(...fresh); else items.unshift(...fresh);
    items.forEach((it, i) => { it.index = i; });
    // Cards replace the axis's entries from the API, and the map keeps the list's order: once the page
    // holds every milestone, the keys and the step buttons walk the map as it is.
    const others = [...bySlug.values()].filter(it => !it.el);
    bySlug.clear();
    for (const it of items) bySlug.set(it.slug, it);
    for (const it of others) if (!bySlug.has(it.slug)) bySlug.set(it.slug, it);
    if (items.length >= matching) {
      partial = false;
      load = null;
      density.length = 0;
      complete = !Object.values(server).some(Boolean);
    }
    if (complete) filter();
    else {
      showing(items.length, matching);
      draw();
    }
  });

  if (complete) filter();
  draw();
  if (state.sel && bySlug.has(state.sel)) {
    // A link to one milestone (#m-…): its card at the top of the screen, below the axis as now laid out.
    select(state.sel, { reveal: !state.view, write: false, scroll: false });
    requestAnimationFrame(() => {
      sticky();
      const it = bySlug.get(state.sel);
      if (it && it.el) it.el.scrollIntoView({ block: 'start' });
    });
  }
  // The page already holds the first window; load more only for a linked span.
  if (load && state.view) load(clip(current));

  // --- clusters: "+7" opens the list of its milestones under the axis; one not loaded yet zooms to its span

  function openCluster(button, c) {
    if (!c) return;
    if (!c.items.length) {
      move((c.start + c.end) / 2, limit(Math.max(c.end - c.start, MIN) * 1.4));
      return;
    }
    openTitle.textContent = button.getAttribute('aria-label');
    openList.replaceChildren(...c.items.map(it => {
      const li = document.createElement('li'), b = document.createElement('button');
      b.type = 'button';
      b.dataset.slug = it.slug;
      b.textContent = it.headline + ', ' + it.date;
      li.append(b);
      return li;
    }));
    zoomTo.dataset.from = c.start;
    zoomTo.dataset.to = c.end;
    if (opener) opener.setAttribute('aria-expanded', 'false');
    opener = button;
    button.setAttribute('aria-expanded', 'true');
    open.hidden = false;
    openList.querySelector('button').focus();
  }

  function closeCluster(refocus) {
    open.hidden = true;
    if (opener) opener.setAttribute('aria-expanded', 'false');
    if (refocus) (opener && opener.isConnected ? opener : view).focus({ preventScroll: true });
    opener = null;
  }

  // --- selection

  function select(slug, { push = false, focus = false, scroll = true, reveal = true, write: update = true }) {
    const it = bySlug.get(slug);
    if (!it || !it.match) return;
    if (!it.el) { location.assign(remoteUrl(it)); return; }
    unselect();
    state.sel = slug;
    it.el.classList.add('tl-is-selected');
    caption.textContent = it.label;
    if (reveal && it.start != null && (it.start >= current[1] || it.end <= current[0])) {
      current = clamp(center(it, width()));
    }
    if (update) history[push && !embedded ? 'pushState' : 'replaceState'](null, '', write(state));
    if (scroll) it.el.scrollIntoView({ block: 'nearest', behavior: reduced.matches ? 'auto' : 'smooth' });
    draw();
    if (focus) (drawn.get(slug) || view).focus({ preventScroll: true });
  }

  function unselect() {
    const old = bySlug.get(state.sel);
    if (old && old.el) old.el.classList.remove('tl-is-selected');
    state.sel = '';
    caption.textContent = '';
  }

  // --- filters

  function filter() {
    const match = matcher(state.filters);
    let n = 0;
    for (const it of items) {
      it.match = match(it);
      it.el.parentElement.hidden = !it.match;
      if (it.match) n++;
    }
    showing(n, n);
    if (state.sel && !bySlug.get(state.sel).match) unselect();
    draw();
  }

  function showing(shown, total) {
    count.textContent = text.showing.replace('%shown', shown).replace('%total', total);
  }

  // --- the view

  function zoomLevel(dir) {
    const w = width();
    const steps = [fullWidth, ...LEVELS.filter(l => l < fullWidth * 0.95)];
    const nw = dir === 0 ? fullWidth
      : dir > 0 ? steps.find(l => l < w * 0.95) || w
        : [...steps].reverse().find(l => l > w * 1.05) || fullWidth;
    const sel = bySlug.get(state.sel);
    if (dir !== 0 && sel && sel.start != null && sel.end > current[0] && sel.start < current[1]) move(...center(sel, nw));
    else move(dir === 0 ? (FULL[0] + FULL[1]) / 2 : mid(), nw);
  }

  function move(c, w) {
    if (!open.hidden) closeCluster(false);
    current = clamp([c - w / 2, c + w / 2]);
    schedule();
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      state.view = width() >= fullWidth * 0.999 ? null : current;
      history.replaceState(null, '', write(state));
    }, 300);
    if (load) load(clip(current));
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function draw() {
    cancelAnimationFrame(frame);
    frame = 0;
    const hadFocus = view.contains(document.activeElement) && document.activeElement !== view;
    const shown = [...bySlug.values()].filter(it => it.match && it.start != null);
    const kit = state.lanes && window.tlLanes;
    drawn = (kit ? kit.render : render)(view, {
      view: current, eras, density, lang, sel: state.sel, clusterText: text.cluster, items: shown,
      moreText: text.more, bceText: text.bce, dayText: day => dayText.format(new Date(day * 864e5)),
      lanes: kit && kit.lanes(shown, state.lanes, names[state.lanes] || {}, text.other), deepest: width() <= LEVELS[3] * 1.05
    });
    const w = width();
    const names5 = text.levels.split('|');
    level.textContent = names5[w >= fullWidth * 0.95 ? 0 : w > 549 ? 1 : w > 46 ? 2 : w > 4.5 ? 3 : 4];
    if (hadFocus) (drawn.get(state.sel) || view).focus({ preventScroll: true });
  }

  function ordered() {
    const all = [...bySlug.values()].filter(it => it.match);
    return partial ? all.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.index - b.index) : all;
  }

  // Where a link without a view opens: the default zoom's width, ending a little after the latest milestone.
  function initial() {
    const w = DEFAULT_ZOOM[text.zoom];
    if (!w || w >= fullWidth) return FULL;
    let latest = -Infinity;
    for (const it of items) if (it.start != null) latest = Math.max(latest, it.end);
    if (!isFinite(latest)) latest = hi;
    return [latest - w * 0.9, latest + w * 0.1];
  }

  function width() { return current[1] - current[0]; }
  function mid() { return (current[0] + current[1]) / 2; }
  function limit(w) { return Math.min(Math.max(w, MIN), fullWidth); }
  function clamp([s, e]) {
    const w = limit(e - s);
    const c = Math.min(Math.max((s + e) / 2, FULL[0] + w / 2), FULL[1] - w / 2);
    return [c - w / 2, c + w / 2];
  }
  // Where to look to see a milestone at width w: its middle, or its start a little in from the left edge.
  function center(it, w) {
    const c = it.end - it.start < w * 0.8 ? (it.start + it.end) / 2 : it.start + w * 0.4;
    return [c, w];
  }
  // The view narrowed to the page's own date filters, for loading windows of a big timeline.
  function clip(v) {
    const f = server.from && span(server.from), t = server.to && span(server.to);
    return [f ? Math.max(v[0], f[0]) : v[0], t ? Math.min(v[1], t[1]) : v[1]];
  }
  function remoteUrl(it) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(server)) if (v && k !== 'from' && k !== 'to') p.set(k, v);
    p.set('from', iso(it.start));
    p.set('to', iso(it.end - 1));
    return location.pathname + '?' + p + '#m-' + it.slug;
  }
}

function fromPage(a, index) {
  const d = a.dataset;
  const head = a.querySelector('.tl-milestone__headline');
  const summary = head.nextElementSibling;
  const dateEl = a.querySelector('.tl-milestone__date').firstElementChild;
  const headline = head.textContent.trim(), date = dateEl ? dateEl.textContent.trim() : '';
  return {
    slug: a.id.slice(2), start: d.start === '' ? null : +d.start, end: d.end === '' ? null : +d.end,
    kind: d.kind, status: d.status, actors: d.actors ? d.actors.split(' ') : [], importance: +d.importance || 2,
    el: a, index, match: true, date, headline, label: headline + ', ' + date,
    // Headline and summary apart, as the server matches each on its own: no phrase spans the two.
    text: (headline + '\u0000' + (summary && summary.tagName === 'P' ? summary.textContent : '')).toLowerCase()
  };
}

function fromApi(j) {
  return {
    slug: j.slug, start: j.start, end: j.end, kind: j.kind, status: j.status, actors: j.actors,
    importance: j.importance, el: null, index: Infinity, match: true, date: j.label || j.date, headline: j.headline,
    label: j.headline + ', ' + (j.label || j.date), text: j.headline.toLowerCase()
  };
}

function optionNames(form, name) {
  const out = {};
  const select = form && form.elements[name];
  // Option labels carry a count, "Meeting or summit (2)"; the lane name is the label without it.
  if (select) for (const o of select.options) if (o.value) out[o.value] = o.textContent.replace(/\s*\(\d+\)$/, '');
  return out;
}
