// The period page's charts (Chart.js, served from the application): each target's values against
// its plan, the path required from the baseline and the projection of the trend. A chart is drawn
// when its target is opened, so a page of sixty targets costs nothing until someone looks. Lines
// differ by dash as well as colour, estimates by point shape, and every number is written the way
// the page's language writes it (1.306,5 in Vietnamese).
(() => {
  'use strict';
  const english = document.documentElement.lang === 'en';
  const number = new Intl.NumberFormat(english ? 'en-GB' : 'vi-VN', {maximumFractionDigits: 2});

  // The axis runs in years, a period at its end: 2026.5 is the end of June 2026, 2027 the end of 2026.
  const month = (value) => {
    const year = Math.floor(value - 1e-6);
    return Math.round((value - year) * 12) + '/' + year;
  };

  const line = (label, data, colour, dash, extra) => Object.assign(
      {label, data, borderColor: colour, backgroundColor: colour, borderDash: dash, borderWidth: 2, pointRadius: 0, tension: 0},
      extra || {});

  function draw(canvas) {
    if (canvas.dataset.drawn || typeof window.Chart === 'undefined') {
      return;
    }
    canvas.dataset.drawn = 'true';
    const chart = JSON.parse(canvas.dataset.chart);
    const series = chart.series;
    const labels = chart.labels;
    const unit = chart.unit ? ' ' + chart.unit : '';
    const datasets = [line(labels.actual, series.actual, '#1f4e99', [], {
      pointRadius: 5,
      pointStyle: series.actual.map((p) => (p.estimate ? 'triangle' : 'circle')),
    })];
    if (series.plan) {
      datasets.push(line(labels.plan, series.plan, '#1e6b3a', [2, 3]));
    }
    if (series.planMax) {
      datasets.push(line(labels.planMax, series.planMax, '#1e6b3a', [2, 3]));
    }
    if (series.path) {
      datasets.push(line(labels.path, series.path, '#5b6575', [8, 4], {pointRadius: 2}));
    }
    if (series.projection) {
      datasets.push(line(labels.projection, series.projection, '#b3261e', [3, 6], {pointRadius: 3, pointStyle: 'rectRot'}));
    }
    const span = chart.max - chart.min;
    new window.Chart(canvas, {
      type: 'line',
      data: {datasets},
      options: {
        animation: false,
        layout: {padding: {right: 12}},
        maintainAspectRatio: false,
        interaction: {mode: 'nearest', intersect: false},
        scales: {
          x: {type: 'linear', min: chart.min, max: chart.max,
            ticks: {stepSize: span <= 1 ? 1 / 12 : span <= 3 ? 0.5 : 1, callback: month}},
          y: {grace: '8%', ticks: {callback: (value) => number.format(value)}},
        },
        plugins: {
          legend: {labels: {usePointStyle: true, boxHeight: 7}},
          tooltip: {callbacks: {
            title: (items) => (items[0].raw.label || month(items[0].raw.x)),
            label: (item) => item.dataset.label + ': ' + number.format(item.raw.y) + unit
                + (item.raw.estimate ? ' (' + labels.estimate + ')' : ''),
          }},
        },
      },
    });
  }

  function drawVisible() {
    document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
      if (!canvas.closest('details:not([open])')) {
        draw(canvas);
      }
    });
  }

  // <details> does not bubble its toggle event; listen while it is captured.
  document.addEventListener('toggle', (event) => {
    if (event.target.open) {
      event.target.querySelectorAll('canvas[data-chart]').forEach(draw);
    }
  }, true);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawVisible);
  } else {
    drawVisible();
  }
})();
