/**
 * The initial JavaScript of a built page (issue 11: ≤ 120 KB gzip): the module scripts its HTML names,
 * every <link rel="modulepreload">, the modules a pre-rendered page's start fetches after its first paint
 * (the yusuan-modules meta: scripts/pageStart.ts), and the static imports of those chunks (import … from './x.js',
 * import './x.js') that the HTML does not preload, followed to the end. A dynamic import() is not followed:
 * it loads later, when the code asks for it. Pure parsing here; scripts/benchJs.ts reads the files.
 */
import { posix } from 'node:path';
import { MODULES_META } from './pageStart';

/**
 * The module scripts (<script type="module" src>), modulepreload links and the modules of the yusuan-modules
 * meta of a page, in document order, and its <base href> if any.
 */
export function pageScripts(html: string): { base: string | null; scripts: string[]; preloads: string[] } {
  let base: string | null = null;
  const scripts: string[] = [];
  const preloads: string[] = [];
  for (const m of html.matchAll(/<(script|link|base|meta)\b([^>]*)>/gi)) {
    const tag = (m[1] as string).toLowerCase();
    const attrs = m[2] as string;
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
    const value = (name: string) => {
      const a = attr(name);
      return a ? (a[1] ?? a[2] ?? a[3] ?? '') : null;
    };
    if (tag === 'base') base ??= value('href');
    else if (tag === 'meta') {
      if (value('name') === MODULES_META) preloads.push(...(value('content') ?? '').split(' ').filter(Boolean));
    } else if (tag === 'script') {
      const src = value('src');
      if (src !== null && value('type') === 'module') scripts.push(src);
    } else if (value('rel')?.toLowerCase() === 'modulepreload') {
      const href = value('href');
      if (href !== null) preloads.push(href);
    }
  }
  return { base, scripts, preloads };
}

/** The relative specifiers a chunk imports statically: `from"./x.js"`, `from './x.js'`, `import"./x.js"` (not `import("./x.js")`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\b(?:from|import)\s*(["'])(\.{1,2}\/[^"']+)\1/g)) found.add(m[2] as string);
  return [...found];
}

/** A URL on the page's own site, relative or rooted (not https://…, //host/…, data:…). */
const local = (url: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);

/** How a chunk came to be loaded: named by the page, imported by another chunk, or asked for by the app before its first render. */
export type Via = 'script' | 'preload' | 'import' | 'page';

/** A URL against a folder of dist ('' for dist itself): rooted URLs (/assets/…) from dist; no query or hash. */
function resolve(dir: string, url: string): string {
  const path = url.split(/[?#]/)[0] as string;
  return posix.normalize(path.startsWith('/') ? path.slice(1) : posix.join(dir, path)).replace(/^\.\/?$/, '');
}

/**
 * The chunks given (paths inside dist) and, breadth first, the static imports of each (relative to the
 * chunk that names them), each once, in the order first met, leaving out those in `loaded` (already counted);
 * `read` gives a chunk's text by its path.
 */
export function withImports(
  start: { path: string; via: Via }[],
  read: (path: string) => string,
  loaded: ReadonlySet<string> = new Set(),
): { path: string; via: Via }[] {
  const out: { path: string; via: Via }[] = [];
  const seen = new Set(loaded);
  const add = (path: string, via: Via) => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ path, via });
  };
  for (const c of start) add(c.path, c.via);
  for (let i = 0; i < out.length; i++) {
    const from = (out[i] as { path: string }).path;
    for (const spec of staticImports(read(from))) add(resolve(posix.dirname(from), spec), 'import');
  }
  return out;
}

/**
 * Every chunk a page loads before its code runs: its scripts and preloads (relative to the page's folder,
 * or to its <base href> where it has one) and their static imports (withImports). Paths come back
 * normalized against `pageDir` (the page's folder inside dist, '' for the root).
 */
export function initialChunks(html: string, pageDir: string, read: (path: string) => string): { path: string; via: Via }[] {
  const { base, scripts, preloads } = pageScripts(html);
  const root = base !== null && local(base) ? resolve(pageDir, base) : pageDir;
  return withImports(
    [
      ...scripts.filter(local).map((s) => ({ path: resolve(root, s), via: 'script' as const })),
      ...preloads.filter(local).map((p) => ({ path: resolve(root, p), via: 'preload' as const })),
    ],
    read,
  );
}

/** assets/<name>-<hash>.js among a build's asset file names: the chunk Rolldown named after a module, or null. */
export function chunkNamed(assets: readonly string[], name: string): string | null {
  const file = assets.find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
  return file === undefined ? null : `assets/${file}`;
}

/**
 * What loads before a page's first render: initialChunks, then the chunk of the page the address opens
 * (`page`, e.g. CatalogPage: the app imports it before its first render, src/app/preloadCode.ts) with
 * its static imports, where the build has such a chunk.
 */
export function firstRenderChunks(
  html: string,
  pageDir: string,
  assets: readonly string[],
  page: string,
  read: (path: string) => string,
): { path: string; via: Via }[] {
  const initial = initialChunks(html, pageDir, read);
  const chunk = chunkNamed(assets, page);
  return chunk ? [...initial, ...withImports([{ path: chunk, via: 'page' }], read, new Set(initial.map((c) => c.path)))] : initial;
}
