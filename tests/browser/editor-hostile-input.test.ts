/**
 * What a careless or hostile editor's input does to the build and the page
 * (issue 17): a link whose address reads as one site and leads to another
 * ("https://caucasuswatch.de@evil.example/…"), and a step id the page itself
 * uses ("notes"). Both are refused at build, in one refused build whose
 * output must be the located report and nothing else (no stack trace); the
 * run-time refusal of such links is markup.test.ts's (safeHref). On the
 * real site, every outside link shows the host it really leads to. Run
 * `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { useBuildWithData } from '../helpers/buildCopy.ts';
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
      .map((p) => `${p.file}:${p.line}:${p.column}  ${p.path}  ${p.code}`);
    expect(lines).toEqual([
      expect.stringMatching(/^sources\.json:\d+:\d+  sources\[0\]\.url  url-credentials$/),
      expect.stringMatching(/^steps\.json:\d+:\d+  steps\[1\]\.text  url-credentials$/),
      expect.stringMatching(/^steps\.json:\d+:\d+  steps\[2\]\.id  id-used-by-page$/),
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
      anchors.map((a) => ({
        host: new URL((a as HTMLAnchorElement).href).host.replace(/^www\./, ''),
        shown: `${a.nextSibling?.textContent ?? ''}${a.nextElementSibling?.textContent ?? ''}`,
      })),
    );
    await page.close();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.shown).toBe(` (${link.host})`);
  });
});
