/**
 * Reads data/theme.json (optional) into the colours and fonts the build
 * writes into the page's CSS: the story's own palette with the newsroom's
 * values laid over it. Every problem is located, like the other data files',
 * including a colour that leaves a pair a reader compares below WCAG AA.
 */
import type * as z from 'zod';
import { decodeDataFile } from './decodeDataFile.ts';
import { formatPath, parseJsonWithLocations, type JsonPath } from './locateJson.ts';
import { themeFileSchema, THEME_FILE, type ThemeFile } from './themeSchema.ts';
import type { Problem } from '../lib/model/problem.ts';
import { PALETTES, THEMES, type Palette, type ThemeName } from '../lib/theme/palette.ts';
import { DEFAULT_FONTS, FONT_STACK_NAMES, type FontChoice } from '../lib/theme/fontStacks.ts';
import { checkPaletteContrast } from '../lib/theme/checkPaletteContrast.ts';

export interface ResolvedTheme {
  palettes: Record<ThemeName, Palette>;
  fonts: FontChoice;
}

/** The story's own look: what the page has without a data/theme.json. */
export const DEFAULT_THEME: ResolvedTheme = { palettes: PALETTES, fonts: DEFAULT_FONTS };

const HINTS = {
  colour: 'write a colour as "#" and 3, 6 or 8 hex digits, e.g. "#0a58a8"',
  font: `name one of the system font stacks: ${FONT_STACK_NAMES.join(', ')} (the page never fetches a font)`,
};

/** The newsroom's values laid over the story's own. */
export function mergeTheme(file: ThemeFile): ResolvedTheme {
  const palette = (theme: ThemeName): Palette => ({ ...PALETTES[theme], ...file[theme] });
  return {
    palettes: { light: palette('light'), dark: palette('dark') },
    fonts: { ...DEFAULT_FONTS, ...(file.fonts as Partial<FontChoice> | undefined) },
  };
}

function describeIssue(
  issue: z.core.$ZodIssue,
  locate: (p: JsonPath, target?: 'value' | 'key') => Problem,
): Problem[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      ...locate([...path, key], 'key'),
      code: 'unknown-field',
      message: `unknown field "${key}"`,
      hint:
        path.length === 0
          ? 'the file may hold "fonts", "light" and "dark"; see data/README.md'
          : 'remove it, or check its spelling; data/README.md lists the names',
    }));
  }
  const inFonts = path[0] === 'fonts';
  return [
    {
      ...locate(path),
      code: issue.code === 'invalid_type' ? 'wrong-type' : 'invalid-theme-value',
      message:
        issue.code === 'invalid_value'
          ? `must be one of ${FONT_STACK_NAMES.join(', ')}`
          : issue.code === 'invalid_type'
            ? `must be ${issue.expected === 'object' ? 'an object in curly braces' : issue.expected === 'string' ? 'text in double quotes' : issue.expected}`
            : issue.message,
      hint: path.length < 2 ? 'see data/README.md, "Theme"' : inFonts ? HINTS.font : HINTS.colour,
    },
  ];
}

/**
 * @example validateThemeFile(undefined) // { theme: DEFAULT_THEME, problems: [] }
 * @example validateThemeFile(bytesOf('{"light": {"ink": "#999"}}')).problems[0]
 * // { file: 'theme.json', line: 1, column: 20, path: 'light.ink', message: 'text (ink on bg) contrasts 2.85:1 in the light theme, below 4.5:1', … }
 */
export function validateThemeFile(bytes: Uint8Array | undefined): {
  theme: ResolvedTheme;
  problems: Problem[];
} {
  if (bytes === undefined) return { theme: DEFAULT_THEME, problems: [] };
  const decoded = decodeDataFile(bytes, THEME_FILE);
  if (decoded.problem) return { theme: DEFAULT_THEME, problems: [decoded.problem] };
  const parsed = parseJsonWithLocations(decoded.text, THEME_FILE);
  if (parsed.value === undefined) return { theme: DEFAULT_THEME, problems: parsed.problems };
  const locate = (path: JsonPath, target: 'value' | 'key' = 'value'): Problem => ({
    severity: 'error',
    code: '',
    file: THEME_FILE,
    ...parsed.locate(path, target),
    path: formatPath(path),
    message: '',
  });
  const result = themeFileSchema.safeParse(parsed.value);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => describeIssue(issue, locate));
    return { theme: DEFAULT_THEME, problems: [...parsed.problems, ...problems] };
  }
  const theme = mergeTheme(result.data);
  const problems = [...parsed.problems];
  for (const name of THEMES) {
    const own = result.data[name] ?? {};
    for (const short of checkPaletteContrast(theme.palettes[name])) {
      // Only pairs the newsroom changed: the story's own palette is tested.
      const culprit = [short.front, short.back].find((key) => key in own);
      if (!culprit) continue;
      problems.push({
        ...locate([name, culprit]),
        code: 'low-contrast',
        message: `${short.where} (${short.front} on ${short.back}) contrasts ${short.ratio.toFixed(2)}:1 in the ${name} theme, below ${short.needed}:1`,
        hint: `make ${short.front} ${name === 'dark' ? 'lighter' : 'darker'} or ${short.back} ${name === 'dark' ? 'darker' : 'lighter'}; WCAG AA asks 4.5:1 for text, 3:1 for marks and lines`,
      });
    }
  }
  return { theme: problems.length ? DEFAULT_THEME : theme, problems };
}
