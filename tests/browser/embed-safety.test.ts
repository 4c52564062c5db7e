/**
 * The embed among strangers: messages forged from another window on the
 * host page change nothing in the story or in the host; a `navigateTo`
 * message does nothing, and the story never sends one; the host page with
 * its iframe passes axe-core. Host, story and the other window are three
 * origins, with the real pym.js and @newswire/frames.
 */
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { readSteps } from '../helpers/story.ts';
import {
  expectFrameFitsDocument,
  openHostPage,
  runAxeAcrossFrames,
  scrollHostToStep,
  useEmbedSite,
  type HostKind,
  type HostPageOptions,
} from '../helpers/embedHosts.ts';

const steps = readSteps();
const site = useEmbedSite();

/** Opens a host page that records every message its frames send it, from before the story loads. */
async function openRecordedHost(kind: HostKind, options: HostPageOptions) {
  const page = await site.browser.context.newPage();
  await page.addInitScript((hostOrigin) => {
    if (location.origin !== hostOrigin) return;
    const w = window as unknown as {
      __received: { source: MessageEventSource | null; data: unknown }[];
    };
    w.__received = [];
    window.addEventListener('message', (e) =>
      w.__received.push({ source: e.source, data: e.data }),
    );
  }, site.servers.host.origin);
  const { url, iframe, frame } = await openHostPage(page, site.servers, kind, options);
  await expectFrameFitsDocument(iframe, frame, `${kind} loaded`);
  return { page, iframe, frame, url };
}

/** Messages the story's frame has sent the host page so far (JSON, so objects compare). */
function sentByStory(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __received: { source: MessageEventSource | null; data: unknown }[];
    };
    const story = document.querySelector<HTMLIFrameElement>(
      'iframe[title*="Energy aid"]',
    )?.contentWindow;
    return w.__received.filter((m) => m.source === story).map((m) => JSON.stringify(m.data));
  });
}

/** What a forged message could disturb inside the story. */
function readStoryState(frame: Frame) {
  return frame.evaluate(() => ({
    url: location.href,
    active: document.documentElement.dataset.activeStep,
    mode: document.documentElement.dataset.frame,
    readerHeight: document.documentElement.style.getPropertyValue('--reader-height'),
    graphic: document.querySelector<HTMLElement>('.graphic-col')?.style.transform,
    height: document.documentElement.getBoundingClientRect().height,
  }));
}

function readHostState(page: Page, iframe: ElementHandle<HTMLIFrameElement>) {
  return Promise.all([page.url(), iframe.evaluate((el) => el.getAttribute('height'))]);
}

/**
 * Has the host (the story's real parent) say frames-init, and waits for
 * the story's answer. Messages posted earlier, from any window, have been
 * handled by then: each window handles posted messages in order.
 */
async function roundTrip(page: Page, frame: Frame): Promise<void> {
  const before = (await sentByStory(page)).length;
  await page.evaluate(() => {
    const story = document.querySelector<HTMLIFrameElement>(
      'iframe[title*="Energy aid"]',
    )?.contentWindow;
    story?.postMessage({ sentinel: 'amp', type: 'frames-init' }, '*');
  });
  await expect
    .poll(async () => (await sentByStory(page)).length, { timeout: 10_000 })
    .toBeGreaterThan(before);
  await frame.evaluate(() => new Promise(requestAnimationFrame));
}

const childIdOf = (frame: Frame) => new URL(frame.url()).searchParams.get('childId') ?? '';

/** Posts from the unrelated frame on the host page: to every other frame, and to the host itself. */
function postFromOtherWindow(page: Page, toStory: unknown[], toHost: unknown[]) {
  const other = page.frames().find((f) => f.url().startsWith(site.servers.other.origin));
  if (!other) throw new Error('no other window on the host page');
  return other.evaluate(
    ({ toStory, toHost }) => {
      for (let i = 0; i < parent.frames.length; i++) {
        const target = parent.frames[i];
        if (target && target !== window) for (const m of toStory) target.postMessage(m, '*');
      }
      for (const m of toHost) parent.postMessage(m, '*');
    },
    { toStory, toHost },
  );
}

