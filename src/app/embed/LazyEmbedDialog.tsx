/**
 * The 嵌入 dialogs, loaded when one first opens (ui/lazyWhenMounted): no first screen shows them, so their
 * code (the snippet builder, the image embed, a budget view's title) stays out of the page's first
 * download. Each is only mounted while open.
 */
import { lazyWhenMounted } from '../../ui/lazyWhenMounted';

/** A comparison's. */
export const LazyEmbedDialog = lazyWhenMounted(() => import('./EmbedDialog').then((m) => m.EmbedDialog));

/** A budget view's. */
export const LazyBudgetEmbedDialog = lazyWhenMounted(() => import('./BudgetEmbedDialog').then((m) => m.BudgetEmbedDialog));
