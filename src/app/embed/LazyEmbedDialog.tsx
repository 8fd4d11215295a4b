/**
 * The 嵌入 dialogs, loaded when one first opens: no first screen shows them, so their code (the snippet
 * builder, the image embed, a budget view's title) stays out of the page's first download. Each is only
 * mounted while open.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const Dialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
const BudgetDialog = lazy(() => import('./BudgetEmbedDialog').then((m) => ({ default: m.BudgetEmbedDialog })));

/** A comparison's. */
export function LazyEmbedDialog(props: ComponentProps<typeof Dialog>) {
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}

/** A budget view's. */
export function LazyBudgetEmbedDialog(props: ComponentProps<typeof BudgetDialog>) {
  return (
    <Suspense fallback={null}>
      <BudgetDialog {...props} />
    </Suspense>
  );
}