describe('messages forged from another window', () => {
  it('change nothing in the story or the host (pym.js host); the same message from the parent does', async () => {
    const { page, iframe, frame, url } = await openRecordedHost('pym', {
      view: 'story',
      withOtherWindow: true,
    });
    await scrollHostToStep(iframe, frame, steps[2]!.id);
    await expect
      .poll(async () => (await readStoryState(frame)).active, { timeout: 10_000 })
      .toBe(steps[2]!.id);
    await roundTrip(page, frame);
    const id = childIdOf(frame);
    expect(id).not.toBe('');
    const story = await readStoryState(frame);
    const host = await readHostState(page, iframe);
    const sentBefore = (await sentByStory(page)).length;

    const viewport = `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1280 120 -9000 0 9000 1280`;
    await postFromOtherWindow(
      page,
      [
        viewport,
        `pymxPYMx${id}xPYMxwidthxPYMx300`,
        { sentinel: 'amp', type: 'frames-init' },
        `pymxPYMx${id}xPYMxnavigateToxPYMxhttps://example.invalid/`,
      ],
      [
        `pymxPYMx${id}xPYMxheightxPYMx5`,
        `pymxPYMx${id}xPYMxnavigateToxPYMx${site.servers.host.origin}/forged.html`,
        { sentinel: 'amp', type: 'embed-size', height: 5 },
      ],
    );
    await roundTrip(page, frame);

    expect(await readStoryState(frame)).toEqual(story);
    expect(await readHostState(page, iframe)).toEqual(host);
    expect(page.url()).toBe(url);
    // Only the answer to the host's own frames-init: one message per height format.
    const answered = (await sentByStory(page)).slice(sentBefore);
    expect(answered.map((m) => JSON.parse(m) as unknown)).toEqual([
      `pymxPYMx${id}xPYMxheightxPYMx${Math.ceil(story.height)}`,
      { sentinel: 'amp', type: 'embed-size', height: Math.ceil(story.height) },
      { 'datawrapper-height': { [id]: Math.ceil(story.height) } },
    ]);

    // The very same viewport message from the real parent is obeyed.
    await page.evaluate((message) => {
      document
        .querySelector<HTMLIFrameElement>('iframe[title*="Energy aid"]')
        ?.contentWindow?.postMessage(message, '*');
    }, viewport);
    await expect
      .poll(async () => (await readStoryState(frame)).readerHeight, { timeout: 10_000 })
      .toBe('120px');
    await page.close();
  });

  it('change nothing with @newswire/frames either', async () => {
    const { page, iframe, frame, url } = await openRecordedHost('frames', {
      view: 'stepper',
      withOtherWindow: true,
    });
    const story = await readStoryState(frame);
    const host = await readHostState(page, iframe);
    const sentBefore = (await sentByStory(page)).length;
    await postFromOtherWindow(
      page,
      [{ sentinel: 'amp', type: 'frames-init' }, 'pymxPYMxxPYMxwidthxPYMx300'],
      [{ sentinel: 'amp', type: 'embed-size', height: 5 }, 'pymxPYMxpym-0xPYMxheightxPYMx5'],
    );
    await roundTrip(page, frame);
    expect(await readStoryState(frame)).toEqual(story);
    expect(await readHostState(page, iframe)).toEqual(host);
    expect(page.url()).toBe(url);
    expect((await sentByStory(page)).slice(sentBefore)).toHaveLength(2);
    await page.close();
  });
});

describe('navigation', () => {
  it('a navigateTo message does nothing; the story sends only heights, whatever the reader does', async () => {
    const { page, iframe, frame, url } = await openRecordedHost('pym', { view: 'story' });
    const id = childIdOf(frame);
    const childUrl = frame.url();
    await page.evaluate(
      ({ id, host }) => {
        const story = document.querySelector<HTMLIFrameElement>(
          'iframe[title*="Energy aid"]',
        )?.contentWindow;
        for (const target of [
          'https://example.invalid/',
          'javascript:alert(1)',
          `${host}/forged.html`,
          '#notes',
        ]) {
          story?.postMessage(`pymxPYMx${id}xPYMxnavigateToxPYMx${target}`, '*');
          story?.postMessage(`pymxPYMx${id}xPYMxscrollToChildPosxPYMx4000`, '*');
        }
      },
      { id, host: site.servers.host.origin },
    );
    await roundTrip(page, frame);
    expect(frame.url()).toBe(childUrl);
    expect(page.url()).toBe(url);

    // The reader uses the story: scrolls, opens the list of steps and follows a link in it.
    for (const step of steps.slice(0, 3)) await scrollHostToStep(iframe, frame, step.id);
    await frame.locator('.step-list summary').click();
    await frame.locator(`.step-list a[href="#${steps[4]!.id}"]`).click();
    await roundTrip(page, frame);
    expect(page.url()).toBe(url);

    const sent = (await sentByStory(page)).map((m) => JSON.parse(m) as unknown);
    expect(sent.length).toBeGreaterThan(0);
    const shapes = new Set(
      sent.map((m) =>
        typeof m === 'string'
          ? m.replace(/^pymxPYMx[\w-]+xPYMx(\w+)xPYMx.*$/, 'pym $1')
          : Object.keys(m as object).includes('sentinel')
            ? `amp ${(m as { type: string }).type}`
            : Object.keys(m as object).join(),
      ),
    );
    expect([...shapes].sort()).toEqual([
      'amp embed-size',
      'datawrapper-height',
      'pym height',
      'pym parentPositionInfo',
    ]);
    await page.close();
  });

  it("without the snippet's data-pym-xdomain, pym.js obeys a forged navigateTo: why the snippet sets it", async () => {
    const { page, frame } = await openRecordedHost('pym', {
      view: 'stepper',
      withOtherWindow: true,
      edit: (snippet) => snippet.replace(/\n\s*data-pym-xdomain="[^"]*"/, ''),
    });
    const id = childIdOf(frame);
    const forged = `${site.servers.host.origin}/forged.html`;
    const before = page.url();
    await postFromOtherWindow(page, [], [`pymxPYMx${id}xPYMxnavigateToxPYMx${forged}`]);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(forged);
    expect(before).not.toBe(forged);
    await page.close();
  });
});

const FRAME_TITLE = 'Energy aid to Ukraine, step by step (embed title under test)';

describe('accessibility of the host page with the iframe', () => {
  it.each([
    { kind: 'pym', view: 'story' },
    { kind: 'frames', view: 'story' },
    { kind: 'plain', view: 'story' },
    { kind: 'pym', view: 'card' },
  ] as const)(
    '$kind host with the $view view: axe-core finds no violations',
    async ({ kind, view }) => {
      const page = await site.browser.context.newPage();
      const { iframe, frame } = await openHostPage(page, site.servers, kind, {
        view,
        step: steps[1]!.id,
        title: FRAME_TITLE,
      });
      await expectFrameFitsDocument(iframe, frame, `${kind} ${view}`);
      // The snippet's title reaches the iframe, also when pym.js builds it from data-pym-title.
      expect(await iframe.getAttribute('title')).toBe(FRAME_TITLE);
      expect(await runAxeAcrossFrames(page)).toEqual([]);
      await page.close();
    },
  );
});
