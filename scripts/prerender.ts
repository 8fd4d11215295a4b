/**
 * The app's own rendering at build time (issue 11): src/entry-server.tsx built for Node by Vite (the same
 * plugins, so CSS module class names are the browser bundle's), then run for each page's route. Pages are
 * then hydrated by the browser (src/main.tsx), so what is written here must be exactly what the browser's
 * first render makes — the reason this is the app itself and not a second copy of its markup.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export interface RenderedRoute {
  route: string;
  html: string;
  /** The data files the render read, with their prints (src/state/dataPrints.ts): data-prints on #root. */
  prints: string;
}
export type RenderRoute = (hash: string) => Promise<RenderedRoute>;

/**
 * Markup that shows a render did not finish: a Suspense fallback left in place (<!--$?-->), a boundary that
 * errored and would be rendered again in the browser (<!--$!-->, with the error in a <template>), an inline
 * script (refused by the CSP), or the app's own message that its data did not load or a view failed. Any of
 * them would publish a page without its content.
 */
const UNFINISHED = /<!--\$[?!]-->|<template|<script|data-testid="(?:load-error|render-error)"/;

/** Throws, naming the route, where the markup is not complete. */
export function assertFinished(hash: string, html: string): void {
  const m = UNFINISHED.exec(html);
  if (!m) return;
  const reason = /data-msg="([^"]*)"/.exec(html)?.[1] ?? /<code[^>]*>([^<]*)<\/code>/.exec(html.slice(m.index))?.[1];
  throw new Error(`prerender: ${hash} did not render completely (${m[0]} at character ${m.index})${reason ? `: ${reason}` : ''}`);
}

/** Builds the server entry into `ssrDir` and gives a renderer reading the data under `siteDir` (dist). */
export async function serverRenderer(root: string, siteDir: string, ssrDir: string): Promise<RenderRoute> {
  // A folder of its own for each build: the lazy chunks import the entry by its plain file URL, so the entry
  // must be imported by that same URL (one module instance, one data cache) yet be new when the build is run
  // again in the same process.
  rmSync(ssrDir, { recursive: true, force: true });
  const outDir = resolve(ssrDir, `${process.pid}-${Date.now()}`);
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { ssr: resolve(root, 'src/entry-server.tsx'), outDir, emptyOutDir: true, target: 'node20', copyPublicDir: false, sourcemap: false },
  });
  const entry = (await import(pathToFileURL(resolve(outDir, 'entry-server.js')).href)) as {
    renderRoute: (hash: string, dataRoot: string) => Promise<RenderedRoute>;
  };
  return async (hash) => {
    const out = await entry.renderRoute(hash, siteDir);
    assertFinished(hash, out.html);
    return out;
  };
}
