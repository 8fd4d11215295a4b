/**
 * The graph under construction: nodes in column order, links, issues. Zero flows are not drawn.
 */
import type { SourceRef } from '../types';
import { toAmount, type Dec } from '../decimal';
import { linkId, type SankeyDerivation, type SankeyGraphLink, type SankeyGraphNode, type SankeyIssue, type SankeyIssueCode } from './types';

export interface Builder {
  nodes: Map<string, SankeyGraphNode>;
  links: SankeyGraphLink[];
  issues: SankeyIssue[];
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
