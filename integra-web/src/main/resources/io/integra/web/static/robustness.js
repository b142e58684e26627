// Case page, "Robustness" panel (issue 11, point 6; docs/robustness.md, docs/web.md): the verdict
// shares as a stacked bar, the tornado (sources ranked by effect) and "what would flip it" with
// the evidence, from GET /api/robustness. Every text is written as text nodes or chart data, never
// as HTML; the shares and effects are printed on the bars and in lists, so nothing needs hovering.
(function () {
  'use strict';
  var el = document.getElementById('robustness-shares');
  if (!el || !window.echarts) return;
  var COLORS = { none: '#c0504d', transition: '#e3a33b', pluralistic: '#4f81bd', amalgamated: '#2c4d75', undetermined: '#9a9a9a',
    explained: '#5aa469', 'not-explained': '#c0504d' };
  var q = { 'case': el.dataset.case, lens: el.dataset.lens, at: el.dataset.at, coder: el.dataset.coder };
  var query = Object.keys(q).filter(function (k) { return q[k]; })
    .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(q[k]); }).join('&');
  function pct(x) { return (100 * x).toFixed(1) + ' %'; }
  function num(x) { return Array.isArray(x) ? '[' + x.map(num).join(', ') + ']' : (Math.round(x * 100) / 100).toFixed(2); }
  function add(parent, tag, s, cls) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (s != null) e.appendChild(document.createTextNode(String(s)));
    parent.appendChild(e);
    return e;
  }
  var charts = [];
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });

  fetch('/api/robustness?' + query, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error(j.message || r.status); return j; }); })
    .then(function (r) {
      document.getElementById('robustness-summary').textContent = r.summary + '; settled (holds whatever the unknown criteria are) in '
        + pct(r.settledShare) + '.';

      // verdict shares: one stacked horizontal bar, each share printed on its segment
      var shares = echarts.init(el);
      shares.setOption({
        animation: false,
        legend: { top: 0 },
        grid: { left: 10, right: 30, top: 30, bottom: 20, containLabel: true },
        xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return Math.round(v * 100) + ' %'; } } },
        yAxis: { type: 'category', data: ['verdict'], show: false },
        series: r.verdicts.map(function (v) {
          return { name: v.verdict, type: 'bar', stack: 'shares', data: [v.share], itemStyle: { color: COLORS[v.verdict] },
            label: { show: v.share >= 0.08, formatter: function () { return pct(v.share); } } };
        })
      });
      charts.push(shares);
      var ul = document.getElementById('robustness-verdicts');
      r.verdicts.forEach(function (v) {
        add(ul, 'li', v.verdict + ': ' + pct(v.share) + ' (' + v.count.toLocaleString('en') + ' of ' + r.evaluated.toLocaleString('en') + ')'
          + (v.verdict === r.verdict ? ' — the assessment' : ''));
      });

      // tornado: the sources that change the verdict, by effect, top 8
      var top = r.tornado.filter(function (t) { return t.changed > 0; }).slice(0, 8).reverse();
      var tEl = document.getElementById('robustness-tornado');
      tEl.style.height = Math.max(80, 40 + 28 * top.length) + 'px';
      if (!top.length) {
        add(tEl, 'p', 'No single source moves the verdict.', 'small muted');
      } else {
        var tornado = echarts.init(tEl);
        tornado.setOption({
          animation: false,
          grid: { left: 10, right: 60, top: 10, bottom: 20, containLabel: true },
          xAxis: { type: 'value', name: 'effect', axisLabel: { formatter: function (v) { return v.toFixed(2); } }, min: Math.min(0, Math.min.apply(null, top.map(function (t) { return t.effect; }))) },
          yAxis: { type: 'category', data: top.map(function (t) { return t.id; }), axisLabel: { fontSize: 11 } },
          series: [{ type: 'bar', data: top.map(function (t) { return t.effect; }), itemStyle: { color: '#4f81bd' },
            label: { show: true, position: 'right', formatter: function (p) {
              var t = top[p.dataIndex];
              return pct(t.share) + (t.alone.length ? ' → ' + t.alone.join(', ') : '');
            } } }]
        });
        charts.push(tornado);
      }

      // what would flip it, with the evidence (or the data) behind each current value
      var ol = document.getElementById('robustness-flips');
      if (!r.flips.sets.length) add(ol, 'li', 'No set of up to ' + r.flips.searchedUpTo + ' criteria changes the verdict.');
      r.flips.sets.forEach(function (f) {
        var li = add(ol, 'li', '→ ' + f.verdict + ' (' + f.steps + (f.steps === 1 ? ' step' : ' steps') + ')');
        var inner = add(li, 'ul');
        f.changes.forEach(function (c) {
          var ci = add(inner, 'li', c.criterion + ' ' + num(c.from) + ' → ' + num(c.to));
          if (c.measured) {
            var m = c.measured;
            add(ci, 'div', 'measured ' + num(m.membership) + ' from ' + m.index + ' = ' + m.raw + ' (' + m.dataset + ', ' + m.years
              + '); anchors ' + m.anchors.exclusion + ' / ' + m.anchors.crossover + ' / ' + m.anchors.inclusion, 'muted');
          } else if (!c.evidence.length) {
            add(ci, 'div', Array.isArray(c.from) ? 'uncoded: coding it would decide' : 'no evidence on record', 'muted');
          }
          c.evidence.forEach(function (e) {
            add(ci, 'div', '[' + e.source + (e.locator ? ', ' + e.locator : '') + '] ' + (e.quote ? '"' + e.quote.trim() + '"' : ''), 'muted');
          });
        });
      });
      if (r.flips.truncated) add(ol, 'li', 'The search stopped at its budget after sets of ' + r.flips.searchedUpTo + '.', 'muted');
      el.setAttribute('data-drawn', '');
    })
    .catch(function (e) { document.getElementById('robustness-summary').textContent = 'Robustness could not be computed: ' + e.message; });
})();
