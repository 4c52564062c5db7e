import { describe, expect, it } from 'vitest';
import {
  NOT_GROWN_SLACK,
  decideFrameMode,
  type FrameEvidence,
  type FrameMode,
} from '../../src/lib/embed/decideFrameMode.ts';

const story: FrameEvidence = {
  sizing: 'auto',
  view: 'story',
  canFollowHost: true,
  frameHeight: 150,
  wantedHeight: 15_000,
  resizerSpoke: false,
  waited: false,
};

describe('decideFrameMode', () => {
  it.each<[string, Partial<FrameEvidence>, FrameMode]>([
    ['the plain-iframe snippet (frame=fixed)', { sizing: 'fixed' }, 'fixed'],
    [
      'frame=fixed wins even when the frame grew',
      { sizing: 'fixed', frameHeight: 15_000 },
      'fixed',
    ],
    ['a map view in a growing frame', { view: 'map' }, 'auto'],
    ['a map view in a frame that never grew', { view: 'map', waited: true }, 'auto'],
    ['the story before its height is known', { wantedHeight: null, waited: true }, 'host-scroll'],
    ['the story while the frame may still grow', {}, 'host-scroll'],
    ['the story in a frame that stayed short', { waited: true }, 'fixed'],
    [
      'the story once the frame grew, however late',
      { waited: true, frameHeight: 15_000 },
      'host-scroll',
    ],
    [
      'a frame short of the story by less than the slack has grown',
      { waited: true, frameHeight: 15_000 - NOT_GROWN_SLACK },
      'host-scroll',
    ],
    [
      'a frame short by more than the slack has not',
      { waited: true, frameHeight: 15_000 - NOT_GROWN_SLACK - 1 },
      'fixed',
    ],
    ['a frame taller than the story', { waited: true, frameHeight: 16_000 }, 'host-scroll'],
    [
      'a host script spoke (pym, frames): it grows the frame',
      { waited: true, resizerSpoke: true },
      'host-scroll',
    ],
    ['nothing tells where the screen is, frame growing', { canFollowHost: false }, 'stepper'],
    [
      'nothing tells where the screen is, frame grown',
      { canFollowHost: false, waited: true, frameHeight: 15_000 },
      'stepper',
    ],
    [
      'nothing tells where the screen is, frame stayed short',
      { canFollowHost: false, waited: true },
      'fixed',
    ],
  ])('%s: decideFrameMode(%j) is %s', (_, change, expected) => {
    const evidence = { ...story, ...change };
    const before = structuredClone(evidence);
    expect(decideFrameMode(evidence)).toBe(expected);
    expect(evidence).toEqual(before);
  });
});
