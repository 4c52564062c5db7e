/**
 * The shape of data/theme.json, the optional file where a newsroom gives
 * the story its own look without forking it: colours for the light and the
 * dark theme (any custom property of src/lib/theme/palette.ts) and fonts
 * chosen among system stacks (src/lib/theme/fontStacks.ts). `npm run
 * schema` writes it to data/schema/theme.schema.json for editors' tools.
 */
import * as z from 'zod';
import { PALETTE_ROLES, type PaletteKey } from '../lib/theme/palette.ts';
import { FONT_ROLES, FONT_STACK_NAMES, type FontRole } from '../lib/theme/fontStacks.ts';

export const THEME_FILE = 'theme.json';

const hexColour = z
  .string()
  .regex(
    /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/,
    'must be a hex colour such as "#1b1b1b" (eight digits add an alpha)',
  );

const colours = z
  .strictObject(
    Object.fromEntries(
      Object.entries(PALETTE_ROLES).map(([key, role]) => [
        key,
        hexColour.describe(role).optional(),
      ]),
    ) as Record<PaletteKey, z.ZodOptional<z.ZodString>>,
  )
  .describe('Custom properties to replace, by name without the leading "--"');

const fontStack = z.enum(FONT_STACK_NAMES as [string, ...string[]]);

const fonts = z
  .strictObject(
    Object.fromEntries(
      Object.entries(FONT_ROLES).map(([role, use]) => [role, fontStack.describe(use).optional()]),
    ) as Record<FontRole, z.ZodOptional<typeof fontStack>>,
  )
  .describe(`A system font stack for each use: ${FONT_STACK_NAMES.join(', ')}`);

export const themeFileSchema = z.strictObject({
  $schema: z.string().optional(),
  fonts: fonts.optional(),
  light: colours.optional().describe('Colours of the light theme'),
  dark: colours.optional().describe('Colours of the dark theme'),
});

export type ThemeFile = z.infer<typeof themeFileSchema>;

/** The text of data/schema/theme.schema.json (written by `npm run schema`). */
export function renderThemeSchemaFile(): string {
  const schema = z.toJSONSchema(themeFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
