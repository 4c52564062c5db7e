/*
 * Runs in every page the benchmark opens, before the page's own scripts
 * (context.addInitScript). Plain browser JavaScript, so nothing a compiler
 * adds can break it when it is injected. It records long tasks, paints and
 * when the story first marks its active step, and offers window.__bench:
 * frame-paced loops (scroll the page, click through steps) and the probe
 * that times a transition until the drawing stops changing.
 */
(() => {
  const bench = {
    longTasks: [],
    firstActiveStepAt: null,
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null;
  }

  // When the app has rendered and marked its first step (hydration or mount done).
  new MutationObserver((_records, observer) => {
    if (document.documentElement.dataset.activeStep !== undefined) {
      bench.firstActiveStepAt = performance.now();
      observer.disconnect();
    }
    // The document is still empty when this runs: watch it whole, for that one attribute.
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-active-step'] });

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  /** Resolves after this frame's style, layout and paint: a task queued from a rAF callback. */
  const afterRendering = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });

  // Kept before page/countObservers.js wraps it: the probes' own observers are not the page's.
  const NativeMutationObserver = MutationObserver;

  /** What part of the page is the drawing, per page kind. */
  const drawings = {
    story: 'svg.map, svg.timeline',
    timelinejs: '.tl-timeline',
  };

  /**
   * Counts changes to the drawing (attributes, children, text) and to the
   * active step, from mutation records: cheaper than reading the drawing
   * every frame, so the probe does not slow the frames it measures.
   */
  const watchDrawing = (selector) => {
    let changes = 0;
    const observer = new NativeMutationObserver((records) => {
      for (const record of records) {
        const target = record.target;
        const element = target.nodeType === Node.ELEMENT_NODE ? target : target.parentElement;
        if (
          (target === document.documentElement && record.attributeName === 'data-active-step') ||
          element?.closest(selector)
        ) {
          changes++;
          return;
        }
      }
    });
    observer.observe(document.documentElement, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    return { count: () => changes, stop: () => observer.disconnect() };
  };

  const triggers = {
    /** Scrolls so that the step's top is 40 px past the story's trigger line. */
    scrollToStep: (id) => {
      const el = document.querySelector(`[data-step-id="${id}"]`);
      if (!el) throw new Error(`no step ${id}`);
      const ratio = window.innerWidth < 760 ? 0.75 : 0.5;
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * ratio + 40, behavior: 'instant' });
    },
    click: (selector) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`nothing matches ${selector}`);
      el.click();
    },
  };

  /**
   * Fires the trigger at the start of a frame and follows the frames until
   * the drawing has not changed for `quietMs` and at least three frames
   * (time, not a frame count, so that slow frames do not stretch the
   * wait). Returns the time
   * from the trigger to the end of the frame that drew the final state, the
   * main-thread time of the trigger frame, the longest frame on the way
   * (each frame's time from its start to the end of its rendering) and the
   * start times of the frames on the way (for frame intervals).
   */
  bench.measureTransition = async ({
    trigger,
    argument,
    drawing: drawingOf,
    quietMs = 200,
    timeoutMs = 6000,
  }) => {
    const drawing = watchDrawing(drawings[drawingOf]);
    let frameStart = await nextFrame();
    const startedAt = performance.now();
    triggers[trigger](argument);
    let renderedAt = await afterRendering();
    const triggerFrameMs = renderedAt - startedAt;
    let settledAt = startedAt;
    let seen = 0;
    // Frames up to the one that drew the final state: [start of frame, end of its rendering].
    const frames = [[frameStart, renderedAt]];
    let settledFrames = 1;
    let quiet = 0;
    const isSettled = () => quiet >= 3 && renderedAt - settledAt >= quietMs;
    while (!isSettled() && performance.now() - startedAt < timeoutMs) {
      const now = drawing.count();
      if (now !== seen) {
        settledAt = renderedAt;
        settledFrames = frames.length;
        quiet = 0;
        seen = now;
      } else {
        quiet++;
      }
      frameStart = await nextFrame();
      renderedAt = await afterRendering();
      frames.push([frameStart, renderedAt]);
    }
    drawing.stop();
    const moving = frames.slice(0, settledFrames);
    return {
      settleMs: settledAt - startedAt,
      triggerFrameMs,
      worstFrameMs: Math.max(...moving.map(([start, end]) => end - start)),
      frameStarts: moving.map(([start]) => start),
      timedOut: !isSettled(),
    };
  };

  /** Scrolls to the bottom of the page and back to the top, `pxPerFrame` each frame; returns the frame times. */
  bench.scrollDownAndUp = async ({ pxPerFrame }) => {
    const frames = [];
    const start = performance.now();
    const bottom = document.documentElement.scrollHeight - window.innerHeight - 1;
    // Stops where the page stops moving too, so a page that shrinks meanwhile cannot hold it forever.
    const scrollOneFrame = async (dy) => {
      const before = window.scrollY;
      window.scrollBy({ top: dy, behavior: 'instant' });
      frames.push(await nextFrame());
      return window.scrollY !== before;
    };
    while (window.scrollY < bottom && (await scrollOneFrame(pxPerFrame)));
    while (window.scrollY > 0 && (await scrollOneFrame(-pxPerFrame)));
    return { frames, start, end: performance.now() };
  };

  /**
   * Soak: scrolls down the story one step per frame (each step's top just
   * past the trigger line), then back up the same way to the top, `passes`
   * times; returns how many frames it took.
   */
  bench.soakScroll = async ({ passes }) => {
    const ratio = window.innerWidth < 760 ? 0.75 : 0.5;
    const stops = [...document.querySelectorAll('section[data-step-id]')].map(
      (el) => el.getBoundingClientRect().top + window.scrollY - window.innerHeight * ratio + 40,
    );
    const route = [0, ...stops, ...stops.slice(0, -1).reverse()];
    let frames = 0;
    for (let i = 0; i < passes; i++) {
      for (const top of route) {
        window.scrollTo({ top, behavior: 'instant' });
        await nextFrame();
        frames++;
      }
    }
    window.scrollTo({ top: 0, behavior: 'instant' });
    await nextFrame();
    return frames;
  };

  /**
   * Clicks `next` until it is disabled, then `previous` until it is, one
   * click per frame, until `switches` clicks have been made (soak); then
   * goes back to the first step (clicks not counted).
   */
  bench.soakSteps = async ({ switches, next, previous }) => {
    // Either kind of disabled: the attribute, or aria-disabled (which keeps keyboard focus).
    const usable = (selector) => {
      const button = document.querySelector(selector);
      return button && !button.disabled && button.getAttribute('aria-disabled') !== 'true'
        ? button
        : null;
    };
    let forward = true;
    let clicks = 0;
    let turnsWithoutClick = 0;
    while (clicks < switches && turnsWithoutClick < 2) {
      const button = usable(forward ? next : previous);
      if (!button) {
        forward = !forward;
        turnsWithoutClick++;
        continue;
      }
      turnsWithoutClick = 0;
      button.click();
      clicks++;
      await nextFrame();
    }
    // End on the first step, so that snapshots taken after each run compare like with like.
    for (let back = 0, button = usable(previous); button && back < clicks; back++) {
      button.click();
      await nextFrame();
      button = usable(previous);
    }
    return clicks;
  };

  bench.nextFrame = nextFrame;
  window.__bench = bench;
})();
