/**
 * The treemap's words for its legend (one colour per 功能分类 类), the list of cells too small for a label,
 * misprint marks and what each figure is a sum of. Given by the page as a prop, like TreemapWords.
 */
import type { SumBasis } from '../../model/sumBasis';

export interface TreemapMoreWords {
  /** Heading of the legend ("颜色：功能分类（类）"). */
  legendTitle: string;
  /** The grey swatch: a cell of no single 类 (a unit with projects in several 类, a project filed under none). */
  noLei: string;
  /** Heading of the list of cells too small to carry their label, with how many. */
  smallTitle: (n: number) => string;
  /** Under that heading: what the list is and that each item opens like its cell. */
  smallHelp: string;
  /** After a misprinted name: " [原文如此]" / " [sic]". */
  sic: string;
  /** Explains the mark: the name as printed is a misprint of `intended` (from data/crosswalk.json). */
  sicTitle: (intended: string) => string;
  /** What a figure that is not printed as such is: the sum of the items below, of unit rows … */
  basisNote: (b: SumBasis) => string;
}
