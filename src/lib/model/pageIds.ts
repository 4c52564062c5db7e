/**
 * Every id the page itself puts on an element, for the components to use
 * and for the data check to keep step ids apart from: a step's id becomes
 * the id of its section (the target of `#step-id` links), so a step called
 * "notes" would make two elements `id="notes"` and the "Notes on the data"
 * link would jump to the step. index.html holds `id="app"` as text;
 * tests/unit/pageIds.test.ts checks it and that no component writes an id
 * that is not from here.
 */

/** Ids the page uses as they are. */
export const PAGE_IDS = {
  app: 'app',
  headline: 'story-headline',
  embedHeadline: 'embed-headline',
  notes: 'notes',
  notesTitle: 'notes-title',
  corrections: 'corrections',
  correctionsTitle: 'corrections-title',
  disagreements: 'disagreements',
  allEvents: 'all-events',
  allEventsTitle: 'all-events-title',
  allEventsCaption: 'all-events-caption',
  embed: 'embed',
  embedTitle: 'embed-title',
  embedStep: 'embed-step',
  embedFont: 'embed-font',
  timelineClip: 'timeline-clip',
  mapHatch: 'map-hatch',
} as const;

/** Ids the page makes by putting a prefix before another id (a note's, a step's, an event's). */
export const PAGE_ID_PREFIXES = {
  note: 'note-',
  stepTitle: 'title-',
  mapTitle: 'map-title-',
  mapDescription: 'map-desc-',
  snippet: 'snippet-',
  eventRow: 'event-',
  correction: 'correction-',
} as const;
