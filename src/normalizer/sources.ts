/**
 * Reading the source documents (data/sources/*.txt) from disk, with clear errors for a missing folder
 * and for text that is not UTF-8.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceText } from './build';
import { NormalizeError } from './messages';

export function readSources(dir: string): SourceText[] {
  if (!existsSync(dir)) throw new NormalizeError('SOURCE_MISSING', dir, 'source folder not found');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new NormalizeError('SOURCE_MISSING', dir, 'no .txt source documents in the folder');
  return files.map((f) => {
    const buf = readFileSync(join(dir, f));
    const text = buf.toString('utf8');
    // U+FFFD: bytes that are not UTF-8 — the file is garbled or in another encoding (GBK?).
    if (text.includes('\uFFFD')) throw new NormalizeError('SOURCE_UNREADABLE', f, 'not valid UTF-8 text (garbled or another encoding)');
    return { source: f, text };
  });
}

