// Keyboard shortcuts of the import review, shown in a legend the script reveals: j/k move between
// candidates, x selects, a/p/r accept, accept and publish, or reject the selected candidates (else the
// current one), e opens the current one's form, c its sentence in the article. Keys typed into a field,
// or with Ctrl, Alt or Meta, are left alone. Without the script every action is a button or a link, and
// "Select all on this page" a link that reloads the page with every box ticked.
(function () {
  'use strict';
  var bar = document.getElementById('review-bulk');
  var items = Array.prototype.slice.call(document.querySelectorAll('.tl-review__item'));
  if (!bar || items.length === 0) {
    return;
  }
  var legend = document.getElementById('review-keys');
  if (legend) {
    legend.hidden = false;
  }
  var current = -1;

  function boxes() {
    return items.map(function (item) { return item.querySelector('input[type="checkbox"][name="id"]'); });
  }

  // "Select all on this page" becomes a toggle that needs no reload.
  var all = bar.querySelector('.tl-review__all');
  if (all) {
    var toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.className = 'tl-review__all';
    // The page's own words, in its language.
    var selectAll = all.textContent, clear = all.getAttribute('data-clear') || 'Clear the selection';
    function label() {
      var every = boxes().every(function (box) { return box.checked; });
      toggle.textContent = every ? clear : selectAll;
      toggle.setAttribute('aria-pressed', every ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
      var every = boxes().every(function (box) { return box.checked; });
      boxes().forEach(function (box) { box.checked = !every; });
      label();
    });
    boxes().forEach(function (box) { box.addEventListener('change', label); });
    all.replaceWith(toggle);
    label();
  }

  function move(to) {
    if (to < 0 || to >= items.length) {
      return;
    }
    if (current >= 0) {
      items[current].classList.remove('tl-is-current');
    }
    current = to;
    var item = items[current];
    item.classList.add('tl-is-current');
    item.focus();
  }

  // A click or a focus inside a candidate makes it the current one.
  items.forEach(function (item, index) {
    item.addEventListener('focusin', function () {
      if (current !== index) {
        if (current >= 0) {
          items[current].classList.remove('tl-is-current');
        }
        current = index;
        item.classList.add('tl-is-current');
      }
    });
  });

  function decide(key) {
    var selected = boxes().some(function (box) { return box.checked; });
    if (selected) {
      bar.querySelector('button[data-key="' + key + '"]').click();
    } else if (current >= 0) {
      items[current].querySelector('.tl-review__actions [data-key="' + key + '"]').click();
    }
  }

  function typing(target) {
    if (!target) {
      return false;
    }
    if (target.tagName === 'INPUT') {
      return !/^(checkbox|radio|button|submit|reset)$/.test(target.type);
    }
    return target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName);
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) {
      return;
    }
    switch (event.key) {
      case 'j':
        move(current + 1);
        break;
      case 'k':
        move(current < 0 ? 0 : current - 1);
        break;
      case 'x':
        if (current >= 0) {
          var box = boxes()[current];
          box.checked = !box.checked;
          box.dispatchEvent(new Event('change'));
        }
        break;
      case 'a':
      case 'p':
      case 'r':
        decide(event.key);
        break;
      case 'e':
        if (current >= 0) {
          items[current].querySelector('a[data-key="e"]').click();
        }
        break;
      case 'c':
        if (current >= 0) {
          var context = items[current].querySelector('.tl-review__context');
          if (context) {
            context.open = !context.open;
          }
        }
        break;
      default:
        return;
    }
    event.preventDefault();
  });
})();
