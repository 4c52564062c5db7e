/**
 * Reads the view a page is asked to show from its URL: the whole story, or
 * one of the embed views, with an optional step, and the look the host
 * asks for (`?theme=`, `?font=`: see themeParams.ts). Unknown values fall back
 * to the story; they are never echoed into the page.
 */

export const VIEWS = ['story', 'map', 'timeline', 'card', 'stepper'] as const;
export type View = (typeof VIEWS)[number];

export interface EmbedParams extends ThemeParams {
  view: View;
  step: string | null;
  /** pym.js child id, used only to address height messages. */
  childId: string | null;
  debug: boolean;
}

import { readThemeParams, type ThemeParams } from '../theme/themeParams.ts';

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * @example readEmbedParams('?view=map&step=convoys-2023&theme=dark') // {view: 'map', step: 'convoys-2023', childId: null, debug: false, theme: 'dark', font: null}
 */
export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const step = params.get('step');
  const childId = params.get('childId');
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'story',
    step: step && SAFE_ID.test(step) ? step : null,
    childId: childId && SAFE_ID.test(childId) ? childId : null,
    debug: params.has('debug'),
    ...readThemeParams(params),
  };
}
