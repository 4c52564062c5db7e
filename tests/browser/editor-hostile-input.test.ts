/**
 * What a careless or hostile editor's input does to the build and the page
 * (issue 17): a link whose address reads as one site and leads to another
 * ("https://caucasuswatch.de@evil.example/…"), and a step id the page itself
 * uses ("notes"). Both are refused at build, in one refused build whose
 * output must be the located report and nothing else (no stack trace); the
 * run-time refusal of such links is editorInputHelpers.test.ts's (safeHref).
 * On the real site, every outside link shows the host it really leads to,
 * and the dev overlay lists two problems in two events at once. Run
 * `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import type { AidEvent } from '../../src/data/schema.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { useBuildWithData } from '../helpers/buildCopy.ts';
import { startDevServer } from '../helpers/devServer.ts';
import { useSite } from '../helpers/site.ts';

const DECEPTIVE = 'https://caucasuswatch.de@evil.example/x';

describe('a copy of data/ with a deceptive link and a step called "notes"', () => {
  const build = useBuildWithData(
    (files) => {
      files['sources.json'].sources[0]!.url = DECEPTIVE;
      files['steps.json'].steps[1]!.text +=
        ' See the [report](https://caucasuswatch.de@evil.example/r).';
      files['steps.json'].steps[2]!.id = 'notes';
    },
    { buildOnErrors: true },
  );

  it('the build is refused, and says so with every problem at once, located', () => {
    expect(build.dist).toBeNull();
    const lines = build.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.file}:${p.line}:${p.column} ${p.path} ${p.code}`);
    expect(lines).toEqual([
      expect.stringMatching(/^sources\.json:\d+:\d+ sources\[0\]\.url url-credentials$/),
      expect.stringMatching(/^steps\.json:\d+:\d+ steps\[1\]\.text url-credentials$/),
      expect.stringMatching(/^steps\.json:\d+:\d+ steps\[2\]\.id id-used-by-page$/),
    ]);
    expect(build.log).toContain('data/ has errors; nothing was built.');
    expect(build.log).toContain(
      `sources[0].url  the address "${DECEPTIVE}" leads to evil.example, not to caucasuswatch.de`,
    );
    expect(build.log).toContain('steps[2].id  step id "notes" is already an id on the page');
  });

  it('the refusal prints the report alone: no stack trace, no bundler internals', () => {
    expect(build.log).not.toMatch(/^\s+at /m);
    expect(build.log).not.toContain('[Getter/Setter]');
    expect(build.log).not.toContain('RolldownError');
  });
});

describe('the built site', () => {
  const site = useSite({ browser: { javaScriptEnabled: false } });

  it('shows beside every outside link the host it leads to', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(site.server.url);
    const links = await page.$$eval('a[href^="http"]', (anchors) =>
      anchors.map((a) => {
        // The text a reader sees after the link, up to the end of the element after it.
        const after = document.createRange();
        after.setStartAfter(a);
        after.setEndAfter(a.nextElementSibling ?? a);
        return {
          host: new URL((a as HTMLAnchorElement).href).host.replace(/^www\./, ''),
          shown: after.toString(),
        };
      }),
    );
    await page.close();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.shown).toBe(` (${link.host})`);
  });
});

describe('the dev overlay', () => {
  it('lists a schema error in one event and a misspelled place in another, at once', async () => {
    const [dev, browser] = await Promise.all([startDevServer(), launchBrowser()]);
    try {
      dev.edit('events.json', (text) => {
        const file = JSON.parse(text) as { events: AidEvent[] };
        const withAmount = file.events.findIndex((e) => e.amount);
        const withRoute = file.events.findIndex((e) => e.destination);
        (file.events[withAmount]!.amount as unknown as { value: unknown }).value = '7.6 million';
        file.events[withRoute]!.destination = 'ukriane';
        return `${JSON.stringify(file, null, 2)}\n`;
      });
      const page = await browser.context.newPage();
      await page.goto(dev.url);
      const overlay = page.getByTestId('data-problems');
      await overlay.waitFor();
      const text = (await overlay.textContent()) ?? '';
      expect(text).toContain('must be a number, not the text "7.6 million"');
      expect(text).toContain('place "ukriane" is not in places.json');
    } finally {
      await browser.close();
      await dev.close();
    }
  });
});
