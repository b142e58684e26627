// Case page charts: timeline (outcomes by year, members, membership and verdict events), radar of
// criteria, dimension profile. Data come from the JSON API; text goes into the charts as data,
// never as HTML.
(function () {
  'use strict';
  var el = document.getElementById('timeline-chart');
  if (!el || !window.echarts) return;
  var q = function (o) { return Object.keys(o).filter(function (k) { return o[k]; }).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(o[k]); }).join('&'); };
  var base = { 'case': el.dataset.case, lens: el.dataset.lens, coder: el.dataset.coder };
  var charts = [];
  function getJson(url) { return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) { return r.json(); }); }
  function text(s) { return document.createTextNode(s == null ? '' : String(s)); }

  getJson('/api/timeline?' + q(base)).then(function (t) {
    var years = t.points.map(function (p) { return p.at; });
    var outcomeIds = t.points.length ? Object.keys(t.points[0].outcomes) : [];
    var series = outcomeIds.map(function (id) {
      return { name: id, type: 'line', yAxisIndex: 0, connectNulls: false, data: t.points.map(function (p) { var m = p.outcomes[id]; return m && m.value != null ? m.value : null; }) };
    });
    // membership events: the years in which the number of full members changed
    var events = [];
    t.points.forEach(function (p, i) {
      if (i > 0 && p.members !== t.points[i - 1].members) {
        var d = p.members - t.points[i - 1].members;
        events.push({ coord: [i, p.members], value: (d > 0 ? '+' : '') + d, itemStyle: { color: d > 0 ? '#5aa469' : '#c0504d' } });
      }
    });
    series.push({ name: 'members', type: 'bar', yAxisIndex: 1, barWidth: '40%', itemStyle: { opacity: 0.25 },
      data: t.points.map(function (p) { return p.members; }), markPoint: { symbolSize: 34, data: events } });
    var marks = t.verdicts.map(function (v) { return { xAxis: v.to, label: { formatter: v.after } }; });
    if (series.length) series[0].markLine = { symbol: 'none', lineStyle: { type: 'dashed' }, data: marks.concat([{ yAxis: 0.5, label: { formatter: '0.5' } }]) };
    var c = echarts.init(el);
    c.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' }, legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 40, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: years, axisLabel: { formatter: function (v) { return v.substring(0, 4); } } },
      yAxis: [{ type: 'value', min: 0, max: 1, name: 'membership' }, { type: 'value', name: 'members', minInterval: 1 }],
      dataZoom: [{ type: 'slider', bottom: 10 }],
      series: series
    });
    charts.push(c);
    var ul = document.getElementById('timeline-events');
    t.verdicts.forEach(function (v) {
      var li = document.createElement('li');
      li.appendChild(text(v.to + ': verdict ' + v.before + ' → ' + v.after + (v.causes.length ? ' — ' + v.causes.map(function (x) { return x.description; }).join('; ') : '')));
      ul.appendChild(li);
    });
  });

  getJson('/api/assess?' + q({ 'case': base.case, lens: base.lens, coder: base.coder, at: el.dataset.at })).then(function (a) {
    var radarEl = document.getElementById('radar-chart');
    var indicator = a.criteria.map(function (c) { return { name: c.id, max: 1 }; });
    // the assess JSON (same shape as the CLI's): membership is a number or null, interval its range
    var low = a.criteria.map(function (c) { return c.interval.low; });
    var high = a.criteria.map(function (c) { return c.interval.high; });
    var r = echarts.init(radarEl);
    r.setOption({
      tooltip: { renderMode: 'richText' }, legend: { bottom: 0, data: ['coded (low)', 'possible (high)'] },
      radar: { indicator: indicator, radius: '62%', axisName: { fontSize: 9 } },
      series: [{ type: 'radar', data: [{ name: 'possible (high)', value: high, areaStyle: { opacity: 0.08 }, lineStyle: { type: 'dashed' } },
                                       { name: 'coded (low)', value: low, areaStyle: { opacity: 0.3 } }] }]
    });
    charts.push(r);
    // an undetermined dimension (score null) is no bar at 0: its known bar is a gap, and the range
    // it may take (interval low..high) is drawn as a pale band labelled "undetermined"
    var dims = ['political', 'economic', 'social'].map(function (k) { var x = a.dimensions[k];
      var unknown = x.score === null && x.interval;
      return { id: k, score: x.score, stage: x.stage, low: unknown ? x.interval.low : null, high: unknown ? x.interval.high : null }; });
    var d = echarts.init(document.getElementById('dimension-chart'));
    d.setOption({
      grid: { left: 8, right: 20, top: 10, bottom: 30, containLabel: true }, tooltip: { renderMode: 'richText' },
      xAxis: { type: 'value', min: 0, max: 1 }, yAxis: { type: 'category', data: dims.map(function (x) { return x.id; }) },
      series: [{ type: 'bar', data: dims.map(function (x) { return x.score; }), label: { show: true, position: 'right', formatter: function (p) { var s = dims[p.dataIndex].stage; return s ? s : ''; } } },
        { name: 'base', type: 'bar', stack: 'range', silent: true, itemStyle: { color: 'transparent' }, barGap: '-100%',
          data: dims.map(function (x) { return x.low === null ? '-' : x.low; }) },
        { name: 'undetermined', type: 'bar', stack: 'range', itemStyle: { color: 'rgba(154,163,173,0.35)', borderColor: '#9aa3ad', borderType: 'dashed' },
          data: dims.map(function (x) { return x.low === null ? '-' : x.high - x.low; }),
          label: { show: true, position: 'inside', color: '#38414b', formatter: function (p) { var x = dims[p.dataIndex];
            return 'undetermined ' + x.low.toFixed(2) + '\u2013' + x.high.toFixed(2); } } }]
    });
    charts.push(d);
  });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
