/**
 * The language switcher on the static story page is never hydrated: its
 * links are kept pointing at the reader's current step here, so the other
 * language's page opens where the reader is (as LanguageSwitcher.svelte's
 * links do where the app is mounted).
 */
import { languageHref } from '../lib/i18n/languageHref.ts';
import { stepForLanguageLinks } from '../lib/i18n/stepForLanguageLinks.ts';
import type { ActiveStep } from '../lib/scroll/pickActiveStep.ts';
import type { LocalePack } from '../lib/i18n/localePack.ts';

/** Returns the function to call with each active step the tracker reports. */
export function followStepInLanguageLinks(
  root: ParentNode,
  pack: Pick<LocalePack, 'folder' | 'languages'>,
): (active: ActiveStep & { id: string | null }) => void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-language]')];
  let stepId: string | null = null;
  let written: string | null = null;
  return (active) => {
    stepId = stepForLanguageLinks(stepId, active);
    // Called at every scroll change of the tracker: touch the links only when the step changes.
    if (stepId === written) return;
    written = stepId;
    for (const link of links) {
      const language = pack.languages.find((l) => l.tag === link.dataset.language);
      if (language) link.setAttribute('href', languageHref(pack.folder, language.folder, stepId));
    }
  };
}
