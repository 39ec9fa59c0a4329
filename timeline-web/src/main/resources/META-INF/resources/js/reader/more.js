// A page of a big timeline holds one window of cards and links to the windows before and after it. With
// the script, those links fetch that page and add its cards to this one, so the reader keeps their place,
// the axis view and the selection. The cards come rendered by the server, as they would with the link.
// Without the script, or when the fetch fails, they stay plain links.
export function more(list, onAdd) {
  const pager = list.parentElement.querySelector('nav.tl-pager');
  if (!pager) return;
  pager.addEventListener('click', async e => {
    const a = e.target.closest('a[rel]');
    if (!a || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (a.dataset.busy) return;
    a.dataset.busy = '1';
    let doc;
    try {
      const r = await fetch(a.href, { headers: { Accept: 'text/html' } });
      if (!r.ok) throw new Error(r.status);
      doc = new DOMParser().parseFromString(await r.text(), 'text/html');
    } catch (err) {
      location.assign(a.href);
      return;
    }
    delete a.dataset.busy;
    const later = a.rel === 'next';
    const fresh = [...doc.querySelectorAll('ol.tl-milestones > li')]
      .filter(li => li.firstElementChild && !document.getElementById(li.firstElementChild.id));
    if (later) list.append(...fresh); else list.prepend(...fresh);
    // The fetched page's own link onwards, or none when this end is reached.
    const onwards = doc.querySelector('nav.tl-pager a[rel="' + a.rel + '"]');
    if (onwards) a.setAttribute('href', onwards.getAttribute('href')); else a.remove();
    if (!pager.querySelector('a')) pager.remove();
    onAdd(fresh.map(li => li.firstElementChild), later);
    const first = fresh[0] && fresh[0].querySelector('.tl-milestone__headline a');
    if (first) first.focus();
  });
}
