// Draws the PAR Index ranking from the canvases' data attributes (no inline script: the CSP forbids it), as two
// charts that share no axis: each unit's total as a bar (points), and each unit's published rank with the 5–95% rank
// interval of the uncertainty analysis and its median (ranks, best at the left).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('ranking-chart');
  if (!canvas || !window.Chart || !canvas.dataset.labels) { return; }
  var labels = canvas.dataset.labels.split('|');
  canvas.parentElement.style.height = Math.max(240, labels.length * 28 + 80) + 'px';
  new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [{ label: canvas.dataset.totalLabel,
      data: canvas.dataset.totals.split('|').map(Number), backgroundColor: 'rgba(11,92,171,.75)' }] },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
  });
});

document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('interval-chart');
  if (!canvas || !window.Chart || !canvas.dataset.labels) { return; }
  var split = function (name) { return canvas.dataset[name].split('|'); };
  var labels = split('labels');
  var lows = split('lows').map(Number);
  var highs = split('highs').map(Number);
  var point = function (values) { return values.map(function (v, i) { return { x: v, y: labels[i] }; }); };
  canvas.parentElement.style.height = Math.max(240, labels.length * 28 + 80) + 'px';
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: canvas.dataset.intervalLabel, data: lows.map(function (low, i) { return [low - 0.4, highs[i] + 0.4]; }),
          backgroundColor: 'rgba(230,145,56,.45)' },
        { type: 'scatter', label: canvas.dataset.medianLabel, data: point(split('medians').map(Number)),
          backgroundColor: '#b45309', pointRadius: 4 },
        { type: 'scatter', label: canvas.dataset.rankLabel, data: point(split('ranks').map(Number)),
          backgroundColor: '#0b5cab', borderColor: '#0b5cab', pointStyle: 'rectRot', pointRadius: 5 }
      ]
    },
    options: {
      indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { min: 0.5, max: Number(canvas.dataset.units) + 0.5,
        afterBuildTicks: function (axis) { // whole ranks only
          var step = Math.max(1, Math.ceil(Number(canvas.dataset.units) / 20));
          axis.ticks = [];
          for (var r = 1; r <= Number(canvas.dataset.units); r += step) { axis.ticks.push({ value: r }); }
        },
        title: { display: true, text: canvas.dataset.rankAxis } } }
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
