/**
 * The name a tree node is shown under: as printed in Chinese; in English its English name (nameEn) where
 * data/names-en.json has one, the printed name kept beside it; a 类 no row names has its standard name
 * in the interface language (TreemapWords.leiName). A 类 or 款 the document
 * does not print (per-unit tables) gets the standard 类 name, marked, or "no name printed".
 */
import type { TreeNode } from '../../model/tree';
import type { TreemapWords } from './words';
import { LEI_NAMES_ZH } from '../../model/leiNames';

export interface NodeName {
  /** What the cell and breadcrumb show. */
  label: string;
  /** The name as printed, where it differs from the label (English 类 names). */
  printed: string | null;
}

/** `rootLabel`: what the whole tree is called ("全部支出", "全部项目支出"). */
export function nodeName(node: TreeNode, t: TreemapWords, rootLabel: string = t.breadcrumbRoot): NodeName {
  if (node.level === 'root') return { label: rootLabel, printed: null };
  // English beside the printed name (data/names-en.json); a printed name without English (社会保障和就业出,
  // a misprint) keeps its printed form rather than the standard 类 name of its code.
  if (t.englishNames && node.name) return node.nameEn ? { label: node.nameEn, printed: node.name } : { label: node.name, printed: null };
  if (node.level === 'lei') {
    const translated = t.leiName(node.code);
    if (translated) return { label: translated, printed: node.name || null };
    if (node.name) return { label: node.name, printed: null };
    const zh = LEI_NAMES_ZH[node.code];
    if (zh) return { label: `${zh}${t.standardName}`, printed: null };
  }
  if (node.name) return { label: node.name, printed: null };
  if (node.level === 'unit') return { label: t.noUnit, printed: null };
  return { label: node.code ? `${node.code} ${t.unnamed}` : t.unnamed, printed: null };
}
