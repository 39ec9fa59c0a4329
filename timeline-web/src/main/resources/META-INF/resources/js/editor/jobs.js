// The import page's list of background imports follows them by itself while one is waiting or running: every
// few seconds the script asks for the list alone (the section's data-refresh address) and puts its content in
// place of the old one. Only that section changes; the page's forms, and whatever an editor is typing in them,
// are left alone. It stops once no import is pending, and waits while the page is hidden. Without the script
// the list is as the page was rendered, with a link that reloads it.
(function () {
  'use strict';
  var EVERY = 3000;
  var failures = 0;

  function section() {
    return document.querySelector('.tl-jobs[data-refresh]');
  }

  function pending(list) {
    return list !== null && list.querySelector('[data-status="pending"]') !== null;
  }

  // The reload link says, in the page's language, that the list follows the imports and the page does not.
  function live(list) {
    var link = list.querySelector('a[data-live]');
    if (link) {
      link.textContent = link.getAttribute('data-live');
    }
  }

  function later(wait) {
    window.setTimeout(poll, wait);
  }

  function poll() {
    var list = section();
    if (!pending(list)) {
      return;
    }
    if (document.hidden) {
      later(EVERY);
      return;
    }
    fetch(list.getAttribute('data-refresh'), { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          // Signed out, or the timeline is gone: the page's own link still reloads it.
          throw new Error('stop');
        }
        return response.text();
      })
      .then(function (html) {
        failures = 0;
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.tl-jobs');
        if (fresh) {
          live(fresh);
          if (fresh.innerHTML !== list.innerHTML) {
            list.innerHTML = fresh.innerHTML;
          }
        }
        later(EVERY);
      })
      .catch(function (e) {
        // A network that went away for a moment: ask again, less often, a few times.
        if (e.message !== 'stop' && ++failures < 5) {
          later(EVERY * 4);
        }
      });
  }

  var list = section();
  if (pending(list)) {
    live(list);
    later(EVERY);
  }
})();
