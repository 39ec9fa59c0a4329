/*! Newsroom timelines embed child v1: tells the framing page how tall the widget is, in pym.js's
    message format, so NPR's pym.js parents and our own loaders (/embed/v1.js, /embed/v2.js) size it
    alike: the height the publisher chose for a fixed widget, its content's height for height=auto. */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var id = params.get('childId');
  var frame = document.querySelector('.tl-embed__frame');

  // Start at the milestone the publisher named (?m=slug).
  var start = frame && frame.getAttribute('data-start');
  if (start) {
    var target = document.getElementById('m-' + start);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }

  if (!id || window.parent === window) {
    return;
  }
  // A fixed widget fills whatever frame it is given, so its content's height would tell the parent nothing.
  var fixed = frame ? parseInt(frame.getAttribute('data-height'), 10) : NaN;
  var last = -1;
  function sendHeight() {
    var height = fixed > 0 ? fixed : Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage('pymxPYMx' + id + 'xPYMxheightxPYMx' + height, '*');
    }
  }
  // A pym parent announces its width and expects the height back.
  window.addEventListener('message', function (event) {
    if (typeof event.data === 'string' && event.data.indexOf('pymxPYMx' + id + 'xPYMxwidth') === 0) {
      last = -1;
      sendHeight();
    }
  });
  if ('ResizeObserver' in window) {
    new ResizeObserver(sendHeight).observe(document.documentElement);
  }
  window.addEventListener('load', sendHeight);
  sendHeight();
})();
