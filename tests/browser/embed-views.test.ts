/**
 * The embed views of the built site: each `?view=` renders, the stepper
 * works by keyboard, embed pages are marked noindex with a canonical link
 * to the story, and the embed runs inside `sandbox="allow-scripts"` (an
 * opaque origin) and under a strict Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe, waitForStory, watchPage } from '../helpers/browser.ts';
import { checkIncompleteContrast } from '../helpers/axeIncomplete.ts';
import { findLowContrastMarks } from '../helpers/markContrast.ts';
import { CSP_STRICT } from '../helpers/staticServer.ts';
import { readSteps, startLateIsland, waitForGraphicToSettle } from '../helpers/story.ts';
import {
  expectFrameFitsDocument,
  openHostPage,
  readEmbeddedStory,
  scrollHostToStep,
  startEmbedServers,
  useEmbedSite,
  type EmbedServers,
} from '../helpers/embedHosts.ts';

const steps = readSteps();
const middle = steps[Math.floor(steps.length / 2)]!;

const site = useEmbedSite();
/** The same three origins again, the story's served under the strict CSP. */
let strict: EmbedServers;

beforeAll(async () => {
  strict = await startEmbedServers({ headers: { 'Content-Security-Policy': CSP_STRICT } });
});

afterAll(async () => {
  await strict?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.context.newPage();
  const watched = watchPage(page, [site.servers.child.origin]);
  await page.goto(url);
  return { page, errors: watched.errors };
}

const currentStep = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-step-id][aria-current="step"]')].map((e) =>
      e.getAttribute('data-step-id'),
    ),
  );

