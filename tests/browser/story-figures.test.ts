/**
 * Figures as a fact-checker reads them on the built page (issue 12): the
 * cargo captions never say "in all" for sums that miss shipments, and show
 * a source's own cumulative figure beside the sum; undated claims get no
 * mark on the time axis but a line naming them; the events table keeps
 * words whole and separates its source links; the headline keeps
 * "2023–2026" on one line.
 */
import { describe, expect, it } from 'vitest';
import { scrollToStep } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { openStory, readSteps, waitForGraphicToSettle } from '../helpers/story.ts';
import { readTimeline } from '../helpers/readTimeline.ts';

const steps = readSteps();
const site = useSite();

describe('at 1280 px', () => {
  const tab = openStory(site, { viewport: { width: 1280, height: 800 } });

  it('the cargo captions follow the totals rule and give AzerNews’s figures beside the sums', async () => {
    const step = steps.find((s) => s.id === 'august-2025');
    if (!step) throw new Error('data/steps.json has no step "august-2025"');
    await scrollToStep(tab.page, step.id);
    await waitForGraphicToSettle(tab.page);
    const { cargo } = await readTimeline(tab.page);
    expect(cargo).toEqual({
      'cable-km':
        'Cable and wire: about 3,470 km in the reports that give a figure; reported total by 7 February 2025: more than 3,300 km',
      transformers:
        'Transformers and substations: at least 84 in the reports that give a figure; reported total by 7 February 2025: 120',
      generators:
        'Generators: at least 36 in the reports that give a figure; reported total by 7 February 2025: 70',
      trucks: 'Trucks: at least 126 in the reports that give a figure',
    });
  });

  it('the Gaza and Georgia step marks neither claim on the axis and names both as undated', async () => {
    await scrollToStep(tab.page, 'gaza-and-georgia');
    await waitForGraphicToSettle(tab.page);
    const reading = await tab.page.evaluate(() => ({
      marks: [...document.querySelectorAll('svg.timeline [data-event-id]')].map(
        (m) => (m as HTMLElement).dataset.eventId,
      ),
      undated: document.querySelector('[data-undated]')?.textContent?.replace(/\s+/g, ' ').trim(),
    }));
    // The step still draws its dated events: an empty timeline would pass the checks below.
    expect(reading.marks.length).toBeGreaterThan(0);
    expect(reading.marks).not.toContain('context-gaza-un-aid');
    expect(reading.marks).not.toContain('context-georgia-parallel');
    expect(reading.undated).toBe(
      'No date given, so not on the time axis: The column cites financial support for Gaza through UN mechanisms; The column draws a parallel with Georgia.',
    );
  });

  it('the events table keeps each kind and publisher whole and separates source links', async () => {
    const rows = await tab.page.evaluate(() =>
      [...document.querySelectorAll('#all-events tbody tr')].map((row) => {
        const cells = [...row.querySelectorAll('td')];
        // A word broken mid-word shows as one text node on two lines.
        const broken = [cells[1], ...row.querySelectorAll('td:last-child a')].filter((el) => {
          const range = document.createRange();
          range.selectNodeContents(el!);
          const words = (el!.textContent ?? '').trim().split(/\s+/);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return words.length === 1 && tops.size > 1;
        });
        return {
          id: row.id.replace(/^event-/, ''),
          broken: broken.map((el) => el!.textContent),
          figures: cells[3]?.textContent?.replace(/\s+/g, ' ').trim(),
          sources: cells[4]?.textContent?.replace(/\s+/g, ' ').trim(),
        };
      }),
    );
    expect(rows.flatMap((r) => r.broken)).toEqual([]);
    expect(rows.find((r) => r.id === 'convoy-2025-08-13')?.sources).toBe(
      'Trend (trend.az), AzerNews (azernews.az)',
    );
    // A converted figure follows its original after a space, as in the notes.
    expect(rows.find((r) => r.id === 'total-2024-period')?.figures).toMatch(
      /^more than 70 million manats \(more than \$41\.1 million at 1\.70 manats per dollar\)$/,
    );
  });

  it('an event’s details give its dollar conversion after its own figure, set apart', async () => {
    const step = steps.find((s) => s.timeline.highlight.includes('total-2024-period'))!;
    await scrollToStep(tab.page, step.id);
    await waitForGraphicToSettle(tab.page);
    await tab.page.locator('[data-event-id="total-2024-period"]').focus();
    const figure = tab.page.locator('.details .figure').first();
    await figure.waitFor();
    expect((await figure.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(
      /^more than 70 million manats \(more than \$41\.1 million at 1\.70 manats per dollar\)/,
    );
  });

  it('the headline keeps 2023–2026 on one line', async () => {
    const lines = await tab.page.evaluate(() => {
      const heading = document.querySelector('h1');
      if (!heading) return -1;
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('2023–2026') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + '2023–2026'.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }
      return 0;
    });
    expect(lines).toBe(1);
  });
});
