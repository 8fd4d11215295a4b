/**
 * Which 功能分类 类 (3-digit code) a tree node belongs to, for colouring it the same in every budget and
 * view. Pure; no DOM.
 * - 类, 款, 项: the first three digits of their code (a 款's 类 is its first 3 digits, a 项's too).
 * - A project: the 类 of the 功能分类 code it is filed under, where the document prints one (003 does;
 *   most project tables do not).
 * - A sub-unit (单位) in the 单位→项目 view: the 类 all of its projects share; null where they span
 *   several 类 or name none.
 */
import type { TreeNode } from './tree';

const LEI = /^\d{3}/;

export function leiOf(node: TreeNode): string | null {
  switch (node.level) {
    case 'lei':
    case 'kuan':
    case 'xiang':
      return LEI.test(node.code) ? node.code.slice(0, 3) : null;
    case 'project':
      return LEI.test(node.code) ? node.code.slice(0, 3) : null;
    case 'unit': {
      const leis = new Set(node.children.map(leiOf));
      const only = [...leis][0];
      return leis.size === 1 && only !== undefined ? only : null;
    }
    case 'root':
      return null;
  }
}