describe('each view renders on its own', () => {
  it('?view=story is the scrolling story with every step', async () => {
    const { page, errors } = await open(`${site.servers.child.url}embed.html?view=story`);
    await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
    const ids = await page.$$eval('.scrolly [data-step-id]', (els) =>
      els.map((e) => e.getAttribute('data-step-id')),
    );
    expect(ids).toEqual(steps.map((s) => s.id));
    expect(await page.locator('svg.map').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    { view: 'map', map: 1, timeline: 0 },
    { view: 'timeline', map: 0, timeline: 1 },
    { view: 'card', map: 1, timeline: 1 },
    { view: 'stepper', map: 1, timeline: 1 },
  ])(
    '?view=$view&step=<middle step> shows that step ($map map, $timeline timeline)',
    async ({ view, map, timeline }) => {
      const { page, errors } = await open(
        `${site.servers.child.url}embed.html?view=${view}&step=${middle.id}`,
      );
      await page.waitForSelector(`main[data-view="${view}"]`);
      expect(await currentStep(page)).toEqual([middle.id]);
      expect(await page.locator('figure.graphic').getAttribute('data-step')).toBe(middle.id);
      expect(await page.locator('svg.map').count()).toBe(map);
      expect(await page.locator('svg.timeline').count()).toBe(timeline);
      if (view === 'card' || view === 'stepper') {
        expect(await page.locator(`#title-${middle.id}`).textContent()).toContain(middle.title);
      }
      expect(await page.locator('.scrolly').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('an unknown view or step falls back without echoing it', async () => {
    const { page } = await open(`${site.servers.child.url}embed.html?view=%3Cb%3Ex&step=%3Cimg%3E`);
    await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
    // Neither as markup nor as escaped text: an echo of the parameter in any form.
    const html = await page.content();
    const text = await page.evaluate(() => document.body.innerText);
    for (const echo of ['<img>', '&lt;img&gt;', '%3Cimg', '<b>x', '&lt;b&gt;x']) {
      expect(html).not.toContain(echo);
    }
    expect(text).not.toMatch(/<img>|<b>x/);
    expect(await currentStep(page)).toEqual([steps[0]!.id]);
    await page.close();
  });
});

describe('the "Embed this" panel', () => {
  it("writes the four snippets for the chosen view and step, with this page's address, and copies them", async () => {
    const page = await site.browser.context.newPage();
    await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.servers.child.origin,
    });
    await page.goto(site.servers.child.url);
    await waitForStory(page);
    await startLateIsland(page, 'embed-panel');
    const panel = page.locator('#embed');
    const snippet = (kind: string) =>
      panel.locator(`[data-snippet="${kind}"] textarea`).inputValue();
    expect(await snippet('pym')).toContain(
      `data-pym-src="${site.servers.child.url}embed.html?view=story"`,
    );

    await panel.getByLabel('One step as a card').check();
    await panel.getByLabel('Step to show').selectOption(middle.id);
    const src = `${site.servers.child.url}embed.html?view=card&amp;step=${middle.id}`;
    expect(await snippet('pym')).toContain(`data-pym-src="${src}"`);
    expect(await snippet('frames')).toContain(`data-frame-src="${src}"`);
    expect(await snippet('amp')).toContain(`src="${src}"`);
    expect(await snippet('plain')).toContain(`src="${src}&amp;frame=fixed"`);
    for (const kind of ['pym', 'frames', 'amp', 'plain']) {
      expect(
        await panel.locator(`[data-snippet="${kind}"] textarea`).getAttribute('readonly'),
      ).not.toBeNull();
    }

    await panel.locator('[data-snippet="plain"]').getByRole('button', { name: 'Copy' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toBe(await snippet('plain'));
    expect(await panel.getByRole('status').textContent()).toMatch(/copied/i);

    // The host's look: the theme and a system font travel in every snippet.
    await panel.getByLabel('Always dark').check();
    await panel.getByLabel('Font').selectOption('serif');
    const look = `${src}&amp;theme=dark&amp;font=serif`;
    expect(await snippet('pym')).toContain(`data-pym-src="${look}"`);
    expect(await snippet('frames')).toContain(`data-frame-src="${look}"`);
    expect(await snippet('amp')).toContain(`src="${look}"`);
    expect(await snippet('plain')).toContain(
      `src="${site.servers.child.url}embed.html?view=card&amp;step=${middle.id}&amp;frame=fixed&amp;theme=dark&amp;font=serif"`,
    );
    await panel.getByLabel('Follow the reader’s setting (light or dark)').check();
    expect(await snippet('pym')).toContain(`data-pym-src="${src}&amp;font=serif"`);
    await page.close();
  });
});

const paperOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 24, 27)';

describe('embed.html before its app mounts (src/embedHead.ts)', () => {
  const APP_SCRIPT = /\/assets\/views-[^/]+\.js$/;

  /** Opens `url` with the app's script lost on the way; resolves once it has failed, so the page shows what it keeps. */
  async function openWithoutApp(url: string, width = 1280): Promise<Page> {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.route(APP_SCRIPT, (route) => route.abort());
    const lost = page.waitForEvent('requestfailed', (request) => APP_SCRIPT.test(request.url()));
    await page.goto(url);
    await lost;
    return page;
  }

  /** What the reader sees of the page: which parts are laid out, and where the map is. */
  const readFirstPaint = (page: Page) =>
    page.evaluate(() => {
      const shown = (selector: string) =>
        (document.querySelector(selector)?.getBoundingClientRect().height ?? 0) > 0;
      const panel = document.querySelector('.map-panel')?.getBoundingClientRect();
      return {
        map: shown('svg.map'),
        legend: shown('.legend'),
        headline: shown('#story-headline'),
        steps: shown('.steps'),
        timeline: shown('svg.timeline'),
        paper: getComputedStyle(document.documentElement).backgroundColor,
        overflows: document.documentElement.scrollWidth > innerWidth,
        panel: panel && [panel.left, panel.width, panel.height].map(Math.round),
      };
    });

  it.each([375, 1280])(
    '?view=map&theme=dark at %i px: the first paint is the opening step’s map and legend, dark, where the app will draw them; it stays if the app never comes',
    async (width) => {
      // The app's script never arrives: what shows is what a reader sees until it runs, and after, if it never does.
      const page = await openWithoutApp(
        `${site.servers.child.url}embed.html?view=map&theme=dark`,
        width,
      );
      const before = await readFirstPaint(page);
      expect(before).toMatchObject({
        map: true,
        legend: true,
        headline: false,
        steps: false,
        timeline: false,
        paper: DARK,
        overflows: false,
      });
      await page.unroute(APP_SCRIPT);
      await page.reload();
      await page.getByRole('link', { name: 'Read the full story' }).waitFor();
      // The app's map panel takes the place the first paint gave it.
      expect((await readFirstPaint(page)).panel).toEqual(before.panel);
      await page.close();
    },
  );

  it('?view=map&step=<another step>: the pre-rendered map would be the wrong step, so the page waits for the app', async () => {
    const page = await openWithoutApp(
      `${site.servers.child.url}embed.html?view=map&step=${middle.id}`,
    );
    expect(await readFirstPaint(page)).toMatchObject({ headline: true, steps: true });
    await page.close();
  });
});

describe('themes the host chooses (?theme=, ?font=) or the reader’s system setting', () => {
  it.each([
    ['light', '', LIGHT],
    ['dark', '', DARK],
    ['light', '&theme=dark', DARK],
    ['dark', '&theme=light', LIGHT],
    ['dark', '&theme=purple', DARK],
  ] as const)('a reader set to %s, ?view=map%s: the paper is %s', async (scheme, query, paper) => {
    const page = await site.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.servers.child.url}embed.html?view=map${query}`);
    await page.waitForSelector('main[data-view="map"] svg.map');
    expect(await paperOf(page)).toBe(paper);
    await page.close();
  });

  it('?font=serif sets the text and the graphic in the serif stack; an unknown font is ignored', async () => {
    const { page } = await open(`${site.servers.child.url}embed.html?view=card&font=serif`);
    await page.waitForSelector('main[data-view="card"] svg.map');
    const fonts = await page.evaluate(() => ({
      body: getComputedStyle(document.body).fontFamily,
      map: getComputedStyle(document.querySelector('svg.map')!).fontFamily,
    }));
    expect(fonts.body).toMatch(/^Georgia,/);
    expect(fonts.map).toMatch(/^Georgia,/);
    await page.goto(`${site.servers.child.url}embed.html?view=card&font=url(x)`);
    await page.waitForSelector('main[data-view="card"] svg.map');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /^system-ui,/,
    );
    await page.close();
  });

  // Every view, in the dark theme the host asks for: one page, the views in turn.
  it('?theme=dark: axe-core finds no violation in any view, unjudged text contrasts enough, marks 3:1', async () => {
    const { page, errors } = await open('about:blank');
    const problems: string[] = [];
    let compared = 0;
    for (const view of ['story', 'map', 'timeline', 'card', 'stepper']) {
      await page.goto(
        `${site.servers.child.url}embed.html?view=${view}&step=${middle.id}&theme=dark`,
      );
      await page.waitForSelector(view === 'story' ? '.scrolly' : `main[data-view="${view}"]`);
      await waitForGraphicToSettle(page);
      if ((await paperOf(page)) !== DARK) problems.push(`${view}: not dark`);
      problems.push(...(await runAxe(page)).map((p) => `${view}: ${p}`));
      const text = await checkIncompleteContrast(page);
      problems.push(...text.problems.map((p) => `${view}: ${p}`));
      // The marks are measured where they are painted: on screen.
      if (view !== 'timeline') await page.locator('svg.map').scrollIntoViewIfNeeded();
      const marks = await findLowContrastMarks(page);
      problems.push(...marks.out.map((p) => `${view}: ${p}`));
      compared += marks.compared;
      if (text.measured === 0) problems.push(`${view}: no text measured`);
    }
    expect(problems).toEqual([]);
    // Markers, arcs and timeline marks in every view.
    expect(compared).toBeGreaterThan(5 * 3);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the stepper by keyboard', () => {
  it('Tab reaches Previous and Next; Enter and Space move one step; the ends keep focus', async () => {
    const { page } = await open(`${site.servers.child.url}embed.html?view=stepper`);
    await page.waitForSelector('main[data-view="stepper"]');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/previous/i);
    expect(
      await page.getByRole('button', { name: /previous/i }).getAttribute('aria-disabled'),
    ).toBe('true');
    await page.keyboard.press('Enter');
    expect(await currentStep(page)).toEqual([steps[0]!.id]);

    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/next/i);
    await page.keyboard.press('Enter');
    expect(await currentStep(page)).toEqual([steps[1]!.id]);
    await page.keyboard.press('Space');
    expect(await currentStep(page)).toEqual([steps[2]!.id]);
    expect(await page.locator('.controls [aria-live="polite"]').textContent()).toContain(
      `3 of ${steps.length}`,
    );

    for (let i = 3; i < steps.length + 2; i++) await page.keyboard.press('Enter');
    expect(await currentStep(page)).toEqual([steps[steps.length - 1]!.id]);
    expect(await page.getByRole('button', { name: /next/i }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(await focused()).toMatch(/next/i);

    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toMatch(/previous/i);
    await page.keyboard.press('Enter');
    expect(await currentStep(page)).toEqual([steps[steps.length - 2]!.id]);
    await page.close();
  });
});

describe('embed pages and search engines', () => {
  it('embed.html has noindex and a canonical link to the story; index.html is indexable, with no canonical link', async () => {
    for (const view of ['story', 'map', 'stepper']) {
      const { page } = await open(`${site.servers.child.url}embed.html?view=${view}`);
      await page.waitForSelector('#app > *');
      const head = await page.evaluate(() => ({
        robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
        canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href,
      }));
      expect(head).toEqual({ robots: 'noindex', canonical: site.servers.child.url });
      await page.close();
    }
    // Built without STORY_SITE_URL: the story is its own canonical page (canonicalLink.ts).
    const { page } = await open(site.servers.child.url);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    await page.close();
  });
});

describe('in sandbox="allow-scripts" (opaque origin) and under a strict CSP', () => {
  it.each([
    { name: 'opaque origin', child: () => site.servers, sandbox: 'allow-scripts' },
    { name: 'strict CSP', child: () => strict, sandbox: undefined },
    { name: 'opaque origin and strict CSP', child: () => strict, sandbox: 'allow-scripts' },
  ])(
    '$name: the story draws its map, follows the host and fits its frame (@newswire/frames)',
    async ({ child, sandbox }) => {
      const env = child();
      const page = await site.browser.context.newPage();
      const watched = watchPage(page, [env.child.origin, env.host.origin]);
      const { iframe, frame } = await openHostPage(page, env, 'frames', { view: 'story', sandbox });
      const inside = await frame.evaluate(() => ({
        origin: self.origin,
        countries: document.querySelectorAll('svg.map [data-country]').length,
        // The stylesheet applied: the hidden figcaption is clipped to 1 px.
        styled: getComputedStyle(document.querySelector('.visually-hidden')!).width,
      }));
      expect(inside.origin === 'null').toBe(sandbox === 'allow-scripts');
      expect(inside.countries).toBeGreaterThan(2);
      expect(inside.styled).toBe('1px');
      await expectFrameFitsDocument(iframe, frame, 'frame fits');
      const step = steps[3]!;
      await scrollHostToStep(iframe, frame, step.id);
      await expect
        .poll(async () => (await readEmbeddedStory(iframe, frame)).active, {
          timeout: 10_000,
        })
        .toBe(step.id);
      expect(watched.errors).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      await page.close();
    },
  );

  it('opaque origin in a plain iframe: the stepper fills its fixed frame', async () => {
    const page = await site.browser.context.newPage();
    const watched = watchPage(page, [site.servers.child.origin, site.servers.host.origin]);
    const { iframe, frame } = await openHostPage(page, site.servers, 'plain', {
      view: 'story',
      sandbox: 'allow-scripts',
    });
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    await frame.getByRole('button', { name: /next/i }).click();
    expect(await frame.locator('[aria-current="step"]').getAttribute('data-step-id')).toBe(
      steps[1]!.id,
    );
    await expectFrameFitsDocument(iframe, frame, 'plain opaque');
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});
