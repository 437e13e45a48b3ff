// Starts Égide's SCORM run-time for the package in #scorm-content, then loads the package.
// Commits are synchronous and sent with the CSRF header; autosaves go in the background.
(function () {
  'use strict';
  var holder = document.getElementById('scorm-player');
  var config = JSON.parse(holder.getAttribute('data-config'));
  var status = document.getElementById('scorm-status');

  function headers() {
    var h = { 'Content-Type': 'application/json' };
    h[config.csrfHeader] = config.csrfToken;
    return h;
  }

  var transport = {
    commit: function (payload) {
      try {
        var xhr = new XMLHttpRequest();
        xhr.open('POST', config.commitUrl, false);
        var h = headers();
        Object.keys(h).forEach(function (name) { xhr.setRequestHeader(name, h[name]); });
        xhr.send(JSON.stringify(payload));
        var stored = xhr.status >= 200 && xhr.status < 300 && JSON.parse(xhr.responseText).stored === true;
        status.hidden = stored;
        return stored;
      } catch (e) {
        status.hidden = false;
        return false;
      }
    },
    autosave: function (payload) {
      fetch(config.commitUrl, { method: 'POST', headers: headers(), body: JSON.stringify(payload), keepalive: true,
        credentials: 'same-origin' }).catch(function () { status.hidden = false; });
    }
  };

  window.EgideScormRuntime.install(window, {
    version: config.version,
    state: config.state,
    transport: transport,
    autosaveMs: 10000,
    log: function (level, message) { if (window.console) { console[level === 'warn' ? 'warn' : 'log'](message); } }
  });
  document.getElementById('scorm-content').src = config.launch;
})();
