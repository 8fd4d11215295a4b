import type { TreeNode } from '../../model/tree';
import styles from './TreemapBreadcrumb.module.css';
import ui from '../../styles/ui.module.css';
import { cx } from '../../styles/cx';

interface Props {
  chain: readonly TreeNode[];
  nameOf: (n: TreeNode) => string;
  label: string;
  upLabel: string;
  /** Go to the level whose chain index is i (0 = root). */
  onGo(i: number): void;
}

/** 当前位置: the drill path from the root to the level shown; every ancestor is a button. */
export function TreemapBreadcrumb({ chain, nameOf, label, upLabel, onGo }: Props) {
  return (
    <div className={styles.crumbsBar}>
      <nav aria-label={label}>
        <ol className={styles.crumbs}>
          {chain.map((n, i) => {
            const last = i === chain.length - 1;
            const text = n.code && n.level !== 'root' && n.level !== 'project' && n.level !== 'unit' ? `${n.code} ${nameOf(n)}` : nameOf(n);
            return (
              <li key={n.key}>
                {last ? (
                  <span aria-current="location" data-testid="treemap-crumb-current">
                    {text}
                  </span>
                ) : (
                  <button type="button" className={ui.linkButton} onClick={() => onGo(i)} data-testid={`treemap-crumb-${n.key}`}>
                    {text}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      {chain.length > 1 && (
        <button type="button" className={cx(ui.button, ui.small)} onClick={() => onGo(chain.length - 2)} data-testid="treemap-up">
          ↑ {upLabel}
        </button>
      )}
    </div>
  );
}
