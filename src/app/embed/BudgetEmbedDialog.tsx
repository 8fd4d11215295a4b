/**
 * 嵌入 for a budget view: the embed dialog with the view's title, height and preview picture. Its own
 * module, loaded when the dialog first opens (LazyEmbedDialog), with the title code (exportMeta.ts).
 */
import type { Budget } from '../../model/types';
import type { Route } from '../../state/route';
import { useT } from '../i18n';
import { embedTitle } from '../exportMeta';
import { EmbedDialog } from './EmbedDialog';
import { DEFAULT_EMBED_HEIGHT } from './embedSnippet';
import { imageAlt } from './imageEmbed';

interface Props {
  budget: Budget;
  route: Extract<Route, { page: 'budget' }>;
  onClose: () => void;
}

export function BudgetEmbedDialog({ budget, route, onClose }: Props) {
  const t = useT();
  return (
    <EmbedDialog
      route={route}
      title={embedTitle(budget, route, t)}
      height={DEFAULT_EMBED_HEIGHT[route.view]}
      image={{ alt: imageAlt(budget, t) }}
      onClose={onClose}
    />
  );
}
