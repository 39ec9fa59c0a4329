// Filtering on the client, with the server's rules: kind, actor and status match exactly, text matches
// headline or summary ignoring case, from/to keep dated milestones that overlap the span.
import { span } from './dates.js';
import { FILTERS } from './url.js';

/** A predicate for the filters, or null when a date is one only the server can read. */
export function matcher(f) {
  const from = f.from ? span(f.from) : null, to = f.to ? span(f.to) : null;
  if ((f.from && !from) || (f.to && !to)) return null;
  const q = f.q.toLowerCase();
  return item => (!f.kind || item.kind === f.kind)
    && (!f.status || item.status === f.status)
    && (!f.actor || item.actors.includes(f.actor))
    && (!q || item.text.includes(q))
    && (!from || (item.start != null && item.end > from[0]))
    && (!to || (item.start != null && item.start < to[1]));
}

export function readForm(form) {
  const out = {};
  for (const k of FILTERS) out[k] = ((form.elements[k] && form.elements[k].value) || '').trim();
  return out;
}

export function fillForm(form, f) {
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = f[k] || '';
}
