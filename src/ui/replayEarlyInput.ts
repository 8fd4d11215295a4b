/**
 * 预渲染页面上的早期输入: a page written at build time shows working controls before its script arrives, and
 * on a slow phone a reader picks a region, ticks two budgets or types a query in that time. The browser keeps
 * what they did; hydration keeps it too (React leaves a control's value as it finds it) — but the state the
 * page renders from never heard of it, so the filter does nothing, the compare button stays disabled.
 *
 * When the app takes the page over, every control whose value is not the one the build wrote (the
 * `value`/`checked`/`selected` the markup carried, the element's default) is noted; once React owns the
 * control (hydration can come in parts: a boundary waiting for its data hydrates later), it is replayed: the
 * same change event the reader's own action would have sent, so each control's own handler decides what it
 * means (a URL filter, a pick within the limit, a search). React 19.3, which the app uses, does not do this
 * itself. A button pressed early leaves nothing in the page: earlyClicks.ts keeps those.
 *
 * React's change detection compares a control with the value it last saw (its value tracker, fed by the
 * element's own `value`/`checked` setter). The replay sets the written value through that setter and the
 * reader's through the prototype's, so React sees the difference and calls onChange, as it does for a key.
 */

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Controls that are not text: replayed by a click (checkbox, radio) or not at all. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'hidden', 'range', 'color']);

function setThroughPrototype(el: TextControl, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
}

/**
 * What the reader did to one control, to be done again. Noted for every control before any is replayed:
 * each replayed change renders, and a render puts every other controlled input back to its state's value.
 */
export type EarlyChange = {
  el: HTMLElement;
  /** Something else than the written value or the reader's early one: changed since, React saw that. */
  changedSince(): boolean;
  replay(): void;
};

/** A text box that holds what the reader typed: tell React through an input event. */
function textChange(el: TextControl): EarlyChange | null {
  const typed = el.value;
  const written = el.defaultValue;
  if (typed === written) return null;
  return {
    el,
    changedSince: () => el.value !== typed && el.value !== written,
    replay() {
      el.value = written;
      setThroughPrototype(el, typed);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
}

/** A ticked (or unticked) box, a chosen radio: put back what was written, then the reader's click again. */
function checkChange(el: HTMLInputElement): EarlyChange | null {
  const written = el.defaultChecked;
  if (el.checked === written || el.disabled) return null;
  // A radio group changes by the one chosen; the one it left only follows.
  if (el.type === 'radio' && !el.checked) return null;
  return {
    el,
    changedSince: () => false,
    replay() {
      if (el.disabled) return;
      el.checked = written;
      el.click();
    },
  };
}

function selectChange(el: HTMLSelectElement): EarlyChange | null {
  if ([...el.options].every((o) => o.selected === o.defaultSelected)) return null;
  const chosen = el.value;
  const written = [...el.options].find((o) => o.defaultSelected)?.value ?? el.options[0]?.value;
  return {
    el,
    changedSince: () => el.value !== chosen && el.value !== written,
    replay() {
      el.value = chosen;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
}

function changeOf(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): EarlyChange | null {
  if (el instanceof HTMLSelectElement) return selectChange(el);
  if (el instanceof HTMLTextAreaElement) return textChange(el);
  if (el.type === 'checkbox' || el.type === 'radio') return checkChange(el);
  return NOT_TEXT.has(el.type) ? null : textChange(el);
}

/** The controls under `root` the reader changed from what was written, in document order. */
export function earlyChanges(root: ParentNode): EarlyChange[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')]
    .map(changeOf)
    .filter((c): c is EarlyChange => c !== null);
}

/**
 * Whether React has taken this element over: hydration gives each element it owns its props, under a key
 * `__reactProps$…` (React DOM's own way of finding a handler for an event, stable since React 17). Before
 * that, an event on it reaches no handler and would be lost.
 */
export function isReactOwned(el: Element): boolean {
  return Object.keys(el).some((k) => k.startsWith('__reactProps$'));
}

/**
 * Replays the changes, in order: each that is still in the page (not taken away by an earlier one, a row
 * filtered out) and that the reader has not changed again since. Call outside React's commit (a timer), so
 * that each change renders as the reader's own would.
 */
export function replayChanges(changes: readonly EarlyChange[]): void {
  for (const c of changes) if (c.el.isConnected && !c.changedSince()) c.replay();
}
