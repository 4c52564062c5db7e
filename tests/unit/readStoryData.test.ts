import { describe, expect, it } from 'vitest';
import { readStoryData, withLateStrings } from '../../src/lib/model/readStoryData.ts';
import { dataScript, lateDataScript } from '../../src/build/storyDataPlugin.ts';
import { loadDataDir } from '../../src/build/readDataDir.ts';
import type { StoryDataModule, StoryDataOk } from '../../src/lib/model/storyDataModule.ts';
import { localizeStory } from '../../src/build/i18n/buildLocalePack.ts';

const loaded = loadDataDir('data');
const { dataset, problems } = loaded;
const payload: StoryDataModule = {
  ok: true,
  dataset: dataset!,
  locale: localizeStory(dataset!, loaded, 'static/geo/region.topo.json').en!.locale,
  warnings: problems.filter((p) => p.severity === 'warning'),
};

/** Runs data/story.js as the browser would, on a stand-in for `self`. */
function runScript(script: string): unknown {
  const self: { __storyData?: unknown } = {};
  new Function('self', script)(self);
  return self.__storyData;
}

describe('dataScript and readStoryData', () => {
  it('data/story.js sets the data readStoryData accepts, equal to the validated data without $schema', () => {
    const read = readStoryData(runScript(dataScript(payload)));
    expect(read).toEqual(
      JSON.parse(JSON.stringify(payload, (k, v: unknown) => (k === '$schema' ? undefined : v))),
    );
    expect(JSON.stringify(read)).not.toContain('$schema');
  });

  it('survives quotes, backslashes and line separators in the text', () => {
    const tricky = structuredClone(payload) as Extract<StoryDataModule, { ok: true }>;
    tricky.dataset.story.headline = `It's a "test" \\ with \u2028 and \u2029 and </script>`;
    const read = readStoryData(runScript(dataScript(tricky))) as typeof tricky;
    expect(read.dataset.story.headline).toBe(tricky.dataset.story.headline);
  });

  it.each([
    ['a long text with a few “curly” quotes and a €', true],
    ['a short one', false],
  ])(
    'dataScript(%s) gives the same data, written in Latin-1 only where such characters are rare',
    (_, long) => {
      const data = structuredClone(payload) as Extract<StoryDataModule, { ok: true }>;
      // Latin-1 text (é, ×) stays as it is; only what lies beyond it is escaped.
      data.dataset.story.headline = 'It’s “quoted”, €5 × 2, café, 😀';
      const beyond = JSON.stringify(data).match(/[\u0100-\uffff]/g)?.length ?? 0;
      if (long) data.dataset.story.standfirst = 'x'.repeat(beyond * 10_000);
      const before = structuredClone(data);
      const script = dataScript(data);
      const read = readStoryData(runScript(script)) as typeof data;
      expect(read.dataset.story.headline).toBe(data.dataset.story.headline);
      expect(read).toEqual(
        JSON.parse(JSON.stringify(data, (k, v: unknown) => (k === '$schema' ? undefined : v))),
      );
      expect(/[\u0100-\uffff]/.test(script)).toBe(!long);
      expect(script.includes('café') && script.includes('×')).toBe(true);
      expect(data).toEqual(before);
    },
  );

  it('passes the dev server’s list of problems through', () => {
    const failing: StoryDataModule = { ok: false, problems: problems.slice(0, 1) };
    expect(readStoryData(runScript(dataScript(failing)))).toEqual(failing);
  });

  it.each([
    ['nothing (the script did not load)', undefined],
    ['null', null],
    ['an HTML error page', '<!doctype html><p>Not found'],
    ['a truncated object', { ok: true, dataset: { story: {} } }],
    ['data without warnings', { ok: true, dataset: payload.ok ? payload.dataset : null }],
    ['problems that are not a list', { ok: false, problems: 'many' }],
    ['no ok flag', { dataset: {} }],
  ])('readStoryData(%s) is null: the page stays pre-rendered', (_, value) => {
    expect(readStoryData(value)).toBeNull();
  });
});

describe('withLateStrings(data, late)', () => {
  const data = {
    ok: true,
    dataset: {},
    warnings: [],
    locale: { strings: { 'legend.label': 'Legend' }, format: {} },
  } as unknown as StoryDataOk;

  it("adds data/story-late.js's words to the islands' strings", () => {
    const withLate = withLateStrings(data, { strings: { 'embed.title': 'Embed this' } });
    expect(withLate.locale.strings).toEqual({
      'legend.label': 'Legend',
      'embed.title': 'Embed this',
    });
    expect(data.locale.strings).toEqual({ 'legend.label': 'Legend' });
  });

  it.each([[undefined], [null], [{}], [{ strings: 'x' }]])(
    'leaves the data as it is for %j',
    (late) => {
      expect(withLateStrings(data, late)).toBe(data);
    },
  );
});

describe('lateDataScript(payload)', () => {
  it('sets __storyDataLate to the words only the late islands read', () => {
    const self: { __storyDataLate?: { strings: Record<string, string> } } = {};
    new Function('self', lateDataScript(payload))(self);
    const keys = Object.keys(self.__storyDataLate!.strings);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.every((k) => /^(embed|images|table)\./.test(k) || k === 'page.allEvents')).toBe(
      true,
    );
    expect(keys).toContain('embed.title');
  });
});
