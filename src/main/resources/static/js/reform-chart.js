// Draws the PAR Index ranking from the canvas's data attributes (no inline script: the CSP forbids it): each unit's
// total as a bar, and beside it the 5–95% rank interval of the uncertainty analysis with its median.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('ranking-chart');
  if (!canvas || !window.Chart || !canvas.dataset.labels) { return; }
  var split = function (name) { return canvas.dataset[name].split('|'); };
  var labels = split('labels');
  var totals = split('totals').map(Number);
  var lows = split('lows').map(Number);
  var highs = split('highs').map(Number);
  var medians = split('medians').map(Number);
  canvas.parentElement.style.height = Math.max(240, labels.length * 28 + 80) + 'px';
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: canvas.dataset.totalLabel, data: totals, backgroundColor: 'rgba(11,92,171,.75)', xAxisID: 'x' },
        { label: canvas.dataset.intervalLabel, data: lows.map(function (low, i) { return [low - 0.4, highs[i] + 0.4]; }),
          backgroundColor: 'rgba(230,145,56,.45)', xAxisID: 'rank' },
        { type: 'scatter', label: canvas.dataset.medianLabel,
          data: medians.map(function (m, i) { return { x: m, y: labels[i] }; }), backgroundColor: '#b45309',
          pointRadius: 4, xAxisID: 'rank' }
      ]
    },
    options: {
      indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        x: { position: 'top', min: 0, max: 100 },
        rank: { position: 'bottom', reverse: true, min: 0.5, max: labels.length + 0.5, ticks: { stepSize: 1 },
          grid: { drawOnChartArea: false } }
      }
    }
  });
});

// A unit's profile: its points per content beside the mean of all units, as a share of each content's maximum.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('profile-chart');
  if (!canvas || !window.Chart || !canvas.dataset.labels) { return; }
  var split = function (name) { return canvas.dataset[name].split('|').map(Number); };
  var labels = canvas.dataset.labels.split('|');
  var max = split('max');
  var share = function (values) { return values.map(function (v, i) { return max[i] > 0 ? 100 * v / max[i] : null; }); };
  canvas.parentElement.style.height = Math.max(240, labels.length * 34 + 80) + 'px';
  new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [
      { label: canvas.dataset.unitLabel, data: share(split('unit')), backgroundColor: 'rgba(11,92,171,.75)' },
      { label: canvas.dataset.meanLabel, data: share(split('mean')), backgroundColor: 'rgba(150,150,150,.55)' } ] },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } } }
  });
});

// A unit's total over the years.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('trend-chart');
  if (!canvas || !window.Chart || !canvas.dataset.labels) { return; }
  new Chart(canvas, {
    type: 'line',
    data: { labels: canvas.dataset.labels.split('|'), datasets: [{ label: canvas.dataset.label,
      data: canvas.dataset.values.split('|').map(Number), borderColor: '#0b5cab', tension: .2 }] },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
  });
});
