// Story mode, enhanced: the left and right arrow keys and a horizontal swipe step to the previous and next
// slide, and every step (those, the step links and the nearby slides' links) swaps the slide in place
// instead of loading the page again. The address is the slide's, so Back and a reload show the same slide.
// Without the script every step is a plain link to a complete page.
const SWIPE = 50; // px: a shorter horizontal move is a wobble or a tap

export function story() {
  const root = document.querySelector('.tl-story');
  if (!root || !('fetch' in window) || !('replaceWith' in document.body)) return;
  // A link to one milestone of the list (#m-…) at a timeline address that now opens in story mode: the list,
  // at that milestone, as the link meant.
  const hash = decodeURIComponent(location.hash.slice(1)), list = root.dataset.list;
  if (hash.startsWith('m-') && list) {
    location.replace(list + (list.includes('?') ? '&' : '?') + 'at=' + encodeURIComponent(hash.slice(2)) + location.hash);
    return;
  }
  // Inside a publisher's article (the embed widget) a step replaces the address instead of adding to their Back button.
  const embedded = 'embed' in root.dataset;
  let latest = 0;

  document.addEventListener('keydown', e => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
    if (e.target.closest && e.target.closest('input, select, textarea, [contenteditable]')) return;
    const rel = { ArrowLeft: 'prev', ArrowRight: 'next' }[e.key];
    if (rel) step(rel, e);
  });

  let touch = null;
  document.addEventListener('touchstart', e => {
    touch = e.touches.length === 1 && e.target.closest('.tl-story__slide')
      ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
  }, { passive: true });
  document.addEventListener('touchend', e => {
    if (!touch || e.changedTouches.length !== 1) return;
    const dx = e.changedTouches[0].clientX - touch.x, dy = e.changedTouches[0].clientY - touch.y;
    touch = null;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 2 * Math.abs(dy)) step(dx < 0 ? 'next' : 'prev', null);
  }, { passive: true });

  document.addEventListener('click', e => {
    if (e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const a = e.target.closest('.tl-story__steps a, .tl-story__axis a');
    if (!a) return;
    e.preventDefault();
    show(a.href, true);
  });

  window.addEventListener('popstate', () => show(location.href, false));

  function step(rel, e) {
    const a = document.querySelector('.tl-story__steps a[rel="' + rel + '"]');
    if (!a) return;
    if (e) e.preventDefault();
    show(a.href, true);
  }

  // Loads the slide at url and puts it in place of the one shown; anything unexpected loads the page itself.
  async function show(url, push) {
    const mine = ++latest;
    let next;
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' } });
      if (!response.ok) throw new Error(response.status);
      next = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch (err) {
      location.assign(url);
      return;
    }
    if (mine !== latest) return; // a later step overtook this one
    const slide = next.querySelector('.tl-story'), here = document.querySelector('.tl-story');
    if (!slide || !here) { location.assign(url); return; }
    here.replaceWith(document.adoptNode(slide));
    document.title = next.title;
    // The head's canonical address and the language links name the slide shown.
    for (const sel of ['link[rel="canonical"]', '.tl-lang']) {
      const old = document.querySelector(sel), fresh = next.querySelector(sel);
      if (old && fresh) old.replaceWith(document.adoptNode(fresh));
    }
    if (push) history[embedded ? 'replaceState' : 'pushState'](null, '', url);
    const heading = document.getElementById('tl-slide');
    if (heading) heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}
