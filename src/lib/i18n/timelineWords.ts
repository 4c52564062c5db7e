/**
 * The timeline's words in the page's language: lane names, month ticks,
 * the reported totals' short labels, the cargo charts' captions and the
 * line naming undated events. layoutTimeline takes them as an option; its
 * English defaults are the same words (a test checks the two agree).
 */
import type { Amount } from '../../data/schema.ts';
import type { CargoSeriesKey } from '../model/cargoSeries.ts';
import type { Speech } from './localePack.ts';
import { formatCompactMoney } from '../format/formatCompact.ts';

export type LaneKey = 'orders' | 'shipments' | 'totals' | 'other';

/** How describeCargoChart words a chart. */
export interface CargoWords {
  label: (key: CargoSeriesKey) => string;
  noun: (key: CargoSeriesKey) => string;
  unit: (key: CargoSeriesKey) => string;
  scopeAll: string;
  scopePartial: string;
  reported: (date: string, figure: string) => string;
  caption: (label: string, figure: string, scope: string) => string;
  phrase: (figure: string, noun: string, scope: string) => string;
  /** All the charts in one line of words, when they do not fit: "Cargo: …." */
  summary: (list: string) => string;
}

export interface TimelineWords {
  lane: (key: LaneKey) => string;
  monthsShort: readonly string[];
  compactMoney: (amount: Amount) => string;
  undated: (titles: readonly string[]) => string;
  cargo: CargoWords;
  speech: Speech;
}

/**
 * @example timelineWords(ukSpeech).lane('totals') // 'Оголошені підсумки'
 */
export function timelineWords(speech: Speech): TimelineWords {
  const { t, format } = speech;
  return {
    lane: (key) => t(`lane.${key}`),
    monthsShort: format.monthsShort,
    compactMoney: (amount) => formatCompactMoney(amount, format),
    undated: (titles) =>
      titles.length ? t('timeline.undated', { titles: titles.join('; ') }) : '',
    cargo: {
      label: (key) => t(`cargo.label.${key}`),
      noun: (key) => t(`cargo.noun.${key}`),
      unit: (key) => (key === 'cable-km' ? t('cargo.unit.cable-km') : ''),
      scopeAll: t('cargo.scope.all'),
      scopePartial: t('cargo.scope.partial'),
      reported: (date, figure) => t('cargo.reported', { date, x: figure }),
      caption: (label, figure, scope) => t('cargo.caption', { label, figure, scope }),
      phrase: (figure, noun, scope) => t('cargo.phrase', { figure, noun, scope }),
      summary: (list) => t('cargo.summary', { list }),
    },
    speech,
  };
}
