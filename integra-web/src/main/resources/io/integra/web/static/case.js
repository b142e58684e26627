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
    // labels legible (11 px) and never clipped: the ids in words, broken into lines of about 14
    // characters, and the radius shrunk until the widest label fits beside the chart
    var FONT = 11;
    var label = function (id) {
      var lines = [], line = '';
      id.replace(/_/g, ' ').split(' ').forEach(function (w) {
        if (line && (line + ' ' + w).length > 14) { lines.push(line); line = w; } else { line = line ? line + ' ' + w : w; }
      });
      if (line) lines.push(line);
      return lines.join('\n');
    };
    var indicator = a.criteria.map(function (c) { return { name: label(c.id), max: 1 }; });
    var measure = document.createElement('canvas').getContext('2d');
    measure.font = FONT + 'px sans-serif';
    var widest = 0;
    indicator.forEach(function (ind) { ind.name.split('\n').forEach(function (l) { widest = Math.max(widest, measure.measureText(l).width); }); });
    var side = Math.min(radarEl.clientWidth, radarEl.clientHeight - 40);
    var radius = Math.max(40, Math.floor(Math.min(side / 2 - 3 * FONT - 6, radarEl.clientWidth / 2 - widest - 14)));
    // the assess JSON (same shape as the CLI's): membership is a number or null, interval its range
    var low = a.criteria.map(function (c) { return c.interval.low; });
    var high = a.criteria.map(function (c) { return c.interval.high; });
    var r = echarts.init(radarEl);
    r.setOption({
      tooltip: { renderMode: 'richText' }, legend: { bottom: 0, data: ['coded (low)', 'possible (high)'] },
      radar: { indicator: indicator, radius: radius, center: ['50%', '47%'], axisNameGap: 6, axisName: { fontSize: FONT, color: '#33404d', lineHeight: 13 } },
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

// The map of members over time (issue 13 point 11): /api/member-map gives the case's members,
// suspended members and withdrawn states year by year, /api/world-map the bundled Natural Earth
// outlines (no tile server). The slider picks the year; the text under the map says in words what
// the map shows. Names go into the chart as data and into the page as text, never as HTML.
(function () {
  'use strict';
  var el = document.getElementById('map-chart');
  if (!el || !window.echarts || !window.IntegraMemberMap) return;
  var M = window.IntegraMemberMap; // /assets/shared/member-map.js, shared with the HTML report
  function getJson(url) { return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) { return r.json(); }); }
  var q = 'case=' + encodeURIComponent(el.dataset.case) + '&at=' + encodeURIComponent(el.dataset.at);
  Promise.all([getJson('/api/world-map'), getJson('/api/member-map?' + q)]).then(function (res) {
    var mm = res[1];
    if (!mm.years || mm.years.length === 0) { document.getElementById('map-text').textContent = 'No member before ' + el.dataset.at + '.'; return; }
    var w = M.world(res[0]);
    var chart = echarts.init(el);
    chart.setOption(M.option(w, mm, M.sample(w, mm, mm.years[mm.years.length - 1]), { trigger: 'item', renderMode: 'richText', formatter: function (p) {
      return p.data && p.data.status ? p.data.label + ' (' + p.data.name + '): ' + M.STATUS[p.data.status].label : p.name;
    } }));
    var slider = document.getElementById('map-year'), out = document.getElementById('map-date'), text = document.getElementById('map-text');
    function show(i) {
      var s = mm.years[i], x = M.sample(w, mm, s);
      chart.setOption({ series: [{ data: x.regions }, { data: x.dots }] });
      out.textContent = s.date;
      text.textContent = M.describe(s);
      el.setAttribute('data-date', s.date);
    }
    slider.max = String(mm.years.length - 1);
    slider.value = String(mm.years.length - 1);
    slider.addEventListener('input', function () { show(Number(slider.value)); });
    show(mm.years.length - 1);
    el.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
