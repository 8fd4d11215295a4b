// Developer aid: print the table blocks and rows the normalizer sees in one source document.
// Usage: npx tsx scripts/debugSegments.ts data/sources/000_….txt [tableKey]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { segment, toDocument } from '../src/normalizer/segment';
import { assembleRows } from '../src/normalizer/rows';

const [file, only] = process.argv.slice(2);
if (!file) throw new Error('usage: debugSegments <file> [tableKey]');
const doc = toDocument(basename(file), readFileSync(file, 'utf8'));
for (const b of segment(doc)) {
  if (only && b.key !== only) continue;
  const { rows, trailing } = assembleRows(b.body);
  console.log(
    `== ${b.key} ${b.kind} ${b.number} ${b.title} lines ${b.lines.join('-')} header=${b.header.length} body=${b.body.length} rows=${rows.length} notes=${b.notes.length}`,
  );
  if (only) {
    for (const h of b.header) console.log(`  H${h.n}: ${h.text.trim()}`);
    for (const r of rows) console.log(`  R${r.lines.join('-')}: ${JSON.stringify(r.text)} ${r.values.join(' ')}`);
    for (const t of trailing) console.log(`  T${t.n}: ${t.text.trim()}`);
  }
}
