// Loa's charts: every <figure class="chart" data-chart="{…}"> rendered by Pages/Shared/_Chart.cshtml is drawn
// with Chart.js (wwwroot/lib/chart.umd.min.js). The figure also holds the numbers as a table, open until the
// chart is drawn, so that without JavaScript (or without the library) nothing is lost. No inline script or
// style is needed: the data comes from an attribute, the sizes from CSS classes.
(function () {
  'use strict';

  // The colours of site.css.
  var colours = {
    brand: '#1f3a68',
    info: '#1f5fa8',
    ok: '#1e7a46',
    warn: '#9a6700',
    late: '#b3261e',
    muted: '#6b7280',
    light: '#cbd2dc',
    'brand-light': '#8ea3c7',
    'info-light': '#9cc2ec',
    'ok-light': '#9fd3b3'
  };
  var cycle = ['brand', 'info', 'ok', 'warn', 'late', 'muted', 'brand-light', 'info-light', 'ok-light', 'light'];
  var ink = '#1d2433';
  var grid = '#e5e7eb';
  var numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  var compact = new Intl.NumberFormat('vi-VN', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  var percents = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });

  function colour(key, index) {
    return colours[key] || colours[cycle[index % cycle.length]];
  }

  function shorten(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  // The words of a label broken into lines of about `width` characters.
  function lines(text, width) {
    var result = [];
    var line = '';
    text.split(' ').forEach(function (word) {
      if (line && (line + ' ' + word).length > width) {
        result.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      result.push(line);
    }
    return result;
  }

  // A long label on up to three lines (Chart.js draws an array as lines).
  function wrap(text, width) {
    var result = lines(text, width);
    if (result.length > 3) {
      result = result.slice(0, 3);
      result[2] = shorten(result[2] + ' …', width + 2);
    }
    return result.length === 1 ? result[0] : result;
  }

  // Characters of a label that fit under one vertical bar (about 7px a character, and a margin).
  function columnWidth(figure, data) {
    return Math.max(6, Math.floor(figure.clientWidth / data.labels.length / 8));
  }

  // Vertical bars whose labels do not fit under them (a phone, long names) are drawn horizontally, with a
  // height class for their number (the same steps as ChartModel.HeightClass).
  function fitKind(figure, data) {
    if (data.kind !== 'bar') {
      return;
    }
    var width = columnWidth(figure, data);
    var fits = data.labels.every(function (label) {
      var broken = lines(label, width);
      return broken.length <= 3 && broken.every(function (line) { return line.length <= width + 1; });
    });
    if (fits) {
      return;
    }
    data.kind = 'horizontal-bar';
    var n = data.labels.length;
    var size = n <= 6 ? 's' : n <= 10 ? 'm' : n <= 14 ? 'l' : n <= 22 ? 'xl' : n <= 34 ? 'xxl' : n <= 50 ? 'r50' : n <= 100 ? 'r100' : 'r200';
    var box = figure.querySelector('.chart-box');
    box.className = box.className.replace(/\bchart-h-\w+/, 'chart-h-' + size);
  }

  function valueText(value, unit) {
    return value === null || value === undefined ? '–' : numbers.format(value) + (unit ? ' ' + unit : '');
  }

  function datasets(data) {
    var series = data.kind === 'doughnut' ? data.series.slice(0, 1) : data.series;
    return series.map(function (s, i) {
      var base = colour(s.colour, i);
      var set = { label: s.name, data: s.values };
      if (data.kind === 'doughnut') {
        set.backgroundColor = data.labels.map(function (_, j) { return colour(data.colours && data.colours[j], j); });
        set.borderColor = '#ffffff';
        set.borderWidth = 2;
      } else if (data.kind === 'line') {
        set.borderColor = base;
        set.backgroundColor = base;
        set.borderWidth = 2;
        set.pointRadius = 3;
        set.pointHoverRadius = 5;
        // monotone: a smoothed line never swings above or below the values it joins (0 stays 0, 1 stays 1)
        set.cubicInterpolationMode = 'monotone';
        set.tension = 0.2;
        set.spanGaps = false;
      } else {
        set.backgroundColor = series.length === 1 && data.colours
          ? data.labels.map(function (_, j) { return colour(data.colours[j], 0); })
          : base;
        set.borderRadius = 2;
        set.maxBarThickness = 36;
      }
      return set;
    });
  }

  function options(data, figure) {
    var horizontal = data.kind === 'horizontal-bar';
    var round = data.series.every(function (s) {
      return s.values.every(function (v) { return v === null || Math.floor(v) === v; });
    });
    var links = data.links || [];
    var valueAxis = {
      beginAtZero: data.zero !== false,
      stacked: !!data.stacked,
      grid: { color: grid },
      border: { display: false },
      ticks: {
        precision: round ? 0 : undefined,
        // as many steps as fit the width; "450 nghìn", "1,2 triệu" on the axis, every digit in tooltips and the table
        maxTicksLimit: horizontal ? Math.max(3, Math.floor(figure.clientWidth / 90)) : 11,
        callback: function (v) { return Math.abs(v) >= 10000 ? compact.format(v) : numbers.format(v); }
      }
    };
    var labelAxis = {
      stacked: !!data.stacked,
      grid: { display: false },
      ticks: {
        autoSkip: !horizontal && data.kind === 'line',
        maxRotation: 0,
        callback: function (v) {
          var label = this.getLabelForValue(v);
          return horizontal ? shorten(label, Math.min(34, Math.floor(figure.clientWidth * 0.4 / 7))) : wrap(label, columnWidth(figure, data));
        }
      }
    };
    var many = data.kind === 'doughnut' || data.series.length > 1;
    var result = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      locale: 'vi-VN',
      indexAxis: horizontal ? 'y' : 'x',
      interaction: { mode: data.kind === 'line' ? 'index' : 'nearest', intersect: data.kind !== 'line', axis: horizontal ? 'y' : 'x' },
      plugins: {
        legend: {
          display: many,
          position: data.kind === 'doughnut' && figure.clientWidth > 480 ? 'right' : 'bottom',
          labels: {
            boxWidth: 12,
            boxHeight: 12,
            color: ink,
            // a doughnut's legend carries its numbers: "Ban hành đúng hạn: 61"
            generateLabels: data.kind === 'doughnut'
              ? function (chart) {
                return window.Chart.overrides.doughnut.plugins.legend.labels.generateLabels(chart).map(function (item) {
                  item.text += ': ' + numbers.format(data.series[0].values[item.index] || 0);
                  return item;
                });
              }
              : undefined
          }
        },
        tooltip: {
          callbacks: {
            label: function (item) {
              var text = (many && data.kind !== 'doughnut' ? item.dataset.label + ': ' : '') + valueText(item.raw, data.unit);
              if (data.kind === 'doughnut') {
                var total = item.dataset.data.reduce(function (a, b) { return a + (b || 0); }, 0);
                text += total ? ' (' + percents.format((item.raw || 0) / total) + ')' : '';
              }
              return text;
            }
          }
        }
      },
      onClick: function (event, elements) {
        var link = elements.length ? links[elements[0].index] : null;
        if (link) {
          window.location.assign(link);
        }
      },
      onHover: function (event, elements) {
        var target = event.native && event.native.target;
        if (target) {
          target.style.cursor = elements.length && links[elements[0].index] ? 'pointer' : 'default';
        }
      }
    };
    if (data.kind === 'doughnut') {
      result.cutout = '58%';
    } else {
      result.scales = horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis };
    }
    return result;
  }

  function draw(figure) {
    if (figure.getAttribute('data-drawn') === 'true') {
      return;
    }
    var canvas = figure.querySelector('canvas');
    var data = JSON.parse(figure.getAttribute('data-chart'));
    figure.classList.add('chart-ready');
    fitKind(figure, data);
    new window.Chart(canvas, {
      type: data.kind === 'horizontal-bar' ? 'bar' : data.kind,
      data: { labels: data.labels, datasets: datasets(data) },
      options: options(data, figure)
    });
    figure.setAttribute('data-drawn', 'true');
    var table = figure.querySelector('details.chart-data');
    if (table) {
      table.open = false;
    }
  }

  var configured = false;

  function configure() {
    var defaults = window.Chart.defaults;
    defaults.font.family = '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
    defaults.font.size = 13;
    defaults.color = ink;
    configured = true;
  }

  function drawAll(root) {
    if (!window.Chart) {
      return; // the library is missing (built without npm): the tables stay open.
    }
    if (!configured) {
      configure();
    }
    var figures = (root || document).querySelectorAll('figure.chart[data-chart]');
    Array.prototype.forEach.call(figures, function (figure) {
      try {
        draw(figure);
      } catch (error) {
        figure.classList.remove('chart-ready');
        if (window.console) {
          window.console.error('Loa: không vẽ được biểu đồ', figure.id, error);
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  // Content swapped in by htmx gets its charts too.
  document.addEventListener('htmx:load', function (event) { drawAll(event.target); });
})();
