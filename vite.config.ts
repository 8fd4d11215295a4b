import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' makes every asset URL relative, so dist/ works from the site root, from a sub-folder
// such as /budgets/, and from a plain file server with no rewrites (routing lives in the URL hash).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});
