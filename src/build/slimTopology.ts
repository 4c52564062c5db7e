/**
 * The country shapes as readers get them (geo/region.js): the topology
 * without what the map never reads. Each country keeps its id (ISO alpha-2,
 * or its name where it has none: readGeometry.ts); its `properties.name`
 * goes, since the page names countries from countryNames.ts and draws
 * shapes by id. Overlays (occupied areas) keep their properties, which
 * readOccupiedAreas.ts reads. The build-time renderer keeps the whole file.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * @example slimTopology({ type: 'Topology', objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: 'UA', properties: { name: 'Ukraine' } }] } }, arcs: [] })
 * // the same, with the country's `properties` left out
 */
export function slimTopology(topology: Topology): Topology {
  const countries = topology.objects.countries as GeometryCollection | undefined;
  if (!countries?.geometries) return topology;
  return {
    ...topology,
    objects: {
      ...topology.objects,
      countries: {
        ...countries,
        geometries: countries.geometries.map((geometry) => {
          if (geometry.id === undefined) return geometry;
          // eslint-disable-next-line @typescript-eslint/no-unused-vars
          const { properties, ...rest } = geometry;
          return rest;
        }),
      },
    },
  };
}
