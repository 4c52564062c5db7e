/**
 * The country shapes, read back from the pre-rendered map. The story page
 * arrives with its first step's map drawn (projected at build, moved by a
 * transform), which holds every shape the map ever draws: the islands
 * hydrate with these and download no shapes of their own (geo/region.js is
 * for the views that mount the app). A page pre-rendered without a map
 * (the shapes were missing at build) gives the same reason the build gave.
 */
import { readGeometry, type GeometryResult } from '../lib/map/readGeometry.ts';

/** @example readMapShapes(document.getElementById('app')!) // { ok: true, countries: [{ id: 'AL', d: 'M…' }, …], occupied: [{ id: 'crimea', … }] } */
export function readMapShapes(root: ParentNode): GeometryResult {
  const group = root.querySelector('svg.map g.countries');
  if (!group) return readGeometry(undefined);
  const attr = (e: Element, name: string) => e.getAttribute(name) ?? '';
  const countries = [...group.querySelectorAll('path[data-country]')].map((p) => ({
    id: attr(p, 'data-country'),
    d: attr(p, 'd'),
  }));
  const occupied = [...group.querySelectorAll('path[data-occupied]')].map((p) => {
    const [west, south, east, north] = attr(p, 'data-bounds').split(' ').map(Number);
    return {
      id: attr(p, 'data-occupied'),
      name: attr(p, 'data-name'),
      partOf: attr(p, 'data-part-of'),
      heldBy: attr(p, 'data-held-by'),
      since: Number(attr(p, 'data-since')),
      bounds: [
        [west, south],
        [east, north],
      ],
      d: attr(p, 'd'),
    };
  });
  return readGeometry({ countries, occupied });
}
