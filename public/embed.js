/*
 * 预算透视 · embed.js — makes each embedded 预算透视 <iframe> as tall as its content.
 *
 * Put it on the page that holds the <iframe>, loaded from the site that serves the embeds:
 *   <script src="https://example.org/budgets/embed.js" async></script>
 *
 * It listens for one message shape, {type: "yusuan-toushi:embed-height", height: <whole px>}, accepts it
 * only from this script's own origin and only from an <iframe> on this page, and sets that frame's
 * height. It sends nothing, loads nothing and reads nothing else. Plain ES5, no inline code needed.
 */
(function () {
  'use strict';
  var TYPE = 'yusuan-toushi:embed-height';
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin;
  try {
    origin = new URL(script.src, document.baseURI).origin;
  } catch (e) {
    return;
  }
  // A file:// or sandboxed origin is "null": nothing could be told apart, so do nothing.
  if (!origin || origin === 'null') return;
  // Pasted twice (two embeds in one article): listen once per site.
  var installed = 'yusuanToushiEmbed:' + origin;
  if (window[installed]) return;
  window[installed] = true;

  function isHeightMessage(data) {
    if (typeof data !== 'object' || data === null) return false;
    var keys = Object.keys(data);
    var h = data.height;
    return keys.length === 2 && data.type === TYPE && typeof h === 'number' && Math.floor(h) === h && h > 0 && h <= MAX_HEIGHT;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    if (!isHeightMessage(event.data)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = event.data.height + 'px';
        return;
      }
    }
  });
})();
