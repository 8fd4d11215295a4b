/** What hovering/focusing a node or link lights up: the link and its two ends, or a node with its links. */
import type { KeyboardEvent, MouseEvent } from 'react';
import type { SankeyGraph } from '../../model/sankeyGraph';

/** The hovered/focused/tapped item; `part` is the index of the chart part (two parts on a phone). */
export type SankeyActive = { kind: 'node' | 'link'; id: string; part: number } | null;

export interface Highlight {
  nodes: Set<string>;
  links: Set<string>;
}

export function highlightFor(graph: SankeyGraph, active: SankeyActive): Highlight | null {
  if (!active) return null;
  if (active.kind === 'link') {
    const l = graph.links.find((x) => x.id === active.id);
    if (!l) return null;
    return { nodes: new Set([l.source, l.target]), links: new Set([l.id]) };
  }
  const touching = graph.links.filter((l) => l.source === active.id || l.target === active.id);
  const nodes = new Set<string>([active.id]);
  for (const l of touching) {
    nodes.add(l.source);
    nodes.add(l.target);
  }
  return { nodes, links: new Set(touching.map((l) => l.id)) };
}

/**
 * The event handlers that make a node or a link show its path: hover and focus show it, a click or a
 * tap (or Enter/Space) pins it, Escape and leaving clear it. Shared by SankeyNodes and SankeyLinks.
 */
export function activationHandlers(active: NonNullable<SankeyActive>, onActive: (active: SankeyActive, pin?: boolean) => void, onLeave: () => void) {
  return {
    onMouseEnter: () => onActive(active),
    onMouseLeave: onLeave,
    onFocus: () => onActive(active),
    onBlur: onLeave,
    onClick: (e: MouseEvent) => {
      e.stopPropagation();
      onActive(active, true);
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onActive(active, true);
      } else if (e.key === 'Escape') onLeave();
    },
  };
}
