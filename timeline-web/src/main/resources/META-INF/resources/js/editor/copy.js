// Copy buttons of the editor's Embed panel. Without this script the code stays selectable in its box.
(function () {
  'use strict';
  document.querySelectorAll('button.tl-copy[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.value).then(function () {
        button.textContent = button.getAttribute('data-copied') || 'Copied';
        setTimeout(function () { button.textContent = label; }, 2000);
      }, function () {
        source.select();
      });
    });
  });
})();
