import { describe, expect, it } from 'vitest';
import { keepScopedRules, scopeClasses } from '../../src/build/storyStylesheet.ts';

const keepX = new Set(['s-000x']);

describe('scopeClasses', () => {
  it("finds Svelte's scoping classes in HTML, CSS and scripts", () => {
    expect(scopeClasses('<p class="a s-000x">…</p> .b.s-000y{} "c s-00z1"')).toEqual(
      new Set(['s-000x', 's-000y', 's-00z1']),
    );
  });
});

describe('keepScopedRules(css, keep)', () => {
  it("drops the rules of a component not kept, and keeps the kept one's and the page's own", () => {
    expect(
      keepScopedRules(
        ':root{--ink:#111}.a.s-000x{color:red}.b.s-000y{color:blue}body{margin:0}',
        keepX,
      ),
    ).toBe(':root{--ink:#111}.a.s-000x{color:red}body{margin:0}');
  });

  it('drops only the selectors of a list that name a component not kept', () => {
    expect(keepScopedRules('.a.s-000x,.b.s-000y,.c{color:red}', keepX)).toBe(
      '.a.s-000x,.c{color:red}',
    );
    // Commas inside :is() or :where() do not split a selector.
    expect(
      keepScopedRules('.a.s-000y:where(.b,.c){color:red}.d:is(.e,.f){color:blue}', keepX),
    ).toBe('.d:is(.e,.f){color:blue}');
  });

  it('filters inside @media and @supports, and drops one left empty', () => {
    expect(
      keepScopedRules(
        '@media (min-width:48rem){.a.s-000x{width:50%}.b.s-000y{width:10%}}@media print{.b.s-000y{display:none}}',
        keepX,
      ),
    ).toBe('@media (min-width:48rem){.a.s-000x{width:50%}}');
    expect(keepScopedRules('@supports (display:grid){@media screen{.b.s-000y{x:1}}}', keepX)).toBe(
      '',
    );
  });

  it('keeps other at-rules and statements as they are', () => {
    const css =
      '@charset "utf-8";@keyframes s-000y-spin{0%{opacity:0}to{opacity:1}}@font-face{font-family:x;src:local(x)}';
    expect(keepScopedRules(css, keepX)).toBe(css);
  });

  it('is not misled by braces, commas or classes inside strings and comments', () => {
    expect(keepScopedRules('.a.s-000x:after{content:"} .b.s-000y{"}', keepX)).toBe(
      '.a.s-000x:after{content:"} .b.s-000y{"}',
    );
    expect(keepScopedRules('[title="a,b"].s-000x{color:red}', keepX)).toBe(
      '[title="a,b"].s-000x{color:red}',
    );
    expect(keepScopedRules('/* .s-000y{ */.a.s-000x{color:red}', keepX)).toBe(
      '/* .s-000y{ */.a.s-000x{color:red}',
    );
  });

  it('reads an escaped brace in a selector as part of it, and a commented at-rule as an at-rule', () => {
    expect(keepScopedRules('.a\\{b.s-000y{color:red}.c.s-000x{color:blue}', keepX)).toBe(
      '.c.s-000x{color:blue}',
    );
    expect(
      keepScopedRules('/*! note */@media print{.b.s-000y{display:none}.a.s-000x{x:1}}', keepX),
    ).toBe('/*! note */@media print{.a.s-000x{x:1}}');
  });

  it('gives back the same stylesheet when every component is kept', () => {
    const css =
      ':root{--a:1}@media (prefers-color-scheme:dark){:root{--a:2}.a.s-000x{color:red}}.b.s-000y,.c.s-000x{margin:0}@keyframes k{to{opacity:1}}\n/*$vite$:1*/';
    expect(keepScopedRules(css, scopeClasses(css))).toBe(css);
  });
});
