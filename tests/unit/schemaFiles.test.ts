/**
 * The generated files editors rely on (data/schema/*.schema.json and the
 * field reference in data/README.md) must match src/data/schema.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATA_FILE_NAMES,
  FIELDS_END,
  FIELDS_START,
  readFieldReference,
  renderFieldReference,
  renderSchemaFile,
  schemaFileName,
  updateReadme,
} from '../../src/data/describeSchema.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const STALE = 'is out of date with src/data/schema.ts: run npm run schema';

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

describe('generated schema files', () => {
  for (const file of DATA_FILE_NAMES) {
    const name = `schema/${schemaFileName(file)}`;
    it(`data/${name} equals renderSchemaFile('${file}')`, () => {
      const committed = read(`${dataDir}${name}`);
      expect(committed, `data/${name} is missing: run npm run schema`).toBeDefined();
      expect(committed === renderSchemaFile(file), `data/${name} ${STALE}`).toBe(true);
    });
  }

  it('data/README.md holds the field reference renderFieldReference() gives', () => {
    const readme = read(`${dataDir}README.md`);
    expect(readme, 'data/README.md is missing: run npm run schema').toBeDefined();
    const reference = readFieldReference(readme ?? '');
    expect(
      reference,
      `data/README.md has no ${FIELDS_START} … ${FIELDS_END} block: run npm run schema`,
    ).toBeDefined();
    expect(
      reference === renderFieldReference(),
      `the field reference in data/README.md ${STALE}`,
    ).toBe(true);
  });
});

describe('updateReadme', () => {
  it('updateReadme(undefined) writes an intro and the markers around the reference', () => {
    const readme = updateReadme(undefined, 'REF\n');
    expect(readme).toContain('# ');
    expect(readme).toContain(`${FIELDS_START}\nREF\n${FIELDS_END}\n`);
  });

  it('updateReadme(readme with a guide) replaces only what is between the markers', () => {
    const before = `# Data\n\nEditor's guide.\n\n${FIELDS_START}\nold\n${FIELDS_END}\n\nFooter.\n`;
    expect(updateReadme(before, 'new\n')).toBe(
      `# Data\n\nEditor's guide.\n\n${FIELDS_START}\nnew\n${FIELDS_END}\n\nFooter.\n`,
    );
  });

  it('updateReadme(readme without markers) keeps it and appends the reference', () => {
    const updated = updateReadme('# Data\n\nGuide.\n', 'REF\n');
    expect(updated.startsWith('# Data\n\nGuide.\n')).toBe(true);
    expect(readFieldReference(updated)).toBe('REF\n');
  });

  it('renderFieldReference() has a table per file and escapes Markdown in descriptions', () => {
    const reference = renderFieldReference();
    for (const file of DATA_FILE_NAMES) expect(reference).toContain(`### ${file}`);
    expect(reference).toContain(
      '| `events[].amount.currency` | one of `USD`, `AZN`, `EUR` | yes |',
    );
    expect(reference).toContain('\\*emphasis\\*');
  });
});
