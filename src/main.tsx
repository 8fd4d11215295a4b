import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appStore } from './state/store';
import { startHashSync } from './state/hashSync';
import './app/styles.css';

// The URL hash is the source of truth: read it before the first render, then follow it.
startHashSync(appStore, window);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
