/**
 * Misprints from the real crosswalk (data/crosswalk.json) against the real budgets: every name it marks a
 * misprint is printed somewhere, and is found by isMisprint under its code; the classification's names
 * are never marked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCrosswalk } from '../../src/model/crosswalk';
import { intendedName, isMisprint, markMisprint } from '../../src/model/misprints';
import { buildFunctionalTree } from '../../src/model/functionalTree';
import type { TreeNode } from '../../src/model/tree';
import { budgets } from '../../e2e/support/realData';

const parsed = parseCrosswalk(JSON.parse(readFileSync('data/crosswalk.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.reason);
const crosswalk = parsed.value;

function walk(n: TreeNode, out: TreeNode[] = []): TreeNode[] {
  for (const c of n.children) {
    out.push(c);
    walk(c, out);
  }
  return out;
}

describe('misprints', () => {
  const misprinted = crosswalk.entries.flatMap((e) => e.names.filter((n) => n.misprint).map((n) => ({ entry: e, name: n.name })));

  it('the crosswalk records at least one misprint (208 社会保障和就业出, 2021)', () => {
    expect(misprinted.length).toBeGreaterThan(0);
  });

  it('marks each recorded misprint under its code and says the intended name', () => {
    for (const { entry, name } of misprinted) {
      expect(isMisprint(crosswalk, entry.scheme, entry.code, name)).toBe(true);
      const intended = intendedName(crosswalk, entry.scheme, entry.code, name);
      expect(entry.names.find((n) => n.name === intended)?.misprint).toBeUndefined();
      // Under another code the same words are not this entry's misprint.
      expect(isMisprint(crosswalk, entry.scheme, `${entry.code}9`, name)).toBe(false);
    }
  });

  it('never marks the classification name, with or without its list ordinal', () => {
    for (const e of crosswalk.entries) {
      for (const n of e.names.filter((x) => !x.misprint)) {
        expect(isMisprint(crosswalk, e.scheme, e.code, n.name)).toBe(false);
        expect(isMisprint(crosswalk, e.scheme, e.code, `三、${n.name}`)).toBe(false);
      }
    }
  });

  it('finds every functional misprint the crosswalk records in the trees of the budgets that print it', () => {
    const functional = misprinted.filter((m) => m.entry.scheme === 'functional');
    const found = new Set<string>();
    for (const b of budgets()) {
      for (const n of walk(buildFunctionalTree(b).root)) {
        if (isMisprint(crosswalk, 'functional', n.code, n.name)) {
          found.add(`${n.code}:${n.name}`);
          // The year of the document is one the crosswalk lists for the misprint.
          const rec = functional.find((m) => m.entry.code === n.code);
          expect(rec?.entry.names.find((x) => x.misprint)?.years).toContain(b.year);
        }
      }
    }
    expect([...found].sort()).toEqual(functional.map((m) => `${m.entry.code}:${m.name}`).sort());
  });

  it('without a crosswalk nothing is marked; the mark follows the name', () => {
    expect(isMisprint(undefined, 'functional', '208', '社会保障和就业出')).toBe(false);
    expect(markMisprint('社会保障和就业出', true, ' [原文如此]')).toBe('社会保障和就业出 [原文如此]');
    expect(markMisprint('社会保障和就业支出', false, ' [原文如此]')).toBe('社会保障和就业支出');
  });
});
