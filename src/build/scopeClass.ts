/**
 * The class Svelte scopes a component's rules with. Svelte's own is
 * `svelte-` and seven characters of a hash; the Ukrainian page names such
 * a class about 650 times, in its HTML, its stylesheet and its scripts.
 * `s-` and four characters say the same in half the length: about 0.3 KB
 * less gzip on every page a reader loads.
 *
 * Four base-36 characters are 1.7 million names for some twenty
 * components, so two are unlikely to meet; if two ever do, the build stops
 * and says which (a shared class would let one component's rules style the
 * other's elements).
 */

/** Every scope class in a text (HTML, CSS or a compiled script). */
export const SCOPE_CLASS = /\bs-[0-9a-z]{4}\b/g;

/** What Svelte passes to its `cssHash` compiler option. */
export interface CssHashInput {
  css: string;
  filename?: string;
  hash: (input: string) => string;
}

/**
 * A `cssHash` for Svelte's compiler options: `s-` and the last four
 * characters of Svelte's hash of the component's file (its CSS if it has
 * no file name), as Svelte's own default hashes. The last characters,
 * because the first of a base-36 number under 2^32 are mostly `1`.
 * Throws when two components would share a class.
 * @example scopeClassNamer()({ css: '', filename: 'src/components/Map.svg.svelte', hash: () => '1x2y3z4' }) // 's-y3z4'
 */
export function scopeClassNamer(): (input: CssHashInput) => string {
  const ownerOf = new Map<string, string>();
  return ({ css, filename, hash }) => {
    const key = filename === undefined || filename === '(unknown)' ? css : filename;
    const name = `s-${hash(key).slice(-4).padStart(4, '0')}`;
    const owner = ownerOf.get(name);
    if (owner !== undefined && owner !== key) {
      throw new Error(
        `${filename ?? 'a component'} and ${owner.slice(0, 80)} would both scope their styles as .${name}; ` +
          'lengthen the name in src/build/scopeClass.ts',
      );
    }
    ownerOf.set(name, key);
    return name;
  };
}

/**
 * The Svelte plugin's options for every build that compiles components
 * (the site, its SSR, each classic script: buildClassicScript.ts), so that
 * each names a component's class alike.
 */
export function svelteBuildOptions() {
  return { compilerOptions: { cssHash: scopeClassNamer() } };
}
