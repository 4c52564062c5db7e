/**
 * A step's timeline, laid out from the story model: the options every
 * caller gives layoutTimeline in the same way (the step's lanes and
 * highlights, the model's cargo words), in one place. The page's graphic
 * plans it once per step and lays it out once per frame, and shares it
 * between the timeline it draws and the map's height; the build's step
 * images lay it out for their size.
 */
import type { StepState, StoryModel } from '../model/buildStoryModel.ts';
import type { MeasureText } from '../format/estimateTextWidth.ts';
import type { TimelineWords } from '../i18n/timelineWords.ts';
import {
  layoutPlannedTimeline,
  planTimeline,
  timelineAxisWidth,
  type TimelineLayout,
  type TimelinePlan,
} from './layoutTimeline.ts';

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

/**
 * A step's timeline planned for every range (planTimeline): the graphic
 * plans it once per step and size, and lays it out for each frame of a
 * glide with layoutPlannedTimeline.
 * @example layoutPlannedTimeline(planStepTimeline(model, step, { width: 412, dense: false }), range)
 */
export function planStepTimeline(
  model: Pick<StoryModel, 'events' | 'cargo' | 'cargoReports' | 'cargoWords'>,
  step: Pick<StepState, 'series' | 'highlight'>,
  options: Omit<StepTimelineOptions, 'range'>,
): TimelinePlan {
  return planTimeline(model.events, model.cargo, {
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

/** @example layoutStepTimeline(model, model.steps[0], { width: 412, dense: false }).height */
export function layoutStepTimeline(
  model: Pick<StoryModel, 'events' | 'cargo' | 'cargoReports' | 'cargoWords'>,
  step: Pick<StepState, 'range' | 'series' | 'highlight'>,
  options: StepTimelineOptions,
): TimelineLayout {
  const range = options.range ?? step.range;
  return layoutPlannedTimeline(planStepTimeline(model, step, options), [range[0], range[1]]);
}
