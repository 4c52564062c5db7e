/**
 * The font stacks a newsroom (data/theme.json) or a host (`?font=`) may
 * choose by name: fonts already on the reader's device, never one fetched
 * from elsewhere (the page makes no font requests).
 */
export const FONT_STACKS = {
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  sans: "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif",
  serif: "Georgia, 'Times New Roman', 'Liberation Serif', 'Nimbus Roman', serif",
  mono: "ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace",
} as const;

export type FontStackName = keyof typeof FONT_STACKS;
export const FONT_STACK_NAMES = Object.keys(FONT_STACKS) as FontStackName[];

/** Where the page uses a font; each is a custom property (`--font-body`, …). */
export const FONT_ROLES = {
  body: 'the text of the story and the embeds',
  headline: 'the headline and section titles',
  figures: 'the map, the timeline and their legend',
  code: 'the embed snippets',
} as const;

export type FontRole = keyof typeof FONT_ROLES;
export type FontChoice = Record<FontRole, FontStackName>;

export const DEFAULT_FONTS: FontChoice = {
  body: 'system',
  headline: 'system',
  figures: 'system',
  code: 'mono',
};
