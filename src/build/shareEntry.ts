/**
 * Build-time renderer of the share cards and step images as SVG, with the
 * page's own map and timeline components (svelte/server's `render`).
 * Bundled by scripts/build-share.ts into .ssr-share/ and called there;
 * never shipped to readers.
 */
import { render } from 'svelte/server';
import { byLocale } from 'virtual:story-data';
import type { Locale } from '../lib/i18n/locales.ts';
import { buildStoryModel } from '../lib/model/buildStoryModel.ts';
import { readGeometry } from '../lib/map/readGeometry.ts';
import { projectShapes } from './projectShapes.ts';
import type { Topology } from 'topojson-specification';
import { markupToPlainText } from '../lib/format/markup.ts';
import { sourceLine, stepPublishers } from '../lib/share/sourceLine.ts';
import { GRAPHIC_SIZES, cardImagePath, graphicImagePath } from '../lib/share/imageSizes.ts';
import StepImage from '../components/share/StepImage.svg.svelte';
import ShareCard from '../components/share/ShareCard.svg.svelte';
import { localeContextMap } from '../components/localeContext.ts';
import { timelineWords } from '../lib/i18n/timelineWords.ts';
import { speechOf } from '../lib/i18n/localePack.ts';

export interface RenderedImage {
  /** The PNG's path under dist/ (a step graphic also gets its SVG beside it). */
  path: string;
  svg: string;
  /** What the image shows, in words: for its <title>/<desc> and the og:image:alt. */
  title: string;
  description: string;
}

export interface SharedStep {
  id: string;
  title: string;
  /** "Step 2 of 12" in the page's language. */
  kicker: string;
  /** The step's text, as plain text. */
  text: string;
  source: string;
  card: RenderedImage;
  graphics: RenderedImage[];
}

export interface ShareRendering {
  headline: string;
  /** The share pages' link to the story at a step, in the page's language. */
  readFromStep: string;
  standfirst: string;
  language: string;
  card: RenderedImage;
  steps: SharedStep[];
}

/** An SVG as svelte/server renders a component, standalone: the images' stylesheet inside it. */
function standalone(body: string, stylesheet: string): string {
  const open = body.indexOf('>', body.indexOf('<svg')) + 1;
  if (open === 0) throw new Error('build-share: a share image rendered no <svg>');
  return `${body.slice(0, open)}<style>${stylesheet}</style>${body.slice(open)}`;
}

/** The languages with a page (English always): scripts/build-share.ts renders each. */
export const publishedLocales = Object.keys(byLocale) as Locale[];

export function renderShareImages(
  topology: unknown,
  stylesheet: string,
  tag: Locale = 'en',
): ShareRendering {
  const data = byLocale[tag];
  if (!data?.ok)
    throw new Error('build-share: the story data has problems; run npm run check:data');
  const speech = speechOf(data.locale);
  const { t } = speech;
  const model = buildStoryModel(data.dataset, data.warnings, timelineWords(speech));
  // The map's and timeline's components take their words from the page's locale context.
  const context = localeContextMap(data.locale);
  const geometry = readGeometry(projectShapes(topology as Topology));
  const { story } = data.dataset;
  const headline = markupToPlainText(story.headline);
  const total = model.steps.length;
  const steps = model.steps.map((state): SharedStep => {
    const events = state.highlight.flatMap((id) => model.eventsById.get(id) ?? []);
    const source = sourceLine(stepPublishers(events, model.sourcesById), headline, story.byline, t);
    const title = state.step.title;
    const kicker = t('share.stepOf', { n: state.index + 1, total });
    const cardSvg = standalone(
      render(ShareCard, { props: { state, geometry, kicker, headline: title, source }, context })
        .body,
      stylesheet,
    );
    return {
      id: state.step.id,
      title,
      kicker,
      text: markupToPlainText(state.step.text),
      source,
      card: {
        path: cardImagePath(state.step.id),
        svg: cardSvg,
        title,
        description: t('share.cardAlt', { n: state.index + 1, total, headline, title, source }),
      },
      graphics: GRAPHIC_SIZES.map((size) => ({
        path: graphicImagePath(state.step.id, size.key, 'png'),
        svg: standalone(
          render(StepImage, {
            props: { model, state, geometry, width: size.width, height: size.height, source },
            context,
          }).body,
          stylesheet,
        ),
        title,
        description: t('share.graphicAlt', { title, source }),
      })),
    };
  });
  const opening = model.steps[0];
  if (!opening) throw new Error('build-share: the story has no steps to draw');
  const storyEvents = model.steps.flatMap((s) =>
    s.highlight.flatMap((id) => model.eventsById.get(id) ?? []),
  );
  // The card shows the headline itself: its source line names the sources only.
  const storySource = sourceLine(stepPublishers(storyEvents, model.sourcesById), '', '', t);
  return {
    headline,
    readFromStep: t('share.readFromStep'),
    standfirst: markupToPlainText(story.standfirst),
    language: story.language,
    card: {
      path: cardImagePath(null),
      svg: standalone(
        render(ShareCard, {
          props: { state: opening, geometry, kicker: story.byline, headline, source: storySource },
          context,
        }).body,
        stylesheet,
      ),
      title: headline,
      description: t('share.storyCardAlt', { headline, source: storySource }),
    },
    steps,
  };
}
