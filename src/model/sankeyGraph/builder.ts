/**
 * The graph under construction: nodes in column order, links, issues. Zero flows are not drawn.
 */
import type { Amount, SourceRef } from '../types';
import { dec, toAmount, type Dec } from '../decimal';
import { statusOf } from '../rounding';
import {
  linkId,
  type SankeyDerivation,
  type SankeyGraphLink,
  type SankeyGraphNode,
  type SankeyIssue,
  type SankeyIssueCode,
  type SankeyRounding,
} from './types';

export interface Builder {
  nodes: Map<string, SankeyGraphNode>;
  links: SankeyGraphLink[];
  issues: SankeyIssue[];
  roundings: SankeyRounding[];
}

export function addNode(b: Builder, node: Omit<SankeyGraphNode, 'order'>): SankeyGraphNode {
  const existing = b.nodes.get(node.id);
  if (existing) return existing;
  const order = [...b.nodes.values()].filter((n) => n.column === node.column).length;
  const full = { ...node, order };
  b.nodes.set(node.id, full);
  return full;
}

export function addLink(b: Builder, source: string, target: string, amount: Dec, derivation: SankeyDerivation, refs: SourceRef[]): void {
  // Zero flows are not drawn: a zero line carries no money (the tables still list it).
  if (amount.isZero()) return;
  b.links.push({ id: linkId(source, target), source, target, amount: toAmount(amount), derivation, refs });
}

export function issue(code: SankeyIssueCode, expected: Dec, actual: Dec, refs: SourceRef[], subject?: string): SankeyIssue {
  return {
    code,
    expected: toAmount(expected),
    actual: toAmount(actual),
    difference: toAmount(expected.minus(actual)),
    refs,
    ...(subject === undefined ? {} : { subject }),
  };
}

/**
 * Is whole − Σ parts a rounding gap (舍入差异)? The checks' own rule (src/model/rounding.ts), so that the chart
 * and 数据核对 agree; a whole with no printed parts is never rounding (nothing was added up).
 */
export function isRoundingGap(whole: Dec, parts: readonly Dec[]): boolean {
  if (parts.length === 0) return false;
  const diff = whole.minus(parts.reduce((a, p) => a.plus(p), dec('0')));
  // The figures as the budget JSON holds them (two decimals, also for 元 documents), as the checks read them.
  const amounts: Amount[] = [toAmount(whole), ...parts.map(toAmount)];
  return statusOf(diff, amounts, parts.length) === 'rounding';
}

export function rounding(kind: SankeyRounding['kind'], node: string, expected: Dec, actual: Dec, refs: SourceRef[], subject?: string): SankeyRounding {
  return {
    kind,
    node,
    expected: toAmount(expected),
    actual: toAmount(actual),
    difference: toAmount(expected.minus(actual)),
    refs,
    ...(subject === undefined ? {} : { subject }),
  };
}
