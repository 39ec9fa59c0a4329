// The view as a URL: filters in the query (the same names the server reads), the selected milestone in
// the hash (the same id the server renders), plus lanes and the visible span, which only the script reads.
import { iso, span } from './dates.js';

export const FILTERS = ['kind', 'actor', 'status', 'q', 'from', 'to'];

export function read(loc = location) {
  const p = new URLSearchParams(loc.search);
  const filters = {};
  for (const k of FILTERS) filters[k] = (p.get(k) || '').trim();
  const view = (p.get('view') || '').split('_').map(span);
  const hash = decodeURIComponent(loc.hash.slice(1));
  return {
    filters,
    lanes: p.get('lanes') || '',
    view: view.length === 2 && view[0] && view[1] ? [view[0][0], view[1][0]] : null,
    sel: hash.startsWith('m-') ? hash.slice(2) : '',
    // Parameters the script does not own (offset, lang) stay as they are.
    other: [...p].filter(([k]) => !FILTERS.includes(k) && k !== 'lanes' && k !== 'view')
  };
}

export function write(state) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
  for (const [k, v] of state.other) p.append(k, v);
  if (state.lanes) p.set('lanes', state.lanes);
  if (state.view) p.set('view', iso(state.view[0]) + '_' + iso(state.view[1]));
  const q = p.toString();
  return location.pathname + (q ? '?' + q : '') + (state.sel ? '#m-' + state.sel : '');
}

export const sameFilters = (a, b) => FILTERS.every(k => (a[k] || '') === (b[k] || ''));
