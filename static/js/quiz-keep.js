// Keeps a member's QCM answers on the device until the server has them. Answers are saved as they
// are ticked; the form is sent in the background; when the network or the server fails, the
// answers stay and are sent again every few seconds (and when the device is back online) with the
// same submissionId, so the attempt is recorded once. Without this script the form still works.
(function () {
  'use strict';
  var form = document.getElementById('quiz-form');
  var notice = document.getElementById('quiz-kept');
  if (!form || !notice || !window.localStorage || !window.fetch) {
    return;
  }
  var key = 'egide-quiz:' + form.getAttribute('data-module');
  var retry = null;

  function say(kind) {
    notice.textContent = notice.getAttribute('data-' + kind);
    notice.hidden = false;
    notice.scrollIntoView({ block: 'nearest' });
  }

  function save() {
    var answers = {};
    form.querySelectorAll('input[name^="q."]:checked').forEach(function (input) {
      (answers[input.name] = answers[input.name] || []).push(input.value);
    });
    var kept = { submissionId: form.elements.submissionId.value, answers: answers, pending: false };
    var previous = read();
    kept.pending = previous !== null && previous.pending;
    localStorage.setItem(key, JSON.stringify(kept));
  }

  function read() {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }

  function restore() {
    var kept = read();
    if (!kept) {
      return;
    }
    // The stored id is kept: if the first sending reached the server, sending again returns that attempt.
    form.elements.submissionId.value = kept.submissionId;
    Object.keys(kept.answers).forEach(function (name) {
      kept.answers[name].forEach(function (value) {
        var input = form.querySelector('input[name="' + CSS.escape(name) + '"][value="' + CSS.escape(value) + '"]');
        if (input) {
          input.checked = true;
        }
      });
    });
    if (Object.keys(kept.answers).length > 0) {
      say(kept.pending ? 'offline' : 'restored');
      if (kept.pending) {
        send();
      }
    }
  }

  function send() {
    var kept = read() || {};
    kept.pending = true;
    localStorage.setItem(key, JSON.stringify(kept));
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow' })
      .then(function (response) {
        if (response.ok && response.url.indexOf('/quiz/attempts/') >= 0) {
          localStorage.removeItem(key);
          window.location.assign(response.url);
        } else if (response.status >= 500 || response.status === 0) {
          later();
        } else {
          // A refusal the member must read (no attempt left, session over): let the page say it.
          localStorage.removeItem(key);
          form.submit();
        }
      })
      .catch(later);
  }

  function later() {
    say('offline');
    if (retry === null) {
      retry = window.setInterval(send, 5000);
    }
  }

  form.addEventListener('change', save);
  form.addEventListener('submit', function (event) {
    if (!form.checkValidity()) {
      return;
    }
    event.preventDefault();
    save();
    say('sending');
    send();
  });
  window.addEventListener('online', function () {
    var kept = read();
    if (kept && kept.pending) {
      send();
    }
  });
  restore();
})();
