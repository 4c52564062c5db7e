/**
 * `npm run geo`: writes static/geo/region.topo.json, the country shapes the
 * map draws, cut from world-atlas's 50m countries (the 110m file has no
 * Gaza) to MAP_REGION plus a margin, simplified and quantized. Prints the
 * file's raw and gzip sizes and fails above the budget.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutTopology, REGION_CUT_OPTIONS } from '../src/lib/cutTopology.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(root, 'node_modules/world-atlas/countries-50m.json');
const output = resolve(root, 'static/geo/region.topo.json');
const BUDGET_GZIP_BYTES = 12 * 1024;

const world = JSON.parse(readFileSync(input, 'utf8')) as Topology;
const cut = cutTopology(world, REGION_CUT_OPTIONS);
const json = JSON.stringify(cut);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, json);

const geometries = (cut.objects.countries as GeometryCollection).geometries;
const ids = geometries.map((g) => String(g.id));
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json, { level: 9 }).length;
console.log(`static/geo/region.topo.json: ${geometries.length} countries`);
console.log(ids.join(' '));
console.log(`${raw} bytes raw, ${gzip} bytes gzip -9 (budget ${BUDGET_GZIP_BYTES})`);
const unmapped = ids.filter((id) => !/^[A-Z]{2}$/.test(id));
if (unmapped.length > 0) console.log(`no ISO alpha-2 code, named instead: ${unmapped.join(', ')}`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error('over the gzip budget: raise minWeight or lower quantization');
  process.exitCode = 1;
}
