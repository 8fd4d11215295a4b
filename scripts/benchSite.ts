/** The site built once into a folder, and files compressed beside themselves as a static host serves them (bench:catalog, bench:many). */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** vite build into `dir`; returns the seconds it took. */
export function buildSiteInto(dir: string): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - started) / 1000;
}

/** Writes `file`.gz and `file`.br beside it (the precompressed copies the build makes for its own files). */
export function compressBeside(file: string): void {
  const body = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
