/**
 * From a rounding sentence under the Sankey to its check in 数据核对 on the same page: open the collapsed 舍入差异
 * list (ChecksList, id "rounding-checks"), scroll the check into view and move focus there.
 */
export function showRoundingCheck(roundingIndex: number): void {
  const box = document.getElementById('rounding-checks');
  if (!(box instanceof HTMLDetailsElement)) return;
  box.open = true;
  const items = box.querySelectorAll<HTMLElement>(':scope > ol > li');
  const target = items[roundingIndex] ?? box;
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
