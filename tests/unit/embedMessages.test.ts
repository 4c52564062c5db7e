import { describe, expect, it } from 'vitest';
import {
  MAX_REPORTED_HEIGHT,
  buildHeightMessages,
  buildViewportRequest,
  formatPymMessage,
  parseParentMessage,
  parsePymViewport,
} from '../../src/lib/embed/embedMessages.ts';

describe('formatPymMessage', () => {
  it("formatPymMessage('pym-1', 'height', '640') is pym.js's delimited string", () => {
    expect(formatPymMessage('pym-1', 'height', '640')).toBe('pymxPYMxpym-1xPYMxheightxPYMx640');
  });

  it("matches pym.js 1.3.2's own parent regex for that child id", () => {
    // The regex pym's Parent builds in _makeMessageRegex(id).
    const parentRegex = new RegExp('^' + ['pym', 'pym-1', '(\\S+)', '(.*)'].join('xPYMx') + '$');
    expect(formatPymMessage('pym-1', 'height', '640').match(parentRegex)?.slice(1)).toEqual([
      'height',
      '640',
    ]);
  });
});

describe('buildHeightMessages', () => {
  it.each([
    [
      640,
      'pym-1',
      [
        'pymxPYMxpym-1xPYMxheightxPYMx640',
        { sentinel: 'amp', type: 'embed-size', height: 640 },
        { 'datawrapper-height': { 'pym-1': 640 } },
      ],
    ],
    [
      640.2,
      null,
      [
        { sentinel: 'amp', type: 'embed-size', height: 641 },
        { 'datawrapper-height': { story: 641 } },
      ],
    ],
    [
      500,
      'bad id"',
      [
        { sentinel: 'amp', type: 'embed-size', height: 500 },
        { 'datawrapper-height': { story: 500 } },
      ],
    ],
    [
      -3,
      null,
      [{ sentinel: 'amp', type: 'embed-size', height: 0 }, { 'datawrapper-height': { story: 0 } }],
    ],
    [
      1e9,
      null,
      [
        { sentinel: 'amp', type: 'embed-size', height: MAX_REPORTED_HEIGHT },
        { 'datawrapper-height': { story: MAX_REPORTED_HEIGHT } },
      ],
    ],
  ])('buildHeightMessages(%j, %j) is %j', (height, childId, expected) => {
    expect(buildHeightMessages(height, childId)).toEqual(expected);
  });

  it('never builds a navigateTo or scrollToChildPos message', () => {
    const all = JSON.stringify([buildHeightMessages(800, 'pym-1'), buildViewportRequest('pym-1')]);
    expect(all).not.toMatch(/navigateTo|scrollToChildPos/);
  });
});

describe('buildViewportRequest', () => {
  it.each([
    ['pym-1', 'pymxPYMxpym-1xPYMxparentPositionInfoxPYMx'],
    [null, null],
    ['a b', null],
  ])('buildViewportRequest(%j) is %j', (childId, expected) => {
    expect(buildViewportRequest(childId)).toBe(expected);
  });
});

describe('parsePymViewport', () => {
  it.each([
    [
      '1280 800 -120 0 2680 1280',
      { viewportWidth: 1280, viewportHeight: 800, top: -120, left: 0, bottom: 2680, right: 1280 },
    ],
    [
      '375 740 12.5 8 9000.25 367',
      { viewportWidth: 375, viewportHeight: 740, top: 12.5, left: 8, bottom: 9000.25, right: 367 },
    ],
    ['1280 800 -120 0 2680', null],
    ['1280 800 -120 0 2680 1280 7', null],
    ['1280 0 -120 0 2680 1280', null],
    ['1280 800 100 0 50 1280', null],
    ['1280 800 NaN 0 2680 1280', null],
    ['1280 800 Infinity 0 2680 1280', null],
    ['1280 800 0x10 0 2680 1280', null],
    ['1280 800 -1e9 0 2680 1280', null],
    ['', null],
  ])('parsePymViewport(%j) is %j', (payload, expected) => {
    expect(parsePymViewport(payload)).toEqual(expected);
  });
});

describe('parseParentMessage', () => {
  const viewport = {
    viewportWidth: 1280,
    viewportHeight: 800,
    top: -10,
    left: 0,
    bottom: 900,
    right: 1280,
  };
  it.each([
    ['pymxPYMxpym-1xPYMxwidthxPYMx768', 'pym-1', { kind: 'width', width: 768 }],
    [
      'pymxPYMxpym-1xPYMxviewport-iframe-positionxPYMx1280 800 -10 0 900 1280',
      'pym-1',
      { kind: 'viewport', viewport },
    ],
    [{ sentinel: 'amp', type: 'frames-init' }, null, { kind: 'frames-init' }],
    [{ sentinel: 'amp', type: 'frames-init', extra: 1 }, 'pym-1', { kind: 'frames-init' }],
    // Another child's messages, or ours without knowing our id.
    ['pymxPYMxpym-2xPYMxwidthxPYMx768', 'pym-1', null],
    ['pymxPYMxpym-1xPYMxwidthxPYMx768', null, null],
    // Types the child never acts on, whoever sends them.
    ['pymxPYMxpym-1xPYMxnavigateToxPYMxhttps://example.org/', 'pym-1', null],
    ['pymxPYMxpym-1xPYMxnavigateToxPYMxjavascript:alert(1)', 'pym-1', null],
    ['pymxPYMxpym-1xPYMxscrollToChildPosxPYMx400', 'pym-1', null],
    ['pymxPYMxpym-1xPYMxheightxPYMx400', 'pym-1', null],
    // Malformed.
    ['pymxPYMxpym-1xPYMxwidthxPYMx-5', 'pym-1', null],
    ['pymxPYMxpym-1xPYMxwidthxPYMx768xPYMx1', 'pym-1', null],
    ['pymxPYMxpym-1xPYMxviewport-iframe-positionxPYMx1 2 3', 'pym-1', null],
    ['pymxPYMxpym-1xPYMxwidthxPYMx' + '1'.repeat(500), 'pym-1', null],
    ['xpymxPYMxpym-1xPYMxwidthxPYMx768', 'pym-1', null],
    [{ sentinel: 'amp', type: 'embed-size', height: 10 }, null, null],
    [{ sentinel: 'other', type: 'frames-init' }, null, null],
    [['amp', 'frames-init'], null, null],
    [null, 'pym-1', null],
    [42, 'pym-1', null],
    [undefined, 'pym-1', null],
  ])('parseParentMessage(%j, %j) is %j', (data, childId, expected) => {
    expect(parseParentMessage(data, childId)).toEqual(expected);
  });

  it('does not mutate the message it reads', () => {
    const message = { sentinel: 'amp', type: 'frames-init' };
    const copy = structuredClone(message);
    parseParentMessage(message, null);
    expect(message).toEqual(copy);
  });
});
