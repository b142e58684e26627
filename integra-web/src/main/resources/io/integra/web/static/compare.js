// Compare page: heatmap of criterion memberships, cases by criteria (unknown cells hatched, marked '?').
(function () {
  'use strict';
  var el = document.getElementById('heatmap-chart');
  if (!el || !window.echarts) return;
  var url = '/api/compare?cases=' + encodeURIComponent(el.dataset.cases) + '&lens=' + encodeURIComponent(el.dataset.lens) + '&at=' + encodeURIComponent(el.dataset.at);
  fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (c) {
    var cases = c.cases.map(function (x) { return x.case; });
    var crits = c.cases.length ? c.cases[0].criteria.map(function (x) { return x.id; }) : [];
    // the report's diverging scale (0 orange, 0.5 white, 1 blue; Fmt.bg in integra-report) and its
    // hatched grey "?" for a criterion not coded: unknown is never drawn as a colour of the scale
    var OUT = '#b35806', MID = '#f7f7f7', IN = '#2166ac', UNKNOWN = '#c3c9d0';
    var data = [], unknown = [];
    c.cases.forEach(function (cs, i) {
      cs.criteria.forEach(function (cr, j) {
        if (cr.membership.value != null) data.push([j, i, cr.membership.value]); else unknown.push([j, i, 0]);
      });
    });
    var names = crits.map(function (id) { return id.replace(/_/g, ' '); });
    var chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText', formatter: function (p) {
        return names[p.value[0]] + ' · ' + cases[p.value[1]] + ': ' + (p.seriesIndex === 1 ? 'unknown (not coded)' : Number(p.value[2]).toFixed(2));
      } },
      grid: { left: 8, right: 16, top: 10, bottom: 70, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 50, fontSize: 11, interval: 0 } },
      yAxis: { type: 'category', data: cases, axisLabel: { fontSize: 11 } },
      visualMap: { type: 'continuous', min: 0, max: 1, seriesIndex: 0, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: 160, itemWidth: 12, text: ['1 fully in', '0 fully out'], inRange: { color: [OUT, MID, IN] } },
      series: [
        { name: 'coded', type: 'heatmap', data: data, itemStyle: { borderColor: '#fff', borderWidth: 1 },
          label: { show: true, fontSize: 11, color: '#111', textBorderColor: '#fff', textBorderWidth: 2,
            formatter: function (p) { return Number(p.value[2]).toFixed(2); } } },
        { name: 'unknown', type: 'heatmap', data: unknown,
          itemStyle: { color: UNKNOWN, borderColor: '#fff', borderWidth: 1,
            decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.6)' } },
          label: { show: true, fontSize: 11, color: '#333', formatter: '?' } }
      ]
    });
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
