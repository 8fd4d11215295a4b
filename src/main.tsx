import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appStore } from './state/store';
import { startHashSync } from './state/hashSync';
import { preload } from './state/dataCache';
import './styles/tokens.css';
import './styles/base.css';

// The URL hash is the source of truth: read it before the first render, then follow it.
// A static budget page (scripts/staticPages.ts) names its route in a meta tag: its address has no hash.
const pageRoute = document.querySelector<HTMLMetaElement>('meta[name="yusuan-route"]')?.content;
startHashSync(appStore, window, pageRoute);

// Fetch what the first screen needs (the index, or the catalog's first page, or a department's file) and the budget on screen while index.html still shows its own loading line, then
// render once with the data (waiting at most 1.5 s: after that the app's own loading state shows).
const root = document.getElementById('root');
void preload(appStore.getState().route, 1500).then(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
