/**
 * Reading the source documents (data/sources/*.txt) from disk. Every way a file can fail to be a
 * readable text document — a folder named *.txt, a broken link, a file that cannot be opened, text that
 * is not UTF-8, binary bytes, a file far too large to be a budget — is refused with the file's name (and
 * line) instead of a stack trace or, worse, garbage reaching a department's name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceText } from './build';
import { NormalizeError } from './messages';

/**
 * A department budget's text is well under 1 MB (the largest source is 76 KB); anything over this is not
 * one document, and reading it would only take minutes to fail.
 */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

// C0 control characters other than tab, line feed, form feed and carriage return (which PDF extraction
// does print: \f between pages). A NUL or an escape in the text means a binary or damaged file.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/u;

export function readSources(dir: string): SourceText[] {
  if (!existsSync(dir)) throw new NormalizeError('SOURCE_MISSING', dir, 'source folder not found');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new NormalizeError('SOURCE_MISSING', dir, 'no .txt source documents in the folder');
  return files.map((f) => ({ source: f, text: readSource(join(dir, f), f) }));
}

function readSource(path: string, name: string): string {
  const buf = readBytes(path, name);
  const text = buf.toString('utf8');
  // U+FFFD: bytes that are not UTF-8 — the file is garbled or in another encoding (GBK?).
  if (text.includes('\uFFFD')) throw new NormalizeError('SOURCE_UNREADABLE', name, 'not valid UTF-8 text (garbled or another encoding)');
  const control = CONTROL.exec(text);
  if (control) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new NormalizeError('SOURCE_UNREADABLE', name, `control character U+${code} (a binary or damaged file)`, { line: lineAt(text, control.index) });
  }
  return text;
}

function readBytes(path: string, name: string): Buffer {
  try {
    // stat follows links: a dangling link fails here with ENOENT, a folder named *.txt is not a file.
    const stat = statSync(path);
    if (!stat.isFile()) throw new NormalizeError('SOURCE_UNREADABLE', name, 'is not a file (a folder or a device named *.txt)');
    if (stat.size > MAX_SOURCE_BYTES) {
      throw new NormalizeError(
        'SOURCE_UNREADABLE',
        name,
        `is ${mb(stat.size)} MB; a source document over ${mb(MAX_SOURCE_BYTES)} MB is refused (a department budget is well under 1 MB: is this the right file?)`,
      );
    }
    return readFileSync(path);
  } catch (e) {
    if (e instanceof NormalizeError) throw e;
    throw new NormalizeError('SOURCE_UNREADABLE', name, `cannot be read: ${describeFsError(e)}`);
  }
}

/** A file-system error in words, without the stack: "broken link or missing file (ENOENT)". */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const words: Record<string, string> = {
    ENOENT: 'broken link or missing file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many levels of links',
    EIO: 'input/output error',
  };
  if (typeof code === 'string') return `${words[code] ?? 'file-system error'} (${code})`;
  return e instanceof Error ? e.message : String(e);
}

/** 1-based line of a character offset, counting line breaks as toDocument does (\r\n, \r and \n). */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).replace(/\r\n?/gu, '\n').split('\n').length;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/u, '');
}
