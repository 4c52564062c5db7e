/**
 * A step's timeline, laid out from the story model: the options every
 * caller gives layoutTimeline in the same way (the step's lanes and
 * highlights, the model's cargo words), in one place. The page's graphic
 * lays it out once per frame and shares it between the timeline it draws
 * and the map's height; the build's step images lay it out for their size.
 */
import type { StepState, StoryModel } from '../model/buildStoryModel.ts';
import type { MeasureText } from '../format/estimateTextWidth.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';
import { layoutTimeline, timelineAxisWidth, type TimelineLayout } from './layoutTimeline.ts';

export interface StepTimelineOptions {
  /** The timeline's whole width, padding included (timelineAxisWidth). */
  width: number;
  /** The time range shown; the step's own when not gliding between steps. */
  range?: readonly [number, number];
  maxHeight?: number;
  /** Counts in bins instead of labelled marks (isDenseTimeline). */
  dense: boolean;
  measure?: MeasureText;
  words?: TimelineWords;
}

/** @example layoutStepTimeline(model, model.steps[0], { width: 412, dense: false }).height */
export function layoutStepTimeline(
  model: Pick<StoryModel, 'events' | 'cargo' | 'cargoReports' | 'cargoWords'>,
  step: Pick<StepState, 'range' | 'series' | 'highlight'>,
  options: StepTimelineOptions,
): TimelineLayout {
  const range = options.range ?? step.range;
  return layoutTimeline(model.events, model.cargo, {
    range: [range[0], range[1]],
    width: timelineAxisWidth(options.width),
    series: step.series,
    highlight: step.highlight,
    maxHeight: options.maxHeight,
    measure: options.measure,
    labels: !options.dense,
    cargoReports: model.cargoReports,
    cargoWords: model.cargoWords,
    words: options.words,
  });
}
