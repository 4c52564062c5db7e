import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';
import { SCOPE_CLASS, scopeClassNamer } from '../../src/build/scopeClass.ts';

describe('scopeClassNamer', () => {
  it("names a component's class from a hash of its file: short, and the same whatever its CSS", () => {
    const compileWith = (cssHash: ReturnType<typeof scopeClassNamer>, css: string) =>
      compile(`<p>x</p><style>p{${css}}</style>`, {
        filename: 'src/components/Lede.svelte',
        cssHash,
      }).css!.code;
    const name = scopeClassNamer();
    const first = compileWith(name, 'color:red').match(/p\.(s-[0-9a-z]{4})\b/)?.[1];
    expect(first).toMatch(/^s-[0-9a-z]{4}$/);
    expect(compileWith(name, 'color:blue')).toContain(`p.${first}`);
    expect(compileWith(scopeClassNamer(), 'margin:0')).toContain(`p.${first}`);
  });

  it('takes the last characters of the hash, and the CSS when the compiler has no file name', () => {
    const hash = (s: string) => `1${s.length}wxyz`;
    const name = scopeClassNamer();
    expect(name({ css: '.a{}', filename: 'src/components/A.svelte', hash })).toBe('s-wxyz');
    expect(
      name({ css: '.a{}', filename: '(unknown)', hash: (s) => (s === '.a{}' ? '1qrst' : '') }),
    ).toBe('s-qrst');
    expect(scopeClassNamer()({ css: '.b{}', hash: (s) => (s === '.b{}' ? '1klmn' : '') })).toBe(
      's-klmn',
    );
  });

  it('stops the build when two components would share a class, naming both', () => {
    const name = scopeClassNamer();
    const sameEnding = () => '1abcd';
    name({ css: '', filename: 'src/components/A.svelte', hash: sameEnding });
    expect(() => name({ css: '', filename: 'src/components/B.svelte', hash: sameEnding })).toThrow(
      /B\.svelte and src\/components\/A\.svelte would both scope their styles as \.s-abcd/,
    );
  });

  it('names every class so that the stylesheet pruning finds it, a short hash too', () => {
    // storyStylesheet.ts keeps a rule only if SCOPE_CLASS finds its class in the page:
    // a class it could not find would lose the component its styles.
    for (const hash of ['z', '1abcdef', '12'])
      expect(
        ` ${scopeClassNamer()({ css: '', filename: 'x', hash: () => hash })} `.match(SCOPE_CLASS),
      ).toHaveLength(1);
  });
});

describe('SCOPE_CLASS', () => {
  it('finds scope classes in HTML, CSS and scripts, and keyframes named after them', () => {
    const text =
      '<p class="lede s-1a2b">x</p> .a.s-3c4d:hover{} @keyframes s-5e6f-spin{} set_class(e,1,"s-7g8h")';
    expect(text.match(SCOPE_CLASS)).toEqual(['s-1a2b', 's-3c4d', 's-5e6f', 's-7g8h']);
  });

  it('does not take a longer word for one', () => {
    expect('tabs-1a2b is-abcde s-12345'.match(SCOPE_CLASS)).toBeNull();
  });
});
