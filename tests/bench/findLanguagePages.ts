/**
 * The language pages of a built site, found in the site itself so the
 * benchmark needs no list to keep up to date: the root page, and every
 * `<dir>/index.html` one level down whose `<html lang>` differs from the
 * root page's (a folder with the root's language, or none, is not another
 * language's page).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface LanguagePage {
  /** The page's `<html lang>`, e.g. "uk". */
  lang: string;
  /** Its path on the site, e.g. "/" or "/uk/". */
  path: string;
  /** True for the site's root page (the budgets' reference, English today). */
  root: boolean;
}

/**
 * The `lang` of a page's `<html>` element; null without one.
 * @example readHtmlLang('<!doctype html><html lang="uk">') // 'uk'
 */
export function readHtmlLang(html: string): string | null {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const lang = /\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
  const value = (lang?.[1] ?? lang?.[2] ?? lang?.[3] ?? '').trim();
  return value || null;
}

/**
 * The root page first, then the other languages' pages by folder name.
 * @example findLanguagePages('dist') // [{ lang: 'en', path: '/', root: true }, { lang: 'uk', path: '/uk/', root: false }]
 */
export function findLanguagePages(dist: string): LanguagePage[] {
  const rootFile = path.join(dist, 'index.html');
  const rootLang = readHtmlLang(readFileSync(rootFile, 'utf8'));
  if (!rootLang)
    throw new Error(`${rootFile}: <html> has no lang, so no other language can be told apart`);
  const others = readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((dir): LanguagePage[] => {
      const file = path.join(dist, dir, 'index.html');
      if (!existsSync(file)) return [];
      const lang = readHtmlLang(readFileSync(file, 'utf8'));
      return lang && lang.toLowerCase() !== rootLang.toLowerCase()
        ? [{ lang, path: `/${dir}/`, root: false }]
        : [];
    });
  return [{ lang: rootLang, path: '/', root: true }, ...others];
}
