/**
 * `npm run schema`: writes the JSON Schemas in data/schema/ and the field
 * reference in data/README.md, both generated from src/data/schema.ts (and
 * data/schema/theme.schema.json from src/data/themeSchema.ts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DATA_FILE_NAMES,
  renderSchemaFile,
  schemaFileName,
  updateReadme,
} from '../src/data/describeSchema.ts';
import { renderThemeSchemaFile } from '../src/data/themeSchema.ts';

const dataDir = fileURLToPath(new URL('../data', import.meta.url));
const schemaDir = join(dataDir, 'schema');
mkdirSync(schemaDir, { recursive: true });

const written = new Set<string>();
for (const file of DATA_FILE_NAMES) {
  const name = schemaFileName(file);
  writeFileSync(join(schemaDir, name), renderSchemaFile(file));
  written.add(name);
  console.log(`wrote data/schema/${name}`);
}
// data/theme.json is optional and no part of the dataset: its schema has its own file.
writeFileSync(join(schemaDir, 'theme.schema.json'), renderThemeSchemaFile());
written.add('theme.schema.json');
console.log('wrote data/schema/theme.schema.json');
for (const name of readdirSync(schemaDir)) {
  if (name.endsWith('.schema.json') && !written.has(name)) {
    rmSync(join(schemaDir, name));
    console.log(`removed data/schema/${name} (no such data file any more)`);
  }
}

const readmePath = join(dataDir, 'README.md');
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined;
writeFileSync(readmePath, updateReadme(readme));
console.log(
  `${readme === undefined ? 'created' : 'updated'} the field reference in data/README.md`,
);
