import { describe, expect, it } from 'vitest';
import { cargoTerms } from '../../src/lib/model/cargoTerms.ts';
import type { AidEvent } from '../../src/data/schema.ts';

type Cargo = AidEvent['cargo'];

describe('cargoTerms(event, key)', () => {
  it.each<[string, Cargo, Parameters<typeof cargoTerms>[1], ReturnType<typeof cargoTerms>]>([
    [
      'cable in metres becomes km',
      [{ item: 'cable-and-wire-m', quantity: 555000, qualifier: 'more-than' }],
      'cable-km',
      [{ quantity: 555, qualifier: 'more-than' }],
    ],
    [
      'transformers, substations and both together all count, one term a line',
      [
        { item: 'transformers', quantity: 18, qualifier: 'exact' },
        { item: 'transformer-substations', note: 'a set, no number' },
      ],
      'transformers',
      [
        { quantity: 18, qualifier: 'exact' },
        { quantity: undefined, qualifier: undefined },
      ],
    ],
    [
      'a shipment without generators has no generator term',
      [{ item: 'trucks', quantity: 9 }],
      'generators',
      [],
    ],
    [
      'a shipment that lists no trucks still came in uncounted trucks',
      [{ item: 'generators', quantity: 11, qualifier: 'exact' }],
      'trucks',
      [{ quantity: undefined, qualifier: undefined }],
    ],
    [
      'no cargo at all: trucks uncounted',
      undefined,
      'trucks',
      [{ quantity: undefined, qualifier: undefined }],
    ],
  ])('%s', (_case, cargo, key, expected) => {
    const event = { cargo };
    const before = structuredClone(event);
    expect(cargoTerms(event, key)).toEqual(expected);
    expect(event).toEqual(before);
  });
});
