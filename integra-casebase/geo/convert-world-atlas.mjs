// Converts Natural Earth's 1:110m country boundaries (npm package world-atlas 2.0.2, TopoJSON) to the
// GeoJSON that Apache ECharts' map series reads, once, offline. Run from this folder:
//
//   cd /tmp && npm pack world-atlas@2.0.2 topojson-client@3.1.0 && tar xzf world-atlas-2.0.2.tgz && mv package world-atlas \
//     && tar xzf topojson-client-3.1.0.tgz && mv package topojson-client
//   node convert-world-atlas.mjs /tmp/world-atlas /tmp/topojson-client ../../integra-flows/src/main/resources/io/integra/flows/countries.csv \
//     ../src/main/resources/io/integra/casebase/geo
//
// world-atlas names each feature by its ISO 3166-1 numeric code; the ISO3 (alpha-3) code of each is
// taken from the numeric rows of integra-flows' countries.csv (from Debian's iso-codes), so the
// mapping stays data. States too small to appear at 1:110m (e.g. small Caribbean islands) are taken
// from the 1:50m file as a single point each (the mean of their outline's vertices).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [atlasDir, clientDir, countriesCsv, outDir] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const topojson = require(path.resolve(clientDir, 'dist/topojson-client.js'));

const iso3 = new Map();
for (const line of fs.readFileSync(countriesCsv, 'utf8').split('\n')) {
  const m = line.match(/^(\d{3}),([A-Z]{3}),[^,]*,iso-codes 3166-1 numeric$/);
  if (m) iso3.set(m[1], m[2]);
}
const round = (x) => Math.round(x * 100) / 100;
const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));

function features(file) {
  const topo = JSON.parse(fs.readFileSync(path.join(atlasDir, file), 'utf8'));
  return topojson.feature(topo, topo.objects.countries).features;
}

// ECharts draws on a plane: a ring that world-atlas cuts at the antimeridian (jumps from 180 to -180)
// would streak across the map. A ring that crosses it an even number of times (Russia's Chukotka,
// Fiji) is moved east of 180 instead; one that crosses it an odd number of times encircles the pole
// (Antarctica) and is left out.
const jumps = (ring) => ring.slice(1).filter((p, i) => Math.abs(p[0] - ring[i][0]) > 180).length;
function planar(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = [];
  for (const poly of polys) {
    const j = jumps(poly[0]);
    if (j % 2 === 1) continue;
    out.push(j === 0 ? poly : poly.map((ring) => ring.map((p) => (p[0] < 0 ? [p[0] + 360, p[1]] : p))));
  }
  if (out.length === 0) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}
const coarse = features('countries-110m.json').map((f) => ({ f, g: planar(f.geometry) })).filter((x) => x.g).map(({ f, g }) => ({
  type: 'Feature',
  properties: { iso3: iso3.get(f.id) || '', name: f.properties.name },
  geometry: { type: g.type, coordinates: roundCoords(g.coordinates) },
}));
const drawn = new Set(coarse.map((f) => f.properties.iso3).filter(Boolean));
const small = [];
for (const f of features('countries-50m.json')) {
  const code = iso3.get(f.id);
  if (!code || drawn.has(code) || !f.geometry) continue;
  const pts = [];
  (function walk(c) { if (typeof c[0] === 'number') pts.push(c); else c.forEach(walk); })(f.geometry.coordinates);
  const lon = pts.reduce((s, p) => s + p[0], 0) / pts.length, lat = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  small.push({ iso3: code, name: f.properties.name, lon: round(lon), lat: round(lat) });
}
small.sort((a, b) => a.iso3.localeCompare(b.iso3));
fs.writeFileSync(path.join(outDir, 'countries-110m.geojson'), JSON.stringify({ type: 'FeatureCollection', features: coarse }));
fs.writeFileSync(path.join(outDir, 'small-states-50m.json'), JSON.stringify(small));
console.log(`${coarse.length} outlines (${drawn.size} with an ISO3 code), ${small.length} small states as points`);
