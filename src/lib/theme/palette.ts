/**
 * The one definition of every colour the page and the graphic use, in the
 * light and the dark theme. The build turns it into CSS custom properties
 * (`--ink`, `--flow`, …; src/build/themeCss.ts), which every component and
 * SVG fill reads through var(); data/theme.json may replace any of them.
 * tests/unit/themePalette.test.ts checks the contrast of every pair a reader
 * compares (THEME_CONTRAST_PAIRS), in both themes.
 */

/** What each custom property is for (data/README.md lists the same). */
export const PALETTE_ROLES = {
  bg: 'paper: the page, the graphic, the halo around map labels',
  card: 'the step boxes, event details and buttons',
  ink: 'text, map labels',
  'ink-soft': 'muted text: notes, captions, timeline ticks',
  link: 'the accent: links',
  rule: 'thin dividing lines and box borders (decoration)',
  sea: 'the sea on the map; code boxes',
  land: 'countries the step does not highlight',
  'land-focus': 'highlighted countries',
  'land-standout': 'Azerbaijan and Ukraine when highlighted',
  'border-land': 'borders between countries (decoration)',
  'border-highlight': 'the outline of highlighted countries',
  hatch: 'the hatching over occupied areas',
  flow: 'the flow colour: aid routes on the map, aid events on the timeline',
  marker: 'places on the map',
  order: 'orders and pledges on the timeline',
  mark: 'other timeline marks',
  range: 'the band of a date known only roughly (translucent)',
  selected: 'the tint behind the selected timeline event (translucent)',
  focus: 'the keyboard focus ring',
  warn: 'warnings and data notes',
  shadow: 'the shadow under boxes (translucent)',
  'shadow-strong': 'the shadow under pop-ups (translucent)',
  debug: 'the editors’ ?debug overlay',
} as const;

export type PaletteKey = keyof typeof PALETTE_ROLES;
export type Palette = Record<PaletteKey, string>;
export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/** Hex colours; eight digits carry an alpha (`2e` ≈ 0.18). */
export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: '#ffffff',
    card: '#ffffff',
    ink: '#1b1b1b',
    'ink-soft': '#55565a',
    link: '#0a58a8',
    rule: '#cfd2d6',
    sea: '#eaf1f6',
    land: '#e4e3dd',
    'land-focus': '#cfc8b3',
    'land-standout': '#efc253',
    'border-land': '#8f8f8f',
    'border-highlight': '#66604f',
    hatch: '#47484c',
    flow: '#a8380a',
    marker: '#1b1b1b',
    order: '#5b2bc9',
    mark: '#1b1b1b',
    range: '#a8380a2e',
    selected: '#0a58a829',
    focus: '#0a58a8',
    warn: '#a14d05',
    shadow: '#00000014',
    'shadow-strong': '#00000026',
    debug: '#c2185b',
  },
  dark: {
    bg: '#16181b',
    card: '#202327',
    ink: '#ecebe8',
    'ink-soft': '#a9adb3',
    link: '#7cb8f5',
    rule: '#464b52',
    sea: '#1b2833',
    land: '#3b3c38',
    'land-focus': '#57513f',
    'land-standout': '#6a5211',
    'border-land': '#76787a',
    'border-highlight': '#d9cfae',
    hatch: '#d6d2c8',
    flow: '#ff9a66',
    marker: '#f2f1ee',
    order: '#b9a3ff',
    mark: '#ecebe8',
    range: '#ff9a662e',
    selected: '#7cb8f529',
    focus: '#7cb8f5',
    warn: '#f0a050',
    shadow: '#00000066',
    'shadow-strong': '#00000099',
    debug: '#f06292',
  },
};

/**
 * How strongly components paint a colour over another (their CSS opacity):
 * the contrast a reader sees is of the colour laid over what is behind it.
 */
export const PAINT_OPACITY: Partial<Record<PaletteKey, number>> = { flow: 0.85, hatch: 0.75 };
