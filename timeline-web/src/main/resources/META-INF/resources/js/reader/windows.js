// Big timelines: the page holds one window of milestones; this loads the ones in the span the axis shows
// from /api/timelines/{slug}/milestones, once per span, a moment after zooming or panning stops.
import { iso } from './dates.js';

export function windows(api, filters, onLoad) {
  const seen = new Set();
  let timer;
  return view => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(filters)) if (v && k !== 'from' && k !== 'to') p.set(k, v);
      p.set('from', iso(view[0]));
      p.set('to', iso(Math.max(view[0], Math.ceil(view[1]) - 1)));
      if (document.documentElement.lang) p.set('lang', document.documentElement.lang);
      const key = p.toString();
      if (seen.has(key)) return;
      seen.add(key);
      try {
        const r = await fetch(api + '?' + key, { headers: { Accept: 'application/json' } });
        if (r.ok) onLoad((await r.json()).milestones);
      } catch (e) {
        seen.delete(key); // offline for a moment: try again on the next move
      }
    }, 200);
  };
}
