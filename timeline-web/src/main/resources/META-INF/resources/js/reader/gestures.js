// Pointer, wheel and keyboard input on the axis, turned into a few intentions: zoom by a factor around a
// point, pan by a share of the width, step to the next or previous milestone, go to the first or last.
export function gestures(view, act) {
  const pointers = new Map();
  let dragged = false, startX = 0;
  const fraction = clientX => {
    const r = view.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - r.left) / (r.width || 1)));
  };

  view.addEventListener('wheel', e => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 30 : e.deltaMode === 2 ? 300 : 1;
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) act.pan(e.deltaX * unit / (view.clientWidth || 1));
    else act.zoom(Math.exp(e.deltaY * unit * 0.002), fraction(e.clientX));
  }, { passive: false });

  view.addEventListener('pointerdown', e => {
    if (e.button !== 0) return;
    pointers.set(e.pointerId, e.clientX);
    if (pointers.size === 1) { dragged = false; startX = e.clientX; }
  });
  view.addEventListener('pointermove', e => {
    if (!pointers.has(e.pointerId)) return;
    if (pointers.size === 1) {
      // A few pixels of wobble are still a click.
      if (!dragged) {
        if (Math.abs(e.clientX - startX) < 4) return;
        dragged = true;
        view.setPointerCapture(e.pointerId);
      }
      act.pan(-(e.clientX - pointers.get(e.pointerId)) / (view.clientWidth || 1));
      pointers.set(e.pointerId, e.clientX);
    } else if (pointers.size === 2) {
      // Pinch: the ratio of the fingers' distances is the zoom factor, their midpoint stays put.
      const before = [...pointers.values()];
      pointers.set(e.pointerId, e.clientX);
      const after = [...pointers.values()];
      const was = Math.abs(before[0] - before[1]), now = Math.abs(after[0] - after[1]);
      if (was > 10 && now > 10) act.zoom(was / now, fraction((after[0] + after[1]) / 2));
      dragged = true;
    }
  });
  const up = e => pointers.delete(e.pointerId);
  view.addEventListener('pointerup', up);
  view.addEventListener('pointercancel', up);
  // A drag ends with a click on whatever is under the pointer; that click is not a choice.
  view.addEventListener('click', e => {
    if (dragged) { e.stopPropagation(); e.preventDefault(); dragged = false; }
  }, true);

  view.addEventListener('keydown', e => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key;
    if (k === 'ArrowRight' || k === 'ArrowLeft') {
      const dir = k === 'ArrowRight' ? 1 : -1;
      if (e.shiftKey) act.pan(dir * 0.2); else act.step(dir);
    } else if (k === 'Home') act.edge(-1);
    else if (k === 'End') act.edge(1);
    else if (k === '+' || k === '=') act.zoomLevel(1);
    else if (k === '-' || k === '_') act.zoomLevel(-1);
    else if (k === '0') act.zoomLevel(0);
    else return;
    e.preventDefault();
  });
}
