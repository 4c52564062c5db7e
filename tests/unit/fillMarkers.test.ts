import { describe, expect, it } from 'vitest';
import { fillMarkers } from '../../src/build/fillMarkers.ts';

describe('fillMarkers', () => {
  it('puts each value in place of its marker', () => {
    expect(
      fillMarkers('<head><!--ssr-head--></head><body><!--ssr-body--></body>', {
        'ssr-head': '<title>T</title>',
        'ssr-body': '<p>B</p>',
      }),
    ).toBe('<head><title>T</title></head><body><p>B</p></body>');
  });

  it.each(["$'", '$&', '$`', '$$', '$1'])('keeps "%s" in an editor’s text as it is', (text) => {
    const body = `<p>Aid worth ${text} more</p>`;
    expect(fillMarkers('<main><!--ssr-body--></main><footer/>', { 'ssr-body': body })).toBe(
      `<main>${body}</main><footer/>`,
    );
  });

  it('names a marker the page lacks', () => {
    expect(() => fillMarkers('<main></main>', { 'ssr-body': '' })).toThrow('no <!--ssr-body-->');
  });
});
