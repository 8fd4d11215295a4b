/**
 * Vite plugin: the data page's downloads (数据下载). At build time it reads the data the build copied into
 * dist/data (index.json, budgets, sources) and the JSON Schema, and writes beside them
 * data/downloads/<id>/*.csv, dictionary.csv, budget.schema.json, the archive of everything
 * (yusuan-toushi-data.zip, with a README) and manifest.json, which the data page reads. The dev server
 * serves the same files from public/data, made on first request.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Plugin } from 'vite';
import { ARCHIVE_NAME, DOWNLOADS_DIR, type DownloadsManifest, downloadFiles } from '../src/model/dataFiles/manifest';
import { archiveReadme } from '../src/model/dataFiles/archiveReadme';
import type { Budget, BudgetIndex } from '../src/model/types';
import { parseJson, readJson } from './readJson';

/** Reads the data folder (dist/data or public/data) and makes every download: path → bytes. */
export function buildDownloads(dataDir: string, schemaPath: string): Map<string, Uint8Array> {
  const index = readJson(resolve(dataDir, 'index.json')) as BudgetIndex;
  const budgets = new Map<string, { json: string; budget: Budget }>();
  const sources = new Map<string, string>();
  for (const e of index.budgets) {
    const json = readFileSync(resolve(dataDir, e.file), 'utf8');
    budgets.set(e.id, { json, budget: parseJson(json, resolve(dataDir, e.file)) as Budget });
    sources.set(e.source, readFileSync(resolve(dataDir, 'sources', e.source), 'utf8'));
  }
  const schemaText = readFileSync(schemaPath, 'utf8');
  const made = downloadFiles({ index, budgets, sources, schemaText });

  // The archive: everything a data user needs offline, in folders named for what they hold.
  const zipped: Record<string, Uint8Array> = { 'README.txt': strToU8(archiveReadme(index)) };
  zipped['index.json'] = strToU8(JSON.stringify(index, null, 2));
  for (const e of index.budgets) {
    zipped[e.file] = strToU8(budgets.get(e.id)?.json ?? '');
    zipped[`sources/${e.source}`] = strToU8(sources.get(e.source) ?? '');
  }
  for (const [path, text] of made.files) {
    const rel = path.slice(DOWNLOADS_DIR.length + 1);
    zipped[rel.includes('/') ? `csv/${rel}` : rel] = strToU8(text);
  }
  // A fixed date inside the archive: the same data gives the same bytes (content-hashed hosting, tests).
  const archive = zipSync(zipped, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });

  const out = new Map<string, Uint8Array>();
  for (const [path, text] of made.files) out.set(path, strToU8(text));
  out.set(`${DOWNLOADS_DIR}/${ARCHIVE_NAME}`, archive);
  const manifest: DownloadsManifest = {
    schemaVersion: 1,
    archive: { path: `${DOWNLOADS_DIR}/${ARCHIVE_NAME}`, bytes: archive.length, files: Object.keys(zipped).length },
    dictionaryCsv: { path: `${DOWNLOADS_DIR}/dictionary.csv`, bytes: out.get(`${DOWNLOADS_DIR}/dictionary.csv`)?.length ?? 0 },
    schema: { path: `${DOWNLOADS_DIR}/budget.schema.json`, bytes: out.get(`${DOWNLOADS_DIR}/budget.schema.json`)?.length ?? 0 },
    budgets: made.budgets,
    dictionary: made.dictionary,
  };
  out.set(`${DOWNLOADS_DIR}/manifest.json`, strToU8(JSON.stringify(manifest)));
  return out;
}

export function dataDownloads(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let cache: Map<string, Uint8Array> | undefined;
  return {
    name: 'data-downloads',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const at = url.indexOf(`/${DOWNLOADS_DIR}/`);
        if (at < 0) return next();
        cache ??= buildDownloads(resolve(root, 'public/data'), resolve(root, 'schema/budget.schema.json'));
        const body = cache.get(decodeURIComponent(url.slice(at + 1)));
        if (!body) return next();
        res.setHeader('Content-Type', url.endsWith('.zip') ? 'application/zip' : url.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
        res.end(body);
      });
    },
    writeBundle() {
      if (!readdirSync(outDir).includes('data')) throw new Error(`data-downloads: ${outDir}/data is missing (run npm run data)`);
      for (const [path, bytes] of buildDownloads(resolve(outDir, 'data'), resolve(root, 'schema/budget.schema.json'))) {
        const file = resolve(outDir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      }
    },
  };
}
