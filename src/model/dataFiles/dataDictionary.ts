/**
 * The data dictionary (数据字典) of the downloads: the JSON Schema generated from src/model/types.ts
 * (npm run schema), walked into one row per field — its path, type, meaning (the type's own comment),
 * unit, and an example taken from a real budget. Rendered on the data page and written to dictionary.csv.
 */

export interface DictionaryRow {
  /** Dotted path in a budget file; "[]" marks a list ("functional[].total"). */
  path: string;
  type: string;
  description: string;
  /** 'amount' for decimal strings in the budget's unit (or its table's), 'lines' for source lines. */
  unit?: 'amount' | 'lines';
  example?: string;
}

type SchemaNode = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  additionalProperties?: SchemaNode | boolean;
};

export interface JsonSchema {
  definitions?: Record<string, SchemaNode>;
  $ref?: string;
}

const MAX_DEPTH = 5;

function refName(ref: string): string {
  return ref.replace(/^#\/definitions\//, '');
}

function typeName(node: SchemaNode, defs: Record<string, SchemaNode>): string {
  if (node.$ref) return refName(node.$ref);
  if (node.enum) return node.enum.map((e) => JSON.stringify(e)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf) return node.anyOf.map((n) => typeName(n, defs)).join(' | ');
  if (node.type === 'array' && node.items) return `${typeName(node.items, defs)}[]`;
  return Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'object');
}

/** The example at a path of a real budget: the first value found, shortened. */
function exampleAt(sample: unknown, path: string[]): string | undefined {
  let values: unknown[] = [sample];
  for (const seg of path) {
    const next: unknown[] = [];
    for (const v of values) {
      if (seg === '[]') {
        if (Array.isArray(v)) next.push(...v);
      } else if (typeof v === 'object' && v !== null && seg in v) next.push((v as Record<string, unknown>)[seg]);
    }
    values = next;
    if (values.length === 0) return undefined;
  }
  // A plain value or a line pair; a list or record is described by its fields' rows, not by a blob.
  const found = values.find(
    (v) =>
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number')),
  );
  if (found === undefined) return undefined;
  const text = typeof found === 'string' ? found : JSON.stringify(found);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Every field of the root definition (Budget), depth first, each with its meaning and an example. */
export function dataDictionary(schema: JsonSchema, sample: unknown): DictionaryRow[] {
  const defs = schema.definitions ?? {};
  const rows: DictionaryRow[] = [];
  const walk = (node: SchemaNode, path: string[], depth: number, seen: readonly string[]) => {
    const resolved = node.$ref ? defs[refName(node.$ref)] : node;
    const ref = node.$ref ? refName(node.$ref) : undefined;
    if (path.length > 0) {
      const description = node.description ?? resolved?.description ?? '';
      const row: DictionaryRow = { path: path.join('.').replace(/\.\[\]/g, '[]'), type: typeName(node, defs), description };
      if (ref === 'Amount') row.unit = 'amount';
      if (path[path.length - 1] === 'lines') row.unit = 'lines';
      const example = exampleAt(sample, path);
      if (example !== undefined) row.example = example;
      rows.push(row);
    }
    if (!resolved || depth >= MAX_DEPTH || (ref && seen.includes(ref))) return;
    const seenNext = ref ? [...seen, ref] : seen;
    if (resolved.type === 'array' && resolved.items) {
      // A list of records: its fields under "list[]."; a list of plain values is described by its own row.
      const items = resolved.items;
      const itemRef = items.$ref ? refName(items.$ref) : undefined;
      const itemDef = itemRef ? defs[itemRef] : items;
      if (itemRef && seenNext.includes(itemRef)) return;
      const seenItems = itemRef ? [...seenNext, itemRef] : seenNext;
      for (const [key, child] of Object.entries(itemDef?.properties ?? {})) walk(child, [...path, '[]', key], depth + 1, seenItems);
      return;
    }
    for (const [key, child] of Object.entries(resolved.properties ?? {})) walk(child, [...path, key], depth + 1, seenNext);
  };
  const root = schema.$ref ? { $ref: schema.$ref } : { $ref: '#/definitions/Budget' };
  walk(root, [], 0, []);
  return rows;
}
