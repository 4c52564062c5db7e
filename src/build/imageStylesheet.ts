/**
 * The stylesheet inside each built image. The page styles its map and
 * timeline with scoped CSS and custom properties (global.css), which a
 * standalone SVG and its renderer do not have: these rules restate the
 * components' drawing rules by class, with the page's own colours put in.
 */

/** The drawing rules, written with the page's custom properties. */
const RULES = `
.img-bg { fill: var(--bg); }
.img-title, .img-headline { fill: var(--ink); font-weight: 700; }
.img-kicker { fill: var(--flow); font-weight: 700; }
.img-legend, .img-source { fill: var(--ink-soft); }
.img-accent { fill: var(--flow); }
.img-swatch-standout { fill: var(--land-standout); stroke: var(--border-highlight); stroke-width: 1.5; }
.img-swatch-focus { fill: var(--land-focus); stroke: var(--border-highlight); stroke-width: 1.5; }
.img-swatch-land { fill: var(--land); stroke: var(--border-land); }
.img-swatch-hatched { stroke: none; }
.img-swatch-dot { fill: var(--marker); }
.img-swatch-arc { fill: none; stroke: var(--flow); stroke-width: 3.5; stroke-linecap: round; }
.img-swatch-order { fill: var(--order); }
.img-swatch-shipment { fill: var(--flow); }
.img-swatch-total { fill: var(--mark); }
.img-swatch-other { fill: var(--mark); }
.sea { fill: var(--sea); }
.countries path { stroke: var(--border-land); stroke-width: 0.6; stroke-linejoin: round; }
.countries .occupied { stroke: none; }
.countries .outline { fill: none; stroke: var(--border-highlight); stroke-width: 1.5; }
.hatch line { stroke: var(--ink-soft); stroke-width: 1.4; stroke-opacity: 0.75; }
.recede { fill: var(--land); }
.focus { fill: var(--land-focus); }
.standout { fill: var(--land-standout); }
.flows path { fill: none; stroke: var(--flow); stroke-linecap: round; opacity: 0.85; stroke-dasharray: none; }
.markers circle { fill: var(--marker); stroke: var(--bg); stroke-width: 1.5; }
.labels text { fill: var(--ink); font-weight: 600; }
.labels .halo { stroke: var(--bg); stroke-width: 4; stroke-linejoin: round; fill: none; }
.timeline text { font-size: 11px; }
.lane { stroke: var(--rule); }
.lane-label { fill: var(--ink-soft); font-size: 11px; }
.axis line { stroke: var(--ink-soft); }
.axis text { fill: var(--ink-soft); font-size: 11px; }
.axis text.major { fill: var(--ink); font-weight: 700; }
.mark .shape { fill: var(--bg); stroke: var(--mark); stroke-width: 2; }
.mark.order .shape { stroke: var(--order); }
.mark.shipment .shape { stroke: var(--flow); }
.mark .range { fill: var(--range); }
.mark.highlighted .shape { fill: var(--mark); }
.mark.order.highlighted .shape { fill: var(--order); }
.mark.shipment.highlighted .shape { fill: var(--flow); }
.mark .hit { fill: none; }
.bin { fill: var(--mark); opacity: 0.45; }
.bin.orders { fill: var(--order); }
.bin.shipments { fill: var(--flow); }
.bin.highlighted { opacity: 1; }
.total-label { fill: var(--ink); font-size: 11.5px; font-weight: 600; paint-order: stroke; stroke: var(--bg); stroke-width: 3px; }
.cargo-label { fill: var(--ink-soft); font-size: 11px; }
.cargo path { fill: none; stroke: var(--flow); stroke-width: 2; }
.cargo .baseline { stroke: var(--rule); }
`;

/**
 * The custom properties declared at the top level of `:root` blocks (not
 * inside @media: the images are the light theme).
 * @example readCustomProperties(':root { --bg: white; }') // Map { '--bg' => 'white' }
 */
export function readCustomProperties(css: string): Map<string, string> {
  const properties = new Map<string, string>();
  const withoutMedia = stripAtRules(css);
  for (const [, body = ''] of withoutMedia.matchAll(/:root\s*\{([^}]*)\}/g)) {
    for (const [, name = '', value = ''] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+?)\s*(?:;|$)/g)) {
      properties.set(name, value);
    }
  }
  return properties;
}

/** Drops @media / @supports blocks (with their nested braces). */
function stripAtRules(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) return out + css.slice(i);
    out += css.slice(i, at);
    const open = css.indexOf('{', at);
    const semi = css.indexOf(';', at);
    if (open < 0 || (semi >= 0 && semi < open)) {
      i = semi < 0 ? css.length : semi + 1;
      continue;
    }
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
      j++;
    }
    i = j;
  }
  return out;
}

/**
 * A custom property's value as the light theme draws it: `var()` inside it
 * resolved, and `light-dark(a, b)` as `a`. Undefined when it names a
 * property the page lacks.
 * @example resolveValue('light-dark(var(--paper), black)', new Map([['--paper', 'white']])) // 'white'
 */
export function resolveValue(
  value: string,
  properties: ReadonlyMap<string, string>,
  depth = 0,
): string | undefined {
  if (depth > 10) return undefined;
  let resolved: string | undefined = value.trim();
  const lightDark = /^light-dark\(\s*((?:[^,()]|\([^()]*\))+?)\s*,/.exec(resolved);
  if (lightDark?.[1]) resolved = lightDark[1];
  let missing = false;
  resolved = resolved.replace(
    /var\((--[\w-]+)\s*(?:,\s*([^)]*))?\)/g,
    (_all, name: string, fallback?: string) => {
      const inner = properties.get(name) ?? fallback;
      const value = inner === undefined ? undefined : resolveValue(inner, properties, depth + 1);
      if (value === undefined) missing = true;
      return value ?? '';
    },
  );
  return missing ? undefined : resolved;
}

/**
 * The images' stylesheet with every `var(--x)` replaced by the page's value.
 * Throws, naming it, when the page's CSS lacks a property the images use.
 */
export function imageStylesheet(properties: ReadonlyMap<string, string>): string {
  return RULES.replace(/var\((--[\w-]+)\)/g, (_all, name: string) => {
    const raw = properties.get(name);
    const value = raw === undefined ? undefined : resolveValue(raw, properties);
    if (value === undefined) {
      throw new Error(
        `build-share: the page's CSS declares no ${name} in :root, which the images' stylesheet (src/build/imageStylesheet.ts) uses`,
      );
    }
    return value;
  }).trim();
}
