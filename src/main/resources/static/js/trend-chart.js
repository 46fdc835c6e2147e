// Draws a monthly trend (satisfaction in %, or counts when data-kind="count") from the canvas's data attributes (no inline script: the CSP forbids it).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('trend');
  if (!canvas || !window.Chart || !canvas.dataset.labels) { return; }
  var labels = canvas.dataset.labels.split(',');
  var values = canvas.dataset.values.split(',').map(function (v) { return v === 'null' ? null : Number(v); });
  new Chart(canvas, {
    type: 'line',
    data: { labels: labels, datasets: [{ label: canvas.dataset.title, data: values, borderColor: '#0b5cab',
      backgroundColor: 'rgba(11,92,171,.12)', fill: true, tension: .25, spanGaps: true }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: canvas.dataset.kind === 'count' ? { min: 0, ticks: { precision: 0 } }
        : { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } },
      plugins: { legend: { display: false } } }
  });
});
