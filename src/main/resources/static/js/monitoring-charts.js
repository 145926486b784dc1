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

  function draw(container) {
    var table = document.getElementById(container.getAttribute('data-table'));
    if (!table) {
      return null;
    }
    var option = container.getAttribute('data-chart') === 'funnel'
      ? funnel(table) : line(table, container.getAttribute('data-code'));
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
