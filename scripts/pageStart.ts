/**
 * How a pre-rendered page starts the app (issue 11): after its first paint, not before. The page as written
 * needs only its stylesheets to show its sentence and chart; npm run bench:pages measured what the script
 * cost it when the built index.html's tags were kept. With the entry and its modulepreload links in the
 * head — even at fetchpriority=low — the page took in 160 KB of JavaScript before its first chart (16 KB for
 * the same page without scripts) and painted it 1.6–1.8× later on a desktop, 1.3× on the throttled phone;
 * with none of them in the markup, 1.08× and 0.95×.
 *
 * So the head names the modules in a meta tag (yusuan-modules: the entry, the chunks it preloads and the
 * page's own), and one small module, run after the first painted frame (at once in a hidden tab, where no
 * frame comes), adds a modulepreload link for each — all fetched at once, no waterfall of imports — and then
 * imports the entry.
 */
import { createHash } from 'node:crypto';
import { esc } from './htmlEscape';
import { earlyClicksScript } from '../src/ui/earlyClicks';

export const MODULES_META = 'yusuan-modules';

/**
 * The built page's scripts made into the start above: the entry (`<script type="module" src="./assets/<entry>.js">`)
 * and every modulepreload link replaced by the meta and the start module. `boot` is that module's file below
 * the site root and its text, or null for a template with no built entry (left as it is).
 */
export function pageStart(template: string): { template: string; boot: { path: string; code: string } | null } {
  const entry = /<script type="module" crossorigin src="(\.\/assets\/([^"/]+\.js))"><\/script>/.exec(template);
  if (!entry) return { template, boot: null };
  const file = entry[2] as string;
  const modules = [entry[1] as string];
  const PRELOAD = /\s*<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g;
  for (const m of template.matchAll(PRELOAD)) modules.push(m[1] as string);
  const code = [
    '// Pre-rendered pages (scripts/pageStart.ts): the app, started once the page as written is painted; its',
    `// modules, named in the ${MODULES_META} meta, fetched from then on, all at once.`,
    'const start = () => {',
    `  const meta = document.querySelector('meta[name="${MODULES_META}"]');`,
    "  for (const href of meta ? meta.content.split(' ') : []) {",
    '    if (!href) continue;',
    "    const link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    "    link.crossOrigin = '';",
    '    link.href = href;',
    '    document.head.append(link);',
    '  }',
    `  import('./${file}');`,
    '};',
    '// Buttons pressed before the app has taken the page over, pressed again once it has (src/ui/earlyClicks.ts).',
    earlyClicksScript(),
    "if (document.visibilityState === 'hidden') start();",
    'else requestAnimationFrame(() => setTimeout(start, 0));',
    '',
  ].join('\n');
  const path = `assets/page-start-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  const tags = `<meta name="${MODULES_META}" content="${esc(modules.join(' '))}" />\n    <script type="module" crossorigin src="./${path}"></script>`;
  return { template: template.replace(PRELOAD, '').replace(entry[0], () => tags), boot: { path, code } };
}

/**
 * A page's own chunks (below the site root) added to the modules its start fetches, each once (those the
 * entry preloads are named already); a page without the meta is left as it is.
 */
export function withPageModules(html: string, modules: readonly string[]): string {
  if (modules.length === 0) return html;
  return html.replace(new RegExp(`(<meta name="${MODULES_META}" content=")([^"]*)(")`), (_m, open: string, list: string, close: string) => {
    const all = new Set(list.split(' ').filter(Boolean));
    for (const m of modules) all.add(esc(`./${m}`));
    return `${open}${[...all].join(' ')}${close}`;
  });
}
