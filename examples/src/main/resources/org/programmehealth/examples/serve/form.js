// Programme Health serve: checks and saves each answer as it is given (progressive enhancement:
// without this script the form still saves with its buttons). Same origin only; no other script.
(function () {
  'use strict';
  var form = document.getElementById('questions');
  var meta = document.querySelector('meta[name="csrf"]');
  if (!form || !meta || !window.fetch) { return; }
  var token = form.getAttribute('data-token');
  var timers = {};

  function send(fieldset) {
    var path = fieldset.getAttribute('data-path');
    var typed = fieldset.querySelector('input[name="a:' + path + '"]:checked') ||
                fieldset.querySelector('input[type="text"][name="a:' + path + '"]');
    var other = fieldset.querySelector('input[name="x:' + path + '"]:checked');
    var body = new URLSearchParams();
    body.set('csrf', meta.getAttribute('content'));
    body.set('path', path);
    body.set('a', typed ? typed.value : '');
    body.set('x', other ? other.value : '');
    var msg = fieldset.querySelector('.msg');
    fetch('/r/' + encodeURIComponent(token) + '/answer', { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (r) {
        msg.textContent = r.message;
        fieldset.classList.toggle('not-accepted', !r.accepted);
        var p = document.getElementById('progress');
        var w = document.getElementById('progress-words');
        if (p && typeof r.answered === 'number') {
          p.value = r.answered;
          w.textContent = r.answered + ' of ' + r.total + ' questions answered';
        }
      })
      .catch(function () { msg.textContent = 'Not saved yet: the server could not be reached. Use the Save button.'; });
  }

  form.addEventListener('input', function (e) {
    var fieldset = e.target.closest('fieldset.q');
    if (!fieldset) { return; }
    var path = fieldset.getAttribute('data-path');
    if (e.target.type === 'text') {
      // typing an answer takes back "don't know" or "does not apply"
      var others = fieldset.querySelectorAll('input[name="x:' + path + '"]');
      for (var i = 0; i < others.length; i++) { others[i].checked = false; }
      clearTimeout(timers[path]);
      timers[path] = setTimeout(function () { send(fieldset); }, 500);
    }
  });
  form.addEventListener('change', function (e) {
    var fieldset = e.target.closest('fieldset.q');
    if (!fieldset) { return; }
    var path = fieldset.getAttribute('data-path');
    if (e.target.name === 'x:' + path) {
      var answers = fieldset.querySelectorAll('input[name="a:' + path + '"]');
      for (var i = 0; i < answers.length; i++) {
        if (answers[i].type === 'radio') { answers[i].checked = false; } else { answers[i].value = ''; }
      }
    } else if (e.target.type === 'radio') {
      var x = fieldset.querySelectorAll('input[name="x:' + path + '"]');
      for (var j = 0; j < x.length; j++) { x[j].checked = false; }
    }
    clearTimeout(timers[path]);
    send(fieldset);
  });
})();
