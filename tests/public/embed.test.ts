/**
 * public/embed.js, the auto-height script a news site loads next to its <iframe>s: run in a sandbox
 * with a stand-in page (two frames, a message listener) and fed messages of every kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, MAX_EMBED_HEIGHT } from '../../src/app/embed/embedMessage';

const SCRIPT = readFileSync(join(process.cwd(), 'public', 'embed.js'), 'utf8');
const SITE = 'https://budgets.example.org';

interface FakeFrame {
  contentWindow: object;
  style: { height: string };
}

function page(scriptSrc: string | null = `${SITE}/budgets/embed.js`) {
  const frames: FakeFrame[] = [
    { contentWindow: { name: 'treemap' }, style: { height: '' } },
    { contentWindow: { name: 'table' }, style: { height: '' } },
  ];
  const listeners: ((e: { origin: string; source: unknown; data: unknown }) => void)[] = [];
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: (typeof listeners)[number]) => {
      if (type === 'message') listeners.push(fn);
    },
  };
  const document = {
    currentScript: scriptSrc === null ? null : { src: scriptSrc },
    baseURI: 'https://news.example.com/article.html',
    getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []),
  };
  const context = { window: win, document, URL, Object, Math };
  const run = () => runInNewContext(SCRIPT, context);
  const send = (origin: string, source: unknown, data: unknown) => {
    for (const fn of listeners) fn({ origin, source, data });
  };
  return { frames, listeners, run, send };
}

describe('public/embed.js', () => {
  it('uses the same message type and limit as the embed page', () => {
    expect(SCRIPT).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
    expect(SCRIPT).toContain(`MAX_HEIGHT = ${MAX_EMBED_HEIGHT}`);
  });

  it('sets the height of the frame the message came from, and only that one', () => {
    const p = page();
    p.run();
    p.send(SITE, p.frames[1]!.contentWindow, { type: EMBED_HEIGHT_MESSAGE, height: 812 });
    expect(p.frames[1]!.style.height).toBe('812px');
    expect(p.frames[0]!.style.height).toBe('');
  });

  it.each([
    ['another origin', 'https://evil.example.net', { type: EMBED_HEIGHT_MESSAGE, height: 5 }],
    ['the page itself (a null origin)', 'null', { type: EMBED_HEIGHT_MESSAGE, height: 5 }],
    ['a string', SITE, 'yusuan-toushi:embed-height 5'],
    ['a wrong type', SITE, { type: 'resize', height: 5 }],
    ['extra fields', SITE, { type: EMBED_HEIGHT_MESSAGE, height: 5, html: '<img src=x>' }],
    ['a fractional height', SITE, { type: EMBED_HEIGHT_MESSAGE, height: 5.5 }],
    ['a string height', SITE, { type: EMBED_HEIGHT_MESSAGE, height: '5px' }],
    ['a negative height', SITE, { type: EMBED_HEIGHT_MESSAGE, height: -5 }],
    ['a huge height', SITE, { type: EMBED_HEIGHT_MESSAGE, height: MAX_EMBED_HEIGHT + 1 }],
  ])('ignores a message from %s', (_what, origin, data) => {
    const p = page();
    p.run();
    p.send(origin, p.frames[0]!.contentWindow, data);
    expect(p.frames.map((f) => f.style.height)).toEqual(['', '']);
  });

  it('ignores a well-formed message from a window that is not one of the page’s frames', () => {
    const p = page();
    p.run();
    p.send(SITE, { name: 'a popup' }, { type: EMBED_HEIGHT_MESSAGE, height: 400 });
    expect(p.frames.map((f) => f.style.height)).toEqual(['', '']);
  });

  it('listens once per site when pasted twice', () => {
    const p = page();
    p.run();
    p.run();
    expect(p.listeners).toHaveLength(1);
  });

  it('does nothing when it cannot tell where it was loaded from', () => {
    const p = page(null);
    p.run();
    expect(p.listeners).toHaveLength(0);
  });
});
