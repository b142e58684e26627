// Compare page: heatmap of criterion memberships, cases by criteria (unknown cells left empty).
(function () {
  'use strict';
  var el = document.getElementById('heatmap-chart');
  if (!el || !window.echarts) return;
  var url = '/api/compare?cases=' + encodeURIComponent(el.dataset.cases) + '&lens=' + encodeURIComponent(el.dataset.lens) + '&at=' + encodeURIComponent(el.dataset.at);
  fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (c) {
    var cases = c.cases.map(function (x) { return x.case; });
    var crits = c.cases.length ? c.cases[0].criteria.map(function (x) { return x.id; }) : [];
    var data = [];
    c.cases.forEach(function (cs, i) {
      cs.criteria.forEach(function (cr, j) { if (cr.membership.value != null) data.push([j, i, cr.membership.value]); });
    });
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { renderMode: 'richText', formatter: function (p) { return crits[p.value[0]] + ' · ' + cases[p.value[1]] + ': ' + p.value[2]; } },
      grid: { left: 90, right: 20, top: 10, bottom: 110 },
      xAxis: { type: 'category', data: crits, axisLabel: { rotate: 60, fontSize: 10 } },
      yAxis: { type: 'category', data: cases },
      visualMap: { min: 0, max: 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, inRange: { color: ['#f3d6d6', '#fff7e0', '#5aa469'] } },
      series: [{ type: 'heatmap', data: data, label: { show: true, fontSize: 10, color: '#1d2430' }, itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
