/**
 * npm run bench:js — the initial JavaScript of the built site (issue 11: ≤ 120 KB gzip), from dist/ as
 * `npm run build` left it: for dist/index.html and for the first budget's static page
 * (dist/budget/<id>/treemap/index.html, which starts the same entry through its page-start module), each
 * chunk the HTML names (module script, modulepreload) and each chunk those import statically
 * (scripts/initialJs.ts), with its bytes raw and gzipped (zlib level 9), and the total.
 *
 * Then the chunk of the page the address opens (CatalogPage, BudgetPage: src/app/pages.tsx), with its
 * static imports: the app imports it before its first render, beside the data (app/preloadCode.ts), so it
 * counts too; the total is what loads before the first render of a Chinese page. (An English page also
 * loads the English words, en-*.js, printed apart.)
 *
 *   npm run build && npm run bench:js [-- --dist dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, table } from './benchFormat';
import { chunkNamed, firstRenderChunks } from './initialJs';

const i = process.argv.indexOf('--dist');
const DIST = i >= 0 ? (process.argv[i + 1] as string) : 'dist';
/** Issue 11's target. */
const LIMIT_KB = 120;

const ASSETS = existsSync(join(DIST, 'assets')) ? readdirSync(join(DIST, 'assets')) : [];
const read = (p: string) => readFileSync(join(DIST, p), 'utf8');

function report(title: string, pageDir: string, page: string): number {
  const html = readFileSync(join(DIST, pageDir, 'index.html'), 'utf8');
  const chunks = firstRenderChunks(html, pageDir, ASSETS, page, read);
  const rows = chunks.map(({ path, via }) => {
    const data = readFileSync(join(DIST, path));
    return { file: path.replace(/^.*\//, ''), via, raw: data.length, gz: gzipSync(data, { level: 9 }).length };
  });
  const raw = rows.reduce((s, r) => s + r.raw, 0);
  const gz = rows.reduce((s, r) => s + r.gz, 0);
  console.log(`\n${title}`);
  console.log(
    table(['file', 'via', 'KB', 'KB gzip -9'], [...rows.map((r) => [r.file, r.via, kb(r.raw), kb(r.gz)]), ['total', `${rows.length} files`, kb(raw), kb(gz)]]),
  );
  console.log(`${kb(gz)} KB gzip ${gz <= LIMIT_KB * 1024 ? '≤' : '>'} ${LIMIT_KB} KB (issue 11)`);
  return gz;
}

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no ${DIST}/index.html: run npm run build first`);
report(`${DIST}/index.html (the catalog)`, '', 'CatalogPage');
const budgets = existsSync(join(DIST, 'budget')) ? readdirSync(join(DIST, 'budget')).sort() : [];
const first = budgets.find((id) => existsSync(join(DIST, 'budget', id, 'treemap', 'index.html')));
if (first) report(`${DIST}/budget/${first}/treemap/index.html`, `budget/${first}/treemap`, 'BudgetPage');
else console.log(`\nno budget page in ${DIST}/budget/`);
const en = chunkNamed(ASSETS, 'en');
if (en) {
  const gz = gzipSync(readFileSync(join(DIST, en)), { level: 9 }).length;
  console.log(`\nan English page also loads ${en.replace(/^.*\//, '')} before its first render: ${kb(gz)} KB gzip -9`);
}
