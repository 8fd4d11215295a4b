/**
 * Warning for text columns that could not be told apart. The message catalog (../../messages.ts) has no
 * code for it yet, so it goes out as ROW_UNREAD with its own wording; it belongs in the catalog as its
 * own code (e.g. TEXT_COLUMNS_MERGED) — reported to the catalog's owner.
 */
import type { Warning } from '../../messages';

export function textNotSeparated(table: string, lines: [number, number], project: string): Warning {
  return {
    code: 'ROW_UNREAD',
    message: `项目内容/绩效目标/项目主要绩效指标 could not be separated (interleaved over pages); the full text is kept in content: ${project}`,
    at: { table, lines },
  };
}
