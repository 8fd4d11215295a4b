/**
 * What a reader does to a page written at build time before its script arrives — a choice in a select, a
 * ticked box, a radio, text typed — reaches the state once the page hydrates (src/ui/replayEarlyInput.ts).
 * Real React in Chromium: the markup from react-dom/server, changed as a reader changes it, then hydrated
 * beside EarlyInputReplay. Without the replay the state keeps what the build wrote (the second test).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Suspense, use, useState } from 'react';
import { hostWith, hydrateHost, removeHosts } from './hydratedHost';
import { renderToString } from 'react-dom/server';
import { EarlyInputReplay } from '../../src/ui/EarlyInputReplay';

/** The test's written page (hostWith). */
let host: HTMLElement | null = null;

afterEach(removeHosts);

/** A form as the catalog has them: every control controlled, its state shown in a line the test reads. */
function Form() {
  const [region, setRegion] = useState('');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [measure, setMeasure] = useState('total');
  const [note, setNote] = useState('');
  const [more, setMore] = useState(0);
  const toggle = (id: string) => setPicked((cur) => (cur.includes(id) ? cur.filter((x) => x !== id) : cur.length >= 2 ? cur : [...cur, id]));
  return (
    <form>
      <select value={region} onChange={(e) => setRegion(e.target.value)} data-testid="region">
        <option value="">any</option>
        <option value="普陀区">普陀区</option>
        <option value="海珠区">海珠区</option>
      </select>
      <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="text" />
      {['a', 'b', 'c'].map((id) => (
        <input key={id} type="checkbox" checked={picked.includes(id)} onChange={() => toggle(id)} data-testid={`pick-${id}`} />
      ))}
      {['total', 'basic', 'project'].map((m) => (
        <input key={m} type="radio" name="measure" value={m} checked={measure === m} onChange={() => setMeasure(m)} data-testid={`measure-${m}`} />
      ))}
      <textarea value={note} onChange={(e) => setNote(e.target.value)} data-testid="note" />
      <button type="button" onClick={() => setMore((n) => n + 1)} data-testid="more">
        more
      </button>
      {/* Pressed early only once two are ticked: the ticks are replayed before the buttons. */}
      <button type="button" disabled={picked.length < 2} onClick={() => setMore((n) => n + 10)} data-testid="compare">
        compare
      </button>
      <output data-testid="state">{JSON.stringify({ region, text, picked, measure, note, more })}</output>
    </form>
  );
}

/** The form once its data is here: while hydrating, its boundary waits and hydrates later than the rest. */
function Later({ data }: { data: Promise<void> }) {
  use(data);
  return <Form />;
}

function by(id: string): HTMLInputElement {
  const el = host?.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no ${id}`);
  return el;
}

/** The written page, changed the way a reader changes it before the script runs. */
function writtenAndChanged(markup = renderToString(<Form />)): void {
  host = hostWith(markup);
  (by('region') as unknown as HTMLSelectElement).value = '海珠区';
  by('text').value = '数据局';
  // Three ticks where the form takes two: replayed in page order, the third is refused and unticked, as a live click would be.
  by('pick-b').click();
  by('pick-a').click();
  by('pick-c').click();
  by('measure-project').click();
  (by('note') as unknown as HTMLTextAreaElement).value = '原文';
}

const state = () => JSON.parse(host?.querySelector('[data-testid="state"]')?.textContent ?? '{}');

describe('early input on a pre-rendered page', () => {
  it('reaches the state once hydrated beside EarlyInputReplay, then the buttons pressed meanwhile', async () => {
    writtenAndChanged();
    const h = host as HTMLElement;
    // As the start module keeps them: "more" twice, and compare, written disabled but enabled by the ticks.
    by('compare').disabled = false;
    const clicks = [by('more'), by('more'), by('compare')];
    by('compare').disabled = true;
    hydrateHost(
      h,
      <>
        <Form />
        <EarlyInputReplay root={h} clicks={clicks} />
      </>,
    );
    await expect.poll(state, { timeout: 5000 }).toEqual({ region: '海珠区', text: '数据局', picked: ['a', 'b'], measure: 'project', note: '原文', more: 12 });
    // What the page shows is what the state says: the refused tick is gone, the kept ones stay.
    expect([by('pick-a').checked, by('pick-b').checked, by('pick-c').checked]).toEqual([true, true, false]);
    expect(by('measure-project').checked).toBe(true);
    expect(by('measure-total').checked).toBe(false);
    expect(by('text').value).toBe('数据局');
    // Afterwards the controls work as ever: a live change after the replay.
    by('pick-a').click();
    await expect.poll(() => state().picked).toEqual(['b']);
  });

  it('waits for a part that hydrates later (a boundary waiting for its data) before replaying into it', async () => {
    // The form's boundary suspends while hydrating: EarlyInputReplay, outside it, commits first.
    let arrive = () => {};
    const data = new Promise<void>((r) => {
      arrive = r;
    });
    writtenAndChanged(
      renderToString(
        <Suspense fallback={<p>…</p>}>
          <Form />
        </Suspense>,
      ),
    );
    const h = host as HTMLElement;
    hydrateHost(
      h,
      <>
        <Suspense fallback={<p>…</p>}>
          <Later data={data} />
        </Suspense>
        <EarlyInputReplay root={h} />
      </>,
    );
    await new Promise((r) => setTimeout(r, 150));
    // Not yet React's: nothing replayed into the void, what the reader did still in the page.
    expect(by('text').value).toBe('数据局');
    arrive();
    await expect.poll(state, { timeout: 5000 }).toEqual({ region: '海珠区', text: '数据局', picked: ['a', 'b'], measure: 'project', note: '原文', more: 0 });
  });

  it('is lost without it (what the replay is for)', async () => {
    writtenAndChanged();
    hydrateHost(host as HTMLElement, <Form />);
    await new Promise((r) => setTimeout(r, 200));
    expect(state()).toEqual({ region: '', text: '', picked: [], measure: 'total', note: '', more: 0 });
  });
});
