// Generate the JSON Schema of the emitted data from the TypeScript types (src/model/types.ts), the way
// vega-lite generates its spec schema. Run after changing types.ts: npm run schema.
import { writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

for (const [type, file] of [
  ['Budget', 'schema/budget.schema.json'],
  ['BudgetIndex', 'schema/index.schema.json'],
] as const) {
  const schema = createGenerator({ path: 'src/model/types.ts', tsconfig: 'tsconfig.schema.json', type, additionalProperties: false }).createSchema(type);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
