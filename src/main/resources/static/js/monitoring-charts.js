// retelavoro: the monitoring charts. Each chart draws the table it names (data-table), which stays on the
// page as the alternative for screen readers; the chart itself is aria-hidden. In a file of its own: the
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  function numbers(cells) {
    return Array.prototype.map.call(cells, function (cell) {
      return Number(cell.getAttribute('data-value'));
    });
  }

  function texts(cells) {
    return Array.prototype.map.call(cells, function (cell) {
      return cell.textContent.trim();
    });
  }

  function funnel(table) {
    var rows = table.querySelectorAll('tbody tr');
    return {
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category', inverse: true,
        data: texts(Array.prototype.map.call(rows, function (row) { return row.querySelector('th'); }))
      },
      series: [{
        type: 'bar', label: { show: true, position: 'right' }, itemStyle: { color: '#0066cc' },
        data: numbers(Array.prototype.map.call(rows, function (row) { return row.querySelector('[data-value]'); }))
      }]
    };
  }

  function line(table, code) {
    var row = table.querySelector('tbody tr[data-code="' + code + '"]');
    if (!row) {
      return null;
    }
    return {
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: texts(table.querySelectorAll('thead th[data-month]')) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        type: 'line', name: code, label: { show: true }, itemStyle: { color: '#0066cc' },
        data: numbers(row.querySelectorAll('[data-value]'))
      }]
    };
  }

  // Bars of percentages: one category per row of the table (its data-label), one series per header cell marked
  // data-series, whose values are the row's cells with the same data-series (no data-value: not available, no bar).
  function bars(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var names = texts(table.querySelectorAll('thead th[data-series]'));
    var categories = rows.map(function (row) { return row.getAttribute('data-label'); });
    return {
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: names },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: names.map(function (name, index) {
        return {
          type: 'bar', name: name, label: { show: true, position: 'top' },
          itemStyle: { color: index === 0 ? '#0066cc' : '#008055' },
          data: rows.map(function (row) {
            var cell = row.querySelector('[data-series="' + index + '"][data-value]');
            return cell ? Number(cell.getAttribute('data-value')) : null;
          })
        };
      })
    };
  }

  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-table'));
    if (!table) {
      return null;
    }
    var kind = container.getAttribute('data-chart');
    var option = kind === 'funnel' ? funnel(table)
      : kind === 'bars' ? bars(table) : line(table, container.getAttribute('data-code'));
    if (!option) {
      return null;
    }
    option.animation = false;
    var chart = window.echarts.init(container);
    chart.setOption(option);
    return chart;
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    var charts = Array.prototype.map.call(document.querySelectorAll('.monitoring-chart'), draw)
      .filter(function (chart) { return chart !== null; });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  });
}());
