import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

/**
 * Simplifies GeoJSON features the way `cutTopology` simplifies the
 * countries (Visvalingam, spherical triangle areas, same weight), for
 * shapes that come from another file than the countries. Build-time only.
 * The input is not modified.
 */
export function simplifyFeatures<P>(
  features: readonly Feature<Geometry, P>[],
  minWeight: number,
): Feature<Geometry | null, P>[] {
  const source = topology({
    features: { type: 'FeatureCollection', features: [...features] } as FeatureCollection,
  });
  // @types/topojson-simplify wants Objects<{}>, which excludes null properties.
  const simplified = simplify(
    presimplify(source as Topology<Objects>, sphericalTriangleArea),
    minWeight,
  ) as Topology;
  const collection = feature(
    simplified,
    simplified.objects.features as GeometryCollection,
  ) as FeatureCollection<Geometry | null, P>;
  return collection.features;
}
