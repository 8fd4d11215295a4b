/**
 * The treemap's drill breadcrumb (当前位置) in Chromium, inside the chart it belongs to: the path from the
 * root to the level shown, each ancestor a button that goes back to it, the level shown marked
 * aria-current and not a button, an "up one level" button below the root; Enter on a cell drills in and
 * Escape comes out with the focus on the cell it came from. The tree is two 类 of 000 as printed
 * (tests/fixtures/gridCentreTree.ts, every figure with its source line).
 */
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Treemap } from '../../src/charts/Treemap/Treemap';
import type { TreemapWords } from '../../src/charts/Treemap/words';
import type { TreeNode } from '../../src/model/tree';
import { gridCentreTree } from '../fixtures/gridCentreTree';
import { treemapEn } from '../../src/app/i18n/enTreemap';

const words: TreemapWords = {
  breadcrumbLabel: 'You are here',
  breadcrumbRoot: 'All spending',
  englishNames: false,
  checkDifference: 'Difference',
  close: 'Close',
  colCode: 'Code',
  colName: 'Name',
  colShare: 'Share',
  colon: ': ',
  drillIn: 'open',
  drillUp: 'Up one level',
  emptyLevel: 'Nothing here',
  gapHelp: 'not itemised',
  gapName: 'Not itemised',
  leiName: () => undefined,
  levels: { root: 'All', lei: 'Category', kuan: 'Section', xiang: 'Item', unit: 'Sub-unit', project: 'Project' },
  listSep: '; ',
  measures: { total: 'Total', basic: 'Basic', project: 'Project' },
  notPrinted: 'not printed',
  shareOfAll: 'of all',
  shareOfParent: 'of parent',
  source: 'Source',
  standardName: ' (standard name)',
  noUnit: 'No unit',
  unnamed: 'unnamed',
  textAltCaption: (name, measure) => `${name} by ${measure}`,
  treemapHelp: 'Enter opens a cell, Escape goes up.',
  treemapHelpShort: 'Tap to open.',
  treemapTitle: (name) => `${name}: treemap`,
  unit: () => '10k yuan',
  treemapMore: treemapEn,
};

/** The chart with the drill path held the way the app holds it (outside the chart, set through onNavigate). */
function Harness({ start }: { start: string[] }) {
  const root = gridCentreTree();
  const [path, setPath] = useState(start);
  const chain: [TreeNode, ...TreeNode[]] = [root];
  for (const key of path) {
    const next = chain.at(-1)?.children.find((c) => c.key === key);
    if (next) chain.push(next);
  }
  return (
    <div style={{ width: 800 }}>
      <output data-testid="path">{path.join(',')}</output>
      <Treemap
        chain={chain}
        measure="total"
        t={words}
        unitLabel="万元"
        amountHeader="金额（万元）"
        describeSrc={(src) => `${src.table} ${src.lines.join('-')}`}
        onNavigate={setPath}
        rootLabel="全部支出"
      />
    </div>
  );
}

const crumbs = () => page.getByRole('navigation', { name: 'You are here' });
const path = () => page.getByTestId('path');

describe('Treemap breadcrumb', () => {
  it('shows the path to the level shown: ancestors are buttons, the level itself is the current location', async () => {
    await render(<Harness start={['206', '20601']} />);
    const nav = crumbs();
    await expect.element(nav).toBeVisible();
    const items = nav
      .getByRole('listitem')
      .elements()
      .map((li) => li.textContent);
    expect(items).toEqual(['全部支出', '206 科学技术支出', '20601 科学技术管理事务']);
    expect(
      nav
        .getByRole('button')
        .elements()
        .map((b) => b.textContent),
    ).toEqual(['全部支出', '206 科学技术支出']);
    const current = nav.element().querySelector('[aria-current="location"]');
    expect(current?.textContent).toBe('20601 科学技术管理事务');
    expect(current?.closest('button')).toBeNull();
  });

  it('a crumb goes back to its level; "up one level" goes to the parent; at the root there is no way up', async () => {
    await render(<Harness start={['206', '20601']} />);
    await userEvent.click(crumbs().getByRole('button', { name: '206 科学技术支出' }));
    await expect.element(path()).toHaveTextContent(/^206$/);
    await expect.element(crumbs().getByText('206 科学技术支出')).toHaveAttribute('aria-current', 'location');
    await userEvent.click(page.getByRole('button', { name: '↑ Up one level' }));
    await expect.element(path()).toHaveTextContent(/^$/);
    expect(crumbs().getByRole('button').elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: '↑ Up one level' }).elements()).toHaveLength(0);
  });

  it('by keyboard: a crumb is reached with Tab and activated with Enter', async () => {
    await render(<Harness start={['208', '20805']} />);
    // The crumbs come first in the chart's tab order: 全部支出, then 208.
    await userEvent.tab();
    await expect.element(crumbs().getByRole('button', { name: '全部支出' })).toHaveFocus();
    await userEvent.tab();
    await expect.element(crumbs().getByRole('button', { name: '208 社会保障和就业出' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(path()).toHaveTextContent(/^208$/);
  });

  it('Enter on a cell drills in (the crumb follows), Escape drills out with the focus back on that cell', async () => {
    await render(<Harness start={[]} />);
    const cell = page.getByRole('button', { name: /^科学技术支出/ });
    await expect.element(cell).toBeVisible();
    cell.element().focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(path()).toHaveTextContent(/^206$/);
    await expect.element(crumbs().getByText('206 科学技术支出')).toHaveAttribute('aria-current', 'location');
    await userEvent.keyboard('{Escape}');
    await expect.element(path()).toHaveTextContent(/^$/);
    await expect.element(page.getByRole('button', { name: /^科学技术支出/ })).toHaveFocus();
  });
});
