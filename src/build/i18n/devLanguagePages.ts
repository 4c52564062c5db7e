/**
 * `npm run dev` serves each published language as the build lays it out:
 * /uk/ and /az/ (and their embed.html) with the language's data at
 * /uk/data/story.js, so editors preview a translation as they save it.
 * The page is the dev index.html with its `<html lang>`; the app mounts
 * in it as it does on the English page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Connect, ViteDevServer } from 'vite';
import { LOCALES, LOCALE_FOLDERS } from '../../lib/i18n/locales.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { StoryDataModule } from '../../lib/model/storyDataModule.ts';
import { localizePage } from './localizePage.ts';

export function devLanguagePages(
  server: ViteDevServer,
  payloads: () => Partial<Record<Locale, StoryDataModule>>,
  scripts: { data: (payload: StoryDataModule, full: boolean) => string; geometry: () => string },
): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? '').split(/[?#]/)[0] ?? '';
    const match = /^\/([a-z]+)\/(.*)$/.exec(url);
    const tag = LOCALES.find((l) => LOCALE_FOLDERS[l] !== '' && LOCALE_FOLDERS[l] === match?.[1]);
    const payload = tag ? payloads()[tag] : undefined;
    if (!match || !tag || !payload) return next();
    const rest = match[2] ?? '';
    const script = (body: string) => {
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    };
    // Nothing is pre-rendered in dev: the app mounts, from the full data, under either name.
    if (rest === 'data/story.js') return script(scripts.data(payload, false));
    if (rest === 'data/story-full.js') return script(scripts.data(payload, true));
    if (rest === 'geo/region.js') return script(scripts.geometry());
    if (rest !== '' && rest !== 'index.html' && rest !== 'embed.html') return next();
    const template = readFileSync(path.join(server.config.root, 'index.html'), 'utf8');
    server
      .transformIndexHtml(req.url ?? '/', template)
      .then((html) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(localizePage(html, tag, ''));
      })
      .catch(next);
  };
}
