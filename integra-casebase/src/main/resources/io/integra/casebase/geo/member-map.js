/* The map of a case's members at one sample (members, suspended members, withdrawn states), drawn
   with Apache ECharts on Natural Earth's 1:110m outlines bundled beside this file (no tile server);
   states too small for that scale are dots. One file for both pages that draw it, read through
   io.integra.casebase.geo.WorldMap#memberMapScript: the HTML report inlines it before report.js, the
   web workbench serves it as /shared/member-map.js before case.js.
   Names go into the chart as data, never as HTML: a caller's tooltip escapes what it shows. */
var IntegraMemberMap = (function () {
  'use strict';
  var STATUS = { member: { code: 2, color: '#2166ac', label: 'member' }, suspended: { code: 1, color: '#d9822b', label: 'suspended' },
    withdrawn: { code: 0, color: '#c0392b', label: 'withdrawn' } };

  /* Registers the outlines ({outlines, small}: /api/world-map, or the report's embedded copy) with
     ECharts as 'integra-world' and indexes them: the small states by ISO3, and each state's box from
     its largest ring, so that far-off territories do not stretch the view. */
  function world(w) {
    var small = {}, boxes = {};
    w.small.forEach(function (p) { small[p.iso3] = p; boxes[p.iso3] = [p.lon, p.lat, p.lon, p.lat]; });
    w.outlines.features.forEach(function (f) {
      var polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates, best = null;
      polys.forEach(function (poly) { if (!best || poly[0].length > best.length) best = poly[0]; });
      var b = [180, 90, -180, -90];
      best.forEach(function (pt) { b[0] = Math.min(b[0], pt[0]); b[1] = Math.min(b[1], pt[1]); b[2] = Math.max(b[2], pt[0]); b[3] = Math.max(b[3], pt[1]); });
      if (f.properties.iso3) boxes[f.properties.iso3] = b;
    });
    echarts.registerMap('integra-world', w.outlines);
    return { small: small, boxes: boxes };
  }

  /* The chart data of one sample {date, members, suspended, withdrawn} of the member map mm: a
     region per state coloured by its status, and a dot per small state. */
  function sample(w, mm, s) {
    var names = {}, regions = [], dots = [];
    mm.states.forEach(function (st) { names[st.iso3] = st.name; });
    ['member', 'suspended', 'withdrawn'].forEach(function (status) {
      (status === 'member' ? s.members : s[status]).forEach(function (iso3) {
        var item = { name: iso3, value: STATUS[status].code, status: status, label: names[iso3] || iso3,
          itemStyle: { areaColor: STATUS[status].color } };
        regions.push(item);
        var p = w.small[iso3];
        if (p) dots.push({ name: iso3, value: [p.lon, p.lat], status: status, label: item.label, itemStyle: { color: STATUS[status].color } });
      });
    });
    return { regions: regions, dots: dots };
  }

  /* The chart option for the sample data d, framed on every state the case ever had (with a margin). */
  function option(w, mm, d, tooltip) {
    var box = [180, 90, -180, -90];
    mm.states.forEach(function (st) {
      var b = w.boxes[st.iso3];
      if (b) box = [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])];
    });
    var padX = Math.max(6, (box[2] - box[0]) * 0.12), padY = Math.max(5, (box[3] - box[1]) * 0.12);
    var bounds = box[0] > box[2] ? undefined
      : [[Math.max(-180, box[0] - padX), Math.min(85, box[3] + padY)], [Math.min(180, box[2] + padX), Math.max(-60, box[1] - padY)]];
    return {
      animation: false,
      tooltip: tooltip,
      /* the outlines and their colours are the map series; a transparent geo component laid out the same
         way (same bounds, no roaming) carries the dots of the small states */
      geo: { map: 'integra-world', nameProperty: 'iso3', roam: false, boundingCoords: bounds, silent: true,
        itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: 'rgba(0,0,0,0)' }, label: { show: false } },
      series: [
        { name: 'states', type: 'map', map: 'integra-world', nameProperty: 'iso3', roam: false, boundingCoords: bounds,
          itemStyle: { areaColor: '#e9ecf0', borderColor: '#ffffff', borderWidth: 0.6 }, label: { show: false },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#cfd6de' } }, select: { disabled: true }, data: d.regions },
        { name: 'small states', type: 'scatter', coordinateSystem: 'geo', symbolSize: 8, data: d.dots, z: 5,
          itemStyle: { borderColor: '#fff', borderWidth: 1 } }
      ]
    };
  }

  /* What the map of a sample shows, in words (readable without hovering). */
  function describe(s) {
    var text = s.members.length + ' members at ' + s.date + ': ' + s.members.join(', ');
    if (s.suspended.length) text += '; suspended: ' + s.suspended.join(', ');
    if (s.withdrawn.length) text += '; withdrawn: ' + s.withdrawn.join(', ');
    return text + '.';
  }

  return { STATUS: STATUS, world: world, sample: sample, option: option, describe: describe };
})();
