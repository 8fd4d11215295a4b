/**
 * Completeness (CHECKS.md): the document's 目录 names the tables it publishes. A table named there that
 * the text does not hold — cut off, a page lost — is a source issue the reader sees ("原文缺少目录所列的
 * 《支出决算表》"), never "the document has no such table". And a document whose text ends inside its last
 * table, where that table's figures do not add up, was probably cut there.
 */
import type { Check, TableKind } from '../model/types';
import { squash } from './cells';
import type { Warning } from './messages';
import { recogniseTitle } from './recognise';
import type { Document, TableBlock } from './segment';

// A 目录 entry: "- 一、收支总体情况表", "1. 2026年部门财务收支预算总表 ……… 5", "4．2024年预算单位…表".
const ENTRY_PREFIX = /^[-•]?\s*(?:[一二三四五六七八九十]+[、.．]|\d+\s*[.．、]|[(（][一二三四五六七八九十\d]+[)）])\s*/u;
const LEADERS = /[.…·\s]*\d*\s*$/u;

/** The tables a document's 目录 lists, in order (kind and printed title). */
export function listedTables(doc: Document): { kind: TableKind; title: string; line: number }[] {
  const out: { kind: TableKind; title: string; line: number }[] = [];
  doc.lines.forEach((l, i) => {
    if (squash(l.text) !== '目录') return;
    for (const entry of doc.lines.slice(i + 1, i + 80)) {
      const text = entry.text.trim().replace(ENTRY_PREFIX, '').replace(LEADERS, '');
      if (text === '') continue;
      const title = recogniseTitle(text);
      if (title) out.push({ kind: title.kind, title: title.title, line: entry.n });
    }
  });
  // The same 目录 may be printed twice (a cover and a contents page): count each title once.
  const seen = new Set<string>();
  return out.filter((t) => {
    if (seen.has(t.title)) return false;
    seen.add(t.title);
    return true;
  });
}

export function completenessIssues(doc: Document, tables: readonly TableBlock[], checks: readonly Check[]): Warning[] {
  const issues: Warning[] = [];
  const listed = listedTables(doc);
  const found = new Map<TableKind, number>();
  for (const t of tables) found.set(t.kind, (found.get(t.kind) ?? 0) + 1);
  const wanted = new Map<TableKind, { title: string; line: number }[]>();
  for (const t of listed) wanted.set(t.kind, [...(wanted.get(t.kind) ?? []), t]);
  for (const [kind, entries] of wanted) {
    for (const missing of entries.slice(found.get(kind) ?? 0)) {
      issues.push({
        code: 'TABLE_MISSING_FROM_TEXT',
        message: `原文目录（第 ${missing.line} 行）列出《${missing.title}》，但提取出的文字中没有这张表：原文可能在此之前截断或缺页。这不表示部门没有公开该表。`,
      });
    }
  }
  const last = tables[tables.length - 1];
  const lastLine = [...doc.lines].reverse().find((l) => l.text.trim() !== '')?.n ?? 0;
  if (last && last.lines[1] >= lastLine && checks.some((c) => c.status === 'fail' && c.refs.some((r) => r.table === last.key))) {
    issues.push({
      code: 'TEXT_ENDS_IN_TABLE',
      message: `原文在《${last.title}》中结束（其后再无内容），而该表各项之和与合计不符：原文很可能在此处截断，缺少的行不在提取出的文字中。`,
      at: { table: last.key, lines: [last.lines[1], last.lines[1]] },
    });
  }
  return issues;
}
