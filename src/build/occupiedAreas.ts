/**
 * Areas that the map draws as part of the country they belong to under
 * international law, hatched as occupied. Words only: the outline of each
 * comes from data at build time (see `buildRegionTopology`), never typed
 * here.
 */
export interface OccupiedAreaSpec {
  /** The id the outline gets in static/geo/region.topo.json. */
  id: string;
  name: string;
  /** ISO 3166-1 numeric code of the country the area belongs to (de jure). */
  partOf: string;
  /** ISO 3166-1 numeric code of the country that holds it (de facto). */
  heldBy: string;
  /** Year the occupation began. */
  since: number;
}

/**
 * Crimea: part of Ukraine under UN General Assembly resolution 68/262
 * (27 March 2014), occupied by Russia since 2014. Natural Earth's de facto
 * countries (world-atlas) draw it as part of Russia, which is how the build
 * finds its outline.
 */
export const OCCUPIED_AREAS: readonly OccupiedAreaSpec[] = [
  { id: 'crimea', name: 'Crimea', partOf: '804', heldBy: '643', since: 2014 },
];
