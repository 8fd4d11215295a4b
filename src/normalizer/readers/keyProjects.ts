/**
 * 重点项目预算绩效目标情况: the prose part's small table of key projects (项目名称, 预算, 绩效目标).
 * Its amounts are figures of a table too: each becomes a narrative figure keyed
 * `keyProject.<name>`, which reconcile.ts compares with the same project in the project table.
 */
import type { NarrativeFigure } from '../../model/types';
import { readLine, squash } from '../cells';
import type { DocumentReader } from '../facts';
import { ok } from '../../model/result';
import type { SourceLine } from '../segment';

/** A project name as a key: no spaces, quotes or list punctuation ("“令行禁止、有呼必应”…" = "令行禁止有呼必应…"). */
export function projectKey(name: string): string {
  return `keyProject.${squash(name).replace(/[“”"'‘’、，,。()（）]/gu, '')}`;
}

const HEADING = /重点项目(预算)?绩效目标情况$/u;
// The section ends at the next numbered heading (十、专业名词解释), a note (注：) or a part heading.
const END = /^(注[:：]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]部分)/u;
// Paragraphs of 绩效目标 text end with sentence punctuation; a name never does.
const SENTENCE_END = /[。；;，,：:）)]$/u;

export const readKeyProjects: DocumentReader = ({ doc }) => {
  const start = doc.lines.findIndex((l) => !squash(l.text).startsWith('-') && HEADING.test(squash(l.text)));
  if (start < 0) return ok({});
  const narrative: NarrativeFigure[] = [];
  let pending: SourceLine[] = [];
  for (const line of doc.lines.slice(start + 1)) {
    const s = squash(line.text);
    if (s === '') continue;
    if (END.test(s)) break;
    if (/如下[:：]?$/u.test(s) || (/^项目/u.test(s) && s.includes('绩效目标'))) {
      pending = [];
      continue;
    }
    const cells = readLine(line.text);
    if (cells.values.length === 0) {
      // A line ending a sentence belongs to the previous project's 绩效目标: the name starts after it.
      // A tab-separated line with an empty first cell (004) continues the 绩效目标 column too.
      if (SENTENCE_END.test(s) || /^\d+[.、]/u.test(s) || /^\t/u.test(line.text)) pending = [];
      else pending.push(line);
      continue;
    }
    const onLine = cells.text[0] !== undefined && line.text.trimStart().startsWith(cells.text[0]) ? [cells.text[0]] : [];
    const name = squash([...pending.map((p) => p.text), ...onLine].join(''));
    const amount = cells.values[0];
    if (name !== '' && amount !== undefined) {
      narrative.push({ key: projectKey(name), label: name, amount, src: { table: 'narrative', lines: [pending[0]?.n ?? line.n, line.n] } });
    }
    pending = [];
  }
  return ok({ narrative });
};
