import { readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { dataDownloads } from './scripts/dataDownloads';
import { precompress } from './scripts/precompress';
import { staticPages } from './scripts/staticPages';

/**
 * The Content-Security-Policy shipped with the built site, as a meta tag: everything from the site's
 * own origin, no inline scripts, no eval, no other host. img-src allows data:/blob: for the PNG export
 * (a canvas drawn from the chart's own SVG). Only at build time: the dev server injects inline scripts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
    },
  };
}

/**
 * `npm run data` swaps public/data in through sibling folders (public/.data-staging-<pid>, and
 * .data-previous-<pid>); one is left behind if the run is killed, and Vite copies public/ whole, dot
 * folders included. Such a folder is half-written or old data: never publish it. (The pattern is
 * src/normalizer/staging.ts's LEFTOVER, repeated to keep this config free of source imports; a test
 * builds the names with stagingNames() and checks that this plugin drops them.)
 */
const LEFTOVER = /^\..+-(staging|previous)-\d+$/u;

export function dropDataStaging(): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-data-staging',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      for (const name of readdirSync(outDir)) if (LEFTOVER.test(name)) rmSync(resolve(outDir, name), { recursive: true, force: true });
    },
  };
}

/**
 * The dev server (npm start) has no pre-rendered pages: an address below one (budget/<id>/<view>/, an embed's
 * embed/<id>/<view>/ that the embed dialog's snippet names, department/…, region/…, compare/…, source/<id>/, downloads/, the English
 * ones under en/, and en/ itself, the English catalog) is served as the site root, and a relative URL under it (data/…) as the same URL at the root
 * — what the built pages' <base> does. The hash carries the route, or without one the address itself
 * (src/state/pagePath.ts: routeOfPagePath), so the app opens the same page.
 */
const PAGE_FOLDER =
  /^\/(?:en\/)?(?:downloads|source\/[^/]+|budget\/[^/]+\/[^/]+|embed\/[^/]+\/[^/]+|department\/[^/]+|region\/[^/]+\/\d+|compare\/[^/]+\/[^/]+)\//;

export function devPageFolders(): Plugin {
  return {
    name: 'dev-page-folders',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        // Repeatedly: a relative link from one such page (no <base> here) lands in a folder below it.
        while (req.url && PAGE_FOLDER.test(req.url)) req.url = req.url.replace(PAGE_FOLDER, '/');
        // The English catalog (en/) and the relative URLs below it, as at the root.
        if (req.url?.startsWith('/en/')) req.url = req.url.slice('/en'.length);
        next();
      });
    },
  };
}

// base './' makes every asset URL relative, so dist/ works from the site root, from a sub-folder
// such as /budgets/, and from a plain file server with no rewrites (routing lives in the URL hash).
export default defineConfig({
  base: './',
  plugins: [react(), devPageFolders(), contentSecurityPolicy(), dropDataStaging(), dataDownloads(), staticPages(), precompress()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
});
