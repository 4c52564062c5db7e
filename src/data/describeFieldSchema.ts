import { describeType, type JsonSchema } from './describeSchema.ts';

/** A value to show in "add …" hints. */
export function placeholder(schema: JsonSchema | undefined): string {
  if (!schema) return '…';
  if (schema.enum) return `${JSON.stringify(schema.enum[0])} (one of ${schema.enum.join(', ')})`;
  const type = plainType(schema);
  if (type === 'date') return '"YYYY-MM-DD"';
  if (type.startsWith('web address')) return '"https://…"';
  if (type.startsWith('number')) return 'a number';
  if (type.startsWith('list')) return '[ … ]';
  if (type === 'object') {
    const fields = (schema.required ?? []).map((k) => `"${k}": …`).join(', ');
    return fields ? `{ ${fields} }` : '{ … }';
  }
  return '"…"';
}

/** describeType without Markdown, for terminal messages. */
export function plainType(schema: JsonSchema | undefined): string {
  return schema ? describeType(schema).replace(/`/g, '"') : 'the expected form';
}

export function fieldDescription(schema: JsonSchema | undefined): string {
  const description = schema?.description;
  // Prose fields all say "Plain text; *emphasis* … allowed": noise in a hint.
  if (
    !description ||
    schema?.enum ||
    plainType(schema) === 'date' ||
    description.includes('Plain text;')
  ) {
    return '';
  }
  return ` (${description.replace(/\.$/, '')})`;
}
