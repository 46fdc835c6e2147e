// The quiz page: counts the seconds left down to the deadline the server set, and says when the time is up.
// The server decides: answers sent after the deadline are refused whatever this shows.
(function () {
  var deadline = document.getElementById('deadline');
  if (!deadline || !deadline.dataset.secondsLeft) {
    return;
  }
  var end = Date.now() + Number(deadline.dataset.secondsLeft) * 1000;
  var left = document.getElementById('seconds-left');
  function tick() {
    var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
    left.textContent = String(seconds);
    if (seconds > 0) {
      window.setTimeout(tick, 1000);
    } else {
      deadline.classList.add('ended');
    }
  }
  tick();
})();
