// Kiosk: one tap on a face; after a negative face, one follow-up question; then thanks, then back to the start.
// Each rating carries a random clientRef, so a retry after a lost answer never stores it twice.
(function () {
  var body = document.body, point = body.dataset.point, api = body.dataset.api;
  var storageKey = 'congvu-kiosk-token:' + point;
  var match = /token=([^&]+)/.exec(location.hash);
  if (match) {
    localStorage.setItem(storageKey, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname);
  }
  var token = localStorage.getItem(storageKey);
  var steps = ['step-rate', 'step-why', 'step-thanks', 'step-error'];
  var value = null, resetTimer = null;

  function show(id) {
    steps.forEach(function (s) { document.getElementById(s).hidden = s !== id; });
  }
  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function reset(after) {
    clearTimeout(resetTimer);
    resetTimer = setTimeout(function () {
      value = null;
      document.querySelectorAll('.kiosk-reason').forEach(function (r) { r.setAttribute('aria-pressed', 'false'); });
      document.getElementById('kiosk-comment').value = '';
      show('step-rate');
    }, after);
  }
  function fail(text) {
    document.getElementById('kiosk-error-text').textContent = text;
    show('step-error');
    reset(5000);
  }
  function send(answers, comment) {
    if (!token) { fail(document.getElementById('kiosk-error-text').dataset.unregistered); return; }
    var body = JSON.stringify({ servicePoint: point, survey: 'KIOSK', answers: answers, comment: comment || null,
      clientRef: uuid() });
    var attempt = 0;
    (function post() {
      fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': token }, body: body })
        .then(function (response) {
          if (response.status === 201) { show('step-thanks'); reset(4000); return; }
          if ((response.status === 503 || response.status === 429) && attempt++ < 5) { setTimeout(post, 2000); return; }
          fail(document.getElementById('kiosk-error-text').dataset[response.status === 400 ? 'unregistered' : 'retry']);
        })
        .catch(function () { if (attempt++ < 5) { setTimeout(post, 2000); } else { fail(document.getElementById('kiosk-error-text').dataset.retry); } });
    })();
  }
  document.querySelectorAll('.kiosk-face').forEach(function (button) {
    button.addEventListener('click', function () {
      value = Number(button.dataset.value);
      if (value <= 2) { show('step-why'); reset(60000); } else { send({ OVERALL: value }); }
    });
  });
  document.querySelectorAll('.kiosk-reason').forEach(function (button) {
    button.addEventListener('click', function () {
      button.setAttribute('aria-pressed', button.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
    });
  });
  document.getElementById('kiosk-send').addEventListener('click', function () {
    var answers = { OVERALL: value };
    document.querySelectorAll('.kiosk-reason[aria-pressed="true"]').forEach(function (r) { answers[r.dataset.code] = 1; });
    send(answers, document.getElementById('kiosk-comment').value.trim());
  });
})();
