/**
 * A JSON file of the built site's data, read at build time (data downloads, static pages, previews): a file
 * that is missing or not JSON stops the build with its path and, for bad JSON, the line and column, never a
 * bare "Unexpected token" that leaves the reader to guess which of hundreds of files it was.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

export function readJson(path: string): unknown {
  const name = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseJson(text, path);
}

/** The text of the file at `path`, parsed; bad JSON names the file, line and column. */
export function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const where = at ? lineColumn(text, Number(at[1])) : '';
    throw new Error(`${relative(process.cwd(), path) || path}${where}: not valid JSON (${(e as Error).message})`);
  }
}

/** ":line:column" (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `:${line}:${offset - before.lastIndexOf('\n')}`;
}
