/**
 * The stylesheets a pre-rendered page needs (issue 11). The built index.html links only the entry's CSS; a
 * page's own code (each page, the Sankey and tables views) is a chunk loaded later, and its CSS comes with its
 * script. A page read before its script (or without one) needs that CSS in its markup: which files, is read
 * from the markup itself — every CSS-module class it uses must be defined by a linked stylesheet — so no table
 * of routes and chunks is kept by hand, and a class no stylesheet defines stops the build.
 */
import type { Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

/**
 * A CSS-module class as Vite names it in a build (`_header_6q2t2_13`: local name, file hash, line). Only
 * these are checked: a global class (base.css) may be a hook with no rule of its own.
 */
const MODULE_CLASS = /^_[A-Za-z][\w-]*_[A-Za-z0-9-]{5}_\d+$/;

/** The CSS-module classes the markup uses. */
export function moduleClasses(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/\sclass="([^"]*)"/g)) for (const c of (m[1] as string).split(/\s+/)) if (MODULE_CLASS.test(c)) out.add(c);
  return out;
}

/** The classes a stylesheet's selectors name. */
export function definedClasses(css: string): Set<string> {
  return new Set([...css.matchAll(/\.(-?[_A-Za-z][\w-]*)/g)].map((m) => m[1] as string));
}

/**
 * The CSS files of the bundle in the order the app adds them: a chunk's after those of the chunks it imports
 * (as Vite's preload helper inserts them), the entry first, lazy chunks after the chunk that imports them.
 */
export function cssLoadOrder(bundle: OutputBundle): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || seen.has(file)) return;
    seen.add(file);
    for (const i of chunk.imports) visit(i);
    for (const css of (chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) if (!order.includes(css)) order.push(css);
    for (const d of chunk.dynamicImports) visit(d);
  };
  for (const [file, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(file);
  return order;
}

export interface Stylesheet {
  /** Its path below the site root (assets/….css), as the bundle names it. */
  file: string;
  css: string;
}

/**
 * The stylesheets, beyond `linked` (those the page's template already links), that define the module classes
 * of `html`, in load order (`sheets` is in load order). Throws naming the first class no stylesheet defines:
 * a page published without its styles would be laid out wrong before its script and stay so without one.
 */
export function stylesheetsFor(html: string, sheets: readonly Stylesheet[], linked: ReadonlySet<string>, page: string): string[] {
  const defined = sheets.map((s) => ({ ...s, classes: definedClasses(s.css) }));
  const need = moduleClasses(html);
  const covered = new Set<string>();
  for (const s of defined) if (linked.has(s.file)) for (const c of s.classes) covered.add(c);
  const extra: string[] = [];
  for (const s of defined) {
    if (linked.has(s.file)) continue;
    if ([...need].some((c) => !covered.has(c) && s.classes.has(c))) {
      extra.push(s.file);
      for (const c of s.classes) covered.add(c);
    }
  }
  const missing = [...need].find((c) => !covered.has(c));
  if (missing) throw new Error(`static pages: ${page} uses the class ${missing}, which no built stylesheet defines`);
  return extra;
}

/**
 * The JavaScript chunks behind those stylesheets — each chunk that brings one of `css`, and what it imports —
 * less those in `loaded` (the template's own). The page preloads them at low priority, so the app does not
 * find them only once its entry has run (a second round trip before it can hydrate).
 */
export function chunksOfCss(bundle: OutputBundle, css: readonly string[], loaded: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const add = (file: string) => {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk' || out.includes(file) || loaded.has(file)) return;
    out.push(file);
    for (const i of chunk.imports) add(i);
  };
  for (const [file, chunk] of Object.entries(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const own = (chunk as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? new Set<string>();
    if (css.some((c) => own.has(c))) add(file);
  }
  return out;
}
