/*! Newsroom timelines embed loader v2. Stable URL: /embed/v2.js. Turns every
    <div data-timeline="slug" data-kind data-actor data-tag data-from data-to data-m data-height
    data-mode data-theme data-lang data-axis data-title> into an iframe, loaded when it nears the viewport: 600 px
    tall with its list scrolling inside, data-height="480" tall, or as tall as its content with
    data-height="auto"; data-mode="story" or "list" chooses the view, else the timeline's default. */
(function () {
  'use strict';
  if (window.__timelineEmbedV2) {
    return;
  }
  window.__timelineEmbedV2 = true;
  var script = document.currentScript;
  var origin = new URL(script ? script.src : '/', window.location.href).origin;
  var OPTIONS = ['m', 'kind', 'actor', 'tag', 'from', 'to', 'height', 'mode', 'theme', 'lang', 'axis'];
  var frames = {};
  var count = 0;

  function build(host) {
    if (host.getAttribute('data-timeline-loaded')) {
      return;
    }
    host.setAttribute('data-timeline-loaded', 'true');
    var id = 'tl-embed2-' + (++count);
    var query = new URLSearchParams();
    OPTIONS.forEach(function (name) {
      var value = host.getAttribute('data-' + name);
      if (value) {
        query.set(name, value);
      }
    });
    var asked = host.getAttribute('data-height') || '';
    var auto = asked.toLowerCase() === 'auto';
    var fixed = /^[0-9]+$/.test(asked) && parseInt(asked, 10) > 0 ? asked : '600';
    query.set('height', auto ? 'auto' : fixed);
    query.set('childId', id);
    var frame = document.createElement('iframe');
    frame.src = origin + '/embed/timelines/' + encodeURIComponent(host.getAttribute('data-timeline')) + '?' + query;
    frame.title = host.getAttribute('data-title') || 'Timeline';
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'border:0;width:100%;display:block';
    frame.height = auto ? '400' : fixed;
    if (auto) {
      frames[id] = frame;
    }
    host.appendChild(frame);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || typeof event.data !== 'string') {
      return;
    }
    var parts = event.data.split('xPYMx');
    if (parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height' && frames[parts[1]]) {
      var height = parseInt(parts[3], 10);
      if (height > 0) {
        frames[parts[1]].height = String(height);
      }
    }
  });

  function start() {
    var hosts = document.querySelectorAll('div[data-timeline]');
    if (!('IntersectionObserver' in window)) {
      hosts.forEach(build);
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          build(entry.target);
        }
      });
    }, { rootMargin: '400px' });
    hosts.forEach(function (host) { observer.observe(host); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
