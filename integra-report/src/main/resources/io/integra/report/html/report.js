/* Integra report: draws the charts with Apache ECharts from the JSON embedded in the page.
   Every text that comes from case files is escaped before it reaches a tooltip (HTML). */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('integra-data').textContent);
  var OUT = '#b35806', MID = '#f7f7f7', IN = '#2166ac', UNKNOWN = '#c3c9d0';
  var LENS_COLORS = ['#1f5f99', '#d9822b', '#2e8b57', '#8e44ad', '#c0392b', '#16a085'];
  var lensById = {}, caseById = {};
  data.lenses.forEach(function (l, i) { l.color = LENS_COLORS[i % LENS_COLORS.length]; lensById[l.id] = l; });
  data.cases.forEach(function (c) { caseById[c.id] = c; });

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }
  function label(c) { return c.shortName || c.id; }
  function num(v) { return v === null || v === undefined ? 'unknown' : Number(v).toFixed(2); }
  function reading(c, lensId) {
    for (var i = 0; i < c.readings.length; i++) if (c.readings[i].lens === lensId) return c.readings[i];
    return null;
  }
  function narrow(el) { return el.clientWidth < 640; }
  /* Criterion names are long ("A multiplicity of ranges of ..."): axes show the id in words. */
  function shortName(cr) { return cr.id.replace(/_/g, ' '); }
  /* Breaks a label into lines of about 14 characters, at spaces. */
  function wrap(text) {
    var lines = [], line = '';
    text.split(' ').forEach(function (w) {
      if (line && (line + ' ' + w).length > 14) { lines.push(line); line = w; } else { line = line ? line + ' ' + w : w; }
    });
    if (line) lines.push(line);
    return lines.join('\n');
  }

  function heatmap(el) {
    var lens = lensById[el.getAttribute('data-lens')];
    var cases = data.cases, known = [], unknown = [];
    cases.forEach(function (c, x) {
      var r = reading(c, lens.id);
      lens.criteria.forEach(function (cr, y) {
        var s = r.scores[y];
        if (s.value === null) unknown.push([x, y, 0]); else known.push([x, y, s.value]);
      });
    });
    var small = narrow(el);
    el.style.height = (lens.criteria.length * (small ? 26 : 28) + 150) + 'px';
    var cellLabels = !small || cases.length <= 4;
    return {
      animation: false,
      tooltip: {
        formatter: function (p) {
          var c = cases[p.data[0]], cr = lens.criteria[p.data[1]];
          return esc(label(c)) + '<br>' + esc(cr.name) + '<br><b>' +
            (p.seriesIndex === 1 ? 'unknown (not coded)' : num(p.data[2])) + '</b>';
        }
      },
      grid: { top: small ? 70 : 60, left: 8, right: 12, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: cases.map(label), position: 'top',
        axisLabel: { interval: 0, rotate: cases.length > 5 || small ? 40 : 0 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: lens.criteria.map(shortName), inverse: true,
        axisLabel: { interval: 0, width: small ? 110 : 190, overflow: 'truncate' } },
      visualMap: { type: 'continuous', min: 0, max: 1, seriesIndex: 0, orient: 'horizontal', left: 'center', bottom: 8,
        itemHeight: small ? 120 : 200, itemWidth: 12, text: ['1 fully in', '0 fully out'], calculable: false,
        inRange: { color: [OUT, MID, IN] } },
      series: [
        { name: 'coded', type: 'heatmap', data: known, itemStyle: { borderColor: '#fff', borderWidth: 1 },
          label: { show: cellLabels, color: '#111', textBorderColor: '#fff', textBorderWidth: 2,
            formatter: function (p) { return Number(p.data[2]).toFixed(2); } } },
        { name: 'unknown', type: 'heatmap', data: unknown,
          itemStyle: { color: UNKNOWN, borderColor: '#fff', borderWidth: 1,
            decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.6)' } },
          label: { show: true, color: '#333', formatter: '?' } }
      ]
    };
  }

  /* Evidence coverage (io.integra.core.assess.Coverage): case x year, the colour is the share of the
     lens's criteria known (coded, measured or both); a case-year with nothing known is hatched grey,
     like an unknown criterion. Years before a case's founding have no cell. */
  function coverage(el) {
    var id = el.getAttribute('data-lens'), lens = null;
    data.coverage.lenses.forEach(function (l) { if (l.lens === id) lens = l; });
    var lo = Infinity, hi = -Infinity;
    lens.cases.forEach(function (r) { r.years.forEach(function (c) { lo = Math.min(lo, c.year); hi = Math.max(hi, c.year); }); });
    var years = [];
    for (var y = lo; y <= hi; y++) years.push(String(y));
    var known = [], none = [];
    lens.cases.forEach(function (r, row) {
      r.years.forEach(function (c) {
        var cell = [c.year - lo, row, lens.criteria === 0 ? 0 : c.known / lens.criteria];
        (c.known === 0 ? none : known).push(cell);
      });
    });
    var names = lens.cases.map(function (r) { var c = caseById[r.caseId]; return c ? label(c) : r.caseId; });
    var small = narrow(el);
    el.style.height = (lens.cases.length * 26 + 130) + 'px';
    function cellOf(p) { return lens.cases[p.data[1]].years.filter(function (c) { return c.year === p.data[0] + lo; })[0]; }
    return {
      animation: false,
      tooltip: {
        formatter: function (p) {
          var r = lens.cases[p.data[1]], c = cellOf(p);
          var out = ['<b>' + esc(names[p.data[1]]) + '</b>, 30 June ' + esc(c.year),
            'known: <b>' + c.known + '</b> of ' + lens.criteria + ' criteria',
            'coded ' + c.coded + ' \u00b7 measured ' + c.measured + ' \u00b7 both ' + c.both];
          if (c.conditionsKnown !== null && c.conditionsKnown !== undefined) {
            out.push('background conditions known: ' + c.conditionsKnown + ' of ' + lens.conditions.length);
          }
          out.push('coder: ' + esc(c.coder || 'none (no coding holds)'));
          return out.join('<br>');
        }
      },
      grid: { top: 10, left: 8, right: 12, bottom: 60, containLabel: true },
      xAxis: { type: 'category', data: years, splitArea: { show: false }, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { interval: 0, width: small ? 90 : 160, overflow: 'truncate' } },
      visualMap: { type: 'continuous', min: 0, max: 1, seriesIndex: 0, orient: 'horizontal', left: 'center', bottom: 8,
        itemHeight: small ? 120 : 200, itemWidth: 12, text: ['all criteria known', 'few known'], calculable: false,
        inRange: { color: ['#c6dbef', '#4292c6', '#08306b'] } },
      series: [
        { name: 'known', type: 'heatmap', data: known, itemStyle: { borderColor: '#fff', borderWidth: 1 } },
        { name: 'nothing known', type: 'heatmap', data: none,
          itemStyle: { color: UNKNOWN, borderColor: '#fff', borderWidth: 1,
            decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.6)' } } }
      ]
    };
  }

  /* A radar drawn on ECharts' polar coordinates rather than its radar series: the radar series
     draws a missing value at the centre, i.e. as 0, while a polar line leaves a gap. Unknown must
     never read as 0. Angle i is criterion i; the point at angle n closes the loop. */
  function radar(el) {
    var c = caseById[el.getAttribute('data-case')];
    var lenses = el.getAttribute('data-lenses').split(' ').map(function (id) { return lensById[id]; });
    var criteria = lenses[0].criteria, n = criteria.length;
    var readings = lenses.map(function (l) { return reading(c, l.id); });
    var small = narrow(el);
    var names = criteria.map(function (cr, i) {
      var anyKnown = readings.some(function (r) { return r.scores[i].value !== null; });
      return wrap(shortName(cr) + (anyKnown ? '' : ' (?)'));
    });
    /* labels legible (11 px) and never clipped: names broken into short lines, and the radius
       shrunk until the widest line fits beside the chart */
    var measure = document.createElement('canvas').getContext('2d'), widest = 0;
    measure.font = '11px sans-serif';
    names.forEach(function (nm) { nm.split('\n').forEach(function (l) { widest = Math.max(widest, measure.measureText(l).width); }); });
    var radius = Math.max(50, Math.floor(Math.min(el.clientWidth / 2 - widest - 16, el.clientHeight * 0.44 - 3 * 13 - 8)));
    var series = lenses.map(function (l, k) {
      var vals = readings[k].scores.map(function (s) { return s.value; });
      var data = vals.map(function (v, i) { return [v === null ? '-' : v, i]; });
      data.push([vals[0] === null ? '-' : vals[0], n]);
      return { name: l.name, type: 'line', coordinateSystem: 'polar', connectNulls: false, symbol: 'circle',
        symbolSize: 7, lineStyle: { width: 2, color: l.color }, itemStyle: { color: l.color }, data: data, z: 3 + k };
    });
    return {
      animation: false,
      /* a plain legend wraps into rows instead of scrolling: every lens name stays readable */
      legend: { top: 0, left: 'center', width: '94%', type: 'plain', data: lenses.map(function (l) { return l.name; }) },
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) {
          var i = p.data[1] % n, k = p.seriesIndex;
          var v = readings[k].scores[i].value;
          return '<b>' + esc(label(c)) + '</b> \u2014 ' + esc(lenses[k].name) + '<br>' + esc(criteria[i].name) + ': <b>' + num(v) + '</b>';
        }
      },
      polar: { radius: radius, center: ['50%', '56%'] },
      angleAxis: { type: 'value', min: 0, max: n, interval: 1, startAngle: 90, clockwise: true,
        axisTick: { show: false }, axisLine: { lineStyle: { color: '#c9d0d8' } },
        splitLine: { show: true, lineStyle: { color: '#e3e7ec' } },
        axisLabel: { fontSize: 11, lineHeight: 13, color: '#33404d', formatter: function (v) { return v < n ? names[v] : ''; } } },
      radiusAxis: { min: 0, max: 1, interval: 0.25, axisLabel: { fontSize: 9, color: '#7b8794' },
        splitLine: { show: true, lineStyle: { color: '#e3e7ec' } }, axisLine: { show: false } },
      series: series
    };
  }

  var EVENT_STYLE = {
    joined: { symbol: 'triangle', color: '#2e8b57', sign: '+', name: 'joined' },
    left: { symbol: 'triangle', rotate: 180, color: '#c0392b', sign: '\u2212', name: 'left' },
    suspended: { symbol: 'diamond', color: '#d9822b', sign: '\u2212', name: 'suspended' },
    reinstated: { symbol: 'circle', color: '#1f5f99', sign: '+', name: 'reinstated' }
  };

  function timeline(el) {
    var c = caseById[el.getAttribute('data-case')], t = c.timeline;
    var years = t.years.map(String);
    var groups = {};
    /* members are sampled on 30 June: an event shows at the first sample on or after its day */
    t.events.forEach(function (e) {
      var y = Number(e.date.substring(0, 4)) + (e.date.substring(5) > '06-30' ? 1 : 0);
      var key = e.kind + '|' + y;
      (groups[key] = groups[key] || []).push(e);
    });
    var eventSeries = Object.keys(EVENT_STYLE).map(function (kind) {
      var st = EVENT_STYLE[kind], points = [];
      Object.keys(groups).forEach(function (key) {
        if (key.split('|')[0] !== kind) return;
        var year = key.split('|')[1], i = years.indexOf(year);
        if (i < 0) return;
        points.push({ value: [i, t.members[i]], events: groups[key] });
      });
      return { name: 'Members ' + st.name, type: 'scatter', yAxisIndex: 0, data: points, symbol: st.symbol,
        symbolRotate: st.rotate || 0, symbolSize: 13, itemStyle: { color: st.color }, z: 5,
        label: { show: true, position: kind === 'left' || kind === 'suspended' ? 'bottom' : 'top', fontSize: 10, color: st.color,
          formatter: function (p) { return st.sign + p.data.events.length; } } };
    });
    var lines = t.tracks.map(function (k) {
      var l = lensById[k.lens], color = l ? l.color : '#555';
      var verdictMarks = t.marks.filter(function (mk) { return mk.lens === k.lens && mk.kind === 'verdict'; })
        .map(function (mk) {
          var to = mk.text.split('\u2192').pop().trim();
          return { xAxis: String(mk.year), label: { formatter: '\u2192 ' + to } };
        });
      return { name: l ? l.name : k.lens, type: 'line', yAxisIndex: 1, connectNulls: false,
        showSymbol: t.years.length < 30, symbolSize: 4, lineStyle: { width: 2, color: color }, itemStyle: { color: color },
        data: k.value.map(function (v) { return v === null ? '-' : v; }),
        markLine: verdictMarks.length === 0 ? undefined : { symbol: 'none', silent: true,
          lineStyle: { color: color, type: 'dashed', width: 1 }, label: { color: color, fontSize: 10, position: 'insideEndTop' },
          data: verdictMarks } };
    });
    /* the last year of each measured series (Coverage.basisOf): past it, only codings can be known */
    var endsByYear = {};
    (t.measuredEnds || []).forEach(function (e) { (endsByYear[e.year] = endsByYear[e.year] || []).push(e.criterion.replace(/_/g, ' ')); });
    var dataEnds = Object.keys(endsByYear).filter(function (y) { return years.indexOf(y) >= 0; }).map(function (y) {
      return { xAxis: y, label: { formatter: 'data end: ' + endsByYear[y].join(', ') } };
    });
    /* years whose verdict is undetermined (the evidence cannot decide) under some lens: a grey band
       of its own colour with a legend entry, so that they never read as a transition */
    var undeterminedAreas = [];
    t.tracks.forEach(function (k) {
      var start = -1;
      for (var i = 0; i <= years.length; i++) {
        var u = i < years.length && typeof k.verdict[i] === 'string' && k.verdict[i].indexOf('undetermined') === 0;
        if (u && start < 0) start = i;
        if (!u && start >= 0) {
          var l = lensById[k.lens];
          undeterminedAreas.push([{ xAxis: years[start], name: (l ? l.name : k.lens) + ': undetermined' }, { xAxis: years[i - 1] }]);
          start = -1;
        }
      }
    });
    var undeterminedSeries = undeterminedAreas.length === 0 ? [] : [{ name: 'Verdict undetermined', type: 'line', yAxisIndex: 1,
      data: years.map(function () { return '-'; }), showSymbol: false, itemStyle: { color: '#9aa3ad' }, lineStyle: { color: '#9aa3ad' },
      markArea: { silent: true, itemStyle: { color: 'rgba(154,163,173,0.22)' }, label: { show: false }, data: undeterminedAreas } }];
    var small = narrow(el);
    return {
      animation: false,
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) {
          if (p.componentType === 'markLine') return '';
          if (p.seriesType === 'scatter') {
            return '<b>' + esc(years[p.data.value[0]]) + '</b><br>' + p.data.events.map(function (e) {
              return esc(e.date) + ' ' + esc(e.name) + ' (' + esc(e.iso3) + ') ' + esc(e.kind);
            }).join('<br>');
          }
          if (p.seriesType === 'bar') return esc(years[p.dataIndex]) + ': <b>' + p.value + '</b> members on 30 June';
          var k = t.tracks[p.seriesIndex - 1], i = p.dataIndex;
          var v = k.value[i] !== null ? num(k.value[i])
            : (k.low[i] === 0 && k.high[i] === 1 ? 'unknown' : num(k.low[i]) + '\u2013' + num(k.high[i]) + ' (bounded)');
          return esc(years[i]) + ' \u2014 ' + esc(p.seriesName) + '<br>' + esc(k.outcomeName) + ': <b>' + v + '</b><br>verdict: ' + esc(k.verdict[i] || '\u2014');
        }
      },
      grid: { top: small ? 70 : 50, left: 8, right: 8, bottom: 30, containLabel: true },
      xAxis: { type: 'category', data: years, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: 'value', name: 'members', minInterval: 1, nameTextStyle: { align: 'left' } },
        { type: 'value', name: 'membership', min: 0, max: 1, splitLine: { show: false }, nameTextStyle: { align: 'right' } }
      ],
      series: [{ name: 'Members', type: 'bar', yAxisIndex: 0, data: t.members, barCategoryGap: '20%', itemStyle: { color: '#a9c8e6' },
          markLine: dataEnds.length === 0 ? undefined : { symbol: 'none', silent: true,
            lineStyle: { color: '#16a085', type: 'dotted', width: 1.5 }, label: { color: '#16a085', fontSize: 10, position: 'insideStartTop' },
            data: dataEnds } }]
        .concat(lines).concat(eventSeries).concat(undeterminedSeries)
    };
  }

  /* A criterion measured from data (indicator recipe): the raw index with its calibration anchors on
     top, the calibrated membership and the coded score(s) below, on one time axis. Years without
     data are gaps (null), never 0; the tooltip gives the reason. */
  function indicator(el) {
    var s = data.indicators[Number(el.getAttribute('data-series'))];
    var years = s.years.map(String);
    function nd(v) { return v === null || v === undefined ? '-' : v; }
    function raw(v) { return v === null ? 'no value' : (Math.abs(v) >= 1e6 ? Number(v).toPrecision(4) : Number(v).toFixed(3)); }
    var known = s.raw.filter(function (v) { return v !== null; });
    var lo = Math.min.apply(null, known.concat([s.exclusion, s.inclusion]));
    var hi = Math.max.apply(null, known.concat([s.exclusion, s.inclusion]));
    var pad = (hi - lo) * 0.05 || 1;
    var anchor = function (v, text, type, color) {
      return { yAxis: v, label: { formatter: text, position: 'insideEndTop', fontSize: 10, color: color },
        lineStyle: { type: type, color: color, width: 1 } };
    };
    var coded = s.coded.map(function (k) {
      var l = lensById[k.lens], color = l ? l.color : '#555';
      return { name: 'coded: ' + (l ? l.name : k.lens), type: 'line', step: 'middle', xAxisIndex: 1, yAxisIndex: 1,
        connectNulls: false, showSymbol: false, lineStyle: { width: 2, type: 'dashed', color: color }, itemStyle: { color: color },
        data: k.values.map(nd) };
    });
    var small = narrow(el);
    return {
      animation: false,
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis', confine: true,
        formatter: function (ps) {
          var i = ps[0].dataIndex, out = ['<b>' + esc(years[i]) + '</b>', esc(s.index) + ': <b>' + raw(s.raw[i]) + '</b>'];
          if (s.raw[i] === null) out.push(esc(s.reasons[i]));
          else out.push('data-based membership: <b>' + num(s.membership[i]) + '</b>');
          s.coded.forEach(function (k) {
            var l = lensById[k.lens];
            out.push('coded (' + esc(l ? l.name : k.lens) + '): <b>' + num(k.values[i]) + '</b>');
          });
          return out.join('<br>');
        }
      },
      axisPointer: { link: [{ xAxisIndex: 'all' }] },
      grid: [{ top: small ? 70 : 50, left: 8, right: 16, height: '30%', containLabel: true },
        { top: '62%', left: 8, right: 16, bottom: 28, containLabel: true }],
      xAxis: [{ type: 'category', gridIndex: 0, data: years, axisLabel: { show: false } },
        { type: 'category', gridIndex: 1, data: years, axisLabel: { hideOverlap: true } }],
      yAxis: [{ type: 'value', gridIndex: 0, name: s.index, min: lo - pad, max: hi + pad, nameTextStyle: { align: 'left' },
          axisLabel: { formatter: function (v) { return Number(v.toPrecision(3)); } } },
        { type: 'value', gridIndex: 1, name: 'membership', min: 0, max: 1, interval: 0.25, nameTextStyle: { align: 'left' } }],
      series: [
        { name: s.index + ' (raw)', type: 'line', xAxisIndex: 0, yAxisIndex: 0, connectNulls: false, symbolSize: 4,
          showSymbol: years.length < 30, lineStyle: { width: 2, color: '#33404d' }, itemStyle: { color: '#33404d' },
          data: s.raw.map(nd),
          markLine: { symbol: 'none', silent: true, data: [
            anchor(s.crossover, 'crossover ' + s.crossover, 'dashed', '#c0392b'),
            anchor(s.exclusion, 'out ' + s.exclusion, 'dotted', OUT),
            anchor(s.inclusion, 'in ' + s.inclusion, 'dotted', IN)] } },
        { name: 'data-based membership', type: 'line', xAxisIndex: 1, yAxisIndex: 1, connectNulls: false, symbolSize: 4,
          showSymbol: years.length < 30, lineStyle: { width: 2, color: '#16a085' }, itemStyle: { color: '#16a085' },
          data: s.membership.map(nd),
          markLine: { symbol: 'none', silent: true, data: [anchor(0.5, '0.5', 'dashed', '#c0392b')] } }
      ].concat(coded)
    };
  }

  /* A map of a case's members at one sample (members, suspended, withdrawn): IntegraMemberMap
     (io/integra/casebase/script/member-map.js, inlined before this file, shared with the web workbench)
     on the outlines embedded in the page. The year slider below the chart picks the sample. */
  var world = null;
  function worldMap() {
    if (!world) world = IntegraMemberMap.world(JSON.parse(document.getElementById('integra-world').textContent));
    return world;
  }
  function memberMapOf(caseId) {
    for (var i = 0; i < (data.memberMaps || []).length; i++) if (data.memberMaps[i].caseId === caseId) return data.memberMaps[i];
    return null;
  }
  function memberMap(el) {
    var mm = memberMapOf(el.getAttribute('data-case')), w = worldMap();
    return IntegraMemberMap.option(w, mm, IntegraMemberMap.sample(w, mm, mm.years[mm.years.length - 1]), {
      trigger: 'item', confine: true, formatter: function (p) {
        if (!p.data || !p.data.status) return esc(p.name);
        return '<b>' + esc(p.data.label) + '</b> (' + esc(p.data.name) + ')<br>' + esc(IntegraMemberMap.STATUS[p.data.status].label);
      } });
  }
  /* The slider: redraw the chosen sample and say in words what the map shows (readable without hovering). */
  function showMapYear(input) {
    var caseId = input.getAttribute('data-case'), mm = memberMapOf(caseId), s = mm.years[Number(input.value)];
    var fig = input.closest('figure'), el = fig.querySelector('[data-chart=map]'), chart = echarts.getInstanceByDom(el);
    var d = IntegraMemberMap.sample(worldMap(), mm, s);
    if (chart) chart.setOption({ series: [{ data: d.regions }, { data: d.dots }] });
    fig.querySelector('.map-date').textContent = s.date;
    fig.querySelector('.map-text').textContent = IntegraMemberMap.describe(s);
    el.setAttribute('data-date', s.date);
  }
  Array.prototype.forEach.call(document.querySelectorAll('input.map-year'), function (input) {
    input.addEventListener('input', function () { showMapYear(input); });
  });
  window.integraShowMapYear = showMapYear;

  var builders = { heatmap: heatmap, coverage: coverage, radar: radar, timeline: timeline, indicator: indicator, map: memberMap };
  var charts = [];
  var nodes = document.querySelectorAll('[data-chart]');
  for (var i = 0; i < nodes.length; i++) {
    var el = nodes[i];
    try {
      var option = builders[el.getAttribute('data-chart')](el);
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      charts.push(chart);
      el.setAttribute('data-drawn', 'true');
    } catch (err) {
      el.setAttribute('data-chart-error', String(err && err.message || err));
      if (window.console) console.error(err);
    }
  }
  var pending;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 100);
  });
  /* The PDF export (integra report --pdf) opens report.html#print: everything unfolded from the start. */
  function unfoldForPrint() {
    if (location.hash === '#print') Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  }
  unfoldForPrint();
  window.addEventListener('hashchange', unfoldForPrint);
  /* Printing shows what is folded on screen: open every <details> before, restore after. */
  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closedBeforePrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (d) { d.open = false; });
    closedBeforePrint = [];
  });
  document.body.setAttribute('data-charts-ready', String(charts.length));
})();
