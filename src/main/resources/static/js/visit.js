// The visit's checklist saves each change as a draft through htmx. When the connection drops, say so plainly and
// send the form again as soon as the browser is back online, so nothing ticked offline is lost on the way.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('checklist-form');
  if (!form || !window.htmx) { return; }
  var pending = false;
  function status(text, error) {
    var el = document.getElementById('draft-status');
    if (el) { el.textContent = text; el.className = 'small ' + (error ? 'error-text' : 'muted'); }
  }
  function failed() {
    pending = true;
    status(form.dataset.offline, true);
  }
  form.addEventListener('htmx:sendError', failed);
  form.addEventListener('htmx:timeout', failed);
  form.addEventListener('htmx:afterRequest', function (event) {
    if (event.detail.successful) { pending = false; }
  });
  window.addEventListener('online', function () {
    if (pending) { htmx.trigger(form, 'change'); }
  });
});
