/**
 * What a figure on screen is: printed as such, or an exact sum — and a sum of what. A note must say the
 * truth: 003 prints 功能分类 only per sub-unit, so its department-wide 项 figures are the same code added
 * over the units (各单位同一科目之和), not "the items below" (a 项 has nothing below it). One function per
 * tree, one vocabulary (economicTree.ts's EconomicDerivation, compare's CellBasis). Pure; no DOM.
 */
import type { EconomicDerivation, EconomicNode } from './economicTree';
import type { Measure, TreeNode } from './tree';

/** printed: one printed row; sumOfRows: the same code printed in several blocks, added; sumOfUnitRows:
 * the same code printed once per sub-unit, added; sumOfChildren: no row printed, the items below added. */
export type FigureBasis = EconomicDerivation;

export interface SumBasis {
  basis: FigureBasis;
  /** How many figures were added (children or unit rows); 1 for a printed figure. */
  count: number;
}

/**
 * The basis of a tree node's figure for a measure (treemap, 功能分类 and project trees). A node not
 * printed is the sum of its children where it has any; a leaf not printed is the sum of its unit rows.
 */
export function sumBasis(node: TreeNode, measure: Measure = 'total'): SumBasis {
  if (node.printed && node.values[measure] !== null) return { basis: 'printed', count: 1 };
  if (node.children.length > 0) return { basis: 'sumOfChildren', count: node.children.length };
  if (node.unitRows !== undefined) return { basis: 'sumOfUnitRows', count: node.unitRows };
  // A leaf neither printed nor added over units does not occur in the trees built here; say what is known.
  return { basis: 'printed', count: 1 };
}

/** The basis of an 经济分类 node's figure (economicTree.ts records it when it builds the node). */
export function economicBasis(node: EconomicNode): SumBasis {
  const count = node.derived === 'sumOfChildren' ? node.children.length : node.derived === 'printed' ? 1 : node.src.length;
  return { basis: node.derived, count };
}
