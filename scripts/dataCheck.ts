/**
 * npm run data:check -- <files…>: read each document as `npm run data` would (nothing is written) and
 * print what it reproduces: kind, unit, the printed total (决算: 本年支出合计), 基本支出, 项目支出 and every
 * 类 row of the expenditure table, with the failed checks. A document that cannot be read prints the
 * message naming its table and line. Without files: every file of data/sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normalizeDocument } from '../src/normalizer/document';
import { parseDepartments } from '../src/normalizer/identity';
import { NormalizeError } from '../src/normalizer/messages';
import { parseCorrections } from '../src/normalizer/corrections';

const KIND = { budget: '部门预算', unitBudget: '单位预算', final: '部门决算' } as const;

const args = process.argv.slice(2);
const files =
  args.length > 0
    ? args
    : readdirSync('data/sources')
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join('data/sources', f));
const corrections = parseCorrections(JSON.parse(readFileSync('data/corrections.json', 'utf8')));
const departments = parseDepartments(JSON.parse(readFileSync('data/departments.json', 'utf8')));
if (!corrections.ok || !departments.ok) throw new Error('data/corrections.json or data/departments.json is invalid');

let failed = 0;
const summary: string[] = [
  '| document | kind | unit | 支出总计 / 本年支出合计 | 基本支出 | 项目支出 | 类 rows | contradictions | rounding |',
  '|---|---|---|---:|---:|---:|---:|---:|---:|',
];
for (const file of files) {
  const source = basename(file);
  try {
    const { budget } = normalizeDocument(source, readFileSync(file, 'utf8'), corrections.value, departments.value);
    const e = budget.expenditure;
    const checks = budget.checks.filter((c) => c.status === 'fail');
    console.log(
      `\n${source}  ${budget.department} ${budget.year} ${KIND[budget.kind]}  单位：${budget.unit}  (${budget.profile.style}, ${budget.profile.template})`,
    );
    console.log(`  ${budget.kind === 'final' ? '本年支出合计' : '支出总计'} ${e.total}   基本支出 ${e.basic}   项目支出 ${e.project}`);
    for (const r of budget.functional.filter((f) => f.level === 'lei' && f.unit === undefined)) {
      console.log(`  ${r.code} ${r.name.padEnd(16, '　')} ${r.total.padStart(18)} ${r.basic.padStart(18)} ${r.project.padStart(18)}  line ${r.src.lines[0]}`);
    }
    console.log(
      `  checks: ${budget.checks.length - checks.length} passed or rounding, ${checks.length} contradictions${budget.sourceIssues.length ? `; ${budget.sourceIssues.length} source issues` : ''}`,
    );
    for (const c of checks.slice(0, 12)) console.log(`    ✗ ${c.code} ${c.message.slice(0, 140)}`);
    for (const s of budget.sourceIssues) console.log(`    ! ${s.code} ${s.message.slice(0, 140)}`);
    const lei = budget.functional.filter((f) => f.level === 'lei' && f.unit === undefined).length;
    const rounding = budget.checks.filter((c) => c.status === 'rounding').length;
    summary.push(`| ${source} | ${KIND[budget.kind]} | ${budget.unit} | ${e.total} | ${e.basic} | ${e.project} | ${lei} | ${checks.length} | ${rounding} |`);
  } catch (err) {
    failed++;
    summary.push(`| ${source} | ✗ not read | | | | | | | |`);
    console.log(`\n${source}\n  ✗ ${err instanceof NormalizeError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
console.log(`\n${summary.join('\n')}`);
if (failed > 0) process.exitCode = 1;
